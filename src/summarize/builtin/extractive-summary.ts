import type { Analyzed } from '../../types.js';
import type { SummaryLengths, SummarySentence } from '../provider.js';
import { rankSentences } from './rank-sentences.js';

/**
 * The Chinese extractive summary: the best-ranked sentences that fit the length budget,
 * put back in source order so the summary reads as the article does. Every sentence is a
 * verbatim source sentence, so each one's source is exactly itself.
 */
export function extractiveSummary(analyzed: Analyzed, lengths: SummaryLengths): SummarySentence[] {
  const ranked = rankSentences(analyzed).sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const { min, max } = lengths.zhChars;
  const chosen: { index: number; text: string }[] = [];
  let total = 0;
  for (const { sentence } of ranked) {
    const length = sentence.text.length;
    if (total + length <= max) {
      chosen.push({ index: sentence.index, text: sentence.text });
      total += length;
    }
    if (total >= min) break;
  }
  if (chosen.length === 0 && ranked[0]) {
    // Even the best sentence is longer than the budget: keep its leading clauses.
    const best = ranked[0].sentence;
    chosen.push({ index: best.index, text: truncateAtClause(best.text, max) });
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((c) => ({ text: c.text, sources: [c.index] }));
}

/** Cuts a long sentence after the last clause mark (，；：) that keeps it within `max` characters. */
function truncateAtClause(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf('：'));
  return `${cut > max / 3 ? head.slice(0, cut) : head}…`;
}
