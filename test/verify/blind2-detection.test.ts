/**
 * A second blind measurement of verifyOutput's detection and false-alarm rates, on
 * fixtures/llm/detection-set-blind2.json: 115 correct summary sentences (54 zh, 61 en)
 * written by hand for eight fixture articles no other detection set uses (a06, a07, a11,
 * a14, a18 UTF-16, a21 JSON, a26, a27), by an author who had not read src/verify/ or the
 * other detection sets when the sentences were final; every figure was checked by hand
 * against its article.
 *
 * Mechanics are the shared ones (test/support/detection-measurement.ts): the project's
 * `corruptSentence` plus the extra operators (invented or reversed qualifier, wrong
 * year/quarter/month, wrong currency, % ↔ percentage points); each correct and each
 * corrupted sentence is verified alone against the real Analyzed article.
 *
 * The verifier has since been fixed against this set's misses and false alarms, which ended
 * its blindness: it is now a tuning set (see fixtures/llm/README.md), and the floors below
 * guard the tuned level; an honest figure needs a fresh set written without looking at the verifier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import { analyzeFixture } from '../support/analyzed-fixture.js';
import { measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * First (blind) measurement: detection 761/778 = 0.978 (project generator alone 498/512 =
 * 0.973), false alarms 15/115 = 0.130. The verifier was then fixed against this set's misses
 * and false alarms (rise multiples as percentages, bounds read across verbs and "capped at",
 * base years, English units, named indices, power-of-ten slips onto other figures …):
 * detection 783/785 = 0.997 (generator 510/512 = 0.996), false alarms 0/115. From then on
 * this is a tuning set, not a blind measurement; the floors sit just under the tuned level.
 */
const FLOOR_DETECTION = 0.995;
const FLOOR_DETECTION_BASE_GENERATOR = 0.99;
const CEILING_FALSE_ALARMS = 0.01;

const OTHER_SETS = ['detection-set.json', 'detection-set-heldout.json', 'detection-set-independent.json', 'detection-set-blind.json'];

describe('blind detection measurement, set 2', () => {
  const set = JSON.parse(
    readFileSync(join(findFixturesDir(), 'llm', 'detection-set-blind2.json'), 'utf8'),
  ) as DetectionSet;

  it('uses articles no other detection set uses, with at least 30 correct sentences per language', () => {
    const used = OTHER_SETS.flatMap((f) =>
      Object.keys((JSON.parse(readFileSync(join(findFixturesDir(), 'llm', f), 'utf8')) as DetectionSet).articles),
    );
    expect(Object.keys(set.articles).length).toBe(8);
    for (const article of Object.keys(set.articles)) expect(used).not.toContain(article);
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(30);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(30);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 2', measureSet(set, analyzeFixture), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
