import type { QuantityMatch } from '../extract/quantities/index.js';
import type { Approx } from '../types.js';
import type { SourceFigure } from './source-figures.js';
import units from '../extract/quantities/units.json' with { type: 'json' };
import classifierTable from './classifiers.json' with { type: 'json' };

/**
 * Readings of Chinese text the quantity extractor does not make, used on both sides of the
 * check (the source's figures and a Chinese summary's claims) so they agree with each other:
 *
 * - counts with a classifier of {@link CLASSIFIERS} (750.8亿斤, 48列, 84.1岁, 612.3万人次), counts
 *   with any other classifier the extractor does not read (68.5万剂, unit `cl:剂`), and bare
 *   万/亿 figures whose noun stands before them (诊疗人次约2.87亿);
 * - mixed durations (2分10秒 = 130 seconds, 1小时30分钟 = 90 minutes);
 * - month ranges (1至8月, 1-8月) and 前N个月 as the period of months M01..M08;
 * - 前N季度 for any N (前四季度 is Q1..Q4, which the extractor leaves unread);
 * - ratios (2.6:1) as one figure, the quotient, not two counts;
 * - milestones with no digit (首次突破亿元: over 100 million yuan).
 */
export type ExtraReading = QuantityMatch;

export const CLASSIFIERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(classifierTable as Record<string, unknown>).filter((e): e is [string, string[]] => Array.isArray(e[1])),
);

/** The classifier an English noun right after a count names ("48 trains" → 列), else null. */
export function classifierOfEnglish(after: string): string | null {
  return classifierNounOfEnglish(after)?.classifier ?? null;
}

/** The classifier an English noun right after a count names, with the length of the words naming it (" new trains"). */
export function classifierNounOfEnglish(after: string): { readonly classifier: string; readonly length: number } | null {
  const lower = after.toLowerCase();
  let best: { classifier: string; length: number } | null = null;
  for (const [c, nouns] of Object.entries(CLASSIFIERS)) {
    if (c === '岁') continue;
    for (const n of nouns) {
      const m = new RegExp(`^\\s+(?:[a-z-]+\\s+)?${n.replace(/[-]/g, '\\-')}\\b`).exec(lower);
      // One adjective may stand between ("48 new trains", "287 million outpatient visits").
      if (m && (best === null || m[0].length < best.length)) best = { classifier: c, length: m[0].length };
    }
  }
  return best;
}

/** The unit of a clock time read as a duration: minutes since midnight (凌晨2时17分 = 137, "6 p.m." = 1080). */
export const CLOCK = 'clock';

/** The unit of a place on a podium said in words (亚军, 季军): an ordinal that supports places only, never a count. */
export const PODIUM = 'podium';

/** Marks the unit of a count read with a classifier nobody listed (`cl:剂`): its first Han character. */
export const UNLISTED = 'cl:';

/** Classifiers of trips made (by people, ships, flights), which English calls trips alike. */
const TRIPS: ReadonlySet<string> = new Set(['人次', '艘次', '航次', '架次']);

/** Whether a claim's classifier and a source figure's may name the same things. */
/** A medal of a tally (11金8银6铜), read as a count of its own word. */
const MEDAL = new RegExp(`^${UNLISTED}[金银铜]$`, 'u');

export function classifiersAgree(claimUnit: string | null, sourceUnit: string | null): boolean {
  if (claimUnit === null || sourceUnit === null || claimUnit === sourceUnit) return true;
  // 11金8银6铜 tallies the medals 11枚金牌、8枚银牌 counts.
  if ((MEDAL.test(claimUnit) && sourceUnit === '枚') || (MEDAL.test(sourceUnit) && claimUnit === '枚')) return true;
  // A word nobody listed (68.5万剂) agrees only with the same word: 12万张 beds are not 12万顶 tents.
  // An English noun of classifiers.json translates loosely ("flights" for 逾4100班).
  if (claimUnit.startsWith(UNLISTED) || sourceUnit.startsWith(UNLISTED)) {
    return claimUnit.replace(UNLISTED, '') === sourceUnit.replace(UNLISTED, '') || claimUnit in CLASSIFIERS || sourceUnit in CLASSIFIERS;
  }
  const listed = (u: string): boolean => u in CLASSIFIERS;
  // "314,000 trips" of vessels (31.4万艘次): English counts the trips of people, ships and planes alike.
  if (TRIPS.has(claimUnit) && TRIPS.has(sourceUnit)) return true;
  // 人次 and 人 both count people; only two different listed classifiers disagree.
  return !(listed(claimUnit) && listed(sourceUnit));
}

const CN_NUM: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const NUMBER = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** A qualifier before a figure, with the 有 or 为 of 约有600峰, 约为680峰 ("about 600"). */
const LEAD = '(?:(约|大约|近|将近|逾|超过|突破|不到|不足|至少|不低于|不少于|不超过|最多)[有为]?)?';

const CLASSIFIER_ALTERNATION = Object.keys(CLASSIFIERS).sort((a, b) => b.length - a.length).join('|');
/** A figure with a classifier of {@link CLASSIFIERS}: lead, number, 万/亿, 多/余, classifier, tail; not a code's (XJ-2.0版). */
const LISTED_COUNT_RE = new RegExp(`(?<![0-9０-９.．]|[A-Za-z0-9][\\-－_/])${LEAD}(${NUMBER})([万亿]*)(多|余)?(${CLASSIFIER_ALTERNATION})(以上|左右)?`, 'gu');
/**
 * A figure with any other Han character after it that can be a classifier (not a date, unit or function
 * word, nor a digit of a word, 尼龙66一体化, nor 回 of 回落 / 回升).
 */
const UNLISTED_COUNT_RE = new RegExp(
  `(?<![第比A-Za-z0-9０-９.．\\-－_/:：秒][\\s]?)(?<!沪深|中证|上证|深证|国证|创业板|科创)${LEAD}(${NUMBER})([万亿]*)(多|余)?(?!${CLASSIFIER_ALTERNATION}|[年月日号时点分秒周天个元倍成岁%％万亿的和与及至到或、，。；：美欧英日港台韩澳加卢每以左上下内外之后前中是为在比较同增减将已均千百兆吉零〇一二三四五六七八九全又多余]|回(?=[落升暖调流收归应复弹]))(\\p{Script=Han})(?!(?<=目)半)(以上|左右)?`,
  'gu',
);

