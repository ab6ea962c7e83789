import type { Approx, FactKind } from '../types.js';
import { isAgeUnit } from '../extract/quantities/index.js';
import { classifiersAgree, PODIUM } from './extra-readings.js';
import { LEVEL_MULTIPLE, multiplesAgree } from './multiples.js';

/** A figure as both extractors and the English parser describe it. */
export interface Figure {
  readonly kind: FactKind;
  readonly text: string;
  readonly value: number | string;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly approx: Approx;
}

/** The outcome of checking one claimed figure against the source's figures. */
export type ClaimCheck<F extends Figure> =
  | { readonly status: 'supported'; readonly fact: F }
  | { readonly status: 'qualifier'; readonly fact: F; readonly problem: string }
  | { readonly status: 'unsupported'; readonly problem: string; readonly nearest: F | null };

/** Largest relative error a rounded figure may carry (153.10 → 150 is 2.0 %). */
const MAX_ROUNDING_ERROR = 0.025;

/**
 * Whether `claim` is `source` or a rounding of it a careful writer would use: the source
 * rounded (or cut) to 2 or more significant digits, off by at most 2.5 %.
 * 171.08 → 171, 17.1, 17; 130.5 → 131, 130; but 18 ≠ 180, 1.8 ≠ 18, and 5.5 ↛ 5.
 */
export function isFaithfulRounding(claim: number, source: number): boolean {
  if (sameNumber(claim, source)) return true;
  if (source === 0 || claim === 0) return false;
  if (Math.abs(claim - source) / Math.abs(source) > MAX_ROUNDING_ERROR) return false;
  for (let digits = 2; digits <= 15; digits++) {
    const p = Number(source.toPrecision(digits));
    if (sameNumber(claim, p)) return true;
    const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(source))) - digits + 1);
    // Cut, not rounded: 4.8 / 0.1 is 47.99999999999999 in floating point, which would cut to 4.7.
    const cut = Math.trunc(Number((source / magnitude).toPrecision(12))) * magnitude;
    if (sameNumber(claim, cut)) return true;
  }
  return false;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const APPROX_WORDS: Readonly<Record<Exclude<Approx, null>, string>> = {
  about: 'about (约)',
  over: 'more than (逾/超过)',
  under: 'nearly / less than (近/不到)',
  at_least: 'at least (至少)',
  at_most: 'at most (最多)',
};

/** Qualifiers that say the same thing: "more than" for 逾 and "at least" for 不低于 are both fine. */
function sameDirection(a: Exclude<Approx, null>, b: Exclude<Approx, null>): boolean {
  if (a === b) return true;
  const up = new Set(['over', 'at_least']);
  const down = new Set(['under', 'at_most']);
  return (up.has(a) && up.has(b)) || (down.has(a) && down.has(b));
}

/**
 * Whether the claim's qualifier is honest about the source's figure. Returns the problem, or null.
 *
 * - A source qualifier must be kept (约 → about, 逾 → more than, 近 → nearly); dropping it
 *   or turning it into another is an issue.
 * - Without one in the source, a claim may add "about" to any figure it matches (rounded or
 *   not: "some 198,000" for 19.8万 claims no more than the figure), "more than" only when it
 *   rounded down, "nearly" only when it rounded up; "more than"/"nearly" on the exact figure
 *   is invented.
 */
