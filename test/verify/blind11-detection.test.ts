/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind11.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind11-articles/q01–q08: coal-to-gas heating, grassland restoration, a cruise ship's maiden voyage, an AI computing centre, bike sharing, Hong Kong IPO statistics, a salt-lake potash plant, robot surgeries), by an author who did not read src/, the tests or
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
 * First (blind) measurement 2026-11-28 18:21 UTC: detection 763/777 = 0.982 (project generator 510/519 = 0.983), false alarms 18/128 = 0.141 (zh 1/64, en 17/64). The verifier was then changed
 * because of this set's false alarms (fixtures/llm/README.md, "Blind sets 10 and 11, after tuning"),
 * so it is a tuning set now: 764/778 = 0.982 (generator 511/520), false alarms 14/128 = 0.109. These floors guard that tuned level; blind sets 12
 * and 13 measure the verifier.
 */
const FLOOR_DETECTION = 0.98;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.11;

const SET_FILE = 'detection-set-blind11.json';

describe('blind detection set 11 (new articles q01–q08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^q0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 11', measureSet(set, blindArticleAnalyzer('blind11-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
