import { findQuantities } from '../extract/quantities/index.js';
import { isFaithfulRounding, type Figure } from './compare-quantities.js';
import { findEnglishQuantities, smallNumberOf } from './english-quantities.js';
import { classifiersAgree } from './extra-readings.js';
import { sourceSentenceOf, type SourceFigure } from './source-figures.js';

const DERIVABLE = new Set(['count', 'money', 'duration', 'measure']);
const COMPARES = /\b(?:from|than|before|earlier|previous|gap|beat|by|behind|ahead)\b|比|较|快|慢|相差|减少|增加|多了|少了|落后|领先|(?:从|由)[^，。；,;]{0,16}(?:增至|增加到|降至|减至|下降到|提高到|提高至|提升到|提升至)/iu;
/** A figure stated as a change of another: 比上年减少11起, 较去年增加3家, 快了57秒. */
const CHANGE_BEFORE = /(?:减少|增加|下降|上升|提高|降低|增长|多|少|快|慢|缩短|延长)了?$/u;

/** 由每人每月2100元提高到2350元: the level a change starts from, and the level it reaches. */
const FROM_LEVEL_BEFORE = /(?:由|从)[^，。；,;0-9０-９]{0,8}$/u;
// (降至18%, 增至40个: the one-character verbs too.)
const TO_LEVEL_BEFORE = /(?:减少|增加|下降|上升|提高|提升|降低|增长|上涨|下调|上调|缩短|延长|扩大|缩小|降|增|升|减)(?:到|至)了?$/u;

/** 由2100元提高到2350元: two levels of one sentence, the first after 由/从 and the second after a change verb and 到/至. */
function isFromTo(a: SourceFigure, b: SourceFigure, sourceText: string): boolean {
  const lead = (f: SourceFigure): string => sourceText.slice(Math.max(0, f.start - 12), f.start);
  return a.sentence === b.sentence && FROM_LEVEL_BEFORE.test(lead(a)) && TO_LEVEL_BEFORE.test(lead(b));
}
/** "rose by 250 yuan", 提高了250元: a summary figure stated as a change ("rose 11 percentage points … to 38%" without "by"). */
const CHANGE_BY_BEFORE = /(?:\b(?:rose|risen|rise|rises|rising|increased|increasing|grew|grown|growing|expanded|climbed|jumped|raised|lifted|fell|fallen|falling|dropped|declined|declining|decreased|cut|reduced|lowered|up|down)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US\$|HK\$|RMB\s?|[$€¥£])?|(?:增加|增长|提高|上涨|上调|下降|降低|减少|下调)了?(?:约)?)$/iu;

/** Whether two source figures count or measure the same thing, so their sum or difference means something. */
function alike(a: SourceFigure, b: SourceFigure): boolean {
  if (a.kind !== b.kind || a.valueMax !== null || b.valueMax !== null) return false;
  return a.kind === 'count' ? classifiersAgree(a.unit, b.unit) && (a.unit === null) === (b.unit === null) : a.unit === b.unit;
}

/** 比赣州市多, 比对照组低: a gap to another party's figure, named right before the claim (the party captured). */
const GAP_TO_OTHER_BEFORE = /比([^，,。；;0-9０-９]{1,12}?)(?:多出?|少了?|高出?|低了?)$/u;

/** 比去年的16人多了, 比对手少: a gap word right before the figure, after a comparison. */
const GAP_STATED_BEFORE = /比[^，,。；;]{1,16}(?:多|少|高|低)(?:了|出)?$/u;

/** Whether the summary sentence states a source figure as the source writes it, long enough to tell (9枚, 2.58元; not 9). */
function statedWhole(f: SourceFigure, sentence: string): boolean {
  return (f.text.length >= 3 || /^[0-9０-９]+\p{Script=Han}+$/u.test(f.text)) && sentence.includes(f.text);
}

/** "deaths exceeded births by 47,400": the gap between two figures a sentence names, one above the other. */
const EXCEEDED_BY_BEFORE = /\b(?:exceed(?:ed|s)?|outnumber(?:ed|s)?|surpass(?:ed|es)?|outstripp?(?:ed|s)?)\s+[^,.;:]{1,30}?\s+by\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;

/**
 * A figure a careful writer works out from two the source states side by side: the year before
 * of 全年发生森林火灾9起，比上年减少11起 is 20, and 比原纪录2小时09分28秒快57秒 is the gap between two
 * times. The claim must be the exact sum or difference (or its faithful rounding) of two figures
 * of the same kind and unit in one source sentence, one stated as a change, with no qualifier
 * the pair does not give, in a summary sentence that compares.
 * Returns the two figures, or null.
 */