export function qualifierProblem(claim: Figure, claimValue: number | null, source: Figure, sourceValue: number | null): string | null {
  const c = claim.approx;
  const s = source.approx;
  // "more than double" for 增长约1.2倍 (about 2.2 times the level): a bound in words well under the figure.
  if (claim.unit === LEVEL_MULTIPLE && (c === 'over' || c === 'at_least') && s === 'about' && claimValue !== null && sourceValue !== null && sourceValue >= claimValue * 1.05) return null;
  if (s !== null) {
    if (c === null) return `drops the qualifier "${APPROX_WORDS[s]}" the source has (${source.text})`;
    // 至少配备1名 made 至少配备逾1名: more than the floor is not the floor. (In English "over" also stands for
    // "and above", "aged 60 and over" for 60岁及以上, and the parser keeps no "more than" in the claim's text.)
    if (c === 'over' && s === 'at_least' && /^(?:逾|超过|多于)/u.test(claim.text)) return `says "${APPROX_WORDS[c]}" where the source says "${APPROX_WORDS[s]}" (${source.text})`;
    if (!sameDirection(c, s)) return `says "${APPROX_WORDS[c]}" where the source says "${APPROX_WORDS[s]}" (${source.text})`;
    // 突破119亿元 is no ground for "more than 12 billion": a bound may be rounded only towards
    // what it already says (over 119 → over 110, under 50 → under 60), never past the figure.
    if (claimValue !== null && sourceValue !== null && !sameNumber(claimValue, sourceValue)) {
      if ((c === 'over' || c === 'at_least') && claimValue > sourceValue) return `says "${APPROX_WORDS[c]}" a figure above the source's bound (${source.text})`;
      if ((c === 'under' || c === 'at_most') && claimValue < sourceValue) return `says "${APPROX_WORDS[c]}" a figure below the source's bound (${source.text})`;
    }
    return null;
  }
  if (c === null) return null;
  // 成 is itself a coarse figure: 约占…两成 for 占…两成 says no more than the source does.
  // "some 198,000" for 19.8万, 约占…两成 for 占…两成: "about" claims no more than the figure does.
  if (c === 'about') return null;
  if (claimValue === null || sourceValue === null || sameNumber(claimValue, sourceValue)) {
    return `adds the qualifier "${APPROX_WORDS[c]}" the source lacks (${source.text})`;
  }
  if ((c === 'over' || c === 'at_least') && claimValue < sourceValue) return null;
  if ((c === 'under' || c === 'at_most') && claimValue > sourceValue) return null;
  return `says "${APPROX_WORDS[c]}" but the source's figure is ${source.text}`;
}

/** Spans of the clock in seconds (months and years are no fixed number of days). */
const CLOCK_SECONDS: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600 };

/** Units of one dimension and their size in its base unit, so 18.5 GW compares with 1850万千瓦. */
const UNIT_SCALE: Readonly<Record<string, { readonly dimension: string; readonly factor: number }>> = {
  W: { dimension: 'power', factor: 1 }, kW: { dimension: 'power', factor: 1e3 }, MW: { dimension: 'power', factor: 1e6 },
  GW: { dimension: 'power', factor: 1e9 }, TW: { dimension: 'power', factor: 1e12 },
  Wh: { dimension: 'energy', factor: 1 }, kWh: { dimension: 'energy', factor: 1e3 }, MWh: { dimension: 'energy', factor: 1e6 },
  GWh: { dimension: 'energy', factor: 1e9 }, TWh: { dimension: 'energy', factor: 1e12 },
  kg: { dimension: 'mass', factor: 1 }, t: { dimension: 'mass', factor: 1e3 },
  m: { dimension: 'length', factor: 1 }, km: { dimension: 'length', factor: 1e3 },
  m2: { dimension: 'area', factor: 1 }, ha: { dimension: 'area', factor: 1e4 }, km2: { dimension: 'area', factor: 1e6 },
  m3: { dimension: 'volume', factor: 1 }, km3: { dimension: 'volume', factor: 1e9 },
  V: { dimension: 'voltage', factor: 1 }, kV: { dimension: 'voltage', factor: 1e3 },
  kPa: { dimension: 'pressure', factor: 1e3 }, MPa: { dimension: 'pressure', factor: 1e6 }, GPa: { dimension: 'pressure', factor: 1e9 },
};

/** Whether two measure units measure one thing (GW and 万千瓦's kW; not MW and tonnes). */
export function sameDimension(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  const x = a === null ? undefined : UNIT_SCALE[a];
  const y = b === null ? undefined : UNIT_SCALE[b];
  return x !== undefined && y !== undefined && x.dimension === y.dimension;
}

/**
 * The claim's value expressed on the source figure's scale, when the kinds can be compared
 * (a percent and a fraction compare via ×100), else null.
 */
