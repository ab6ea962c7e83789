import { looksTraditional, traditionalToSimplified } from '../entities/traditional-to-simplified.js';
import measures from './measures.json' with { type: 'json' };

const KEYWORDS: ReadonlyMap<string, string> = new Map(Object.entries(measures.keywords));
/** Words that hold a keyword but name no measure (订单定向 training, 规模以上 a size class). */
const NOT_MEASURES: ReadonlySet<string> = new Set(measures.notMeasures);
/** Every keyword and non-measure, longest first, so 市场规模 wins over 市场 and 规模以上 over 规模. */
const KEYWORD_RE = new RegExp(
  [...KEYWORDS.keys(), ...NOT_MEASURES].sort((a, b) => b.length - a.length).join('|'),
  'gu',
);
/**
 * A clause ends at these; 、 and brackets do not end one (营收、净利润分别为…). A space between
 * Chinese words ends one too: a headline separates its statements so (补助提高到每天5元 380余万名学生受益).
 */
const CLAUSE_END = /[，,；;。！？!?\n：:]|(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff\d])/gu;
/** 上一交易日结算价的±7%, 合约价值的9%: a percentage of the keyword, which is not what the figure is. */
const PART_OF = /^的[±+-]?$/u;
// Dates and durations say when or how long, not what: 股价在3个月时间里 is no share price.
const NO_MEASURE = new Set(['date', 'year', 'period', 'ordinal', 'duration']);
/** A keyword further left than this belongs to another phrase (城堡投资集团…近40人). */
const MAX_LEFT_GAP = 12;
const MAX_RIGHT_GAP = 8;
/** Words for a change, not a level: 增长8.4% is growth, but 从18.3%下降 starts at a level. */
const CHANGE_WORDS: ReadonlySet<string> = new Set(['增长', '下降', '下跌', '上涨', '减少', '降低']);
/** 比市场价高出5%—10%, 较可研预算节省近9%: the keyword is what the figure is compared with, not what it measures. */
const COMPARED_BEFORE = /[比较][^，,；;。！？\d]{0,3}$/u;
const COMPARED_BY = /高出|高于|低于|超出|节省|节约|多出|少了|便宜|贵/u;
/**
 * 约占六成, 占全省营收七成以上, 占员工总数1.75万人的近四成: a ratio after 占 is a share of what
 * follows 占 (占地 is land, 占用 a use, 占道 a road blocked); a count there (1.75万人) is the whole, not a share.
 */
const SHARE_OF = /(?<![抢侵霸])占(?![地用领道])[^，,；;。！？\n]{0,16}$/u;
const RATIO_KINDS: ReadonlySet<string> = new Set(['percent', 'fraction']);
/** 贡献了该片区夜间消费的: what a party contributes of a whole, before its share. */
const CONTRIBUTED_SHARE = /贡献了?[^，,；;。！？\n]{0,14}$/u;
/**
 * 用户来自78个国家和地区, 出口至越南等12个国家和地区, 覆盖全部9个县区: the count is of places or
 * outlets, never of the users or exports the clause speaks of.
 */
const COUNTS_PLACES = /^(?:多|余)?(?:国家|地区|城市|省|市|县|区|乡镇|村|网点|门店|站点|景区)/u;
/** 60岁以上, 35岁以下: an age bound that picks out a group, not a figure of a measure. */
export const AGE_BOUND = /岁(?:及|或)?(?:以上|以下|以内|以后|之前)$/u;
/** Measures that are rates: a count of things (3家, 12个) is never one. */
const RATE_MEASURE = /(?:rate|ratio|share|proportion|margin)$/u;
/** Measures of money: a length or weight (1.05万公里) is never one. */
const MONEY_MEASURES: ReadonlySet<string> = new Set([
  'revenue', 'sales revenue', 'investment', 'funds', 'special funds', 'spending', 'loans', 'deposits', 'net profit', 'profit',
  'funding', 'budget', 'subsidies', 'assets', 'total assets', 'debt', 'liabilities',
]);
/**
 * A figure of these kinds between a keyword and a figure owns the keyword (计划投资186亿元新改建农村公路1.05万公里),
 * unless the two figures are one list (关税125%、34%).
 */
const FIGURE_SPAN_KINDS: ReadonlySet<string> = new Set(['money', 'percent', 'percentage_point', 'count', 'measure', 'multiple', 'fraction']);
/** 6.2%的增幅, 3.5%的增速: the noun of a rate, after its figure. */
const RATE_NOUN_AFTER = /^的(增幅|增速|涨幅|降幅|跌幅)/u;
/** 下降到7.1%, 增长至120亿元: the figure after a change word and 到/至 is the level it reached. */
const REACHED = /^[了]?(?:到|至)/u;

