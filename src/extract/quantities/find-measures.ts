import { looksTraditional, traditionalToSimplified } from '../entities/traditional-to-simplified.js';
import measures from './measures.json' with { type: 'json' };

const KEYWORDS: ReadonlyMap<string, string> = new Map(Object.entries(measures.keywords));
/** Every keyword, longest first, so 市场规模 wins over 市场. */
const KEYWORD_RE = new RegExp(
  [...KEYWORDS.keys()].sort((a, b) => b.length - a.length).join('|'),
  'gu',
);
/** A clause ends at these; 、 and brackets do not end one (营收、净利润分别为…). */
const CLAUSE_END = /[，,；;。！？!?\n：:]/gu;
// Dates and durations say when or how long, not what: 股价在3个月时间里 is no share price.
const NO_MEASURE = new Set(['date', 'year', 'period', 'ordinal', 'duration']);
/** A keyword further left than this belongs to another phrase (城堡投资集团…近40人). */
const MAX_LEFT_GAP = 12;
const MAX_RIGHT_GAP = 8;
/** Words for a change, not a level: 增长8.4% is growth, but 从18.3%下降 starts at a level. */
const CHANGE_WORDS: ReadonlySet<string> = new Set(['增长', '下降', '下跌', '上涨']);
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
export function findMeasures(text: string, spans: readonly Span[]): (string | null)[] {
  if (spans.length === 0) return [];
  // The keywords are simplified (营收); traditional text (營收) is searched in its
  // index-aligned simplified twin, so offsets stay the same.
  const view = looksTraditional(text) ? traditionalToSimplified(text) : text;
  const hits: { start: number; end: number; en: string }[] = [];
  KEYWORD_RE.lastIndex = 0;
  for (let m = KEYWORD_RE.exec(view); m !== null; m = KEYWORD_RE.exec(view)) {
    hits.push({ start: m.index, end: m.index + m[0].length, en: KEYWORDS.get(m[0]) ?? '' });
  }
  const ends: number[] = [];
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) ends.push(m.index);
  const clauseOf = (pos: number): number => countBelow(ends, pos);
  return spans.map((s) => {
    const clause = clauseOf(s.start);
    if (NO_MEASURE.has(s.kind)) return null;
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
    if (left !== undefined && clauseOf(left.start) === clause && s.start - left.end <= MAX_LEFT_GAP) {
      return left.en;
    }
    for (let j = lo; j < hits.length; j++) {
      const h = hits[j];
      if (h === undefined) break;
      if (h.start < s.end) continue;
      if (clauseOf(h.start) !== clause || h.start - s.end > MAX_RIGHT_GAP) break;
      // A change word after a figure changes it from that level (从18.3%下降到7.1%).
      if (CHANGE_WORDS.has(view.slice(h.start, h.end))) return null;
      return h.en;
    }
    return null;
  });
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
