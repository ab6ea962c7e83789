/**
 * A third blind measurement of verifyOutput's detection and false-alarm rates, on
 * fixtures/llm/detection-set-blind3.json: correct summary sentences written by hand for five
 * fixture articles no other detection set uses (a15 GB18030, a16 GBK, a20 GBK HTML, a22 JSON
 * `html`, a23 Markdown), by an author who had not read src/verify/ or the other detection
 * sets when the sentences were final; every figure was checked by hand against its article.
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
 * First (blind) measurement, verifier as it stood: detection 763/773 = 0.987 (project
 * generator alone 469/477 = 0.983), false alarms 10/93 = 0.108. The verifier was then fixed
 * against this set (a well-supported reading not overruled by co-occurrence or date pairing,
 * 约为/左右 as "about", "respectively" lists, "passed" = 突破, "between 4,000 and 6,000",
 * hyphenated adjectives, release days, month-on-month bases, lone range ends): detection
 * 762/771 = 0.988 (generator 466/473 = 0.985), false alarms 0/93. From then on this is a
 * tuning set, not a blind measurement; the floors sit just under the tuned level.
 */
const FLOOR_DETECTION = 0.985;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.01;

const OTHER_SETS = [
  'detection-set.json',
  'detection-set-heldout.json',
  'detection-set-independent.json',
  'detection-set-blind.json',
  'detection-set-blind2.json',
];

describe('blind detection measurement, set 3', () => {
  const set = JSON.parse(
    readFileSync(join(findFixturesDir(), 'llm', 'detection-set-blind3.json'), 'utf8'),
  ) as DetectionSet;

  it('uses articles no other detection set uses, with at least 25 correct sentences per language', () => {
    const used = OTHER_SETS.flatMap((f) =>
      Object.keys((JSON.parse(readFileSync(join(findFixturesDir(), 'llm', f), 'utf8')) as DetectionSet).articles),
    );
    expect(Object.keys(set.articles).sort()).toEqual([
      'a15-catering-gb18030.txt',
      'a16-industry-gbk.txt',
      'a20-renewables-gb2312.html',
      'a22-smartphone-json-html.json',
      'a23-byd-annual.md',
    ]);
    for (const article of Object.keys(set.articles)) expect(used).not.toContain(article);
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(25);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(25);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 3', measureSet(set, analyzeFixture), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