function comparableValues(claim: Figure, source: Figure): { c: number; s: number; cMax: number | null; sMax: number | null } | null {
  if (typeof claim.value !== 'number' || typeof source.value !== 'number') return null;
  const pair = (cScale: number, sScale: number) => ({
    c: claim.value as number * cScale,
    s: (source.value as number) * sScale,
    cMax: claim.valueMax === null ? null : claim.valueMax * cScale,
    sMax: source.valueMax === null ? null : source.valueMax * sScale,
  });
  const ck = claim.kind;
  const sk = source.kind;
  switch (ck) {
    case 'money':
      return sk === 'money' && claim.unit === source.unit ? pair(1, 1) : null;
    case 'percent':
      if (sk === 'percent') return pair(1, 1);
      if (sk === 'fraction') return pair(1, 100);
      return null;
    case 'fraction':
      if (sk === 'fraction') return pair(100, 100);
      if (sk === 'percent') return pair(100, 1);
      return null;
    case 'percentage_point':
      // "scored 92.4 points, up 3.1 points": English writes a score's 分 as it writes 个百分点.
      // An index's 97.8点 and an archer's 683环 likewise ("97.8 points", "683 points").
      return sk === 'percentage_point' || (sk === 'count' && (source.unit === '分' || source.unit === '点' || source.unit === '环')) ? pair(1, 1) : null;
    case 'multiple':
      return sk === 'multiple' && multiplesAgree(claim.unit, source.unit) ? pair(1, 1) : null;
    case 'duration':
      // "84.1 years" of age is 84.1岁, a count the source gives with 岁.
      if (sk === 'count' && isAgeUnit(source.unit) && claim.unit === 'year') return pair(1, 1);
      // "her 18-month-old son" is 1岁半, in months. (Only an age said so: "cut to 24 months" is no 2岁.)
      if (sk === 'count' && isAgeUnit(source.unit) && claim.unit === 'month' && /-month/iu.test(claim.text)) return pair(1, 12);
      if (sk !== 'duration') return null;
      if (claim.unit === source.unit) return pair(1, 1);
      // "eight and a half minutes" is 8分30秒 (510 seconds): spans of the clock compare in seconds.
      {
        const c = claim.unit === null ? undefined : CLOCK_SECONDS[claim.unit];
        const s = source.unit === null ? undefined : CLOCK_SECONDS[source.unit];
        return c !== undefined && s !== undefined ? pair(c, s) : null;
      }
    case 'measure': {
      // A bare source number (unit null) may be a measure the extractor did not read a unit
      // for; a count of things (三家, 100架) is not 3 TWh or 100 tonnes.
      if ((sk === 'measure' && claim.unit === source.unit) || (sk === 'count' && !source.unit)) return pair(1, 1);
      // "40 degrees" says no more than degrees: of heat (26摄氏度), sugar (13.5度 Brix) or an angle (40度).
      if (sk === 'measure' && claim.unit === '°' && (source.unit === '°C' || source.unit === '°Bx')) return pair(1, 1);
      // 18.5 GW is 1850万千瓦 (kW): units of one dimension compare in its base unit.
      const c = claim.unit === null ? undefined : UNIT_SCALE[claim.unit];
      const s = source.unit === null ? undefined : UNIT_SCALE[source.unit];
      return sk === 'measure' && c !== undefined && s !== undefined && c.dimension === s.dimension ? pair(c.factor, s.factor) : null;
    }
    case 'count':
    case 'ordinal':
      // Classifiers (枚, 名, 人) and English nouns mostly cannot be compared; the number can.
      // Two classifiers of classifiers.json (48列 vs 48 visits, 人次) do not name the same things.
      if (sk === 'count' && !classifiersAgree(claim.unit, source.unit)) return null;
      // 亚军 is second place, and no count of two (6胜2负).
      if (sk === 'ordinal' && source.unit === PODIUM && claim.kind !== 'ordinal') return null;
      // "46,000 safe flight hours" for 4.6万小时: a bare English count may be a span the words around it name.
      if (sk === 'duration' && claim.unit === null && claim.kind === 'count') return pair(1, 1);
      // "about 58 candidates for each post" for 竞争比约58:1: the ratio's first term, counted per one.
      if (sk === 'multiple' && source.unit === 'x' && /[:：∶]\s?1$/u.test(source.text) && claim.kind === 'count') return pair(1, 1);
      return sk === 'count' || sk === 'measure' || sk === 'ordinal' ? pair(1, 1) : null;
    default:
      return null;
  }
}

/** The kinds of figure that say when: a date, a year, a period. */
export const TEMPORAL_KINDS: ReadonlySet<string> = new Set(['date', 'year', 'period']);

