/** A figure's place in a list of parties with one figure each. */
export interface ListedParty {
  /** The party the figure goes with: 初中生 for 70.1% in 小学生、初中生和高中生…分别为34.6%、70.1%和80.9%. */
  readonly own: string;
  /** Every party of the list, its own included. */
  readonly all: readonly string[];
}

interface Located {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
}

const ZH_BREAK = /[，,；;。！？!?：:]/u;
const ZH_ITEM_SEPARATOR = /、|以及|和|及|与/u;
const EN_STOPS = /[;:—]| – /g;
const EN_ITEM_SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/;

/**
 * When a sentence pairs a list of parties with a list of figures one by one (分别, "respectively")
 * and the counts agree, the party the claim at `index` goes with, in order. Null otherwise: a
 * list whose counts differ says nothing about which figure is whose.
 */
export function listedPartyOf(text: string, lang: 'zh' | 'en', claims: readonly Located[], index: number): ListedParty | null {
  const claim = claims[index];
  if (claim === undefined) return null;
  const span = lang === 'zh' ? zhList(text, claim) : enList(text, claim);
  if (span === null) return null;
  const items = text
    .slice(span.partiesStart, span.partiesEnd)
    .split(lang === 'zh' ? ZH_ITEM_SEPARATOR : EN_ITEM_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length < 2) return null;
  const listed = claims.filter((c) => c.kind === claim.kind && c.start >= span.figuresStart && c.end <= span.figuresEnd);
  if (listed.length !== items.length) return null;
  const own = items[listed.indexOf(claim)];
  return own === undefined ? null : { own, all: items };
}

interface ListSpan {
  readonly partiesStart: number;
  readonly partiesEnd: number;
  readonly figuresStart: number;
  readonly figuresEnd: number;
}

/** 小学生、初中生和高中生近视率分别为34.6%、70.1%和80.9%: the parties before 分别, the figures after it, one clause. */
function zhList(text: string, claim: Located): ListSpan | null {
  let start = claim.start;
  while (start > 0 && !ZH_BREAK.test(text[start - 1] ?? '')) start--;
  let end = claim.end;
  while (end < text.length && !ZH_BREAK.test(text[end] ?? '')) end++;
  const at = text.indexOf('分别', start);
  if (at < 0 || at >= claim.start) return null;
  return { partiesStart: start, partiesEnd: at, figuresStart: at, figuresEnd: end };
}

/** "Beijing, Guangzhou and Shenzhen fell 0.3%, 0.5% and 0.6% respectively": the parties before the first figure. */
function enList(text: string, claim: Located): ListSpan | null {
  if (!/\brespectively\b/i.test(text)) return null;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(EN_STOPS)) {
    if (m.index + m[0].length <= claim.start) start = m.index + m[0].length;
    else if (m.index >= claim.end) {
      end = m.index;
      break;
    }
  }
  const firstFigure = /\d/.exec(text.slice(start, claim.end));
  if (firstFigure === null) return null;
  const figuresStart = start + firstFigure.index;
  return { partiesStart: start, partiesEnd: figuresStart, figuresStart, figuresEnd: end };
}
