import type { Fact } from '../../types.js';

/** The units a price or subsidy is stated per (每亩800元, 每克1100元, 348元/吨), in English. */
const UNITS: Readonly<Record<string, string>> = {
  亩: 'mu', 公顷: 'hectare', 克: 'gram', 公斤: 'kg', 千克: 'kg', 斤: 'jin', 百斤: '100 jin', 吨: 'tonne',
  枝: 'stem', 株: 'plant', 箱: 'box', 桶: 'barrel', 度: 'kWh', 千瓦时: 'kWh', 平方米: 'm²', 平米: 'm²', '㎡': 'm²',
  人: 'person', 户: 'household', 生: 'pupil', 名: 'person', 台: 'unit', 部: 'unit', 辆: 'vehicle', 头: 'head',
  次: 'occasion', 晚: 'night', 天: 'day', 日: 'day', 月: 'month', 年: 'year', 小时: 'hour', 张: 'ticket', P: 'P',
};
// Longest first, so 公斤 is not read as 斤 and 千瓦时 not as 时.
const UNIT_ALT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
/** 每人每月600元, 约每公斤26元, 每吨约348元, 每亩补贴800元: a run of 每X right before (or inside) the figure, at most a short noun between. */
const PER_RUN_BEFORE = new RegExp(`((?:每(?:${UNIT_ALT}))+)[^\\d，,；;。：:、（）()]{0,4}?(?:约|超过|超|逾|近|不到|不足|达到|达|为|在|突破|平均)*$`, 'u');
const PER_INSIDE = new RegExp(`^[^\\d〇零一二三四五六七八九十百千万亿两]*((?:每(?:${UNIT_ALT}))+)`, 'u');
/** 348元/吨, 2.2元/公斤 */
const SLASH_AFTER = new RegExp(`^\\s*/\\s*(${UNIT_ALT})`, 'u');
const PER_ONE = new RegExp(`每(${UNIT_ALT})`, 'gu');

/**
 * What a money figure is per, when the source says so right at it: " per mu" for 每亩800元,
 * " per person per month" for 每人每月600元, " per tonne" for 348元/吨; '' otherwise (and for
 * a unit the table does not know, rather than a guess).
 */
export function unitOfSale(fact: Fact, text: string, clauseStart: number): string {
  if (fact.kind !== 'money') return '';
  const run = PER_INSIDE.exec(fact.text)?.[1] ?? PER_RUN_BEFORE.exec(text.slice(clauseStart, fact.span.start))?.[1];
  if (run) return [...run.matchAll(PER_ONE)].map((m) => ` per ${UNITS[m[1]!]}`).join('');
  const slash = SLASH_AFTER.exec(text.slice(fact.span.end, fact.span.end + 6))?.[1];
  return slash ? ` per ${UNITS[slash]}` : '';
}
