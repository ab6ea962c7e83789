import { findQuantities } from '../extract/quantities/index.js';
import type { Analyzed, Fact } from '../types.js';
import type { Figure } from './compare-quantities.js';

/** A figure in the source, with where it stands. */
export interface SourceFigure extends Figure {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly en: string;
  readonly measures: string | null;
  /** The extractor's fact at this span, when there is one. */
  readonly fact: Fact | null;
}

const cache = new WeakMap<Analyzed, readonly SourceFigure[]>();

/**
 * The date `今年`, `5月19日` resolve against: the article's own date first, then `--date`,
 * then the year the extractor gave 今年 (the Analyzed record does not carry the `--date`
 * it was analysed with, and a summary saying 今年 must resolve the same way).
 */
export function referenceDateOf(analyzed: Analyzed, fallback: string | null = null): string | null {
  const own = analyzed.article.source.publishedAt ?? analyzed.referenceDate ?? fallback;
  if (own !== null) return own;
  const thisYear = analyzed.facts.find((f) => f.kind === 'year' && f.text.startsWith('今年') && typeof f.value === 'string');
  return thisYear ? `${String(thisYear.value).slice(0, 4)}-12-31` : null;
}

/**
 * Every figure the source states: the extractor's facts, plus anything the quantity
 * scanner finds that extraction left out (a fact filtered for the sheet is still
 * something the source says, so a summary quoting it is supported).
 */
export function sourceFigures(analyzed: Analyzed, referenceDate: string | null): readonly SourceFigure[] {
  const cached = cache.get(analyzed);
  if (cached) return cached;
  const sentenceAt = (offset: number): number => {
    const s = analyzed.sentences.find((x) => offset >= x.start && offset < x.end);
    return s?.index ?? 0;
  };
  const figures: SourceFigure[] = analyzed.facts.map((f) => ({
    kind: f.kind,
    text: f.text,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    approx: f.approx,
    start: f.span.start,
    end: f.span.end,
    sentence: f.sentence,
    en: f.en,
    measures: f.measures ?? null,
    fact: f,
  }));
  const text = analyzed.article.source.text;
  for (const q of findQuantities(text, { referenceDate })) {
    if (figures.some((f) => f.start === q.start && f.end === q.end && f.kind === q.kind)) continue;
    figures.push({
      kind: q.kind,
      text: q.text,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      approx: q.approx,
      start: q.start,
      end: q.end,
      sentence: sentenceAt(q.start),
      en: q.en,
      measures: q.measures,
      fact: null,
    });
  }
  // The article's own date (from its metadata or dateline) is something the source states.
  const published = analyzed.article.source.publishedAt;
  if (published !== null && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    figures.push({
      kind: 'date', text: published, value: published, valueMax: null, unit: null, approx: null,
      start: 0, end: 0, sentence: 0, en: published, measures: null, fact: null,
    });
  }
  cache.set(analyzed, figures);
  return figures;
}
