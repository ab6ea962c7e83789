import type { Analyzed } from '../types.js';

/** The index of the sentence that repeats the headline (a title line kept in the text), or null. */
export function titleSentenceIndex(analyzed: Analyzed): number | null {
  const title = analyzed.article.source.title?.trim();
  const first = analyzed.sentences[0];
  return title && first !== undefined && first.text.trim() === title ? first.index : null;
}
