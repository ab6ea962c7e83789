import type { Sentence } from '../types.js';

/** Characters that end a sentence. ASCII `.` only counts when it is not inside a number (3.5). */
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '…']);
/** Closing quotes and brackets that belong to the sentence they close (“……。” stays whole). */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'", '〕', '］', ']']);

/**
 * Splits cleaned article text into sentences with their offsets.
 *
 * A sentence ends at Chinese or ASCII end punctuation (a run of it, such as `？！` or `……`),
 * takes any closing quotes or brackets that follow, and also ends at a line break, since
 * cleaned text keeps one paragraph per line. Leading and trailing whitespace is not part of
 * a sentence; empty sentences are dropped.
 *
 * @example
 * splitSentences('他说：“好。”然后走了。').map((s) => s.text) // ['他说：“好。”', '然后走了。']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(i);
      i++;
      continue;
    }
    const isEnd = TERMINATORS.has(ch) || (ch === '.' && isSentenceDot(text, i));
    if (isEnd) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.has(text[j] ?? '') || text[j] === '.')) j++;
      while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
      push(j);
      i = j;
      continue;
    }
    i++;
  }
  push(text.length);
  return sentences;
}

/** A `.` ends a sentence unless it sits between digits (3.5) or letters (U.S.). */
function isSentenceDot(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (/[0-9０-９]/u.test(before) && /[0-9０-９]/u.test(after)) return false;
  if (/[A-Za-z]/u.test(before) && /[A-Za-z]/u.test(after)) return false;
  return after === '' || /\s|[\u4e00-\u9fff“"']/u.test(after);
}
