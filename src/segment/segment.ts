import type { Article, Segmented } from '../types.js';
import type { Tokenizer } from './create-tokenizer.js';
import { splitSentences } from './split-sentences.js';

export interface SegmentContext {
  readonly tokenizer: Tokenizer;
}

/**
 * Splits an article into sentences and jieba tokens; all offsets index `article.source.text`.
 *
 * @example
 * segment(article, { tokenizer: createTokenizer() }).tokens[0] // { word: '英伟达', tag: 'nt', start: 0, end: 3 }
 */
export function segment(article: Article, ctx: SegmentContext): Segmented {
  const text = article.source.text;
  return {
    article,
    sentences: splitSentences(text),
    tokens: ctx.tokenizer.tag(text),
  };
}
