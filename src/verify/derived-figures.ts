import { isFaithfulRounding, type Figure } from './compare-quantities.js';
import { classifiersAgree } from './extra-readings.js';
import type { SourceFigure } from './source-figures.js';

const DERIVABLE = new Set(['count', 'money', 'duration', 'measure']);
const COMPARES = /\b(?:from|than|before|earlier|previous|gap|beat|by)\b|比|较|快|慢|相差|减少|增加|多了|少了/iu;
/** A figure stated as a change of another: 比上年减少11起, 较去年增加3家, 快了57秒. */
const CHANGE_BEFORE = /(?:减少|增加|下降|上升|提高|降低|增长|多|少|快|慢|缩短|延长)了?$/u;

/** Whether two source figures count or measure the same thing, so their sum or difference means something. */
function alike(a: SourceFigure, b: SourceFigure): boolean {
  if (a.kind !== b.kind || a.valueMax !== null || b.valueMax !== null) return false;
  return a.kind === 'count' ? classifiersAgree(a.unit, b.unit) && (a.unit === null) === (b.unit === null) : a.unit === b.unit;
}

/**
 * A figure a careful writer works out from two the source states side by side: the year before
 * of 全年发生森林火灾9起，比上年减少11起 is 20, and 比原纪录2小时09分28秒快57秒 is the gap between two
 * times. The claim must be the exact sum or difference (or its faithful rounding) of two figures
 * of the same kind and unit in one source sentence, one stated as a change, with no qualifier
 * the pair does not give, in a summary sentence that compares.
 * Returns the two figures, or null.
 */
export function derivedFrom(
  claim: Figure,
  sentence: string,
  figures: readonly SourceFigure[],
  sourceText: string,
): readonly [SourceFigure, SourceFigure] | null {
  if (!DERIVABLE.has(claim.kind) || typeof claim.value !== 'number' || claim.valueMax !== null) return null;
  // Only where both sides compare: the summary says "from 20", "快了57秒", and the source states one
  // figure as a change of the other (比上年减少11起); any two figures would add up to too much.
  if (!COMPARES.test(sentence)) return null;
  if (claim.approx !== null && claim.approx !== 'about') return null;
  const c = claim.value;
  const candidates = figures.filter(
    (f) => f.end > f.start && f.kind === claim.kind && typeof f.value === 'number' && f.approx === null && (claim.kind !== 'count' || classifiersAgree(claim.unit, f.unit)) && (claim.kind === 'count' || f.unit === claim.unit),
  );
  for (const [i, a] of candidates.entries()) {
    for (const b of candidates.slice(i + 1)) {
      if (a.sentence !== b.sentence || !alike(a, b)) continue;
      if (![a, b].some((f) => CHANGE_BEFORE.test(sourceText.slice(Math.max(0, f.start - 6), f.start)))) continue;
      const x = a.value as number;
      const y = b.value as number;
      if (isFaithfulRounding(c, x + y) || isFaithfulRounding(c, Math.abs(x - y))) return [a, b];
    }
  }
  return null;
}
