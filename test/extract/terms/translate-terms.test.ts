import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/extract/entities/index.js';
import { shortGloss } from '../../../src/extract/terms/build-terms.js';
import { translateTerms } from '../../../src/extract/terms/index.js';
import { createTokenizer, segment } from '../../../src/segment/index.js';
import { articleFromText } from '../../../src/ingest/index.js';

const tokenizer = createTokenizer();
const glossary = loadGlossary();


const termsOf = (text: string, limit?: number) =>
  translateTerms(segment(articleFromText(text), { tokenizer }), glossary, limit === undefined ? {} : { limit });

describe('translateTerms on the Nvidia fixture', () => {
  const text = readFileSync(new URL('../../../fixtures/articles/n0-nvidia-china.txt', import.meta.url), 'utf8');
  const terms = termsOf(text);

  it('puts chips, tariffs and market-like words at the top with short English glosses', () => {
    const top5 = terms.slice(0, 5).map((t) => t.en);
    expect(top5).toContain('chip');
    expect(top5).toContain('tariff');
    expect(terms.map((t) => t.en)).toEqual(expect.arrayContaining(['order']));
    for (const t of terms) {
      expect(t.en).not.toMatch(/[()\u4e00-\u9fff;]/u);
      expect(t.en.length).toBeLessThanOrEqual(32);
    }
  });

  it('weights strongest first, top weight 1, and leaves names to the entity list', () => {
    expect(terms[0]?.weight).toBe(1);
    for (let i = 1; i < terms.length; i++) expect(terms[i]!.weight).toBeLessThanOrEqual(terms[i - 1]!.weight);
    expect(terms.map((t) => t.zh)).not.toContain('英伟达');
    expect(terms.length).toBe(10);
  });

  it('skips generic news words and honours the limit', () => {
    const few = termsOf('海关总署发布数据显示，今年4月我国出口增长，关税调整带动外贸出口。', 3);
    expect(few.length).toBeLessThanOrEqual(3);
    expect(few.map((t) => t.zh)).toContain('出口');
    expect(few.map((t) => t.zh)).not.toContain('数据');
  });

  it('returns nothing for text without topic words', () => {
    expect(termsOf('')).toEqual([]);
  });
});

describe('shortGloss', () => {
  it('keeps the first usable sense, without parentheses or "to"', () => {
    expect(shortGloss(['customs duty', 'tariff'])).toBe('customs duty');
    expect(shortGloss(['(of a ship) to leave port'])).toBe('leave port');
    expect(shortGloss(['see 出口[chu1 kou3]', 'computer chip; microchip'])).toBe('computer chip');
    expect(shortGloss(['CL:個|个[ge4]'])).toBeUndefined();
    // A chemical formula is no word of the gloss (the verifier would take "CH4" for a name).
    expect(shortGloss(['methane CH4'])).toBe('methane');
    expect(shortGloss(['gypsum CaSO4·2H2O'])).toBe('gypsum');
  });
});
