import { describe, expect, it } from 'vitest';
import { CompactTrie } from '../../../src/extract/entities/compact-trie.js';

describe('CompactTrie', () => {
  const trie = CompactTrie.build<string>([
    ['英伟达', 'nvidia'],
    ['英伟达公司', 'nvidia-co'],
    ['英国', 'uk'],
    ['上海', 'shanghai'],
    ['上海市', 'shanghai-city'],
    ['A', 'letter'],
    ['', 'empty'],
  ]);

  it('finds the longest name starting at a position', () => {
    expect(trie.longestAt('英伟达公司发布财报', 0)).toBe('nvidia-co');
    expect(trie.longestAt('英伟达发布财报', 0)).toBe('nvidia');
    expect(trie.longestAt('在上海市举行', 1)).toBe('shanghai-city');
    expect(trie.longestAt('在上海举行', 1)).toBe('shanghai');
    expect(trie.longestAt('英国和英伟', 0)).toBe('uk');
  });

  it('finds nothing where no name starts, past the end, or for a prefix that is no name', () => {
    expect(trie.longestAt('英伟', 0)).toBeUndefined();
    expect(trie.longestAt('在上海', 0)).toBeUndefined();
    expect(trie.longestAt('上海', 2)).toBeUndefined();
    expect(trie.longestAt('', 0)).toBeUndefined();
    expect(trie.longestAt('xA', 1)).toBe('letter');
  });

  it('agrees with a plain scan over many names', () => {
    const names = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + (i % 37), 0x4e00 + ((i * 7) % 11), 0x4e00 + (i % 5)).slice(0, 1 + (i % 3)));
    const map = new Map(names.map((n) => [n, n] as const));
    const built = CompactTrie.build(map);
    const text = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 13) % 37))).join('');
    for (let i = 0; i < text.length; i++) {
      let expected: string | undefined;
      for (let len = 1; len <= 3 && i + len <= text.length; len++) expected = map.get(text.slice(i, i + len)) ?? expected;
      expect(built.longestAt(text, i)).toBe(expected);
    }
  });
});