export function derivedFrom(
  claim: Figure & { readonly start: number },
  sentence: string,
  figures: readonly SourceFigure[],
  sourceText: string,
): readonly [SourceFigure, SourceFigure] | null {
  if (claim.kind === 'fraction' && !/\d/.test(claim.text)) {
    const share = shareOf(claim, figures);
    if (share !== null) return share;
  }
  if (claim.kind === 'duration') {
    const months = monthsSpanned(claim, sentence, figures, sourceText);
    if (months !== null) return months;
    const years = yearsSpanned(claim, sentence, figures, sourceText);
    if (years !== null) return years;
  }
  if (claim.kind === 'period') {
    const stretch = monthsFromFirstDayToEnd(String(claim.value), figures, sourceText);
    if (stretch !== null && statesBeside(stretch[0], sentence, figures)) return stretch;
  }
  if (claim.valueMax !== null) {
    const extremes = extremesOfRange(claim, figures, sourceText);
    if (extremes !== null) return extremes;
  }
  if (claim.kind === 'multiple' && /\p{Script=Han}/u.test(sentence)) {
    const rise = chineseRise(claim, sentence, figures, sourceText);
    if (rise !== null) return rise;
  }
  const worked = workedInSentence(claim, sentence, figures, sourceText);
  if (worked !== null) return worked;
  if (claim.kind === 'percent') return rateBefore(claim, sentence, figures, sourceText) ?? rateOfSourceFromTo(claim, sentence, figures, sourceText) ?? percentOfWhole(claim, sentence, figures);
  // 西乡塘区为72%，比全市平均水平低6个百分点 where the source gives 低于全市78%的平均水平: a gap in points
  // between two rates, worked out as a gap between two parties' figures is (below).
  const points = claim.kind === 'percentage_point';
  if ((!DERIVABLE.has(claim.kind) && !points) || typeof claim.value !== 'number' || claim.valueMax !== null) return null;
  const listed = listedSum(claim, sentence, figures, sourceText);
  if (listed !== null) return listed;
  // "with Europe's share of its orders rising 8 percentage points to 36%" where the source says 由去年同期的28%提高到36%: a
  // change in points the summary states as a change, with the level it reached, between the source's from and to.
  if (points && CHANGE_BY_BEFORE.test(sentence.slice(0, claim.start)) && claim.approx === null) {
    const reached = findEnglishQuantities(sentence).find((q) => q.kind === 'percent' && q.start > claim.start && /^\s+to\s+$/i.test(sentence.slice(claim.start + claim.text.length, q.start)));
    const to = reached === undefined ? undefined : figures.find((f) => f.kind === 'percent' && f.value === reached.value && f.approx === null);
    const from = to === undefined ? undefined : figures.find((f) => f.kind === 'percent' && f !== to && isFromTo(f, to, sourceText));
    if (to !== undefined && from !== undefined && isFaithfulRounding(claim.value, Math.abs((to.value as number) - (from.value as number)))) return [from, to];
  }
  // Only where both sides compare: the summary says "from 20", "快了57秒", and the source states one
  // figure as a change of the other (比上年减少11起); any two figures would add up to too much.
  if (!COMPARES.test(sentence)) return null;
  if (claim.approx !== null && claim.approx !== 'about') return null;
  const c = claim.value;
  const candidates = figures.filter(
    (f) => f.end > f.start && typeof f.value === 'number' && f.approx === null &&
      (points ? f.kind === 'percent' : f.kind === claim.kind && (claim.kind !== 'count' || classifiersAgree(claim.unit, f.unit)) && (claim.kind === 'count' || f.unit === claim.unit)),
  );
  // 47秒 of 47秒12 is part of a time read whole beside it, no figure to add up on its own.
  const wholes = candidates.filter((f) => !figures.some((h) => h.kind === f.kind && h.start <= f.start && h.end >= f.end && h.end - h.start > f.end - f.start));
  // 南昌市获得263亿元，比赣州市多52亿元 where the source gives 南昌263亿元 and 赣州211亿元 side by side: the
  // summary states one of the two as the source writes it, and the gap to the other; "deaths exceeded births
  // by 47,400" names both sides in words.
  const before = sentence.slice(0, claim.start);
  // (比去年同期减少4起 is a change from a time, not a gap to another party: its base is for CHANGE_BEFORE to find.)
  // 以3小时04分51秒获得亚军，落后冠军2分33秒: behind or ahead of another party by the gap.
  const gapMatch = GAP_TO_OTHER_BEFORE.exec(before) ?? /(?:落后|领先)([^，,。；;0-9０-９]{1,12})$/u.exec(before);
  const gapToOther = gapMatch !== null && !/去年|同期|上年|上月|此前|往年|前年/u.test(gapMatch[1]!) ? gapMatch : null;
  const exceededBy = EXCEEDED_BY_BEFORE.test(before);
  const claimIsChange = CHANGE_BY_BEFORE.test(before);
  // 三亚均价为每斤2.58元，比海口高出0.22元 where the source gives 海口's 2.36元 in a sentence of its own: the
  // other party's figure may stand apart when its sentence names the party.
  const other = gapToOther?.[1] ?? null;
  const namesOther = (f: SourceFigure): boolean => other !== null && other.length >= 2 && sourceSentenceOf(sourceText, f).includes(other);
  for (const [i, a] of wholes.entries()) {
    for (const b of wholes.slice(i + 1)) {
      if (!alike(a, b)) continue;
      const statedA = statedWhole(a, sentence);
      const statedB = statedWhole(b, sentence);
      if (a.sentence !== b.sentence && !((statedA && !statedB && namesOther(b)) || (statedB && !statedA && namesOther(a)))) continue;
      // 女子选手有31人，比去年的16人多了15人 where the source says 女子选手31人，而去年只有16人: both levels stated in the
      // sentence as the source writes them, and the gap between them right after them.
      const statesBoth = statedA && statedB && GAP_STATED_BEFORE.test(before);
      const statesOne = exceededBy || statesBoth || (gapToOther !== null && (statedA || statedB));
      const x = a.value as number;
      const y = b.value as number;
      // 占比由21%提高到34% as "提高13个百分点至34%": the change in points between two rates the source gives as from and to.
      // (The rate reached must stand in the sentence too: "提高13个百分点至34%", never points alone.)
      if (points && claimIsChange && (statedA || statedB) && isFromTo(a, b, sourceText) && isFaithfulRounding(c, Math.abs(x - y))) return [a, b];
      // Otherwise points are only ever a gap between two parties' rates here, never a sum nor a change the source states.
      if (points && !statesOne) continue;
      // "rose by 250 yuan to 2,350 yuan" for 由2100元提高到2350元: the change between two levels the source
      // states in the claim's own unit, when the summary states its figure as a change (never their sum).
      if (claimIsChange && a.unit === claim.unit && b.unit === claim.unit && isFromTo(a, b, sourceText) && isFaithfulRounding(c, Math.abs(x - y))) return [a, b];
      if (!statesOne && ![a, b].some((f) => CHANGE_BEFORE.test(sourceText.slice(Math.max(0, f.start - 6), f.start)))) continue;
      if ((!points && isFaithfulRounding(c, x + y)) || isFaithfulRounding(c, Math.abs(x - y))) return [a, b];
    }
  }
  return null;
}

