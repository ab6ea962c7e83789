import { splitSentences } from '../segment/index.js';

export interface SummarySentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that end a company's name, which may end a sentence too. */
const COMPANY_SUFFIX = /\b(?:Inc|Corp|Co|Ltd)$/;
/** Words that open a sentence, and are no part of a name after "Ltd.". */
const SENTENCE_OPENING = /^\s+(?:It|Its|The|This|These|Those|They|Their|He|She|His|Her|We|In|On|At|A|An|As|By|For|From)\b/;
/**
 * Abbreviations after which a full stop does not end an English sentence (an initial, but not the C
 * of "1.5 °C", a unit after a number, "about 520 L.", nor the L of "0.058 mg/L.").
 */
const ABBREVIATIONS = /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|No|St|vs|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|(?<![°℃/])(?<!\d\s?)\b[A-Z])$/;

/**
 * Splits a summary into sentences: Chinese with the segmenter's rules, English at . ! ?
 * followed by a space (or the end), except after abbreviations (U.S., Mr., No.) and inside
 * numbers (17.1).
 */
export function splitSummarySentences(text: string, lang: 'zh' | 'en'): SummarySentenceSpan[] {
  if (lang === 'zh') return splitSentences(text).map((s) => ({ text: s.text, start: s.start, end: s.end }));
  const out: SummarySentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。') continue;
    let j = i + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j] ?? '')) j++;
    const after = text[j];
    if (after !== undefined && !/\s/.test(after)) continue;
    if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 8), i))) {
      // "U.S. chips" continues the sentence; "the U.S. The next…" is ambiguous and kept together.
      // A company's "Co., Ltd. It was published…" ends one: a firm's name is no sentence's opening word.
      if (!(COMPANY_SUFFIX.test(text.slice(Math.max(0, i - 5), i)) && SENTENCE_OPENING.test(text.slice(j)))) continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
