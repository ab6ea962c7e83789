import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import type { BlindSetRecord } from './blind-set-records.js';
import { articlesOfOtherSets, blindArticleAnalyzer, measureSet, reportAndGuard } from './detection-measurement.js';

/** The blind-set measurements (see blind-set-records.ts) of the given sets, one describe block each. */
export function describeBlindSets(sets: readonly BlindSetRecord[]): void {
  describe.each(sets)('blind detection set $n', (record) => {
    const file = `detection-set-blind${record.n}.json`;
    const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', file), 'utf8')) as DetectionSet;

    it('uses only its own eight articles, with at least 45 correct sentences per language', () => {
      const others = articlesOfOtherSets(file);
      expect(Object.keys(set.articles)).toHaveLength(8);
      for (const article of Object.keys(set.articles)) {
        expect(article).toMatch(new RegExp(`^${record.prefix}0[1-8]-.*\\.txt$`));
        expect(others).not.toContain(article);
      }
      for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
      expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
      expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
    });

    it(record.tuned === null ? 'measures detection and false alarms, guarding just under the first measurement' : 'measures detection and false alarms, guarding the level reached after tuning on this set', () => {
      reportAndGuard(`blind set ${record.n}`, measureSet(set, blindArticleAnalyzer(`blind${record.n}-articles`)), record.floors);
    });
  });
}