/** 合计16.5万件, "a combined 165,000": a total the summary names as such, right before the figure. */
// ("together account for 1.3 billion yuan": the verb of a total may stand between.)
const TOTAL_BEFORE = /(?:合计|共计|总计|两者共|两地共|两省共|一共|\b(?:combined|together|in total|a total of|between them)(?:\s+(?:account(?:s|ed)?\s+for|make\s+up|made\s+up|total(?:led)?|amount(?:s|ed)?\s+to|c[ao]me\s+to))?)\s*(?:约|about\s+)?$/iu;
/** ，省市配套资金: a comma and the next item's noun, no figure between. */
const COMMA_ITEM = /^[，,][^，,；;。0-9０-９]{1,10}$/u;
/** 分别为8.9万件和7.6万件: two figures listed side by side, joined by 和, 与, 及 or 、. */
const LIST_JOIN = /^[和与及、]$/u;

/**
 * 广东、江苏两省…合计16.5万件 where the source lists 分别为8.9万件和7.6万件: the sum of two figures the
 * source lists side by side, of one kind and unit, when the summary calls its figure a total.
 */
function listedSum(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null) return null;
  if (claim.approx !== null && claim.approx !== 'about') return null;
  // 来自22支车队 where the source says 来自18支世界职业车队和4支洲际职业车队: two counts of kinds of one thing
  // the summary counts together by the noun both end in.
  const noun = claim.kind === 'count' ? (/^([\u4e00-\u9fff]{2,3}?)(?:的|[，,。；;])/u.exec(sentence.slice(claim.start + claim.text.length))?.[1] ?? null) : null;
  // (Built once per claim: the noun is Chinese characters only, nothing a pattern would read as syntax.)
  const nounThenJoin = noun === null ? null : new RegExp(`^[^，,；;。0-9０-９]{0,6}${noun}[和与及、]$`, 'u');
  const nounAfter = noun === null ? null : new RegExp(`^[^，,；;。0-9０-９]{0,6}${noun}`, 'u');
  const ofNoun = (a: SourceFigure, b: SourceFigure): boolean =>
    nounThenJoin !== null && nounAfter !== null && nounThenJoin.test(sourceText.slice(a.end, b.start)) && nounAfter.test(sourceText.slice(b.end));
  const total = TOTAL_BEFORE.test(sentence.slice(Math.max(0, claim.start - 32), claim.start));
  const listed = figures.filter((f) => f.end > f.start && f.kind === claim.kind && typeof f.value === 'number' && f.approx === null && (claim.kind !== 'count' || classifiersAgree(claim.unit, f.unit)) && (claim.kind === 'count' || f.unit === claim.unit));
  for (const [i, a] of listed.entries()) {
    const b = listed[i + 1];
    if (b === undefined || a.sentence !== b.sentence) continue;
    // (其中中央补助资金7.2亿元，省市配套资金5.8亿元: items of a list may be parted by a comma and the next item's noun.)
    if (!(total && (LIST_JOIN.test(sourceText.slice(a.end, b.start)) || COMMA_ITEM.test(sourceText.slice(a.end, b.start)))) && !ofNoun(a, b)) continue;
    if (isFaithfulRounding(claim.value, (a.value as number) + (b.value as number))) return [a, b];
  }
  return null;
}

/** 高于全省外贸整体增速, 低于全国平均水平: the gap in points to another party's rate, named before the points. */
const RATE_GAP_BEFORE = /(?:高于|低于|高出|低出)[^，。；,;0-9０-９]{1,16}$/u;

/**
 * "from 50.7% in April" where the source says PMI为51.3%，比上月上升0.6个百分点: a rate before or after
 * a change in points the source gives beside it. Same conditions as for counts: a summary that
 * compares, a change word before the points.
 */
