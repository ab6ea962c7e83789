/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind9.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind9-articles/m01–m08: Chengdu land auctions, typhoon insurance payouts, a wind farm going online, a snow-leopard camera survey, a cross-border payment link, a logistics hub's parcels, a provincial PMI, a city's air quality), by an author who did not read src/, the tests or
 * the other detection sets; every figure checked by hand against its article. The set was
 * written while the verifier was being changed for blind sets 5–7 and first run against it only
 * after those changes were committed (see fixtures/llm/README.md).
 *
 * The mechanics are the shared ones (test/support/detection-measurement.ts). The verifier has been
 * fixed against this set's false alarms, so it is a tuning set; the floors below guard the tuned
 * level and say nothing about fresh text (blind sets 10 and 11 do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import { articlesOfOtherSets, blindArticleAnalyzer, measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * First (blind) measurement 2026-11-28 18:07 UTC: detection 834/841 = 0.992 (project generator 545/551 = 0.989), false alarms 17/128 = 0.133 (zh 1/59, en 16/69). The verifier was then changed
 * because of this set's false alarms (fixtures/llm/README.md, "Blind sets 8 and 9, after tuning"),
 * so it is a tuning set now: 831/840 = 0.989 (generator 541/548 = 0.987), false alarms 7/128 = 0.055. These floors guard that tuned level; blind sets 10
 * and 11 measure the verifier.
 */
const FLOOR_DETECTION = 0.985;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.07;

const SET_FILE = 'detection-set-blind9.json';

describe('blind detection set 9 (new articles m01–m08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^m0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 9', measureSet(set, blindArticleAnalyzer('blind9-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