/** Whether a date, year or period claim agrees with a source figure (compared as dates, not numbers). */
export function temporalMatch(claim: Figure, source: Figure): boolean {
  const c = String(claim.value);
  const s = String(source.value);
  if (!TEMPORAL_KINDS.has(source.kind)) return false;
  switch (claim.kind) {
    case 'year':
      // A span of years (2025/2026产季, 2025年至2026年: 2025..2026) states each of its ends.
      return s === c || s.startsWith(`${c}-`) || s === `FY${c}` || s.startsWith(`${c}-Q`) || s.startsWith(`${c}-H`) ||
        (source.kind === 'period' && /^\d{4}\.\.\d{4}$/.test(s) && (s.startsWith(`${c}..`) || s.endsWith(`..${c}`)));
    case 'period': {
      if (source.kind !== 'period') return false;
      if (c === s) return true;
      // "the first quarter" (Q1) matches 2025-Q1, and 2025-Q1 matches 第一季度 read without a year;
      // 前三季度, "January-September" and "the first nine months" are the same months.
      const cm = asMonths(c);
      const sm = asMonths(s);
      if (cm === sm) return true;
      const tail = (v: string): string => v.replace(/^\d{4}-/, '');
      return !c.startsWith('FY') && tail(cm) === tail(sm) && (!/^\d{4}-/.test(cm) || !/^\d{4}-/.test(sm));
    }
    case 'date': {
      if (source.kind !== 'date') return false;
      const parse = (v: string): { y: string | null; md: string } =>
        v.startsWith('--') ? { y: null, md: v.slice(2) } : { y: v.slice(0, 4), md: v.slice(5) };
      const a = parse(c);
      const b = parse(s);
      if (a.y !== null && b.y !== null && a.y !== b.y) return false;
      // A month claim ("April") agrees with a day in that month; a day claim needs the day.
      return a.md === b.md || (a.md.length === 2 && b.md.startsWith(`${a.md}-`));
    }
    default:
      return false;
  }
}

/** A period of quarters or halves as its months: 2025-Q1..Q3 → 2025-M01..M09, H1 → M01..M06; others as they are. */
function asMonths(period: string): string {
  const m = /^(\d{4}-)?(?:Q([1-4])(?:\.\.Q([1-4]))?|H([12]))$/.exec(period);
  if (m === null) return period;
  const month = (n: number): string => `M${String(n).padStart(2, '0')}`;
  const [first, last] = m[4] !== undefined ? [Number(m[4]) * 6 - 5, Number(m[4]) * 6] : [Number(m[2]) * 3 - 2, Number(m[3] ?? m[2]) * 3];
  return `${m[1] ?? ''}${month(first)}..${month(last)}`;
}

/**
 * Checks one claimed figure against the source's figures: supported when a figure of a
 * comparable kind, unit and currency agrees in value (allowing faithful rounding, ranges
 * end by end) and the qualifier is honest; a qualifier problem when only the qualifier
 * is off; unsupported otherwise, with the nearest figure of the same kind for the reviewer.
 */
export function checkClaim<F extends Figure>(claim: Figure, sources: readonly F[]): ClaimCheck<F> {
  let qualifierIssue: { fact: F; problem: string } | null = null;
  // A match only as a coarse 成 figure or a rounded end of a range yields to a source figure
  // that states the value itself: 三成 where the source says 突破三成 drops 突破 even though
  // 三成 is also within half a 成 of 32.5%.
  let weakMatch: F | null = null;
  let weakQualifierIssue: { fact: F; problem: string } | null = null;
  let nearest: F | null = null;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const source of sources) {
    if (claim.kind === 'date' || claim.kind === 'year' || claim.kind === 'period') {
      if (temporalMatch(claim, source)) return { status: 'supported', fact: source };
      continue;
    }
    const v = comparableValues(claim, source);
    if (v === null) continue;
    const logRatio = Math.log10(Math.abs(v.c) + 1e-12) - Math.log10(Math.abs(v.s) + 1e-12);
    // A figure off by a whole power of ten (亿/万, billion/million slips) is the likeliest culprit.
    const powerOfTen = Math.abs(logRatio) > 0.5 && Math.abs(logRatio - Math.round(logRatio)) < 0.005;
    const distance = powerOfTen ? 0 : Math.abs(logRatio);
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = source;
    }
    // A single figure may be one end of a source range ("from 7.8% to 35.3%" written as two figures).
    let matchedSource: number | null = null;
    let weak = false;
    if (v.cMax === null && v.sMax === null) {
      if (isFaithfulRounding(v.c, v.s) || roundsToOneDigit(claim, v.c, v.s)) matchedSource = v.s;
      else if (coarseMatch(claim, v.c, v.s)) {
        matchedSource = v.s;
        weak = true;
      }
    }
    else if (v.cMax !== null && v.sMax !== null) {
      matchedSource = isFaithfulRounding(v.c, v.s) && isFaithfulRounding(v.cMax, v.sMax) ? v.s : null;
    } else if (v.cMax === null && v.sMax !== null) {
      // One end of a range stands as the source writes it ("from 7.8% to 35.3%" as two
      // figures); 160 is no rounding of the 158 in 158至192座.
      matchedSource = sameNumber(v.c, v.s) ? v.s : sameNumber(v.c, v.sMax) ? v.sMax : null;
      if (matchedSource === null && (isFaithfulRounding(v.c, v.s) || isFaithfulRounding(v.c, v.sMax))) {
        matchedSource = isFaithfulRounding(v.c, v.s) ? v.s : v.sMax;
        weak = true;
      }
    }
    if (matchedSource === null) continue;
    const problem = qualifierProblem(claim, v.c, source, matchedSource);
    if (problem === null) {
      if (!weak) return { status: 'supported', fact: source };
      weakMatch ??= source;
      continue;
    }
    if (weak) weakQualifierIssue ??= { fact: source, problem };
    else qualifierIssue ??= { fact: source, problem };
  }
  if (qualifierIssue) return { status: 'qualifier', ...qualifierIssue };
  if (weakMatch) return { status: 'supported', fact: weakMatch };
  if (weakQualifierIssue) return { status: 'qualifier', ...weakQualifierIssue };
  return { status: 'unsupported', problem: unsupportedProblem(claim, nearest), nearest };
}

