import type { Approx, FactKind } from '../../types.js';

/** Options for the quantity scanner. */
export interface QuantityOptions {
  /**
   * ISO date of publication (`2025-05-20`), used to resolve 今年, 去年, 上月, 5月19日,
   * 第一季度 and 前三季度. With null, dates keep no year (`--05-19`) and relative
   * years (今年) are not reported, since any year would be a guess.
   */
  readonly referenceDate: string | null;
}

/** One figure found in a text. `text === input.slice(start, end)`. */
export interface QuantityMatch {
  readonly kind: FactKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A finite number, or an ISO-ish string for date, year and period. */
  readonly value: number | string;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly approx: Approx;
  /** English rendering of the figure alone: "US$18 billion". */
  readonly en: string;
  /** What the figure measures according to its clause (营收 → "revenue"), or null. */
  readonly measures: string | null;
  /** The denominator of a rate (s in 310立方米每秒: `unit` m3 per s), when the figure is one. */
  readonly per?: string;
}

/**
 * The text right before a figure with a rate's 每 and its unit left out (低于每立方米30毫克 → …低于), so
 * that a bound written before the rate is read at the figure. Both the builtin brief and the verifier
 * read bounds through it, so they say and check the same words.
 */
export function wordsBeforeRate(text: string, start: number): string {
  return text.slice(Math.max(0, start - 8), start).replace(/每[^，。；0-9０-９]{1,4}$/u, '');
}

/** 至少, 最少, 起码 before a figure, with no other number between (see floorBefore). */
const FLOOR_BEFORE = /(?:至少|最少|起码)[^，。；、,;0-9０-９零〇一二两三四五六七八九十百千万亿]{0,10}$/u;

/**
 * Whether a floor is set before a figure across the verb of its clause (全区至少还缺护理员1500名, 明年将至少再
 * 增加80根, 吃一顿饭至少要20元): the figure is a minimum, "at least 1,500". Not across another number
 * (至少一方为企业的占87.4%: the floor is on 一方). Both the builtin brief and the verifier ask it.
 */
export function floorBefore(text: string, start: number): boolean {
  return FLOOR_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Whether a figure is a named level another is compared with (低于920元的出厂价, 低于95%的目标值,
 * 高于63%的全市平均水平): then the 低于 before it bounds the other figure, and this one is stated
 * exactly. The builtin brief and the verifier both ask it.
 */
export function namesComparedLevel(text: string, end: number): boolean {
  // 高于63%的全市平均水平, 低于7天的正常水平: whose level or which, named between 的 and the level.
  // 高于60至69岁组的3.1%: an age group named by its figures, whose level is compared.
  if (/^(?:组|年龄组|年龄段|人群)/u.test(text.slice(end, end + 3))) return true;
  return /^[名个人元家]?的(?:全国|全省|全市|全县|全区|全行业|行业|正常|同期|往年|历年)?(?:出厂价|价格|售价|指导价|成本|水平|标准|平均水平|均值|全国平均|国家限值|国家标准|国家目标|目标|限值|上限|下限)/u.test(text.slice(end, end + 10));
}

/** A qualifier before the noun phrase a share is part of: 超过全省总量的一半, 不到总数的5%, 接近普通牛奶的2倍. */
const QUALIFIER_ACROSS = /(超过|逾|高于|不到|不足|低于|接近|将近)[^，。；、,;0-9０-９超逾不接将]{1,10}的$/u;
/** 不超过设备价款30%, 不低于总投资的20%: a negated bound before the whole a share is of, with or without 的. */
const BOUND_ACROSS = /(不超过|不高于|不低于|不少于)[^，。；、,;0-9０-９]{1,10}$/u;

/**
 * The qualifier a share (or a multiple) takes from across the noun phrase it is part of, or null:
 * 超过 in 超过参赛马匹的一成 (more than a tenth), 不到 in 不到总数的5%. 高于/低于 an earlier time's level
 * (明显高于去年发行时的4.2倍) compares two levels, each stated exactly. The builtin brief and the
 * verifier both read shares through it, so they say and check the same bound.
 */
export function shareQualifierAcross(text: string, start: number, end: number, kind: string): string | null {
  const share = kind === 'fraction' || kind === 'multiple' || /[成半]$/u.test(text.slice(start, end));
  // 接近经横琴口岸入境人数（约11.2万人次）的两倍: a bracketed aside in the noun phrase is no part of it.
  // (接近2020年的三倍: a year names the whole's time, no figure between the qualifier and the multiple.)
  // (超过全年1.5万户目标的八成: a target's own figure is part of its name too.)
  const lead = text.slice(Math.max(0, start - 40), start).replace(/（[^（）]{1,20}）(?=的$)/u, '').replace(/(?:19|20)[0-9]{2}年/gu, '那年')
    .replace(/[0-9０-９.．]+[万亿]?\p{Script=Han}?(?=(?:目标|任务|计划)(?:任务)?的$)/u, '').slice(-16);
  // 给予不超过设备价款30%的补贴: a ceiling or floor before the whole, 的 left out.
  const bound = share || kind === 'percent' ? BOUND_ACROSS.exec(lead) : null;
  if (bound !== null) return bound[1]!;
  // 接近全市收购总量的27%: a percent of a whole, named as the total, takes the qualifier before it as a share does.
  const across = share || (kind === 'percent' && /[总全][^，。；、,;的]{0,6}的$/u.test(lead)) ? QUALIFIER_ACROSS.exec(lead) : null;
  if (across === null) return null;
  if (/^(?:高于|低于)/u.test(across[0]) && /去年|上年|往年|同期|此前|上次|上届|上一届|时的$/u.test(across[0])) return null;
  return across[1]!;
}

/** Whether a count's classifier is an age: 岁, or 周岁 (full years of age), which read alike. */
export function isAgeUnit(unit: string | null): boolean {
  return unit === '岁' || unit === '周岁';
}