function rateBefore(claim: Figure, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null || claim.approx !== null) return null;
  const compares = COMPARES.test(sentence);
  const c = claim.value;
  for (const rate of figures) {
    if (rate.kind !== 'percent' || typeof rate.value !== 'number' || rate.end <= rate.start || rate.valueMax !== null) continue;
    for (const points of figures) {
      if (points.kind !== 'percentage_point' || points.sentence !== rate.sentence || typeof points.value !== 'number' || points.valueMax !== null) continue;
      // 同比增长21.4%，高于全省外贸整体增速13.2个百分点: the other party's rate, 8.2%, however the summary words it.
      const gapToOther = points.start > rate.end && RATE_GAP_BEFORE.test(sourceText.slice(Math.max(rate.end, points.start - 20), points.start));
      if (!gapToOther && (!compares || !CHANGE_BEFORE.test(sourceText.slice(Math.max(0, points.start - 6), points.start)))) continue;
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
 * "cost 786 million yuan, about 60% of it from central government funds" where the source says 总投资7.86亿元，其中中央资金
 * 4.72亿元: a percentage (exact or "about") of the whole the sentence states, which a part the source gives after that
 * whole in a sentence that states no share works out to.
 */
function percentOfWhole(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[]): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null || (claim.approx !== null && claim.approx !== 'about') || /\p{Script=Han}/u.test(sentence)) return null;
  if (!/^\s+of\s+(?:it|that|this)\b/i.test(sentence.slice(claim.start + claim.text.length))) return null;
  const whole = findEnglishQuantities(sentence).filter((q) => DERIVABLE.has(q.kind) && typeof q.value === 'number' && q.valueMax === null && q.end <= claim.start).at(-1);
  const sw = whole === undefined ? undefined : statedInSource(whole, figures);
  if (sw === undefined || (sw.value as number) === 0) return null;
  // (Only where the source's sentence states no share of its own: a share it does state is the one to check against.)
  if (figures.some((g) => g.sentence === sw.sentence && (g.kind === 'percent' || g.kind === 'fraction'))) return null;
  const c = claim.value;
  const holds = (r: number): boolean => (claim.approx === null ? isFaithfulRounding(c, r) : shareHolds(r, c, claim.approx));
  const part = figures.find((g) => g !== sw && g.end > g.start && g.start > sw.end && g.sentence === sw.sentence && alike(sw, g) &&
    holds(((g.value as number) / (sw.value as number)) * 100));
  return part === undefined ? null : [part, sw];
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

/** Words that say a figure is a gap or a change: 减少55起, 高出15个百分点, "up by 60%", "15 points higher". */
const GAP_AROUND = /\b(?:more|less|fewer|higher|lower|above|below|up|down|gap|difference|rose|fell|grew|increased?|decreased?|lifted|raised|cut|dropped)\b|高出|低于|高于|多出|少于|减少|增加|下降|上升|提高|降低|增长|缩短|延长|收窄|扩大|缩小|相差|差距|比[^，。；,;]{1,20}?[多少](?=[0-9０-９])/iu;
/** Words that give the base of a change or a gap: the figure right after them is where it starts. */
const BASE_WORD_BEFORE = /(?:\bfrom|\bthan|\bversus|\bvs\.?|由|从|比|较)\s*(?:[^\d\s，。；,;]{0,12}的)?\s*$/iu;

/**
 * "82起，比去年同期的137起减少55起", "93%，比郑州的78%高出15个百分点", "lifted output by 60%, from 600 to
 * 960 pairs": a difference, a gap in points or a rate of change worked out from two figures the summary
 * sentence states itself, each of which the source states. The arithmetic stands on the page, and the
 * two figures are checked on their own. A rate of change needs its base marked (from, 比, 由).
 */
function workedInSentence(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (claim.kind === 'multiple' || claim.kind === 'fraction') return levelRatioInSentence(claim, sentence, figures, sourceText);
  if (typeof claim.value !== 'number' || claim.valueMax !== null || (claim.approx !== null && claim.approx !== 'about')) return null;
  // The figure itself is said as a gap or a change ("减少55起", "高出15个百分点", "by 60%, from 600"), not
  // merely set in a sentence that compares something else.
  if (!GAP_AROUND.test(sentence.slice(Math.max(0, claim.start - 40), claim.start + claim.text.length + 24))) return null;
  const operandKind = claim.kind === 'percentage_point' ? 'percent' : claim.kind;
  if (claim.kind !== 'percent' && claim.kind !== 'percentage_point' && !DERIVABLE.has(claim.kind)) return null;
  const stated = (/\p{Script=Han}/u.test(sentence) ? findQuantities(sentence, { referenceDate: null }) : findEnglishQuantities(sentence))
    .filter((q) => typeof q.value === 'number' && q.valueMax === null && q.approx === null && !(q.kind === claim.kind && q.value === claim.value));
  const c = claim.value;
  // Worked out to the unit, or rounded where the summary says "about".
  const agrees = (worked: number): boolean => (claim.approx === 'about' ? isFaithfulRounding(c, worked) : Math.abs(c - worked) < 1e-6 * Math.max(1, Math.abs(worked)));
  const sources = stated.map((q) => statedInSource(q, figures));
  for (const [i, x] of stated.entries()) {
    for (let j = i + 1; j < stated.length; j++) {
      const y = stated[j]!;
      const sx = sources[i];
      const sy = sources[j];
      if (sx === undefined || sy === undefined || sx === sy || !alike(sx, sy)) continue;
      const a = sx.value as number;
      const b = sy.value as number;
      if (claim.kind === 'percent') {
        if (!DERIVABLE.has(sx.kind)) continue;
        const base = BASE_WORD_BEFORE.test(sentence.slice(0, x.start)) ? a : BASE_WORD_BEFORE.test(sentence.slice(0, y.start)) ? b : null;
        if (base === null || base === 0) continue;
        // A rate is rounded to the digits written (60% for 60.0%, 27% for 27.4%).
        if (Math.abs(c - (Math.abs(a - b) / base) * 100) <= 0.5 || (claim.approx === 'about' && isFaithfulRounding(c, (Math.abs(a - b) / base) * 100))) return [sx, sy];
      } else if (sx.kind === operandKind && sx.unit === sy.unit && (claim.kind === 'percentage_point' || (claim.kind === 'count' ? classifiersAgree(claim.unit, sx.unit) : sx.unit === claim.unit))) {
        if (agrees(Math.abs(a - b))) return [sx, sy];
      }
    }
  }
  return null;
}

/** 增加了一倍多, 增长2倍: a rise by a multiple, which 一倍 is doubling. */
const RISE_BY_BEFORE = /(?:增加|增长|提高|上升|扩大)了?$/u;
/** 比去年同期的265例: the level a rise is measured from, after 比 and its noun. */
const COMPARED_WITH_BEFORE = /比[^，。；,;0-9０-９]{0,12}$/u;

/**
 * "完成手术587例，比去年同期的265例增加了一倍多", "床位数翻了一番，达到24张" where the source gives 由12张增加到24张:
 * a rise by a multiple (翻一番 the level doubled, 增加了一倍 a rise of one times) between two levels the source
 * states, both in the summary sentence, or the one it reaches there and the one it rose from in the source's
 * own from–to.
 */
function chineseRise(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null) return null;
  const doubling = claim.text.startsWith('翻');
  if (!doubling && !RISE_BY_BEFORE.test(sentence.slice(Math.max(0, claim.start - 6), claim.start))) return null;
  const c = claim.value;
  const holds = (level: number, base: number): boolean => base !== 0 && multipleHolds(doubling ? level / base : level / base - 1, c, claim.approx);
  const stated = findQuantities(sentence, { referenceDate: null }).filter((q) => DERIVABLE.has(q.kind) && typeof q.value === 'number' && q.valueMax === null && (q.approx === null || q.approx === 'about'));
  const at = stated.findLastIndex((q) => q.end <= claim.start && COMPARED_WITH_BEFORE.test(sentence.slice(Math.max(0, q.start - 14), q.start)));
  if (at > 0) {
    const level = statedInSource(stated[at - 1]!, figures);
    const base = statedInSource(stated[at]!, figures);
    if (level !== undefined && base !== undefined && level !== base && alike(level, base) && holds(level.value as number, base.value as number)) return [level, base];
    return null;
  }
  for (const q of stated) {
    const level = statedInSource(q, figures);
    const base = level === undefined ? undefined : figures.find((f) => f !== level && isFromTo(f, level, sourceText) && alike(f, level));
    if (level !== undefined && base !== undefined && holds(level.value as number, base.value as number)) return [level, base];
  }
  return null;
}

