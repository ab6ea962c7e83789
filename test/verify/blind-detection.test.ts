/**
 * (Once blind, now a tuning set: see the note on the floors below.) A measurement of verifyOutput's detection and false-alarm rates on
 * fixtures/llm/detection-set-blind.json: 114 correct summary sentences (52 zh, 62 en) written by
 * hand for the held-out articles h01–h10 (fixtures/heldout/articles, never used to tune the
 * verifier), without reading src/verify/ or the other detection sets before the sentences were
 * final. Styles: LLM-like English ("rose 8.6% to 20.9 million TEU", "nearly 12 billion yuan",
 * "HK$18.5bn", "in the first half"), careful rounding (约3869亿元, 约3013万人次), Chinese
 * paraphrase (近三成, 逾四成, 近九成, 同比增长), dates, durations, qualifiers, spelled-out counts
 * ("Nineteen", "Seventeen"), sentences without figures, names.
 *
 * The mechanics are those of test/verify/independent-detection.test.ts, copied unchanged: the
 * project's `corruptSentence` (fed exactly as `measureDetection` feeds it) plus the same extra
 * operators (invented qualifier, qualifier flipped, year / quarter / month, currency,
 * percent ↔ percentage points). Each correct and each corrupted sentence is verified alone, as
 * the zh or en text of a SummarizeResult with the article's proposed entities, against the real
 * Analyzed record (the article read from fixtures/heldout/articles, analysed like a fixture).
 *
 * The floors asserted below are a regression guard set just under the FIRST measurement (see
 * fixtures/llm/README.md), NOT the targets (detection ≥ 0.98, false alarms ≤ 0.02). The
 * printed report is the measurement. Fixing the verifier against this set's misses ends its
 * blindness: after that it is a tuning set and a fresh blind set is needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProposedEntity } from '../../src/summarize/provider.js';
import type { Analyzed } from '../../src/types.js';
import { findFixturesDir } from '../../src/verify/measure-detection.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { measureSet, reportAndGuard } from '../support/detection-measurement.js';

/**
 * THIS SET IS NOW A TUNING SET, NOT A BLIND MEASUREMENT. The first (blind) measurement, verifier
 * untouched by this set, was detection 784/806 = 0.973 (the project's generator 496/514 = 0.965),
 * false alarms 15/114 = 0.132. The verifier was then fixed against its misses and false alarms
 * by general rules (entity/modifier co-occurrence between a claim's clause and the source
 * figure's clause, the clause's own date for a figure, rate pairing across bases and semicolons,
 * English "between X and Y" / "N consecutive years" / "from 2020 to 2022", unit words and Roman
 * numerals as no names, set phrases the source states in Chinese, 成 as a coarse percentage,
 * bounds not rounded past themselves): detection 803/805 = 0.998 (generator 509/509), false
 * alarms 0/114. The guards below sit just under that level; an honest figure now needs a fresh
 * set written without looking at the verifier (see fixtures/llm/README.md).
 */
const FLOOR_DETECTION = 0.995;
const FLOOR_DETECTION_BASE_GENERATOR = 0.995;
const CEILING_FALSE_ALARMS = 0.01;

interface BlindSet {
  readonly articles: Record<string, { readonly entities: readonly ProposedEntity[] }>;
  readonly sentences: readonly { readonly article: string; readonly lang: 'zh' | 'en'; readonly text: string }[];
}

const heldoutCache = new Map<string, Analyzed>();
/** A held-out article (fixtures/heldout/articles/<file>) through ingest → segment → extract, like analyzeFixture. */
function analyzeHeldout(file: string): Analyzed {
  let hit = heldoutCache.get(file);
  if (!hit) {
    const text = readFileSync(join(findFixturesDir(), 'heldout', 'articles', file), 'utf8');
    hit = analyzeText(text, file.replace(/\.txt$/, ''), '2025-05-20');
    heldoutCache.set(file, hit);
  }
  return hit;
}


describe('blind detection measurement (held-out articles h01–h10)', () => {
  const set = JSON.parse(readFileSync(join(findFixturesDir(), 'llm', 'detection-set-blind.json'), 'utf8')) as BlindSet;

  it('uses only held-out articles no other detection set uses, with at least 30 correct sentences per language', () => {
    const used = ['detection-set.json', 'detection-set-heldout.json', 'detection-set-independent.json'].flatMap((f) =>
      Object.keys((JSON.parse(readFileSync(join(findFixturesDir(), 'llm', f), 'utf8')) as BlindSet).articles),
    );
    for (const article of Object.keys(set.articles)) {
      expect(article).toMatch(/^h\d\d-/);
      expect(used).not.toContain(article);
    }
    expect(set.sentences.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(30);
    expect(set.sentences.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(30);
  });

  it('measures detection and false alarms, guarding the level reached after tuning on this set', () => {
    reportAndGuard('blind set', measureSet(set, analyzeHeldout), {
      detection: FLOOR_DETECTION,
      baseGenerator: FLOOR_DETECTION_BASE_GENERATOR,
      falseAlarmsAtMost: CEILING_FALSE_ALARMS,
    });
  });
});
