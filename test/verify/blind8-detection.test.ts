/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind8.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind8-articles/k01–k08: a heatwave and record power load, Jiangxi foreign trade, a drug approval and bulk-buying price cuts, an airline fleet order, a pension rise, a satellite launch, museum visitors, a reservoir holding back a flood), by an author who did not read src/, the tests or
 * the other detection sets; every figure checked by hand against its article. The set was
 * written while the verifier was being changed for blind sets 5–7 and first run against it only
 * after those changes were committed (see fixtures/llm/README.md).
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
 * First measured 2026-11-28 18:07 UTC: detection 825/835 = 0.988 (project generator 546/554 = 0.986), false alarms 23/128 = 0.180 (zh 2/64, en 21/64).
 */
const FLOOR_DETECTION = 0.985;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.19;

const SET_FILE = 'detection-set-blind8.json';

describe('blind detection set 8 (new articles k01–k08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^k0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding just under the first measurement', () => {
    reportAndGuard('blind set 8', measureSet(set, blindArticleAnalyzer('blind8-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