/**
 * "深圳分会场销售额为3260万元，是佛山分会场1480万元的两倍多": one figure as a multiple of another, both stated in
 * the sentence and in the source; the multiple must hold as written (两倍多 is between two and three times).
 */
function levelRatioInSentence(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null) return null;
  if (!/\p{Script=Han}/u.test(sentence)) return claim.kind === 'multiple' ? englishLevelRatio(claim, sentence, figures, sourceText) : null;
  // Only "A是B的N倍" (a level), not 增长N倍 (a rise, which multiples.ts reads); "接近B的两倍", "不到B的一半" bound it.
  const lead = /(是|为|相当于|接近|超过|不到)[^，。；,;]{0,24}的$/u.exec(sentence.slice(Math.max(0, claim.start - 30), claim.start));
  if (lead === null) return null;
  // (The bound reaches across the other level, 接近企业约每件20万元的两倍, which the reader of figures does not carry.)
  const approx = claim.approx ?? (lead[1] === '超过' ? 'over' : lead[1] === '接近' || lead[1] === '不到' ? 'under' : null);
  // A level the source gives as "about" (利润总额约41亿元) is as good an operand, stated with its 约.
  const stated = findQuantities(sentence, { referenceDate: null }).filter((q) => DERIVABLE.has(q.kind) && typeof q.value === 'number' && q.valueMax === null && (q.approx === null || q.approx === 'about'));
  const c = claim.value;
  for (const [i, x] of stated.entries()) {
    for (const y of stated.slice(i + 1)) {
      const sx = figures.find((f) => f.end > f.start && f.kind === x.kind && f.unit === x.unit && f.value === x.value && f.approx === x.approx);
      const sy = figures.find((f) => f.end > f.start && f.kind === y.kind && f.unit === y.unit && f.value === y.value && f.approx === y.approx);
      if (sx === undefined || sy === undefined || !alike(sx, sy) || (y.value as number) === 0) continue;
      // (为原来的3倍 after 由40立方米扩大到120立方米: the later level over the original one.)
      const ratio = ORIGINAL_LEVEL.test(lead[0]) ? (y.value as number) / (x.value as number) : (x.value as number) / (y.value as number);
      if (claim.kind === 'fraction' ? shareHolds(ratio, c, approx) : multipleHolds(ratio, c, approx)) return [sx, sy];
    }
  }
  return null;
}

/**
 * "handled about 960,000 passengers, more than twice the roughly 410,000 at Pan'an South": a multiple
 * set between the two levels it compares, the first before it and the second right after "the" (or
 * "that of", "as many as"), each of which the source states.
 */
