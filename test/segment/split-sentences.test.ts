import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

describe('splitSentences', () => {
  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('他说：“好。”然后走了。').map((s) => s.text)).toEqual(['他说：“好。”', '然后走了。']);
  });

  it('does not split decimals or U.S.A, and splits at line breaks', () => {
    const text = '股价摸到153.10美元。U.S.A 市场\n第二段？是的！';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['股价摸到153.10美元。', 'U.S.A 市场', '第二段？', '是的！']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