/**
 * 成 is a tenth, and a writer uses it as a coarse percentage: 近三成 for 29.4%, 逾四成 for
 * 41.8%, 四成 for 41.8%. A 成 claim agrees with a percentage within 5 points of it (half a
 * 成); the qualifier still has to point the honest way (see {@link qualifierProblem}).
 * "nearly 9%" / 近9% for 8.6% is the same care at whole percents: a qualified one-digit
 * percentage agrees with the figure it rounds to (within half a point).
 */
/**
 * "nearly 1 billion yuan" / 近10亿元 for 9.85亿元: a qualified claim may round to one significant
 * digit when that is still within the rounding error; the qualifier must then point the honest way.
 */
function roundsToOneDigit(claim: Figure, c: number, s: number): boolean {
  if (claim.approx === null || s === 0 || Math.abs(c - s) / Math.abs(s) > MAX_ROUNDING_ERROR) return false;
  return sameNumber(c, Number(s.toPrecision(1)));
}

function coarseMatch(claim: Figure, c: number, s: number): boolean {
  // "about a quarter" for 25.7%, "nearly half" for 46.8%, "more than a third" for 37%: a share in
  // words is as coarse as 成 when qualified, and within a point and a half when bare ("a third"
  // for 33.8%). The qualifier's direction is checked after.
  // (Parts of a million are no shares to round by points: "one millionth" is not 千万分之一.)
  if (claim.kind === 'fraction' && !/\d/.test(claim.text)) return Math.min(Math.abs(c), Math.abs(s)) >= 1 && Math.abs(c - s) <= (claim.approx === null ? 1.5 : 5) + 1e-9;
  // "more than doubled" for 增长2.5倍 (3.5 times the level): a bound in words, up to twice itself.
  if (claim.kind === 'multiple' && claim.unit === LEVEL_MULTIPLE && (claim.approx === 'over' || claim.approx === 'at_least')) return s > c && s <= 2 * c;
  if (claim.kind !== 'percent') return false;
  if (/成/u.test(claim.text)) return Math.abs(c - s) <= 5 + 1e-9;
  return claim.approx !== null && Number.isInteger(c) && c >= 1 && c <= 9 && Math.abs(c - s) < 0.5;
}

function unsupportedProblem(claim: Figure, nearest: Figure | null): string {
  if (claim.kind === 'date' || claim.kind === 'year' || claim.kind === 'period') return 'date not found in source';
  if (nearest === null) return `no ${claim.kind.replace('_', ' ')} figure${claim.kind === 'money' && claim.unit ? ` in ${claim.unit}` : ''} in the source`;
  const c = claim.value as number;
  const s = nearest.value as number;
  const ratio = s === 0 ? 0 : c / s;
  const power = Math.log10(Math.abs(ratio));
  const hint =
    Number.isFinite(power) && Math.abs(power - Math.round(power)) < 0.01 && Math.round(power) !== 0
      ? ` (off by a factor of ${10 ** Math.abs(Math.round(power))}: check 亿/万, million/billion)`
      : '';
  return `number not found in source; nearest is ${nearest.text}${hint}`;
}