function englishLevelRatio(claim: Figure & { readonly start: number; readonly text: string }, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  const c = claim.value as number;
  const end = claim.start + claim.text.length;
  const stated = findEnglishQuantities(sentence).filter((q) => DERIVABLE.has(q.kind) && typeof q.value === 'number' && q.valueMax === null);
  // "profit more than doubled to 430 million yuan from 210 million yuan", "more than doubled from 65 in 2020
  // to 142", "doubling the number of beds from 30 to 60": the level reached over the level it started from,
  // both in the verb's clause.
  // ("plans to double the clinic's consulting rooms from four to eight" where the source says 由4间增至8间: the
  // verb's plain form, and small levels in words.)
  const verb = /^(?:doubl|tripl|trebl|quadrupl)(?:ed|ing)$/i.test(claim.text) || (/^(?:double|triple|treble|quadruple)$/i.test(claim.text) && /\bto\s+$/i.test(sentence.slice(Math.max(0, claim.start - 4), claim.start)));
  if (verb) {
    const clauseEnd = end + (/[;:]|,\s|$/.exec(sentence.slice(end))?.index ?? 0);
    const inClause = stated.filter((q) => q.start >= end && q.end <= clauseEnd && q.start - end <= 60);
    const to = inClause.find((q) => TO_LEVEL_EN.test(sentence.slice(Math.max(end, q.start - 24), q.start)));
    const from = inClause.find((q) => FROM_LEVEL_EN.test(sentence.slice(Math.max(end, q.start - 24), q.start)));
    if (to === undefined || from === undefined) return levelsInWords(claim, sentence.slice(end, clauseEnd), figures, sourceText) ?? riseRateMultiple(claim, sentence, figures);
    const sTo = statedInSource(to, figures);
    const sFrom = statedInSource(from, figures);
    if (sTo === undefined || sFrom === undefined || sTo === sFrom || !alike(sTo, sFrom) || (sFrom.value as number) === 0) return null;
    return multipleHolds((sTo.value as number) / (sFrom.value as number), c, claim.approx) ? [sTo, sFrom] : null;
  }
  if (!/^\s+(?:the|that of|those of|as many as|as much as)\s/i.test(sentence.slice(end))) return null;
  const x = stated.filter((q) => q.end <= claim.start).at(-1);
  const y = stated.find((q) => q.start >= end);
  // "has 120 psychiatric beds, twice as many as Ziyang County People's Hospital" where the source gives 120张 and, in
  // that sentence or the next, 紫阳县人民医院为60张: the other party's level unsaid, the source's beside the first.
  if (x !== undefined && y === undefined && /^\s+as\s+(?:many|much)\s+as\s/i.test(sentence.slice(end))) {
    const sx = statedInSource(x, figures);
    if (sx === undefined) return null;
    const base = figures.find((g) => g !== sx && g.end > g.start && Math.abs(g.sentence - sx.sentence) <= 1 && alike(sx, g) && (g.value as number) !== 0 &&
      multipleHolds((sx.value as number) / (g.value as number), c, claim.approx));
    return base === undefined ? null : [sx, base];
  }
  if (x === undefined || y === undefined || (y.value as number) === 0 || /[;:]/.test(sentence.slice(end, y.start))) return null;
  const sx = statedInSource(x, figures);
  const sy = statedInSource(y, figures);
  if (sx === undefined || sy === undefined || sx === sy || !alike(sx, sy)) return null;
  return multipleHolds((sx.value as number) / (sy.value as number), c, claim.approx) ? [sx, sy] : null;
}

/** "from four to eight" after a doubling verb: the multiple of two levels the source gives as from and to (由4间增至8间). */
function levelsInWords(claim: Figure, clause: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  const m = /^[^;:]{0,60}?\bfrom\s+([a-z]+|\d+)\s+to\s+([a-z]+|\d+)\b/i.exec(clause);
  if (m === null) return null;
  const [a, b] = [smallNumberOf(m[1]!), smallNumberOf(m[2]!)];
  if (a === undefined || b === undefined || a === 0) return null;
  for (const from of figures) {
    if (from.kind !== 'count' || from.value !== a || from.end <= from.start) continue;
    const to = figures.find((f) => f.kind === 'count' && f.value === b && alike(from, f) && isFromTo(from, f, sourceText));
    if (to !== undefined && multipleHolds(b / a, claim.value as number, claim.approx)) return [to, from];
  }
  return null;
}

/** "an increase of 127%", "up 127%": a rate of rise, right before the percent. */
const RISE_RATE_BEFORE = /\b(?:an?\s+)?(?:increase|rise|growth|jump|gain|up|rose|grew|increased|jumped)\s+(?:of\s+|by\s+)?$/i;

/**
 * "more than doubled to 126,000, an increase of 127% year on year" (同比增长127%): the multiple the sentence's own
 * rate of rise gives, a rate the source states (a rise of 127% is 2.27 times the level).
 */
function riseRateMultiple(claim: Figure, sentence: string, figures: readonly SourceFigure[]): readonly [SourceFigure, SourceFigure] | null {
  for (const q of findEnglishQuantities(sentence)) {
    if (q.kind !== 'percent' || typeof q.value !== 'number' || q.valueMax !== null || q.approx !== null || !RISE_RATE_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start))) continue;
    const rate = statedInSource(q, figures);
    if (rate !== undefined && multipleHolds(1 + (rate.value as number) / 100, claim.value as number, claim.approx)) return [rate, rate];
  }
  return null;
}

