import type { Span } from '../types.js';

/**
 * Characters ignored when a quote is matched: whitespace and punctuation (ASCII and CJK),
 * since models re-punctuate (，→ ,) and re-space quotes. Letters, digits and hanzi must
 * match, and so must the marks that change a number: a decimal point (171.08 is not
 * 17108), %, ‰ and signs.
 */
const IGNORED = /(?![.%‰+\-−])[\s\p{P}\p{S}]/u;

interface Normalized {
  readonly text: string;
  /** For each character of `text`, its offset in the original string. */
  readonly offsets: readonly number[];
}

/** NFKC folds full-width forms (１２３, ＡＢＣ, ％) to half width; ignored characters are dropped. */
function normalize(input: string): Normalized {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of input) {
    const folded = ch.normalize('NFKC');
    for (const f of folded) {
      if (!IGNORED.test(f)) {
        text += f;
        for (let k = 0; k < f.length; k++) offsets.push(i);
      }
    }
    i += ch.length;
  }
  return { text, offsets };
}

/** The form quotes are matched in: width folded, whitespace and punctuation dropped. */
export function matchForm(input: string): string {
  return normalize(input).text;
}

// Verifying one article checks many quotes against the same source: keep its normal form.
let lastSource: { text: string; normalized: Normalized } | null = null;

function normalizedSource(source: string): Normalized {
  if (lastSource?.text === source) return lastSource.normalized;
  const normalized = normalize(source);
  lastSource = { text: source, normalized };
  return normalized;
}

/**
 * Finds a quote in the source after normalising width, punctuation and whitespace only,
 * and returns its span in original source offsets (trimmed to start and end on a character
 * that is part of the quote), or null when it does not occur. A quote with nothing left
 * after normalisation is not found.
 *
 * @example
 * locateQuote('其中，中国区营收171.08亿美元', '其中, 中国区营收171.08亿美元') // { start: …, end: … }
 */
export function locateQuote(source: string, quote: string): Span | null {
  const q = normalize(quote);
  if (q.text.length === 0) return null;
  const s = normalizedSource(source);
  const at = s.text.indexOf(q.text);
  if (at < 0) return null;
  const start = s.offsets[at]!;
  const lastOffset = s.offsets[at + q.text.length - 1]!;
  const lastChar = String.fromCodePoint(source.codePointAt(lastOffset)!);
  return { start, end: lastOffset + lastChar.length };
}