/** 2100多个, 约300余个: so many and more of the general classifier 个. */
const GENERAL_COUNT_MORE_RE = new RegExp(`(?<![0-9０-９.．])${LEAD}(${NUMBER})([万亿]*)(多|余)个`, 'gu');
/** A bare 万/亿 figure ending a clause. */
// (粉丝量超过10万的主播: before 的 too.)
// (参与人次超过5万"。: before a closing quote too.)
const BARE_SCALED_RE = new RegExp(`${LEAD}(${NUMBER})([万亿]+)(左右|以上)?(?=[，,。；;、）)的"”’」』]|$)`, 'gu');

/** A number times its 万/亿 magnitudes (68.5 + 万 = 685000), rounded clear of float noise. */
function scaled(numberText: string, magnitudes: string): number {
  const scale = [...magnitudes].reduce((s, c) => s * (c === '万' ? 1e4 : 1e8), 1);
  return Number((num(numberText) * scale).toPrecision(12));
}

function num(raw: string): number {
  const n = Number(raw.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return Number.isNaN(n) ? (CN_NUM[raw] ?? Number.NaN) : n;
}

function approxOf(lead: string | undefined, tail: string | undefined): Approx {
  if (lead) {
    if (/约/u.test(lead)) return 'about';
    if (/近|不到|不足/u.test(lead)) return 'under';
    if (/逾|超过|突破/u.test(lead)) return 'over';
    if (/至少|不低于|不少于/u.test(lead)) return 'at_least';
    return 'at_most';
  }
  if (tail === '左右') return 'about';
  if (tail === '以上' || tail === '多' || tail === '余') return 'over';
  if (tail === '以下') return 'at_most';
  return null;
}

/** A milestone verb, then 亿/万 with no digit before it (首次突破亿元, 突破千亿元, 破百万辆). */
const MILESTONE_RE = new RegExp(`((?:首次|首度|一举)?(?:突破|超过|迈上|站上|跨过|迈过|越过|破))(百|千|万)?([万亿])(元|美元|港元|${CLASSIFIER_ALTERNATION})`, 'gu');
/** 十万, 百万, 千万, 万亿: the multiplier a round number's first character puts on 万 or 亿. */
const MILESTONE_PREFIX: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4 };
const MILESTONE_CURRENCY: Readonly<Record<string, string>> = { 元: 'CNY', 美元: 'USD', 港元: 'HKD' };

/** 八折, 八五折, 7.5折: a price at that many tenths, which English writes as the discount ("20% off"). */
const DISCOUNT_RE = /(?<![0-9０-９.一二三四五六七八九十])([一二三四五六七八九]|[1-9](?:\.[0-9])?)([一二三四五六七八九])?折(?![扣合算旧叠线腾返射])/gu;
const TENTHS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 糖尿病患者, 常住人口: a noun of people a few characters on. */
const PEOPLE_NOUN_AHEAD = /^\p{Script=Han}{1,5}(?:患者|人口|居民|用户|群众|职工|农民|游客|老人|儿童|学生|家庭)/u;

/** The readings above, in text order. */