/** The level a rise reaches ("doubled to 142") and the level it starts from ("from 65"), right before each. */
const TO_LEVEL_EN = /(?:^|\s)to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/i;
const FROM_LEVEL_EN = /(?:^|\s)from\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/i;

/** 为原来的3倍, 是此前的两倍: a multiple of the level a change started from. */
const ORIGINAL_LEVEL = /原来|原先|此前|以前|过去|改造前|扩建前/u;

/** Whether ratio `r` is the multiple `c` as written: 两倍多/"more than twice" lies between 2 and 3. */
function multipleHolds(r: number, c: number, approx: Figure['approx']): boolean {
  if (approx === 'over') return r > c && r < c + 1;
  if (approx === 'under') return r < c && r > c - 1;
  return Math.abs(r - c) <= (approx === 'about' ? 0.1 : 0.05) * c;
}

/** Whether a share worked out from two levels is the one a summary gives: "不到…的一半" for 6.9 of 14.8, never for 2 of 14.8. */
function shareHolds(r: number, c: number, approx: Figure['approx']): boolean {
  if (approx === 'over') return r > c && r <= c * 1.25;
  if (approx === 'under') return r < c && r >= c * 0.8;
  return Math.abs(r - c) <= (approx === 'about' ? 0.1 : 0.05) * c;
}

/** The source figure a figure the summary sentence states stands for: same kind, unit and qualifier, rounded faithfully. */
function statedInSource(q: Figure, figures: readonly SourceFigure[]): SourceFigure | undefined {
  return figures.find((f) => f.end > f.start && f.kind === q.kind && f.approx === q.approx && f.valueMax === null && typeof f.value === 'number' &&
    (q.kind === 'count' ? classifiersAgree(q.unit, f.unit) : q.unit === f.unit) && isFaithfulRounding(q.value as number, f.value));
}

/** What joins two months into one stretch: 7、8月, 7月至8月, 7-8月. */
const MONTHS_JOINED = /^(?:、|和|及|至|到|-|—|–|～|~)$/u;

/**
 * "over the two months", 暑期两个月 where the source gives 7、8月 or 7月至8月: the number of months a stretch
 * the source names spans. Only where that source sentence also states another figure the summary
 * sentence gives, so the months are the ones the sentence speaks of.
 */
function monthsSpanned(claim: Figure, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (claim.unit !== 'month' || typeof claim.value !== 'number' || claim.valueMax !== null || claim.approx !== null) return null;
  const monthOf = (f: SourceFigure): number | null => {
    const m = f.kind === 'date' ? /^(?:--|\d{4}-)(\d{2})$/.exec(String(f.value)) : null;
    return m ? Number(m[1]) : null;
  };
  for (const [i, a] of figures.entries()) {
    const b = figures[i + 1];
    const first = monthOf(a);
    const last = b === undefined ? null : monthOf(b);
    if (b === undefined || first === null || last === null || a.sentence !== b.sentence || last <= first) continue;
    if (!MONTHS_JOINED.test(sourceText.slice(a.end, b.start).replace(/^月/u, ''))) continue;
    if (last - first + 1 === claim.value && statesBeside(a, sentence, figures)) return [a, b];
  }
  return null;
}

/** What joins two years into one stretch: 2026年至2028年, 2026—2028年. */
const YEARS_JOINED = /^年?(?:至|到|-|—|–|～|~)$/u;

/**
 * "for three consecutive years from 2026 to 2028" where the source gives 2026年至2028年: the years a
 * stretch spans, counting both ends, when the summary sentence names both ends as well.
 */
function yearsSpanned(claim: Figure, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (claim.unit !== 'year' || typeof claim.value !== 'number' || claim.valueMax !== null || claim.approx !== null) return null;
  const named = new Set(sentence.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu) ?? []);
  const spans = (first: number, last: number): boolean => last - first + 1 === claim.value && named.has(String(first)) && named.has(String(last));
  for (const [i, a] of figures.entries()) {
    // 2026年至2028年 read as one stretch of years.
    const stretch = a.kind === 'period' ? /^(\d{4})\.\.(\d{4})$/.exec(String(a.value)) : null;
    if (stretch !== null && spans(Number(stretch[1]), Number(stretch[2]))) return [a, a];
    const b = figures[i + 1];
    if (b === undefined || a.kind !== 'year' || b.kind !== 'year' || a.sentence !== b.sentence || !YEARS_JOINED.test(sourceText.slice(a.end, b.start))) continue;
    if (spans(Number(a.value), Number(b.value))) return [a, b];
  }
  return null;
}

/** 年龄最小的只有6岁: the least of something, named before its figure; 最大的78岁 the most. */
const LEAST_BEFORE = /最(?:小|低|少|短|年轻|年幼)[^，,。；;0-9０-９]{0,8}$/u;
const MOST_BEFORE = /最(?:大|高|多|长|年长)[^，,。；;0-9０-９]{0,8}$/u;

/**
 * "年龄从6岁到78岁不等", "aged from 6 to 78" where the source says 年龄最小的只有6岁，最大的78岁: a range whose ends the
 * source gives in one sentence as the least and the most.
 */
