/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind10.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind10-articles/p01–p08: a delivery platform's rider welfare scheme, Zhejiang's fishing moratorium, a hydrogen-truck pilot, elderly-care beds, a copper smelter's expansion, the national ski season, a new airport terminal, a Yangtze highway bridge), by an author who did not read src/, the tests or
 * the other detection sets; every figure checked by hand against its article. The set was
 * written while the verifier was being changed for blind sets 8 and 9 and first run against it
 * only after those changes were committed (see fixtures/llm/README.md).
 *
 * The mechanics are the shared ones (test/support/detection-measurement.ts). The verifier has been
 * fixed against this set's false alarms, so it is a tuning set; the floors below guard the tuned
 * level and say nothing about fresh text (blind sets 12 and 13 do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import { articlesOfOtherSets, blindArticleAnalyzer, measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * First (blind) measurement 2026-11-28 18:21 UTC: detection 736/743 = 0.991 (project generator 522/528 = 0.989), false alarms 11/127 = 0.087 (zh 1/59, en 10/68). The verifier was then changed
 * because of this set's false alarms (fixtures/llm/README.md, "Blind sets 10 and 11, after tuning"),
 * so it is a tuning set now: 730/738 = 0.989 (generator 518/525), false alarms 7/127 = 0.055. These floors guard that tuned level; blind sets 12
 * and 13 measure the verifier.
 */
const FLOOR_DETECTION = 0.985;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.06;

const SET_FILE = 'detection-set-blind10.json';

describe('blind detection set 10 (new articles p01–p08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^p0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 10', measureSet(set, blindArticleAnalyzer('blind10-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