interface Span {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

/**
 * For each span (sorted by start), what it measures in English: the nearest keyword
 * before it in the same clause (中国区营收171.08亿美元 → revenue), else the nearest
 * after it (55亿美元的损失 → loss), else null. One regex pass over the text.
 */
/** 这一比例, 该比重, 此项指标: a measure word that points back to the one before. */
const ANAPHORIC_BEFORE = /(?:这一|该|此|这个)$/u;

export function findMeasures(text: string, spans: readonly Span[]): (string | null)[] {
  if (spans.length === 0) return [];
  // The keywords are simplified (营收); traditional text (營收) is searched in its
  // index-aligned simplified twin, so offsets stay the same.
  const view = looksTraditional(text) ? traditionalToSimplified(text) : text;
  const hits: { start: number; end: number; en: string }[] = [];
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(view); m !== null; m = KEYWORD_RE.exec(view)) {
    // A non-measure stays a hit with no name, so it hides the keyword inside it and names nothing.
    hits.push({ start: m.index, end: m.index + m[0].length, en: KEYWORDS.get(m[0]) ?? '' });
  }
  const ends: number[] = [];
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) ends.push(m.index);
  const clauseOf = (pos: number): number => countBelow(ends, pos);
  const named: (string | null)[] = [];
  return spans.map((s, index) => {
    const measure = measureOf(s, index);
    named.push(measure);
    if (measure === null) return null;
    if (s.kind === 'count' && RATE_MEASURE.test(measure)) return null;
    if (s.kind === 'measure' && MONEY_MEASURES.has(measure)) return null;
    return measure;
  });

  /** The keyword's measure for one span, before the checks of kind. */
  function measureOf(s: Span, index: number): string | null {
    const previous = spans[index - 1];
    const clause = clauseOf(s.start);
    if (NO_MEASURE.has(s.kind)) return null;
    if (AGE_BOUND.test(view.slice(s.start, s.end))) return null;
    if (COUNTS_PLACES.test(view.slice(s.end, s.end + 4))) return null;
    // Nearest hit ending at or before the span, then walk left/right within the clause.
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((hits[mid]?.end ?? 0) <= s.start) lo = mid + 1;
      else hi = mid;
    }
    let li = lo - 1;
    let left = hits[li];
    // Past 下降到 / 增长至 to what reached the level: 营收增长至120亿元 is revenue.
    while (left !== undefined && CHANGE_WORDS.has(view.slice(left.start, left.end)) && REACHED.test(view.slice(left.end, s.start))) {
      left = hits[--li];
      if (left === undefined || s.start - left.end > MAX_LEFT_GAP + 4) return null;
    }
    // 增速明显快于对欧盟出口6.2%的增幅: a rate's own noun right after it says what it is, whatever keyword stands before.
    const ownNoun = s.kind === 'percent' ? RATE_NOUN_AFTER.exec(view.slice(s.end, s.end + 4)) : null;
    if (ownNoun !== null) return KEYWORDS.get(ownNoun[1]!) ?? null;
    if (RATIO_KINDS.has(s.kind) && SHARE_OF.test(view.slice(Math.max(0, s.start - 20), s.start))) return 'share';
    // 贡献了近四成的外贸值: what a party contributes of a whole is its share of it.
    // (外地游客贡献了该片区夜间消费的近六成: the whole may stand between.)
    if (RATIO_KINDS.has(s.kind) && CONTRIBUTED_SHARE.test(view.slice(Math.max(0, s.start - 20), s.start)) && (view[s.end] === '的' || /的(?:约|近|超过|逾)?$/u.test(view.slice(0, s.start)))) return 'share';
    const ownedByPrevious = left !== undefined && previous !== undefined && FIGURE_SPAN_KINDS.has(previous.kind) &&
      previous.start >= left.end && previous.end <= s.start && !/^[、和及与或\s]*$/u.test(view.slice(previous.end, s.start));
    if (left !== undefined && !ownedByPrevious && clauseOf(left.start) === clause && s.start - left.end <= MAX_LEFT_GAP) {
      // 利用率提高到15%以上，2023年这一比例为9.4%: 这一比例 is the measure of the figure before.
      // (Only the figure right before of that kind: where it names no measure (安装率约为7%，…这一比例已超过25%), the word
      // itself does, not some figure further back.)
      if (ANAPHORIC_BEFORE.test(view.slice(Math.max(0, left.start - 2), left.start))) {
        const before = spans.findLastIndex((p, k) => k < index && p.kind === s.kind);
        if (before >= 0 && named[before] !== null) return named[before] ?? null;
      }
      const compared = COMPARED_BEFORE.test(view.slice(Math.max(0, left.start - 4), left.start));
      if (compared && COMPARED_BY.test(view.slice(left.end, s.start))) return null;
      if (s.kind === 'percent' && PART_OF.test(view.slice(left.end, s.start))) return null;
      return left.en || null;
    }
    for (let j = lo; j < hits.length; j++) {
      const h = hits[j];
      if (h === undefined) break;
      if (h.start < s.end) continue;
      if (clauseOf(h.start) !== clause || h.start - s.end > MAX_RIGHT_GAP) break;
      // 营业网点317个、员工近4600人: past a list mark the keyword is the next item's.
      if (/[、和及与]/u.test(view.slice(s.end, h.start))) break;
      // A change word after a figure changes it from that level (从18.3%下降到7.1%).
      if (CHANGE_WORDS.has(view.slice(h.start, h.end))) return null;
      return h.en || null;
    }
    return null;
  }
}

/** How many sorted positions lie before `pos`. */
function countBelow(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
