import { findQuantities } from '../extract/quantities/index.js';
import type { SummarySentence } from '../summarize/provider.js';
import type { Analyzed } from '../types.js';
import { checksAgainst } from './claim-checks.js';
import { findEnglishQuantities } from './english-quantities.js';
import { sourceFigures, referenceDateOf } from './source-figures.js';
import { splitSummarySentences } from './split-summary-sentences.js';

/** At most this many source sentences are linked to one summary sentence. */
const MAX_SOURCES = 3;

/** What linking needs of an article whichever summary it links: built once per article (both summaries use it). */
interface SourceIndex {
  /** For each character bigram of the source, the sentences holding it (ascending, each once). */
  readonly sentencesByBigram: ReadonlyMap<string, readonly number[]>;
  /** For each entity, the sentences its mentions stand in (-1 for a mention outside every sentence). */
  readonly mentionSentences: readonly ReadonlySet<number>[];
}

const sourceIndexes = new WeakMap<Analyzed, SourceIndex>();

function sourceIndexOf(analyzed: Analyzed): SourceIndex {
  let index = sourceIndexes.get(analyzed);
  if (index === undefined) {
    const sentencesByBigram = new Map<string, number[]>();
    analyzed.sentences.forEach((s, n) => {
      for (const g of bigrams(s.text)) {
        const holders = sentencesByBigram.get(g);
        if (holders === undefined) sentencesByBigram.set(g, [n]);
        else holders.push(n);
      }
    });
    const mentionSentences = analyzed.entities.map(
      (e) => new Set(e.mentions.map((m) => analyzed.sentences.find((s) => m.start >= s.start && m.start < s.end)?.index ?? -1)),
    );
    index = { sentencesByBigram, mentionSentences };
    sourceIndexes.set(analyzed, index);
  }
  return index;
}

/**
 * Splits a summary into sentences and links each to the source sentences it rests on, for
 * the review page: a figure the sentence shares with a source sentence counts 3, a name
 * 2, and for Chinese the share of its character bigrams found in the sentence up to 4.
 * Source sentences scoring at least half the best are kept (at most 3, in source order).
 */
export function linkSummarySentences(analyzed: Analyzed, text: string, lang: 'zh' | 'en'): SummarySentence[] {
  const referenceDate = referenceDateOf(analyzed);
  const figures = sourceFigures(analyzed, referenceDate);
  const { sentencesByBigram, mentionSentences } = sourceIndexOf(analyzed);
  return splitSummarySentences(text, lang).map((sentence) => {
    const scores = new Map<number, number>();
    const add = (index: number, score: number): void => {
      if (index >= 0) scores.set(index, (scores.get(index) ?? 0) + score);
    };
    const claims =
      lang === 'zh'
        ? findQuantities(sentence.text, { referenceDate })
        : findEnglishQuantities(sentence.text, { referenceDate });
    for (const claim of claims) {
      // Every source sentence holding an agreeing figure gets the credit, not only the first.
      const checks = checksAgainst(claim, figures);
      figures.forEach((f, k) => {
        if (checks[k]!.status !== 'unsupported') add(f.sentence, 3);
      });
    }
    analyzed.entities.forEach((e, i) => {
      const named = lang === 'zh' ? sentence.text.includes(e.zh) : sentence.text.toLowerCase().includes(e.en.toLowerCase());
      if (named) for (const s of mentionSentences[i] ?? []) add(s, 2);
    });
    if (lang === 'zh') {
      const own = bigrams(sentence.text);
      if (own.size > 0) {
        // Counted from the bigrams' postings rather than by testing every source sentence for every
        // bigram; each sentence is still credited in source order, as the ranking's ties depend on.
        const shared = new Array<number>(analyzed.sentences.length).fill(0);
        for (const g of own) for (const n of sentencesByBigram.get(g) ?? []) shared[n] = (shared[n] ?? 0) + 1;
        shared.forEach((k, n) => add(n, (4 * k) / own.size));
      }
    }
    const best = Math.max(0, ...scores.values());
    const sources =
      best < 1
        ? []
        : [...scores.entries()]
            .filter(([, score]) => score >= best / 2)
            .sort((a, b) => b[1] - a[1])
            .slice(0, MAX_SOURCES)
            .map(([index]) => index)
            .sort((a, b) => a - b);
    return { text: sentence.text, sources };
  });
}

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\u4e00-\u9fff]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}