function extremesOfRange(claim: Figure, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || typeof claim.valueMax !== 'number' || claim.approx !== null) return null;
  const fits = (f: SourceFigure, v: number): boolean => f.end > f.start && f.kind === claim.kind && f.valueMax === null && f.approx === null && f.value === v &&
    (claim.kind === 'count' ? classifiersAgree(claim.unit, f.unit) : claim.unit === f.unit);
  const lead = (f: SourceFigure): string => sourceText.slice(Math.max(0, f.start - 12), f.start);
  for (const least of figures) {
    if (!fits(least, claim.value) || !LEAST_BEFORE.test(lead(least))) continue;
    const most = figures.find((f) => f.sentence === least.sentence && fits(f, claim.valueMax as number) && MOST_BEFORE.test(lead(f)));
    if (most !== undefined) return [least, most];
  }
  return null;
}

/**
 * 1至2月 where the source says 自1月1日起…截至2月底: the months from the first day of one to the end of another,
 * both in one sentence, are the stretch the summary names. So are "the first ten months of the year" where the
 * source says 截至10月31日，…今年累计: this year up to the last day of a month.
 */
export function monthsFromFirstDayToEnd(period: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  const months = /(?:^|-)M(\d{2})\.\.M(\d{2})$/.exec(period);
  if (months === null) return null;
  if (months[1] === '01') {
    for (const last of figures) {
      if (last.kind !== 'date' || last.end <= last.start || !isLastDayOfMonth(String(last.value), months[2]!, last, sourceText)) continue;
      if (!/(?:截至|截止|截止到|截至到)$/u.test(sourceText.slice(Math.max(0, last.start - 3), last.start))) continue;
      const thisYear = figures.find((f) => f.sentence === last.sentence && f.kind === 'year' && /^(?:今年|本年)$/u.test(f.text));
      if (thisYear !== undefined && /今年(?:以来|累计)|累计/u.test(sourceSentenceOf(sourceText, last))) return [thisYear, last];
    }
  }
  for (const first of figures) {
    if (first.kind !== 'date' || !String(first.value).endsWith(`-${months[1]}-01`)) continue;
    const last = figures.find((f) => f.sentence === first.sentence && f.start > first.end && f.kind === 'date' && String(f.value).endsWith(`-${months[2]}`) &&
      saysMonthEndZh(f, sourceText));
    if (last !== undefined) return [first, last];
  }
  return null;
}

/** 10月底, 10月末: a month the source says the end of (the mark may stand just past the figure's span). */
function saysMonthEndZh(f: SourceFigure, sourceText: string): boolean {
  return /[末底]/u.test(f.text) || /^[末底]/u.test(sourceText.slice(f.end, f.end + 1));
}

/** 10月31日 or 10月底 for month "10": the last day of that month. */
function isLastDayOfMonth(value: string, month: string, f: SourceFigure, sourceText: string): boolean {
  const day = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (day === null || day[2] !== month) return false;
  if (day[3] === undefined) return saysMonthEndZh(f, sourceText);
  return Number(day[3]) === new Date(Date.UTC(Number(day[1]), Number(month), 0)).getUTCDate();
}

/** Whether the summary sentence gives another figure the source sentence of `f` states (a figure of numbers, not a time). */
function statesBeside(f: SourceFigure, sentence: string, figures: readonly SourceFigure[]): boolean {
  const beside = figures.filter((g) => g.sentence === f.sentence && typeof g.value === 'number' && g.kind !== 'duration');
  const stated = (/\p{Script=Han}/u.test(sentence) ? findQuantities(sentence, { referenceDate: null }) : findEnglishQuantities(sentence))
    .filter((q) => typeof q.value === 'number' && q.kind !== 'duration' && q.kind !== 'date');
  return stated.some((q) => beside.some((g) => g.kind === q.kind && isFaithfulRounding(q.value as number, g.value as number)));
}

/** "raised its capacity by 60%", 提高了约60%: a rate the sentence states as a change, right before it. */
const RATE_OF_CHANGE_BEFORE = /(?:\b(?:rose|risen|rise|rises|increased|grew|climbed|jumped|raised|lifted|boosted|expanded|fell|dropped|declined|cut|reduced|lowered)\b[^,.;]{0,50}?\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?|(?:增加|增长|提高|上升|扩大|下降|降低|减少)了?约?)$/iu;

/**
 * "raised the company's annual capacity by 60% to 3.2 million units" where the source says 年产能由200万台提高到320万台:
 * the rate of a change the source gives as from and to, when the sentence states the level reached.
 */
function rateOfSourceFromTo(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[], sourceText: string): readonly [SourceFigure, SourceFigure] | null {
  if (typeof claim.value !== 'number' || claim.valueMax !== null || (claim.approx !== null && claim.approx !== 'about')) return null;
  if (!RATE_OF_CHANGE_BEFORE.test(sentence.slice(Math.max(0, claim.start - 80), claim.start))) return null;
  const c = claim.value;
  const stated = (/\p{Script=Han}/u.test(sentence) ? findQuantities(sentence, { referenceDate: null }) : findEnglishQuantities(sentence))
    .filter((q) => DERIVABLE.has(q.kind) && typeof q.value === 'number' && q.valueMax === null);
  for (const q of stated) {
    const to = statedInSource(q, figures);
    const from = to === undefined ? undefined : figures.find((f) => f !== to && isFromTo(f, to, sourceText) && alike(f, to));
    if (to === undefined || from === undefined || (from.value as number) === 0) continue;
    const rate = Math.abs(((to.value as number) - (from.value as number)) / (from.value as number)) * 100;
    if (Math.abs(rate - c) <= 0.5 || (claim.approx === 'about' && isFaithfulRounding(c, rate))) return [from, to];
  }
  return null;
}
