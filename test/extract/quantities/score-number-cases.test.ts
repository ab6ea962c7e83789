import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreNumberCases } from '../../../src/extract/quantities/index.js';

const DIR = fileURLToPath(new URL('../../../fixtures/number-cases/', import.meta.url));
const scores = scoreNumberCases(DIR);
const suite = (name: string) => scores.find((s) => s.suite === name);

describe('scoreNumberCases on the cn2an and JioNLP cases', () => {
  it('scores all five suites, every case either in scope or out with a reason', () => {
    expect(scores.map((s) => s.suite)).toEqual([
      'cn2an_cn2an_cases', 'jionlp_money_parser_cases', 'jionlp_money_extractor_cases',
      'jionlp_time_parser_cases', 'jionlp_time_extractor_cases',
    ]);
    for (const s of scores) {
      expect(s.inScope + s.outOfScope.length).toBe(s.total);
      for (const o of s.outOfScope) expect(o.reason.length).toBeGreaterThan(10);
    }
  });

  it('passes at least 98% of the in-scope cases of each suite', () => {
    for (const s of scores) {
      expect(s.passed / s.inScope, `${s.suite}: ${JSON.stringify(s.failures.slice(0, 5))}`).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('keeps the scope honest: only direct mode and strict-only errors are out for cn2an', () => {
    const cn2an = suite('cn2an_cn2an_cases')!;
    expect(cn2an.total).toBe(406);
    expect(cn2an.inScope).toBeGreaterThanOrEqual(357);
    expect(new Set(cn2an.outOfScope.map((o) => o.reason.slice(0, 12))).size).toBe(2);
    expect(suite('jionlp_money_parser_cases')!.inScope).toBeGreaterThanOrEqual(43);
    expect(suite('jionlp_money_extractor_cases')!.inScope).toBeGreaterThanOrEqual(13);
    // Time: the scope is decided from the expected value and the input's form (score-time-cases.ts).
    expect(suite('jionlp_time_parser_cases')!.total).toBe(427);
    expect(suite('jionlp_time_parser_cases')!.inScope).toBeGreaterThanOrEqual(63);
    expect(suite('jionlp_time_extractor_cases')!.total).toBe(38);
    expect(suite('jionlp_time_extractor_cases')!.inScope).toBeGreaterThanOrEqual(26);
  });

  it('resolves the in-scope JioNLP time cases against their own reference time', () => {
    const failures = suite('jionlp_time_parser_cases')!.failures.map((f) => f.input);
    // 30日 alone has no context that makes it a day of the month (jianbao's precision rule).
    expect(failures).toEqual(['30日']);
  });

  it('skips missing files rather than failing', () => {
    expect(scoreNumberCases(fileURLToPath(new URL('./', import.meta.url)))).toEqual([]);
  });
});
