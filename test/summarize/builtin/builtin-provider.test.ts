import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/index.js';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.js';
import { createAnalysisContext } from '../../../src/pipeline/create-analysis-context.js';
import { createBuiltinProvider, englishBrief, extractiveSummary, mainActors } from '../../../src/summarize/builtin/index.js';
import { DEFAULT_SUMMARY_LENGTHS, requestForAnalyzed } from '../../../src/summarize/provider.js';
import type { Analyzed } from '../../../src/types.js';

const root = resolve(import.meta.dirname, '../../..');
const CJK = /[\u3400-\u9fff]/u;

function analyze(file: string, referenceDate: string | null): Analyzed {
  const path = resolve(root, 'fixtures/articles', file);
  const ctx = createAnalysisContext({ referenceDate });
  return analyzeArticle(ingestBytes(readFileSync(path), path), ctx);
}

describe('builtin provider on the seed article', () => {
  let analyzed: Analyzed;
  beforeAll(() => {
    analyzed = analyze('n0-nvidia-china.txt', '2025-05-20');
  });

  it('picks verbatim source sentences within 150–300 characters, in source order', () => {
    const sentences = extractiveSummary(analyzed, DEFAULT_SUMMARY_LENGTHS);
    const total = sentences.reduce((n, s) => n + s.text.length, 0);
    expect(total).toBeGreaterThanOrEqual(150);
    expect(total).toBeLessThanOrEqual(300);
    const indices = sentences.map((s) => s.sources[0]!);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    for (const s of sentences) {
      expect(analyzed.sentences[s.sources[0]!]!.text).toBe(s.text);
      expect(s.text).not.toBe(analyzed.article.source.title);
    }
  });

  it('writes an English brief with the main actors and measured figures, and no Chinese', () => {
    const en = englishBrief(analyzed, DEFAULT_SUMMARY_LENGTHS);
    expect(CJK.test(en)).toBe(false);
    expect(en).toMatch(/^This Chinese news article is mainly about Nvidia/);
    expect(en).toContain('Jensen Huang');
    // 将…加征的125%关税降至34%，…对其中24%的关税暂停90天实施，仅加征剩余10%的关税: one change
    // and two rates of other clauses, so three items, not one list of four.
    expect(en).toMatch(/Tariff: from 125% to 34%\. Tariff: 24%\. Tariff: 10%\./);
    expect(en).toMatch(/Revenue \(fiscal 2024\): US\$130\.5 billion\./);
    // The China figure of the same sentence says whose revenue it is.
    expect(en).toMatch(/China revenue: US\$17\.108 billion\./);
    expect(en.split(/\s+/).length).toBeLessThanOrEqual(DEFAULT_SUMMARY_LENGTHS.enWords.max);
  });

  it('returns both summaries through the provider interface', async () => {
    const provider = createBuiltinProvider();
    const result = await provider.summarize(requestForAnalyzed(analyzed, DEFAULT_SUMMARY_LENGTHS));
    expect(provider.provider).toBe('builtin');
    expect(result.zh).toBe(result.zhSentences!.map((s) => s.text).join(''));
    expect(result.en.length).toBeGreaterThan(50);
    expect(result.warnings).toEqual([]);
  });
});

describe('builtin provider on a dated article', () => {
  it('dates the brief from the article’s own publication line', () => {
    const analyzed = analyze('a01-byd-q1-earnings.txt', null);
    expect(analyzed.article.source.publishedAt).toBe('2025-04-28');
    expect(englishBrief(analyzed, DEFAULT_SUMMARY_LENGTHS)).toMatch(/It was published on April 28, 2025\./);
  });

  it('keeps a short budget even when the best sentence is longer than it', () => {
    const analyzed = analyze('n0-nvidia-china.txt', '2025-05-20');
    const sentences = extractiveSummary(analyzed, { zhChars: { min: 20, max: 30 }, enWords: { min: 10, max: 20 } });
    const total = sentences.reduce((n, s) => n + s.text.length, 0);
    expect(total).toBeLessThanOrEqual(30);
    expect(total).toBeGreaterThan(0);
  });
});

describe('the actors of the English brief', () => {
  function analyzeBlind(set: number, file: string): Analyzed {
    const path = resolve(root, `fixtures/llm/blind${set}-articles`, file);
    return analyzeArticle(ingestBytes(readFileSync(path), path), createAnalysisContext({ referenceDate: null }));
  }
  const lead = (en: string): string => /mainly about ([^.]*?)(?:, also naming ([^.]*))?\./u.exec(en)?.slice(1).join(', ') ?? '';

  it('leaves out the outlet and the reporter named only in the byline', () => {
    const lottery = analyzeBlind(23, 'c06-lottery-sales.txt');
    const actors = lead(englishBrief(lottery, DEFAULT_SUMMARY_LENGTHS));
    expect(actors).toContain('Ministry of Finance');
    expect(actors).not.toMatch(/Xinhua|Zheng Yaqin/u);
    const petFood = analyzeBlind(23, 'c07-pet-food.txt');
    expect(lead(englishBrief(petFood, DEFAULT_SUMMARY_LENGTHS))).not.toContain('Du Xiaotong');
  });

  it('keeps a person quoted in the story even when a reporter is credited', () => {
    // 汨罗市委副书记、市长李晓峰 speaks in the body; 周敏 only writes it.
    const race = analyzeBlind(22, 'b01-dragon-boat-race.txt');
    const names = mainActors(race.entities, 20, race.article.source.text).map((e) => e.en);
    expect(names).toContain('Li Xiaofeng');
    expect(names).not.toContain('Zhou Min');
  });

  it('names each English name once', () => {
    const race = analyzeBlind(22, 'b01-dragon-boat-race.txt');
    const names = mainActors(race.entities, 20, race.article.source.text).map((e) => e.en);
    expect(race.entities.filter((e) => e.en === 'Miluo').length).toBeGreaterThan(1);
    expect(names.filter((n) => n === 'Miluo')).toHaveLength(1);
  });
});
