import type { Analyzed, Sentence } from '../types.js';
import { matchForm } from './locate-quote.js';

const byArticle = new WeakMap<Analyzed, Map<string, Sentence>>();

/**
 * The source sentence a summary sentence copies whole (width, punctuation and whitespace
 * aside), or null. A whole sentence copied states each of its figures where, with what and
 * as qualified as the source does, so there is nothing in it to check; a part of a
 * sentence is not a copy (it may drop 约 before a figure or 以上 after it).
 */
export function copiedSourceSentence(analyzed: Analyzed, text: string): Sentence | null {
  let sentences = byArticle.get(analyzed);
  if (sentences === undefined) {
    sentences = new Map();
    for (const s of analyzed.sentences) {
      const key = matchForm(s.text);
      if (key !== '' && !sentences.has(key)) sentences.set(key, s);
    }
    byArticle.set(analyzed, sentences);
  }
  const key = matchForm(text);
  return key === '' ? null : (sentences.get(key) ?? null);
}
