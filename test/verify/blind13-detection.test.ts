/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind13.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind13-articles/s01–s08: a battery recycling plant, Sichuan CPI, a dairy merger, a sea-cucumber harvest, a desalination plant, a drone delivery trial, an esports tournament, a fertiliser price cap), by an author who did not read src/, the tests or
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
 * First measured 2026-11-28 18:33 UTC: detection 826/846 = 0.976 (project generator 531/541 = 0.982), false alarms 20/127 = 0.157 (zh 11/59, en 9/68).
 */
const FLOOR_DETECTION = 0.975;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.16;

const SET_FILE = 'detection-set-blind13.json';

describe('blind detection set 13 (new articles s01–s08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^s0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding just under the first measurement', () => {
    reportAndGuard('blind set 13', measureSet(set, blindArticleAnalyzer('blind13-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
