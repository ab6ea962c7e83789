import { describe, expect, it } from 'vitest';
import {
  compareRecognizers,
  formatComparison,
  judgeJianbao,
  judgeRecognizers,
  loadRecognizers,
  type ComparisonCase,
} from '../../src/eval/compare-recognizers.js';

const whole = (input: string, rest: Omit<ComparisonCase, 'input' | 'span'>): ComparisonCase => ({
  input, ...rest, span: { start: 0, end: input.length },
});

describe('compare-recognizers', () => {
  it('runs every suite on a small subset and reports a consistent table', async () => {
    const suites = await compareRecognizers({ goldDir: 'fixtures/gold', numberCasesDir: 'fixtures/number-cases', limit: 12 });
    expect(suites).not.toBeNull();
    expect(suites?.map((s) => s.suite)).toEqual([
      'gold fact texts', 'gold facts in sentences', 'gold identifiers in sentences', 'cn2an numerals', 'JioNLP money',
    ]);
    for (const s of suites ?? []) {
      expect(s.cases).toBeGreaterThan(0);
      expect(s.cases).toBeLessThanOrEqual(12);
      expect(s.bothRight).toBeLessThanOrEqual(Math.min(s.jianbaoRight, s.recognizersRight));
      expect(s.jianbaoRight - s.bothRight).toBe(s.jianbaoWins.length);
      expect(s.recognizersRight - s.bothRight).toBe(s.recognizersWins.length);
    }
    const table = formatComparison(suites ?? []);
    expect(table.split('\n')[0]).toMatch(/^suite\s+cases\s+jianbao\s+Recognizers\s+both\s+only jb\s+only RT$/u);
  }, 60_000);

  it('pins the known differences: ranges, model codes, 亿块, currency prefixes', async () => {
    const r = await loadRecognizers();
    expect(r).not.toBeNull();
    if (r === null) return;
    // A range is one fact in jianbao; Recognizers' currency model finds only the second end.
    const range = whole('5亿至10亿元', { kind: 'money', value: 5e8, valueMax: 1e9, unit: 'CNY' });
    expect(judgeJianbao(range).ok).toBe(true);
    expect(judgeRecognizers(r, range).ok).toBe(false);
    // A model code: Recognizers reads the 20 of H20 as a number.
    const code: ComparisonCase = { input: 'H20芯片', kind: 'identifier', value: null, valueMax: null, unit: null, span: { start: 0, end: 3 } };
    expect(judgeJianbao(code).ok).toBe(true);
    expect(judgeRecognizers(r, code)).toMatchObject({ ok: false, got: expect.stringContaining('20') });
    // 4514亿块 counts chips; Recognizers' currency model reads 块 as yuan.
    expect(r.currency('4514亿块')[0]?.resolution?.isoCurrency).toBe('CNY');
    expect(judgeJianbao(whole('4514亿块', { kind: 'count', value: 4.514e11, valueMax: null, unit: null })).ok).toBe(true);
    // 港币两千九百六十元: jianbao keeps the prefix currency, Recognizers makes it yuan.
    const hkd = whole('港币两千九百六十元', { kind: 'money', value: 2960, valueMax: null, unit: 'HKD' });
    expect(judgeJianbao(hkd).ok).toBe(true);
    expect(judgeRecognizers(r, hkd).ok).toBe(false);
    // Both read 三万五 as 35000 and 180亿美元 as US$18 billion.
    const n = whole('三万五', { kind: 'number', value: 35000, valueMax: null, unit: null });
    expect([judgeJianbao(n).ok, judgeRecognizers(r, n).ok]).toEqual([true, true]);
    const usd = whole('180亿美元', { kind: 'money', value: 1.8e10, valueMax: null, unit: 'USD' });
    expect([judgeJianbao(usd).ok, judgeRecognizers(r, usd).ok]).toEqual([true, true]);
  });
});
