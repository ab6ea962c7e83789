/**
 * A blind measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind5.json: 94 correct summary sentences (41 zh, 53 en) written by
 * hand for six new articles (fixtures/llm/blind5-articles/h01–h06: a national-park visitor report,
 * a shipbuilding orders bulletin, an HPV vaccine rollout update, a university admissions
 * statistic, a water-diversion project, a retail sales monthly), without reading src/verify/ or
 * the other detection sets; every figure was checked by hand against its article. Styles:
 * LLM-like English ("8.62 million", "493 billion yuan", "more than doubled", "more than a third",
 * "about a quarter", "nearly half", "more than nine in ten", "below 0.03%" for 不到万分之三,
 * "no more than 50,000"), careful rounding (约4.5万亿元 for 4.52万亿元, 约612公里 for 611.9公里),
 * Chinese paraphrase (同比 for 比去年同期, 九成以上 for 超过92%), dates, quarters, durations,
 * classifiers (艘, 剂, 所, 座, 只次), sentences without figures, names.
 *
 * The mechanics are the shared ones (test/support/detection-measurement.ts): the project's
 * `corruptSentence` plus the extra operators; each correct and each corrupted sentence is verified
 * alone against the real Analyzed record of its article, analysed with analyzeText and the
 * article's own date line (second line) as reference date.
 *
 * The verifier has been fixed against this set's false alarms, so it is a tuning set: the floors
 * below guard the tuned level (see fixtures/llm/README.md); blind sets 6 and 7 measure it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProposedEntity } from '../../src/summarize/provider.js';
import { findFixturesDir } from '../../src/verify/measure-detection.js';
import { blindArticleAnalyzer, measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * First (blind) measurement 2026-11-28 17:26 UTC: detection 596/601 = 0.992 (project generator
 * 383/388 = 0.987), false alarms 19/94 = 0.202. The verifier was then changed because of this
 * set's false alarms (fixtures/llm/README.md, "Blind detection set 5, after tuning"), so it is a
 * tuning set now: 601/608 = 0.988 (generator 383/390 = 0.982), 0/94. These floors guard that
 * tuned level; they are not an independent measurement.
 */
const FLOOR_DETECTION = 0.985;
const FLOOR_DETECTION_BASE_GENERATOR = 0.98;
const CEILING_FALSE_ALARMS = 0.01;

interface BlindSet {
  readonly articles: Record<string, { readonly entities: readonly ProposedEntity[] }>;
  readonly sentences: readonly { readonly article: string; readonly lang: 'zh' | 'en'; readonly text: string }[];
}

const analyzeBlind5 = blindArticleAnalyzer('blind5-articles');

describe('blind detection set 5 (new articles h01–h06), a tuning set since its first measurement', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', 'detection-set-blind5.json'), 'utf8')) as BlindSet;

  it('uses only its own articles, no other detection set uses them, with at least 30 correct sentences per language', () => {
    const others = [
      'detection-set.json',
      'detection-set-heldout.json',
      'detection-set-independent.json',
      'detection-set-blind.json',
      'detection-set-blind2.json',
      'detection-set-blind3.json',
      'detection-set-blind4.json',
    ];
    const used = others.flatMap((f) => Object.keys((JSON.parse(readFileSync(join(findFixturesDir(), 'llm', f), 'utf8')) as BlindSet).articles));
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^h0[1-6]-.*\.txt$/);
      expect(used).not.toContain(article);
    }
    for (const s of set.sentences) expect(Object.keys(set.articles)).toContain(s.article);
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(30);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(30);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set 5', measureSet(set, analyzeBlind5), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
