/**
 * Names found as whole words, case folded: exactly what the regex
 *
 *   new RegExp(`(?<![\p{L}])(?:${names, escaped, joined by |})(?![\p{L}])`, 'iu')
 *
 * finds, without compiling one like it per name. V8 compiles a regex to machine code once it
 * has run a few times, and a case-folded \p{L} class costs it about a millisecond each time,
 * lookbehind and lookahead alike: per entity and article, that compilation was the verifier's
 * largest single cost on the LLM path. Here each name is a plain case-folded literal (cheap to
 * compile) and the two word boundaries are tested with one shared \p{L} regex, at the places and
 * in the order the regex would try them, so every match (and so every verdict) is the same.
 */

/** The class of the regex's lookbehind and lookahead, under the same flags (case folding widens it). */
const LETTER = /[\p{L}]/iu;

export interface WholeNames {
  /** Whether any of the names stands in `text` as a whole word. */
  test(text: string): boolean;
  /** The first whole-word match: the leftmost, and at one place the name listed first; or null. */
  exec(text: string): { readonly index: number; readonly end: number } | null;
  /** Every whole-word match, left to right and not overlapping, as `String.prototype.matchAll` gives them with the g flag. */
  spans(text: string): (readonly [number, number])[];
}

/**
 * @example
 * wholeNames(['li auto']).spans('Li Auto delivered 40,856 cars; Li Automotive is another name.')
 * // [[0, 7]]  ("Li Automotive" goes on with a letter)
 */
export function wholeNames(names: readonly string[]): WholeNames {
  const literals = names.map((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'));
  // The regex tries each place from `from` on and, at a place, its names in order: the leftmost
  // place any name matches whole, and there the name listed first.
  const matchFrom = (text: string, from: number): { index: number; end: number } | null => {
    let best: { index: number; end: number } | null = null;
    for (const literal of literals) {
      const found = firstWhole(literal, text, from);
      if (found !== null && (best === null || found.index < best.index)) best = found;
    }
    return best;
  };
  return {
    test: (text) => matchFrom(text, 0) !== null,
    exec: (text) => matchFrom(text, 0),
    spans: (text) => {
      const out: (readonly [number, number])[] = [];
      let from = 0;
      for (let m = matchFrom(text, from); m !== null; m = matchFrom(text, from)) {
        out.push([m.index, m.end]);
        // (An empty match moves on by a character, as matchAll does.)
        from = m.end > m.index ? m.end : m.index + codePointLength(text, m.index);
      }
      return out;
    },
  };
}

/** The first occurrence of a literal at or after `from` that no letter adjoins. */
function firstWhole(literal: RegExp, text: string, from: number): { index: number; end: number } | null {
  literal.lastIndex = from;
  for (let m = literal.exec(text); m !== null; m = literal.exec(text)) {
    const end = m.index + m[0].length;
    if (!letterBefore(text, m.index) && !letterAt(text, end)) return { index: m.index, end };
    // Occurrences may overlap ("aa" in "aaa"): look again one character on.
    literal.lastIndex = m.index + codePointLength(text, m.index);
  }
  return null;
}

/** Whether the character before `at` (a surrogate pair read whole, as the u flag reads it) is a letter. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = at >= 2 && isTrailSurrogate(text.charCodeAt(at - 1)) && isLeadSurrogate(text.charCodeAt(at - 2));
  return LETTER.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** Whether the character at `at` is a letter (none at the end). */
function letterAt(text: string, at: number): boolean {
  return at < text.length && LETTER.test(text.slice(at, at + codePointLength(text, at)));
}

function codePointLength(text: string, at: number): number {
  return isLeadSurrogate(text.charCodeAt(at)) && isTrailSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}

function isLeadSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isTrailSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