export function extraReadings(text: string): ExtraReading[] {
  const out: ExtraReading[] = [];
  const add = (r: Omit<ExtraReading, 'text' | 'en' | 'measures' | 'valueMax'> & { valueMax?: number | null }): void => {
    out.push({ valueMax: null, ...r, text: text.slice(r.start, r.end), en: '', measures: null });
  };
  // 教练与学员的比例约为1比12, 配比已由1比4提高到1比3: one to so many written with 比 in a clause about a ratio, the
  // quotient, as 1∶12 is read ("a ratio of about 1 to 12"). (A score, 3比1战胜, names no 比例.)
  for (const m of text.matchAll(/(?<![0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)比([0-9]{1,4}(?:\.[0-9]{1,2})?)(?![0-9.])/gu)) {
    const lead = /[^，。；,;]{0,20}$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
    // (按6比4的比例分担: the ratio named after the figures.)
    const namedAfter = /^的?(?:比例|配比)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    // (师生比接近1比2: a ratio named by its two sides, 师生比, 生师比, 床护比.)
    if ((!/比例|配比|之比|比值|[师生床护医患]比/u.test(lead) && !namedAfter) || Number(m[2]) === 0) continue;
    const about = /(?:约|大约)(?:为|是)?$/u.test(lead);
    const nearly = /(?:接近|近)(?:为|于)?$/u.test(lead);
    add({ kind: 'multiple', start: m.index, end: m.index + m[0].length, value: Number((Number(m[1]) / Number(m[2])).toPrecision(12)), unit: 'x', approx: about ? 'about' : nearly ? 'under' : null });
  }
  for (const m of text.matchAll(DISCOUNT_RE)) {
    const tenths = (TENTHS[m[1]!] ?? Number(m[1])) + (m[2] === undefined ? 0 : TENTHS[m[2]]! / 10);
    if (!(tenths > 0 && tenths < 10)) continue;
    add({ kind: 'percent', start: m.index, end: m.index + m[0].length, value: Number((100 - tenths * 10).toFixed(1)), unit: '%', approx: null });
  }
  for (const m of text.matchAll(LISTED_COUNT_RE)) {
    const value = scaled(m[2]!, m[3]!);
    if (Number.isNaN(value)) continue;
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value, unit: m[5]!, approx: approxOf(m[1], m[6] ?? m[4]) });
  }
  // A figure with any other classifier or unit the extractor leaves unread (68.5万剂, 8160万载重吨,
  // 东盟10国): a count of that word's things, so the figure is checked by its value rather than
  // left unread. Codes after Latin letters (H20芯片) stay names.
  for (const m of text.matchAll(UNLISTED_COUNT_RE)) {
    const value = scaled(m[2]!, m[3]!);
    if (Number.isNaN(value)) continue;
    // Without 万/亿, only a whole number of up to four digits (东盟10国, 52对, 5800余顶); longer
    // runs and decimals before a character are codes or parts of other forms. (An average may have a
    // fraction: 场均约3.5球.)
    const average = /(?:场均|平均|人均|户均|日均|每场)[^，。；,;0-9０-９]{0,3}$/u.test(text.slice(Math.max(0, m.index - 6), m.index));
    if (m[3] === '' && !/^[0-9０-９]{1,4}$/u.test(m[2]!) && !(average && /^[0-9]{1,3}[.．][0-9]{1,2}$/u.test(m[2]!))) continue;
    // 2025安吉竹海铁人两项赛: the year of an event, before its name; no count of 安.
    // (需攀爬82层、共2018级台阶: steps counted, no year.)
    if (m[3] === '' && m[1] === undefined && m[6] === undefined && m[4] === undefined && /^(?:19|20)[0-9]{2}$/u.test(m[2]!) &&
      !/^级台阶/u.test(text.slice(m.index + m[2]!.length, m.index + m[2]!.length + 3))) {
      add({ kind: 'year', start: m.index, end: m.index + m[2]!.length, value: m[2]!, unit: null, approx: null });
      continue;
    }
    const end = m.index + m[0].length;
    // (An average's word names what is averaged loosely: 场均约3.5球 is the source's 场均进球约3.5个.)
    // (江西约380万糖尿病患者: a 万 figure before a noun of people counts the people; 糖 is no classifier.)
    const people = m[3] !== '' && PEOPLE_NOUN_AHEAD.test(text.slice(end - 1, end + 8));
    const unit = (average && m[3] === '' && /[.．]/u.test(m[2]!)) || people ? null : `${UNLISTED}${m[5]!}`;
    add({ kind: 'count', start: m.index, end, value, unit, approx: approxOf(m[1], m[6] ?? m[4]) });
  }
  // 接听咨询电话2100多个: so many and more of a general classifier, which the extractor leaves unread.
  for (const m of text.matchAll(GENERAL_COUNT_MORE_RE)) {
    const value = scaled(m[2]!, m[3]!);
    if (!Number.isNaN(value)) add({ kind: 'count', start: m.index, end: m.index + m[0].length, value, unit: '个', approx: approxOf(m[1], m[4]) });
  }
  // A bare 万/亿 figure ending a clause: its noun stands before it (诊疗人次约2.87亿，).
  for (const m of text.matchAll(BARE_SCALED_RE)) {
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: scaled(m[2]!, m[3]!), unit: null, approx: approxOf(m[1], m[4]) });
  }
  // Milestones stated without a digit: 首次突破亿元 is "above 100 million yuan for the first time",
  // 销量突破百万辆 "passed a million vehicles".
  for (const m of text.matchAll(MILESTONE_RE)) {
    const at = m.index + m[1]!.length;
    const value = (m[2] ? MILESTONE_PREFIX[m[2]]! : 1) * (m[3] === '万' ? 1e4 : 1e8);
    const money = MILESTONE_CURRENCY[m[4]!];
    add({ kind: money ? 'money' : 'count', start: at, end: m.index + m[0].length, value, unit: money ?? m[4]!, approx: 'over' });
  }
  // 粉丝量超百万的头部主播, 用户逾千万: a bare round number past a bound, with no classifier ("over a million followers").
  for (const m of text.matchAll(/(超过?|逾|过|近)(十|百|千)?(万|亿)(?=的|[，,。；;）)]|$)/gu)) {
    const at = m.index + m[1]!.length;
    const value = (m[2] ? MILESTONE_PREFIX[m[2]]! : 1) * (m[3] === '万' ? 1e4 : 1e8);
    add({ kind: 'count', start: at, end: m.index + m[0].length, value, unit: null, approx: m[1] === '近' ? 'under' : 'over' });
  }
  // 术后半年内: six months after an operation (the extractor leaves 后半年 to the calendar's second half).
  for (const m of text.matchAll(/(?<=(?:术|产|出院|治疗|接种)后)半年(?=以?内|里|后|时)/gu)) {
    add({ kind: 'duration', start: m.index, end: m.index + 2, value: 6, unit: 'month', approx: null });
  }
  // 7、8月, 6、7两月, 9月和10月: two months in a row, listed, are one span ("in July and August").
  for (const m of text.matchAll(/(?<![0-9０-９.．])([1-9]|1[0-2])月?(?:、|和|与|及)([1-9]|1[0-2])(?:两个?)?月(?![0-9０-９])/gu)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b === a + 1) add({ kind: 'period', start: m.index, end: m.index + m[0].length, value: monthRange(a, b), unit: null, approx: null });
  }
  // 用时约一年半: a year and a half, which the extractor leaves unread.
  for (const m of text.matchAll(/(约|近|超过)?([一两二三四五六七八九十]|[0-9]{1,2})年半(?![年月日])/gu)) {
    const whole = /\d/u.test(m[2]!) ? Number(m[2]) : CN_NUM[m[2]!];
    if (whole === undefined) continue;
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: whole + 0.5, unit: 'year', approx: approxOf(m[1], undefined) });
  }
  // 以3目半击败: a margin at go, in points and a half ("by 3.5 points"); 3目 alone is no count of anything.
  for (const m of text.matchAll(/(?<![0-9０-９.．])([0-9]{1,2})目半/gu)) {
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: Number(m[1]) + 0.5, unit: null, approx: null });
  }
  // 年加工能力万吨以上, 千亩以上: a bare 千 or 万 of a measure and 以上, "10,000 tonnes or more".
  for (const m of text.matchAll(/(?<![0-9０-９.．零〇一二两兩三四五六七八九十百千万亿])([千万])(吨|亩)以上/gu)) {
    add({ kind: 'measure', start: m.index, end: m.index + m[0].length, value: m[1] === '千' ? 1e3 : 1e4, unit: m[2] === '吨' ? 't' : 'mu', approx: 'over' });
  }
  // 规格为36×36毫米: a size in two dimensions, the unit written once, after the second ("36 by 36 millimetres").
  for (const m of text.matchAll(/(?<![0-9０-９.．])([0-9]+(?:\.[0-9]+)?)\s*[×xX*]\s*([0-9]+(?:\.[0-9]+)?)\s*(毫米|厘米|米)/gu)) {
    const unit = (units.measure as Readonly<Record<string, string>>)[m[3]!]!;
    const second = m.index + m[0].length - m[3]!.length - m[2]!.length;
    add({ kind: 'measure', start: m.index, end: m.index + m[1]!.length, value: Number(m[1]), unit, approx: null });
    add({ kind: 'measure', start: second, end: m.index + m[0].length, value: Number(m[2]), unit, approx: null });
  }
  // 黄宾虹（1865—1955）: the years of a life ("Huang Binhong (1865-1955)").
  for (const m of text.matchAll(/[（(]((?:1[5-9]|20)[0-9]{2})[—–－-]((?:1[5-9]|20)[0-9]{2})[）)]/gu)) {
    const second = m.index + m[0].length - 1 - m[2]!.length;
    add({ kind: 'year', start: m.index + 1, end: m.index + 1 + m[1]!.length, value: m[1]!, unit: null, approx: null });
    add({ kind: 'year', start: second, end: second + m[2]!.length, value: m[2]!, unit: null, approx: null });
  }
  // 3至5个万亩良种繁育基地, 千亩示范片: a size named by 万亩/千亩 alone ("10,000-mu seed-breeding bases").
  for (const m of text.matchAll(/(?<![0-9０-９.．零〇一二两三四五六七八九十百千万亿])([万千])亩/gu)) {
    add({ kind: 'measure', start: m.index, end: m.index + m[0].length, value: m[1] === '万' ? 10_000 : 1_000, unit: 'mu', approx: null });
  }
  // 有期徒刑4年6个月: years and months as one stretch in years ("four and a half years").
  for (const m of text.matchAll(/(?<![0-9０-９.．])([0-9]{1,2}|[一二两三四五六七八九十]{1,2})年零?([0-9]{1,2}|[一二三四五六七八九十]{1,3})个月/gu)) {
    const years = num(m[1]!);
    const months = num(m[2]!);
    if (Number.isNaN(years) || Number.isNaN(months) || months >= 12) continue;
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: Number((years + months / 12).toFixed(4)), unit: 'year', approx: null });
  }
  // Race times: 2小时08分31秒 (and 2:08:31) in seconds; 2小时03分41.6秒 with its tenths.
  for (const m of text.matchAll(/([0-9]{1,2})(?:小时|:)([0-5]?[0-9])(?:分钟?|:)([0-5]?[0-9](?:\.[0-9]{1,2}(?=秒))?)秒?(?![0-9])/gu)) {
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: Math.round((num(m[1]!) * 3600 + num(m[2]!) * 60 + Number(m[3]!)) * 100) / 100, unit: 'second', approx: null });
  }
  // pH值稳定在7.5至8.5之间: a range of bare numbers (a coefficient, an index) is one figure too (read before its ends, which then stand inside it).
  for (const m of text.matchAll(/(?<![0-9０-９.．A-Za-z])([0-9]+(?:\.[0-9]+)?)\s*(?:至|到|-|—|~|～)\s*([0-9]+(?:\.[0-9]+)?)(?=之间)/gu)) {
    if (Number(m[2]) <= Number(m[1])) continue;
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: Number(m[1]), valueMax: Number(m[2]), unit: null, approx: null });
  }
  // 由0.578提高到0.59以上: a bare decimal with no unit (a coefficient, an index) is still a figure; a
  // code's (XJ-2.0版) is not. (每万名0.5例以下: the bound may follow the word of what is counted.)
  for (const m of text.matchAll(/(?<![0-9０-９.．A-Za-z]|[A-Za-z0-9][\-－_/])([0-9]+\.[0-9]+)(?![0-9.%％]|[万亿倍]|个?百分点)(以上|以下|左右)?(?=[例人名个次](以上|以下|左右)|)/gu)) {
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: null, approx: approxOf(undefined, m[2] ?? m[3]) });
  }
  // 仍有14个街道高于10的警戒线, 高于50的荣枯线: a line named by its bare level (an index's alert line) is a figure.
  for (const m of text.matchAll(/(?<![0-9０-９.．])([0-9]{1,4})(?=的(?:安全|预警|防控|国际|国家)?(?:警戒线|警戒值|荣枯线|红线|阈值|临界值|安全线|标准线|达标线|及格线|基准线))/gu)) {
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: null, approx: null });
  }
  // 千人口献血率将从目前的约13.5提高到15以上: the bare whole level a change between bare levels reaches (a rate per so many,
  // an index) is a figure as the decimal it starts from is. A unit after it (提高到15个) leaves it to the extractor.
  // (血压已经从最高时的170毫米汞柱降到了130左右: the level it starts from may carry the unit, which the level reached leaves off.
  // 布雷图指数由8月初的28降至目前的9, 桨频从36提到了40: the level reached may be named as today's.)
  for (const m of text.matchAll(/(?<![0-9０-９.．])[0-9]+(?:\.[0-9]+)?(?:\p{Script=Han}{1,5})?(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|降|升|提)了?(?:到|至)了?(?:目前的|现在的|当前的|如今的)?([0-9]{1,4})(以上|以下|左右)?(?=[，。；、,;]|$)/gu)) {
    const at = m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0);
    add({ kind: 'count', start: at, end: m.index + m[0].length, value: Number(m[1]), unit: null, approx: approxOf(undefined, m[2]) });
  }
  // 以1又3/4子击败: a whole number and a fraction (围棋's margin in stones), one figure; the classifier after names what.
  for (const m of text.matchAll(/(?<![0-9０-９.．])([0-9]{1,3})又([1-9])\/([1-9])(?![0-9])(\p{Script=Han})?/gu)) {
    const fraction = Number(m[2]) / Number(m[3]);
    if (!(fraction > 0 && fraction < 1)) continue;
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: Number(m[1]) + fraction, unit: m[4] === undefined ? null : `${UNLISTED}${m[4]}`, approx: null });
  }
  // 摇号后15日内: a time limit in days (15日 alone would be the 15th of a month).
  for (const m of text.matchAll(/(?<![0-9０-９.月])([0-9]{1,3})个?(?:工作)?日内/gu)) {
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: num(m[1]!), unit: 'day', approx: null });
  }
  // 满意度92.4分，提高3.1分; 以总积分19分夺冠; 贡献18分12个篮板; 等级分将上涨约12分: a score's points (as the extractor reads 得分97.3分), which
  // English writes "points" as it writes percentage points.
  // (The lookbehind would be tried at every place of the text: one without a digit before 分 is spared it.)
  if (/[0-9]分/u.test(text)) for (const m of text.matchAll(/(?<=(?:满意度|得分|积分|评分|总分|分数|打分|测评|成绩|指数|提高|提升|上升|下降|降低|增加|减少|高出|少|多|为|达|达到|贡献|砍下|拿下|狂砍|独得|独揽|轰下|攻下|上涨|下跌)[^，,；;。\d]{0,4})([0-9]+(?:\.[0-9]+)?)分(?![钟之析别子配布期批类成行公局会红钱辨散享段化解担摊])/gu)) {
    // 高出近150分, 上涨约12分: the qualifier before the points is theirs.
    const lead = /(?:约|大约|近|将近|逾|超过|不到|不足|至少)$/u.exec(text.slice(Math.max(0, m.index - 2), m.index))?.[0];
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: '分', approx: approxOf(lead, undefined) });
  }
  // 连续第12个月保持双降 is twelve months in a row ("for 12 consecutive months").
  for (const m of text.matchAll(/连续第([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(个月|年|周|天|个季度)/gu)) {
    const unit = { 个月: 'month', 年: 'year', 周: 'week', 天: 'day', 个季度: 'quarter' }[m[2]!]!;
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: num(m[1]!), unit, approx: null });
  }
  // 万米海底, 万米级下潜: ten thousand metres, written without a digit.
  for (const m of text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千.．])万米(?!高)/gu)) {
    add({ kind: 'measure', start: m.index, end: m.index + 2, value: 10_000, unit: 'm', approx: null });
  }
  // A season or fiscal span of two years (2024—2025赛季, 2024/25财年): each year is stated.
  for (const m of text.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})\s*[—–\-－/~～至到]\s*((?:19|20)?[0-9]{2})(?=赛季|年度|学年|财年|产季|雪季|年)/gu)) {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== first + 1) continue;
    const at = m.index + m[0].length - m[2]!.length;
    add({ kind: 'year', start: m.index, end: m.index + 4, value: m[1]!, unit: null, approx: null });
    add({ kind: 'year', start: at, end: at + m[2]!.length, value: String(second), unit: null, approx: null });
  }
  // Clock times: 凌晨2时17分, 18时, 下午3点半 as the minute of the day.
  // The end of a span (晚上8时至11时) keeps the afternoon its start is in, until the span passes
  // midnight (晚上10时至次日2时); 夜间0时至6时 runs through the small hours.
  const clocks: { end: number; hour: number; pm: boolean }[] = [];
  // (次日零时30分: 零时 is the hour 0.)
  for (const m of text.matchAll(/(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|晚)?(?<![0-9])([0-9]{1,2}|零)(?:时|点)(?:([0-5]?[0-9])分|(半))?(?![0-9]|许?[前后]?[0-9])/gu)) {
    const written = m[2] === '零' ? 0 : Number(m[2]);
    if (written > 24) continue;
    // 晚上12点 is midnight.
    const hour = written === 12 && m[1] !== undefined && /晚|夜/u.test(m[1]) ? 0 : written;
    const previous = clocks.at(-1);
    const spanStart = previous !== undefined && /^(?:至|到|-|—|~|～)(?:次日|第二天)?$/u.test(text.slice(previous.end, m.index)) ? previous : null;
    // 夜间2时, 晚上0点 are small hours; 晚上8时, 下午3时 afternoon and evening.
    const pm: boolean =
      m[1] !== undefined
        ? hour < 12 && (/下午|傍晚/u.test(m[1]) || (/晚|夜/u.test(m[1]) && hour >= 6))
        : spanStart !== null && spanStart.pm && hour < 12 && hour >= spanStart.hour - 12;
    clocks.push({ end: m.index + m[0].length, hour: pm ? hour + 12 : hour, pm });
    // 营业至23时以后, 22时后: past the hour ("open past 11 p.m."); 8时以前, 8时前: before it (16时20分前后 is
    // about the time).
    const side = /^(?:以|之)?[后後]/u.test(text.slice(m.index + m[0].length)) ? 'over' : /^(?:以|之)?前(?!后|後)/u.test(text.slice(m.index + m[0].length)) ? 'under' : null;
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: ((pm ? hour + 12 : hour) % 24) * 60 + (m[4] ? 30 : Number(m[3] ?? 0)), unit: CLOCK, approx: side });
  }
  for (const m of text.matchAll(/([0-9]{1,2})(小时|分钟?)([0-9]{1,2})(分钟|分|秒)(?:钟)?/gu)) {
    const smallUnit = m[4] === '秒' ? 'second' : 'minute';
    if ((m[2] === '小时') !== (smallUnit === 'minute')) continue;
    add({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: num(m[1]!) * 60 + num(m[3]!), unit: smallUnit, approx: null });
  }
  // 今年1月至4月 as a whole: the year word stays inside the reading, which covers the extractor's 今年1月.
  for (const m of text.matchAll(/(?:今年|去年|明年|(?<![0-9])[0-9]{4}年)?(?<![0-9])([0-9]{1,2})(?:月份?)?\s*[至到\-－~～—–]\s*([0-9]{1,2})月(?![0-9]*[日号])/gu)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= 1 && b <= 12 && a < b) add({ kind: 'period', start: m.index, end: m.index + m[0].length, value: monthRange(a, b), unit: null, approx: null });
  }
  for (const m of text.matchAll(/前([0-9]{1,2}|十一|十二|[一二两三四五六七八九十])个月/gu)) {
    const n = num(m[1]!);
    if (n >= 2 && n <= 12) add({ kind: 'period', start: m.index, end: m.index + m[0].length, value: monthRange(1, n), unit: null, approx: null });
  }
  // 亿元以上工业项目, 千万元以上: a threshold named by the unit alone ("worth 100 million yuan or more").
  for (const m of text.matchAll(/(?<![0-9０-９.一二两三四五六七八九十百千万亿])(千万|亿)元(?:及|或)?以上/gu)) {
    add({ kind: 'money', start: m.index, end: m.index + m[0].length, value: m[1] === '亿' ? 1e8 : 1e7, unit: 'CNY', approx: 'over' });
  }
  // 指数将在800点至830点之间: a range of index points (beyond the hours of a day, which 8点至10点 would be).
  for (const m of text.matchAll(/(?<![0-9.])([0-9]{2,}(?:\.[0-9]+)?)点\s*[至到—－~～-]\s*([0-9]{2,}(?:\.[0-9]+)?)点/gu)) {
    const low = Number(m[1]);
    const high = Number(m[2]);
    if (low <= 24 || high <= low) continue;
    add({ kind: 'count', start: m.index, end: m.index + m[0].length, value: low, valueMax: high, unit: '点', approx: null });
  }
  // 2022年“6·22”洪灾: an event named by its month and day in quotes ("the June 22 flood in 2022").
  for (const m of text.matchAll(/(?:(?<![0-9])([0-9]{4})年)?[“"]([0-9]{1,2})[·.．•]([0-9]{1,2})[”"]/gu)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const at = m.index + (m[1] === undefined ? 0 : m[1].length + 1);
    const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    add({ kind: 'date', start: at, end: m.index + m[0].length, value: m[1] === undefined ? `--${monthDay}` : `${m[1]}-${monthDay}`, unit: null, approx: null });
  }
  // 过去一次全套检测要花费十几万元: more than 100,000 yuan.
  for (const m of text.matchAll(/(?<![0-9一二两三四五六七八九十百千])十(?:几|多)(万|亿)元/gu)) {
    add({ kind: 'money', start: m.index, end: m.index + m[0].length, value: m[1] === '万' ? 1e5 : 1e9, unit: 'CNY', approx: 'over' });
  }
  for (const m of text.matchAll(/前([一二两三四1-4])个?季度/gu)) {
    const n = num(m[1]!);
    if (n >= 2) add({ kind: 'period', start: m.index, end: m.index + m[0].length, value: `Q1..Q${n}`, unit: null, approx: null });
  }
  for (const m of text.matchAll(/(?<![0-9.:：])([0-9]+(?:\.[0-9]+)?)\s?[:：∶]\s?([0-9]+(?:\.[0-9]+)?)(?![0-9:：])/gu)) {
    // (养殖产品与捕捞产品的产量之比约为81∶19: any two numbers, where the clause calls them a ratio.)
    const clauseLead = /[^，。；,;]{0,20}$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
    if (!isRatio(m[1]!, m[2]!) && !(/比例|配比|之比|比值/u.test(clauseLead) && Number(m[2]) !== 0)) continue;
    const b = Number(m[2]);
    // 不低于1∶4000的标准: a bound on the ratio, as on any figure.
    const lead = text.slice(Math.max(0, m.index - 3), m.index);
    const approx = /(?:不低于|不少于|至少)$/u.test(lead) ? 'at_least' : /(?:不超过|不高于|最多)$/u.test(lead) ? 'at_most' : /约$/u.test(lead) ? 'about' : null;
    add({ kind: 'multiple', start: m.index, end: m.index + m[0].length, value: Number((Number(m[1]) / b).toPrecision(12)), unit: 'x', approx });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Whether a:b written with a colon is a ratio, not a clock time (10:30): one side is 1 (2.6:1,
 * 1:3500) or has a decimal, or the second is a single digit, which minutes never are (3:2).
 */
export function isRatio(a: string, b: string): boolean {
  return Number(b) !== 0 && (b === '1' || a === '1' || /\./.test(a + b) || /^[1-9]$/.test(b));
}

/** A period of months: M01..M08. */
export function monthRange(a: number, b: number): string {
  return `M${String(a).padStart(2, '0')}..M${String(b).padStart(2, '0')}`;
}

/**
 * Readings of the source alone: 增速在沿海7市中居首 (位居榜首) is first place, as a summary's 第一 says. A
 * summary's own 居首 is no figure to check.
 */
export function sourceOnlyReadings(text: string): ExtraReading[] {
  // (增速居全区14个设区市首位: the field ranked may be named at length before 首位.)
  const first = [...text.matchAll(/(?:居|位居|位列|排名|排在|名列|高居|暂列|暂居|稳居|列)(?:(?:全[省市县区国])?(首位|榜首|首)|[^，。；、,;首]{1,14}(首位|榜首))(?=[，。；、,;]|$)/gu)].map((m): ExtraReading => {
    const word = m[1] ?? m[2]!;
    const start = m.index + m[0].length - word.length;
    return { kind: 'ordinal', start, end: m.index + m[0].length, value: 1, valueMax: null, unit: null, approx: null, text: word, en: '', measures: null };
  });
  // 朝阳区筛查人数最多，为3.6万人；海淀区次之: the one after the most (the highest, the first) is second, as a summary's
  // 位列第二 says. (Only after a 最 or a first place in the same sentence: 其次, on its own, is "secondly".)
  // (Its lookbehind would be tried at every place of the article: one with neither word is spared it.)
  const second = !/次之|其次/u.test(text) ? [] : [...text.matchAll(/(?<=(?:最[多高大快长低少]|居首|第一)[^。！？]{0,40}?)(?:次之|(?<=[，,；;])其次(?:是|为))/gu)].map((m): ExtraReading => ({
    kind: 'ordinal', start: m.index, end: m.index + 2, value: 2, valueMax: null, unit: null, approx: null, text: m[0].slice(0, 2), en: '', measures: null,
  }));
  // 以1小时13分20秒获得亚军: the runner-up is second and third place (季军) third, as a summary's 位列第二 says.
  // (冠军 is left out: a title names no place beside the other figures of a field as these do.) A place only: no count
  // of anything (6胜2负) rests on it, see PODIUM.
  const podium = [...text.matchAll(/(?<=获得?|夺得|摘得|位列|成为|屈居|收获)(亚军|季军)/gu)].map((m): ExtraReading => ({
    kind: 'ordinal', start: m.index, end: m.index + 2, value: m[0] === '亚军' ? 2 : 3, valueMax: null, unit: PODIUM, approx: null, text: m[0], en: '', measures: null,
  }));
  // 退一赔三, 假一赔十: the price refunded and three (ten) times it paid in damages, "three times the price".
  const damages = [...text.matchAll(/[退假]一赔([二三四五十])/gu)].map((m): ExtraReading => {
    const start = m.index + m[0].length - 2;
    return { kind: 'multiple', start, end: m.index + m[0].length, value: num(m[1]!), valueMax: null, unit: 'x', approx: null, text: m[0].slice(2), en: '', measures: null };
  });
  // 千吨级以上泊位, 万吨级码头: a class of vessel or berth by its tonnage, "1,000 tonnes or more".
  const tonnage = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万.．])([千万])吨级([及或]?以上)?/gu)].map((m): ExtraReading => ({
    kind: 'measure', start: m.index, end: m.index + m[0].length, value: m[1] === '千' ? 1000 : 10000, valueMax: null, unit: 't',
    approx: m[2] === undefined ? null : m[2] === '以上' ? 'over' : 'at_least', text: m[0], en: '', measures: null,
  }));
  // 年过六旬, 年逾古稀, 年近七旬: an age in decades, "over 60", "over 70", "nearly 70".
  const decades = [...text.matchAll(/年(过|逾|近)([五六七八九])旬|年(逾|过)(古稀|半百)/gu)].map((m): ExtraReading => {
    const value = m[2] !== undefined ? num(m[2]) * 10 : m[4] === '古稀' ? 70 : 50;
    const approx = (m[1] ?? m[3]) === '近' ? 'under' : 'over';
    return { kind: 'count', start: m.index, end: m.index + m[0].length, value, valueMax: null, unit: '岁', approx, text: m[0], en: '', measures: null };
  });
  // 医药工业百强企业, 全国500强: a ranking's size, the "top 100" a summary names the companies on it by.
  const ranked = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万.．])(十|百|千|[1-9][0-9]{1,3})强(?!度|化|制|势|项)/gu)].map((m): ExtraReading => ({
    kind: 'count', start: m.index, end: m.index + m[0].length, value: m[1] === '十' ? 10 : m[1] === '百' ? 100 : m[1] === '千' ? 1000 : Number(m[1]),
    valueMax: null, unit: null, approx: null, text: m[0], en: '', measures: null,
  }));
  // 一场千架无人机表演, 百台机器人: a round hundred or thousand of things, counted with their classifier ("a 1,000-drone show").
  // (Only in the source: a summary's 千家万户 is no count to check.)
  const round = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万亿.．])(百|千)(架|台|辆|艘|套|只|头)(?![次])/gu)].map((m): ExtraReading => ({
    kind: 'count', start: m.index, end: m.index + m[0].length, value: m[1] === '百' ? 100 : 1000, valueMax: null, unit: m[2]!, approx: null, text: m[0], en: '', measures: null,
  }));
  // 百年以上古茶树, 千年古树: an age in round hundreds of years ("trees over 100 years old").
  const ages = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万亿.．])(百|千)年(以上)?(?=[\p{Script=Han}])/gu)].map((m): ExtraReading => ({
    kind: 'duration', start: m.index, end: m.index + m[0].length, value: m[1] === '百' ? 100 : 1000, valueMax: null, unit: 'year',
    approx: m[2] === undefined ? null : 'over', text: m[0], en: '', measures: null,
  }));
  // 在6月龄前: an age in months ("before six months of age").
  const monthsOld = [...text.matchAll(/(?<![0-9０-９.．])([0-9]{1,2})(?:个)?月龄/gu)].map((m): ExtraReading => ({
    kind: 'duration', start: m.index, end: m.index + m[0].length, value: Number(m[1]), valueMax: null, unit: 'month', approx: null, text: m[0], en: '', measures: null,
  }));
  // 采用10分制: a scale of so many points ("scored on a 10-point scale").
  const scale = [...text.matchAll(/(?<![0-9０-９.．])([0-9]{1,3})分制/gu)].map((m): ExtraReading => ({
    kind: 'count', start: m.index, end: m.index + m[1]!.length + 1, value: Number(m[1]), valueMax: null, unit: '分', approx: null, text: `${m[1]}分`, en: '', measures: null,
  }));
  // 按照0至10分打分: a scale from nought, which the extractor does not read as a range ("on a scale of 0 to 10").
  const fromNought = [...text.matchAll(/(?<![0-9０-９.．])0(?:至|到|～|~|-)([0-9]{1,3})分(?![钟之])/gu)].map((m): ExtraReading => ({
    kind: 'count', start: m.index, end: m.index + m[0].length, value: 0, valueMax: Number(m[1]), unit: '分', approx: null, text: m[0], en: '', measures: null,
  }));
  // 暑运期间: the summer travel season, July to August.
  const summerRush = [...text.matchAll(/暑运/gu)].map((m): ExtraReading => ({
    kind: 'period', start: m.index, end: m.index + 2, value: monthRange(7, 8), valueMax: null, unit: null, approx: null, text: m[0], en: '', measures: null,
  }));
  // 年度总费用约6.5万元: a year's cost, as a summary's 一年总费用 ("65,000 yuan a year") says.
  const yearly = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万上下去今明本])(?:年度|全年|每年)(?=总?(?:费用|花费|开支|支出|成本|治疗费|医疗费))/gu)].map((m): ExtraReading => ({
    kind: 'duration', start: m.index, end: m.index + 2, value: 1, valueMax: null, unit: 'year', approx: null, text: m[0], en: '', measures: null,
  }));
  // 一斤卖3块9, 一公斤才11块多: a price said the spoken way, 块 for 元 (and the digit after it the jiao).
  const spokenPrices = [...text.matchAll(/(?<=(?:斤|公斤|千克|卖|给|才|要|价)[^，。；,;0-9０-９]{0,2})(?<![0-9０-９.．])([0-9]{1,4})块(?:([0-9])(?![0-9万亿千百])|(多|钱))/gu)].map((m): ExtraReading => ({
    kind: 'money', start: m.index, end: m.index + m[0].length, value: Number(m[1]) + (m[2] === undefined ? 0 : Number(m[2]) / 10), valueMax: null,
    unit: 'CNY', approx: m[3] === '多' ? 'over' : null, text: m[0], en: '', measures: null,
  }));
  // 一条线要十几个人: "more than ten" (eleven to nineteen).
  const teens = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万几])十几(个|名|家|人|位|次|天|年)/gu)].map((m): ExtraReading => ({
    kind: 'count', start: m.index, end: m.index + m[0].length, value: 10, valueMax: null, unit: m[1] === '个' || m[1] === '人' ? null : m[1]!, approx: 'over', text: m[0], en: '', measures: null,
  }));
  // 在第15公里处发起冲刺: a point on a course by its distance ("at the 15-km mark").
  const marks = [...text.matchAll(/第([0-9]{1,3}(?:\.[0-9])?)(公里|千米)处/gu)].map((m): ExtraReading => ({
    kind: 'measure', start: m.index + 1, end: m.index + 1 + m[1]!.length + m[2]!.length, value: Number(m[1]), valueMax: null, unit: 'km', approx: null,
    text: `${m[1]}${m[2]}`, en: '', measures: null,
  }));
  // 护理员与床位数之比约为1比6.2: the second term of a ratio of one to it, a count per one ("one for every 6.2 beds").
  const perOne = [...text.matchAll(/(约)?(?:为|是|达到?)1比([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9.])/gu)].map((m): ExtraReading => {
    const start = m.index + m[0].length - m[2]!.length;
    return { kind: 'count', start, end: m.index + m[0].length, value: Number(m[2]), valueMax: null, unit: null, approx: m[1] === undefined ? null : 'about', text: m[2]!, en: '', measures: null };
  });
  // 把布雷图指数稳定控制在5以下: an index held under a level, the level read with its bound.
  const indexBounds = [...text.matchAll(/指数[^，。；,;0-9０-９]{0,8}(?:控制在|降至|降到|保持在|低于|在)([0-9]{1,3}(?:\.[0-9])?)(以下|以内|以上)/gu)].map((m): ExtraReading => {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    return { kind: 'count', start, end: m.index + m[0].length, value: Number(m[1]), valueMax: null, unit: null, approx: m[2] === '以上' ? 'over' : 'under', text: `${m[1]}${m[2]}`, en: '', measures: null };
  });
  // 体重指数超过28的肥胖患者: an index past a bare level ("a body mass index above 28").
  const indexPast = [...text.matchAll(/(?:指数|BMI)(超过|大于|高于|低于|小于)([0-9]{1,3}(?:\.[0-9])?)(?![0-9.０-９万亿%％])/gu)].map((m): ExtraReading => {
    const start = m.index + m[0].length - m[2]!.length;
    return { kind: 'count', start, end: m.index + m[0].length, value: Number(m[2]), valueMax: null, unit: null, approx: /^(?:低于|小于)$/u.test(m[1]!) ? 'under' : 'over', text: m[2]!, en: '', measures: null };
  });
  // 打造2个百亿级莲藕产业集群: a class of cluster by its output in yuan ("10-billion-yuan clusters").
  const yuanClass = [...text.matchAll(/(?<![0-9０-９一二三四五六七八九十百千万.．])(百|千|万)亿(?:元)?级/gu)].map((m): ExtraReading => ({
    kind: 'money', start: m.index, end: m.index + m[0].length, value: m[1] === '百' ? 1e10 : m[1] === '千' ? 1e11 : 1e12, valueMax: null, unit: 'CNY', approx: null,
    text: m[0], en: '', measures: null,
  }));
  // 温宿县、乌什县和阿克苏市是主产区，三地产量合计…: the places just listed, counted ("the three main producing areas").
  const placesCounted = [...text.matchAll(/(?<=[，,；;])(两|三|四|五|六)地(?=[\p{Script=Han}])/gu)].map((m): ExtraReading => ({
    kind: 'count', start: m.index, end: m.index + 1, value: num(m[1]!), valueMax: null, unit: '个', approx: null, text: m[1]!, en: '', measures: null,
  }));
  return [...first, ...second, ...podium, ...damages, ...tonnage, ...decades, ...ranked, ...round, ...ages, ...monthsOld, ...summerRush, ...scale, ...fromNought, ...yearly, ...spokenPrices, ...teens, ...marks, ...perOne, ...indexBounds,
    ...yuanClass, ...placesCounted, ...indexPast];
}

