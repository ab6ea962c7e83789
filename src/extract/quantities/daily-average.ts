/**
 * 日均载客约41万人次, 单车日均营收约为620元: 日均 before a figure in its clause makes it a daily
 * average, not a total. Read alone, 约41万人次 is a period's passenger count and 620元 a fleet's
 * takings; the fact sheet must say "a day, on average" (and "per vehicle" for 单车日均).
 */
import type { FactKind } from '../../types.js';
import { isAgeUnit } from './quantity-match.js';

/** A daily average: the fact's `per` (d, vehicle/d) and what its English adds after the figure. */
export interface DailyAverage {
  readonly per: string;
  readonly en: string;
}

/**
 * 日均 and at most twelve characters to the figure, none a digit, a numeral or a clause mark: the
 * figure must be the one 日均 governs in its own clause (日均客流1万人次、全年累计300万人次 gives
 * the second none). 单车/单店/单台 count only opening the clause: 共享单车日均骑行量 is bicycles.
 */
const DAILY_RE =
  /(?:(?:^|[，。；：！？,;:!?\s（(])单([车店台]))?日均([^\s0-9０-９零〇一二两三四五六七八九十百千万亿，。；：、！？,.;:!?（）()%％]{0,12})$/u;
const EACH: Readonly<Record<string, string>> = { 车: 'vehicle', 店: 'store', 台: 'unit' };
/** 日均价格, 日均成交价: an average price is a level, not a sum per day. */
const PRICE_RE = /价/u;
/**
 * Measures that add up over a day (tonnes handled, kWh sent, km driven). A temperature or a
 * concentration averaged over days (日均气温) is no amount per day.
 */
const FLOW_UNITS: ReadonlySet<string> = new Set(['t', 'kg', 'm3', 'L', 'kWh', 'MWh', 'GWh', 'TWh', 'km', 'mu', 'm2', 'TEU']);

/**
 * The daily average a figure is, from the clause before it, or null.
 *
 * @param before the clause before the figure's span (see renderContext)
 * @param per the denominator the figure already has (每天412元 has `d`; 每斤 makes it a price, no daily sum)
 * @example
 * dailyAverage('单车日均营收', 'money', 'CNY', undefined) // { per: 'vehicle/d', en: ' per vehicle per day on average' }
 */
export function dailyAverage(before: string, kind: FactKind, unit: string | null, per: string | undefined): DailyAverage | null {
  const m = DAILY_RE.exec(before);
  if (m === null) return null;
  // 日均租金为每天412元 says the day twice; any other denominator (每斤, 吨/日) is a price or a rate already.
  if (per !== undefined && !(kind === 'money' && per === 'd')) return null;
  switch (kind) {
    case 'count':
      if (isAgeUnit(unit)) return null;
      break;
    case 'money':
      if (PRICE_RE.test(m[2] ?? '')) return null;
      break;
    case 'measure':
      if (unit === null || !FLOW_UNITS.has(unit)) return null;
      break;
    default:
      return null;
  }
  const each = m[1] === undefined ? undefined : EACH[m[1]];
  return each === undefined ? { per: 'd', en: ' per day on average' } : { per: `${each}/d`, en: ` per ${each} per day on average` };
}
