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
  if (claim.kind === 'fraction' && !/\d/.test(claim.text)) return shareOf(claim, figures);
  if (claim.kind === 'percent') return rateBefore(claim, sentence, figures, sourceText);
  if (!DERIVABLE.has(claim.kind) || typeof claim.value !== 'number' || claim.valueMax !== null) return null;
  // Only where both sides compare: the summary says "from 20", "快了57秒", and the source states one
  // figure as a change of the other (比上年减少11起); any two figures would add up to too much.
  if (!COMPARES.test(sentence)) return null;
  if (claim.approx !== null && claim.approx !== 'about') return null;
  const c = claim.value;
  const candidates = figures.filter(
    (f) => f.end > f.start && f.kind === claim.kind && typeof f.value === 'number' && f.approx === null && (claim.kind !== 'count' || classifiersAgree(claim.unit, f.unit)) && (claim.kind === 'count' || f.unit === claim.unit),
  );
  // 47秒 of 47秒12 is part of a time read whole beside it, no figure to add up on its own.
  const wholes = candidates.filter((f) => !figures.some((h) => h.kind === f.kind && h.start <= f.start && h.end >= f.end && h.end - h.start > f.end - f.start));
  for (const [i, a] of wholes.entries()) {
    for (const b of wholes.slice(i + 1)) {
      if (a.sentence !== b.sentence || !alike(a, b)) continue;
      if (![a, b].some((f) => CHANGE_BEFORE.test(sourceText.slice(Math.max(0, f.start - 6), f.start)))) continue;
      const x = a.value as number;
      const y = b.value as number;
      if (isFaithfulRounding(c, x + y) || isFaithfulRounding(c, Math.abs(x - y))) return [a, b];
    }
  }
  return null;
}

/**
 * "from 50.7% in April" where the source says PMI为51.3%，比上月上升0.6个百分点: a rate before or after
 * a change in points the source gives beside it. Same conditions as for counts: a summary that
 * compares, a change word before the points.
 */
function rateBefore(claim: Figure, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null || claim.approx !== null || !COMPARES.test(sentence)) return null;
  const c = claim.value;
  for (const rate of figures) {
    if (rate.kind !== 'percent' || typeof rate.value !== 'number' || rate.end <= rate.start || rate.valueMax !== null) continue;
    for (const points of figures) {
      if (points.kind !== 'percentage_point' || points.sentence !== rate.sentence || typeof points.value !== 'number' || points.valueMax !== null) continue;
      if (!CHANGE_BEFORE.test(sourceText.slice(Math.max(0, points.start - 6), points.start))) continue;
      const r = rate.value;
      const d = points.value;
      // The summary states the rate itself beside the one worked out from it ("rose to 51.3% … from 50.7%").
      if (!new RegExp(`(?<![\\d.])${String(r).replace('.', '\\.')}(?![\\d])`).test(sentence)) continue;
      if (isFaithfulRounding(c, r - d) || isFaithfulRounding(c, r + d)) return [rate, points];
    }
  }
  return null;
}

/**
 * "two-thirds of the 60 jets are firm orders" where the source says 60架…其中确认订单40架: a share in
 * words (as coarse as 成, see compare-quantities) that two figures of one source sentence, counted
 * or measured alike, give as a ratio; the qualifier must point the honest way.
 */
function shareOf(claim: Figure, figures: readonly SourceFigure[]): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number') return null;
  const c = claim.value * 100;
  const tolerance = claim.approx === null ? 1.5 : 5;
  const parts = figures.filter((f) => (f.kind === 'count' || f.kind === 'measure') && typeof f.value === 'number' && f.valueMax === null && f.end > f.start);
  for (const a of parts) {
    for (const b of parts) {
      if (a === b || a.sentence !== b.sentence || !alike(a, b) || (a.value as number) >= (b.value as number)) continue;
      const share = ((a.value as number) / (b.value as number)) * 100;
      if (Math.abs(share - c) > tolerance + 1e-9) continue;
      const honest =
        claim.approx === null || claim.approx === 'about' ? true : claim.approx === 'over' || claim.approx === 'at_least' ? share > c : share < c;
      if (honest) return [a, b];
    }
  }
  return null;
}
