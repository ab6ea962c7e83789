import type { Fact, Segmented, Sentence } from '../../types.js';
import { findQuantities } from './find-quantities.js';
import type { QuantityOptions } from './quantity-match.js';

/** The sentence holding `pos`, else the last one starting before it (sentences are sorted). */
function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo - 1] ?? sentences[0];
}

/**
 * Runs the quantity scanner over the article's source text and turns every figure
 * into a fact: ids f1, f2 … in span order, the sentence holding it (`sentence` index
 * and its text as `context`), origin `extractor`.
 *
 * @example
 * extractFacts(segmented, { referenceDate: '2025-05-20' })[0]
 * // { id: 'f1', kind: 'money', text: '180亿美元', span: { start: 0, end: 7 }, value: 18000000000, … }
 */
export function extractFacts(segmented: Segmented, options: QuantityOptions): Fact[] {
  const text = segmented.article.source.text;
  return findQuantities(text, options).map((q, i) => {
    const sentence = sentenceAt(segmented.sentences, q.start);
    return {
      id: `f${i + 1}`,
      kind: q.kind,
      text: q.text,
      span: { start: q.start, end: q.end },
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      ...(q.per === undefined ? {} : { per: q.per }),
      approx: q.approx,
      en: q.en,
      sentence: sentence?.index ?? 0,
      context: sentence?.text ?? '',
      measures: q.measures,
      origin: 'extractor',
    };
  });
}
