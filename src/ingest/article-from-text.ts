import type { Article } from '../types.js';

/**
 * An Article for text that is already clean — a sentence of an evaluation set, a test
 * case — without decoding or cleanup, so offsets into `text` stay exactly as given.
 *
 * @example
 * segment(articleFromText('英伟达首席执行官黄仁勋表示'), { tokenizer })
 */
export function articleFromText(text: string, id = 'text'): Article {
  return {
    id,
    source: {
      path: `${id}.txt`,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      format: 'txt',
      title: null,
      publishedAt: null,
      url: null,
      outlet: null,
      text,
    },
    warnings: [],
  };
}
