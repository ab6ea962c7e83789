import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTokenizer, segment } from '../../src/segment/index.js';
import { articleFromText } from '../../src/ingest/index.js';

const fixture = readFileSync(new URL('../../fixtures/articles/n0-nvidia-china.txt', import.meta.url), 'utf8');


describe('createTokenizer', () => {
  const tokenizer = createTokenizer();

  it('keeps the names of the user dictionary whole, with name tags', () => {
    const words = tokenizer.tag('英伟达首席执行官黄仁勋会见何立峰、龚正和任鸿斌，字节跳动、燧原科技、壁仞科技、寒武纪、台积电、富士康和市场监管总局');
    const byWord = new Map(words.map((t) => [t.word, t.tag]));
    expect(byWord.get('英伟达')).toBe('nt');
    for (const name of ['黄仁勋', '何立峰', '龚正', '任鸿斌']) expect(byWord.get(name)).toBe('nr');
    for (const name of ['字节跳动', '燧原科技', '壁仞科技', '寒武纪', '台积电', '富士康', '市场监管总局']) {
      expect(byWord.get(name)).toBe('nt');
    }
  });

  it('splits a percent sign off its number, as the extraction rules expect', () => {
    const tokens = tokenizer.tag('营收增长5.6%，毛利率为７５％。');
    expect(tokens.map((t) => `${t.word}/${t.tag}`)).toContain('5.6/m');
    expect(tokens.map((t) => t.word)).toContain('%');
    for (const t of tokens) expect('营收增长5.6%，毛利率为７５％。'.slice(t.start, t.end)).toBe(t.word);
  });

  it('gives offsets that slice back to each word, skipping whitespace', () => {
    const text = '  英伟达 CEO\t黄仁勋\n\n在 Computex 2025 上 发言。';
    const tokens = tokenizer.tag(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.some((t) => /^\s+$/u.test(t.word))).toBe(false);
    expect(tokens.map((t) => t.word)).toEqual(['英伟达', 'CEO', '黄仁勋', '在', 'Computex', '2025', '上', '发言', '。']);
    expect(tokens[0]).toMatchObject({ start: 2, end: 5 });
  });

  it('handles full-width digits and empty text', () => {
    const text = '１９９０年８月，江苏如皋市';
    const tokens = tokenizer.tag(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokenizer.tag('')).toEqual([]);
  });

  it('can be created again without reloading the dictionaries', () => {
    const again = createTokenizer();
    expect(again.tag('黄仁勋')).toEqual([{ word: '黄仁勋', tag: 'nr', start: 0, end: 3 }]);
  });
});

describe('segment', () => {
  it('splits the fixture into sentences and tokens whose spans index the text', () => {
    const tokenizer = createTokenizer();
    const result = segment(articleFromText(fixture), { tokenizer });
    expect(result.sentences[0]?.text).toBe('180亿美元订单命悬一线,英伟达为什么离不开中国');
    expect(result.sentences.length).toBeGreaterThan(50);
    for (const t of result.tokens) expect(fixture.slice(t.start, t.end)).toBe(t.word);
    // Tokens are in order and do not overlap.
    for (let i = 1; i < result.tokens.length; i++) {
      expect(result.tokens[i]!.start).toBeGreaterThanOrEqual(result.tokens[i - 1]!.end);
    }
    // Every non-space character is covered by a token.
    const covered = result.tokens.reduce((n, t) => n + (t.end - t.start), 0);
    expect(covered).toBe(fixture.replace(/\s/gu, '').length);
    const huang = result.tokens.filter((t) => t.word === '黄仁勋');
    expect(huang.length).toBe(15);
  });
});
