import { escapeHtml } from './html.js';

/**
 * One highlight over the source text. Intervals nest as elements; when two cross, the
 * one that opens later is cut at the boundary and continues in a second element with
 * the same data attributes, so the page never holds mis-nested tags.
 */
export interface MarkInterval {
  readonly start: number;
  readonly end: number;
  /** Lower ranks wrap higher ones over the same span: sentence 0, fact 1, entity 2. */
  readonly rank: number;
  /** Opening tag for the first piece; `continued` is true for the pieces after a cut. */
  readonly open: (continued: boolean) => string;
  readonly close: string;
}

interface Piece {
  readonly interval: MarkInterval;
  readonly start: number;
  readonly end: number;
  readonly continued: boolean;
}

/**
 * Renders `text` as escaped HTML with the intervals as nested elements.
 *
 * Facts inside entity mentions (or the reverse) nest; an interval with the same span as
 * another nests inside the one of lower rank; spans out of range or empty are dropped.
 *
 * @example
 * markup('英伟达营收1305亿美元', [fact(5, 12), entity(0, 3)])
 * // '<span class="e">英伟达</span>营收<mark class="f">1305亿美元</mark>'
 */
export function markup(text: string, intervals: readonly MarkInterval[]): string {
  const pieces: Piece[] = intervals
    .filter((iv) => Number.isInteger(iv.start) && Number.isInteger(iv.end) && iv.start >= 0 && iv.end <= text.length && iv.end > iv.start)
    .map((interval) => ({ interval, start: interval.start, end: interval.end, continued: false }));
  return build(text, 0, text.length, pieces);
}

function order(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.interval.rank - b.interval.rank;
}

function build(text: string, lo: number, hi: number, pieces: Piece[]): string {
  let queue = [...pieces].sort(order);
  let out = '';
  let pos = lo;
  while (queue.length > 0) {
    const [outer, ...others] = queue as [Piece, ...Piece[]];
    out += escapeHtml(text.slice(pos, outer.start));
    const children: Piece[] = [];
    const rest: Piece[] = [];
    for (const p of others) {
      if (p.start >= outer.end) rest.push(p);
      else if (p.end <= outer.end) children.push(p);
      else {
        // Crosses the outer element's end: keep the inside part here, continue the rest after.
        children.push({ ...p, end: outer.end });
        rest.push({ ...p, start: outer.end, continued: true });
      }
    }
    out += outer.interval.open(outer.continued) + build(text, outer.start, outer.end, children) + outer.interval.close;
    pos = outer.end;
    queue = rest.sort(order);
  }
  return out + escapeHtml(text.slice(pos, hi));
}

/**
 * Splits `text` around every occurrence of the claims, for marking a verifier's flagged
 * claim inside a summary sentence. Returns escaped HTML.
 */
export function markClaims(text: string, claims: readonly { claim: string; problem: string }[]): string {
  const hits: { start: number; end: number; problem: string }[] = [];
  for (const c of claims) {
    if (c.claim.length === 0 || c.claim.length >= text.length) continue;
    let from = 0;
    for (;;) {
      const at = text.indexOf(c.claim, from);
      if (at < 0) break;
      if (!hits.some((h) => at < h.end && at + c.claim.length > h.start)) {
        hits.push({ start: at, end: at + c.claim.length, problem: c.problem });
      }
      from = at + c.claim.length;
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const h of hits) {
    out += escapeHtml(text.slice(pos, h.start));
    out += `<mark class="claim" title="${escapeHtml(h.problem)}">${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    pos = h.end;
  }
  return out + escapeHtml(text.slice(pos));
}
