/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind7.json: correct summary sentences written by hand for eight new
 * articles (fixtures/llm/blind7-articles/j01–j08: a rural commercial bank's annual report, an NEV maker's deliveries, earthquake relief in Yunnan, a chip fab investment, the Luoyang Marathon, a Qinghai wildlife census, a high-speed line opening, a spring tea harvest), by an author who did not read src/verify/, the
 * tests or the other detection sets; every figure checked by hand against its article. The set
 * was written while the verifier was being changed for blind set 5 and first run against the
 * verifier only after those changes were committed (see fixtures/llm/README.md).
 *
 * The mechanics are the shared ones (test/support/detection-measurement.ts). The verifier has been
 * fixed against this set's false alarms, so it is a tuning set; the floors below guard the tuned
 * level and say nothing about fresh text (blind sets 8 and 9 do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import { articlesOfOtherSets, blindArticleAnalyzer, measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * First (blind) measurement 2026-11-28 17:53 UTC: detection 823/831 = 0.990 (project generator 561/565 = 0.993), false alarms 21/117 = 0.179. The verifier was then changed
 * because of this set's false alarms (fixtures/llm/README.md, "Blind sets 6 and 7, after tuning"),
 * so it is a tuning set now: 820/827 = 0.992 (generator 549/553 = 0.993), false alarms 2/117 = 0.017. These floors guard that tuned level; blind sets 8
 * and 9 measure the verifier.
 */
const FLOOR_DETECTION = 0.99;
const FLOOR_DETECTION_BASE_GENERATOR = 0.99;
const CEILING_FALSE_ALARMS = 0.02;

const SET_FILE = 'detection-set-blind7.json';

describe('blind detection set 7 (new articles j01–j08)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', SET_FILE), 'utf8')) as DetectionSet;

  it('uses only its own articles, with at least 45 correct sentences per language', () => {
    const others = articlesOfOtherSets(SET_FILE);
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^j0[1-8]-.*\.txt$/);
      expect(others).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(45);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(45);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 7', measureSet(set, blindArticleAnalyzer('blind7-articles')), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
