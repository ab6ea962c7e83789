import type { Analyzed, Sentence } from '../../types.js';

export interface RankedSentence {
  readonly sentence: Sentence;
  readonly score: number;
}

const DAMPING = 0.85;
const ITERATIONS = 30;
const MAX_GRAPH_SENTENCES = 400;
const CJK = /[\u3400-\u9fff]/u;

/**
 * TextRank over sentences, then blended with two features that matter in news:
 * position (the lede carries the story) and fact density (sentences with figures and
 * named actors are what a briefing is for). Similarity is the overlap of character
 * bigrams, normalised by sentence length as in the original TextRank paper; bigrams are
 * used rather than jieba tokens because they need no dictionary and do not split figures.
 */
export function rankSentences(analyzed: Analyzed): RankedSentence[] {
  const sentences = analyzed.sentences.filter((s) => isRankable(s, analyzed));
  if (sentences.length === 0) return [];
  // The sentence graph is quadratic; a news article has tens of sentences, but a runaway
  // input (a 10 MB page) has tens of thousands. Past the cap, later sentences keep their
  // position and fact-density scores and get no graph score: a briefing is drawn from the
  // first few hundred sentences of anything that long.
  const n = Math.min(sentences.length, MAX_GRAPH_SENTENCES);
  // Each sentence's distinct bigrams as sorted ids (one id per distinct bigram of the
  // article), so the overlap of two sentences is a merge of two integer arrays.
  const ids = new Map<string, number>();
  const grams = sentences.slice(0, n).map((s) => bigramIds(s.text, ids));
  const logSizes = grams.map((g) => Math.log(g.length + 1));
  const weights: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const gi = grams[i]!;
    for (let j = i + 1; j < n; j++) {
      const gj = grams[j]!;
      const shared = sharedCount(gi, gj);
      if (shared === 0) continue;
      const w = shared / (logSizes[i]! + logSizes[j]!);
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const outSums = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      const out = outSums[j] ?? 0;
      if (out === 0) continue;
      const share = (DAMPING * (rank[j] ?? 0)) / out;
      const row = weights[j]!;
      for (let i = 0; i < n; i++) if (row[i]! > 0) next[i]! += share * row[i]!;
    }
    rank = next;
  }
  const maxRank = rank.reduce((a, b) => Math.max(a, b), 0) || 1;
  const factsPerSentence = countBySentence(analyzed.facts.map((f) => f.sentence));
  const entitySentences = countBySentence(
    analyzed.entities.flatMap((e) => e.mentions.map((m) => sentenceIndexAt(analyzed.sentences, m.start))),
  );
  return sentences.map((sentence, i) => {
    const textRank = i < n ? (rank[i] ?? 0) / maxRank : 0;
    const position = 1 / Math.sqrt(1 + i);
    const facts = Math.min(1, (factsPerSentence.get(sentence.index) ?? 0) / 3);
    const actors = Math.min(1, (entitySentences.get(sentence.index) ?? 0) / 3);
    const score = 0.45 * textRank + 0.25 * position + 0.2 * facts + 0.1 * actors;
    return { sentence, score };
  });
}

/** The headline (a title line kept in the text) and fragments without Chinese are not summary material. */
function isRankable(sentence: Sentence, analyzed: Analyzed): boolean {
  if (!CJK.test(sentence.text)) return false;
  const title = analyzed.article.source.title;
  if (title !== null && sentence.text === title) return false;
  if (sentence.text.length < 8) return false;
  // A bare date or byline line such as "2025-03-12 新华社".
  return !/^[\d\s年月日:：\-/.]+\S{0,8}$/u.test(sentence.text);
}

/** The distinct character bigrams of a sentence (punctuation and spaces left out), as ascending ids. */
function bigramIds(text: string, ids: Map<string, number>): Int32Array {
  const out = new Set<number>();
  const chars = Array.from(text.replace(/[\s，。、；：！？“”‘’（）《》,.;:!?"'()]/gu, ''));
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    let id = ids.get(gram);
    if (id === undefined) {
      id = ids.size;
      ids.set(gram, id);
    }
    out.add(id);
  }
  return Int32Array.from(out).sort();
}

/** How many ids two ascending id arrays share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function countBySentence(indices: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of indices) counts.set(i, (counts.get(i) ?? 0) + 1);
  return counts;
}

/** Index of the sentence holding offset `pos`, by binary search over sentence starts. */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found < 0 ? -1 : sentences[found]!.index;
}
