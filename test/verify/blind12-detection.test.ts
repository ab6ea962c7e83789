/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind12.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind12-articles/r01–r08: Hunan tax and fee relief, Zhouzhi kiwifruit exports, a Hualong One unit entering commercial operation, a wintering waterbird count, Chengdu new-home sales, a blood-donation week, a gold miner's output, a university's patent licensing), by an author who did not read src/, the tests or
 * the other detection sets; every figure checked by hand against its article. The set was
 * written while the verifier was being changed for blind sets 10 and 11 and first run against it
 * only after those changes were committed (see fixtures/llm/README.md).
 *
 * The mechanics are the shared ones (test/support/detection-measurement.ts). The floors below are
 * a REGRESSION GUARD just under the first measurement, NOT the targets (detection ≥ 0.98, false
 * alarms ≤ 0.02); the printed report is the measurement. Fixing the verifier against this set's
 * misses or false alarms ends its blindness.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import { articlesOfOtherSets, blindArticleAnalyzer, measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * Regression guard just under the first measurement (see fixtures/llm/README.md), NOT the targets.
 * First measured 2026-11-28 18:33 UTC: detection 995/1009 = 0.986 (project generator 645/656 = 0.983), false alarms 17/125 = 0.136 (zh 3/63, en 14/62).
 */
const FLOOR_DETECTION = 0.985;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.14;

const SET_FILE = 'detection-set-blind12.json';

describe('blind detection set 12 (new articles r01–r08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^r0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding just under the first measurement', () => {
    reportAndGuard('blind set 12', measureSet(set, blindArticleAnalyzer('blind12-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
