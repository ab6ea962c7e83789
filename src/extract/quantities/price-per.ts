/**
 * What a price is per: 每吨, 每人每月 or 每百斤 before it in its clause, /吨 after it, or the price a
 * change of price is measured against. One reading feeds both the fact's `per` and its English
 * ("RMB 80 per mu"), so the two never disagree.
 */

/** One denominator of a price: its English ("tonne") and its symbol in the fact's `per` ("t"). */
export interface PriceDenominator {
  readonly en: string;
  readonly symbol: string;
}

/** The clause around a price, as the renderer sees it (see RenderContext). */
export interface PriceContext {
  /** The clause before the span (up to its start). */
  readonly before: string;
  /** The text right after the span. */
  readonly after: string;
  /** The price a change of price is measured against (每公斤12.1元，较年初下降约1.5元). */
  readonly earlier?: { readonly before: string; readonly text: string };
}

/**
 * The units of sale, with English and symbol. Symbols follow a measure's rate (s, h, d, yr, kg,
 * m2) where one exists, so 每天 and 吨/日 both say `d`; otherwise the English noun.
 */
const PER_UNITS: Readonly<Record<string, readonly [en: string, symbol: string]>> = {
  吨: ['tonne', 't'], 公斤: ['kg', 'kg'], 千克: ['kg', 'kg'], 斤: ['jin', 'jin'], 克: ['gram', 'g'], 亩: ['mu', 'mu'],
  平方米: ['square metre', 'm2'], 平米: ['square metre', 'm2'], 枝: ['stem', 'stem'], 株: ['plant', 'plant'],
  人: ['person', 'person'], 户: ['household', 'household'], 部: ['unit', 'unit'], 台: ['unit', 'unit'], 件: ['item', 'item'],
  股: ['share', 'share'], 桶: ['barrel', 'barrel'], 千瓦时: ['kWh', 'kWh'], 瓦时: ['watt-hour', 'Wh'], 度: ['kWh', 'kWh'],
  立方米: ['cubic metre', 'm3'], 立方: ['cubic metre', 'm3'], 年: ['year', 'yr'], 月: ['month', 'month'], 天: ['day', 'd'],
  日: ['day', 'd'], 晚: ['night', 'night'], 小时: ['hour', 'h'], 周: ['week', 'week'], 生: ['student', 'student'],
  箱: ['box', 'box'], 瓶: ['bottle', 'bottle'], 辆: ['vehicle', 'vehicle'], 间: ['room', 'room'], 套: ['unit', 'unit'],
  张: ['ticket', 'ticket'], 平方公里: ['square kilometre', 'km2'], P: ['P', 'P'], 公里: ['km', 'km'], 千米: ['km', 'km'],
  芯公里: ['fibre-core km', 'fibre-core km'], 颗: ['piece', 'piece'], 顶: ['piece', 'piece'],
};
const PER_UNIT_ALT = Object.keys(PER_UNITS).sort((a, b) => b.length - a.length).join('|');
/**
 * 每吨, 每人每月, 每百斤: 每, then a unit, or a base (百, 千, 万) and a unit. The unit is tried first,
 * so 每千克 and 每千瓦时 are per kg and per kWh, not per 1,000 grams or watt-hours.
 */
const PER_PART = `每(?:(?:${PER_UNIT_ALT})|[百千万](?:${PER_UNIT_ALT}))`;
/** Before the figure, with a few words between at most (平均每枝成交价1.72元). */
const PER_BEFORE_RE = new RegExp(`((?:${PER_PART})+)[^，。；：、！？,.;:!?每]{0,8}$`, 'u');
const PER_PART_RE = new RegExp(`每(?:(${PER_UNIT_ALT})|([百千万])(${PER_UNIT_ALT}))`, 'gu');
const PER_AFTER_RE = new RegExp(`^[/／](${PER_UNIT_ALT})`, 'u');
/** Where the figure starts in a span: 千 right after 每 (约每千瓦时0.38元) is the unit's, 百 (每百斤) a base. */
const NUMERAL_RE = /(?<!每)[0-9０-９零〇一二两三四五六七八九十百千万亿].*$/su;
/** 每百斤 is per 100 jin: the base, in English and in the symbol. */
const BASES: Readonly<Record<string, string>> = { 百: '100', 千: '1,000', 万: '10,000' };

function denominator(unit: string, base: string | undefined): PriceDenominator {
  const [en, symbol] = PER_UNITS[unit] ?? [unit, unit];
  const n = base === undefined ? undefined : BASES[base];
  return n === undefined ? { en, symbol } : { en: `${n} ${en}`, symbol: `${n} ${symbol}` };
}

/**
 * The denominators of a price, outermost first (每亩每年300元: mu, then year), or none.
 *
 * @example
 * pricePer('80元', { before: '对集中连片50亩以上的种植主体每亩补助', after: '。' })
 * // [{ en: 'mu', symbol: 'mu' }]
 */
export function pricePer(text: string, context: PriceContext): readonly PriceDenominator[] {
  const after = PER_AFTER_RE.exec(context.after);
  if (after) return [denominator(after[1] ?? '', undefined)];
  const lead = context.before + text.replace(NUMERAL_RE, '');
  const m = PER_BEFORE_RE.exec(lead);
  if (!m) return context.earlier === undefined ? [] : pricePer(context.earlier.text, { before: context.earlier.before, after: '' });
  return [...(m[1] ?? '').matchAll(PER_PART_RE)].map((p) => denominator(p[1] ?? p[3] ?? '', p[2]));
}