/**
 * Merges the extra readings into a list of figures: a reading that covers figures replaces
 * them (2分10秒 for 10秒, 1至8月 for 8月, 前8个月 for 8个月); one that overlaps a figure without
 * covering it, or that a figure covers, is left out.
 */
export function mergeReadings<F extends { readonly start: number; readonly end: number }>(found: readonly F[], extra: readonly ExtraReading[], toF: (r: ExtraReading) => F): F[] {
  let out = [...found];
  for (const r of extra) {
    const overlapping = out.filter((f) => f.start < r.end && f.end > r.start);
    if (overlapping.some((f) => f.start < r.start || f.end > r.end)) continue;
    if (overlapping.some((f) => f.start === r.start && f.end === r.end)) continue;
    out = out.filter((f) => !overlapping.includes(f));
    out.push(toF(r));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Classifiers that count anything (个, 项, 次): they do not say what a count counts. */
const GENERAL_CLASSIFIERS: ReadonlySet<string> = new Set(['个', '项', '次', '件', '批', '种', '类', '处', '份']);

/** The one classifier of their own all these figures are counted with, else null. */
export function specificClassifier(figures: readonly SourceFigure[]): string | null {
  // 12款 read by the extractor (款) and by the extra readings (cl:款) is one classifier; a span the bare
  // number also matches (6至12个月) says nothing of what is counted.
  const units = new Set(figures.filter((f) => f.kind !== 'duration').map((f) => (f.kind === 'count' ? (f.unit?.replace(UNLISTED, '') ?? null) : null)));
  if (units.size !== 1) return null;
  const [unit] = units;
  return unit === null || unit === undefined || GENERAL_CLASSIFIERS.has(unit) ? null : unit;
}
