import type { Fact, FactKind } from '../types.js';
import { locateGold, type GoldFact, type GoldFile } from './gold-file.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FactMiss {
  readonly article: string;
  readonly text: string;
  readonly expected: string;
  readonly got: string | null;
  readonly sentence: string;
}

export interface FactScore {
  readonly perKind: Map<FactKind, Counts>;
  readonly misses: FactMiss[];
  readonly spurious: FactMiss[];
  /** Extracted facts that overlap an identifier the gold lists as never a fact (H20, 第16号 …). */
  readonly identifierHits: FactMiss[];
  /** Gold entries whose text does not occur in the cleaned source (a gold or ingest error). */
  readonly unlocated: FactMiss[];
  /** Matched money facts whose English rendering states the wrong amount. */
  readonly moneyEnglish: { checked: number; wrong: FactMiss[] };
}

/** Parses an English money rendering such as "US$18 billion", "RMB 239,800" or "HK$111.5 billion" to its amount. */
export type EnglishAmountParser = (en: string) => number | null;

/**
 * Matches extracted facts to gold: a match needs kind, value, valueMax, unit and approx
 * to agree and the spans to overlap; each fact matches at most one gold entry.
 */
export function scoreFacts(
  gold: GoldFile,
  sourceText: string,
  facts: readonly Fact[],
  parseEnglishAmount: EnglishAmountParser,
  into?: FactScore,
): FactScore {
  const score: FactScore = into ?? {
    perKind: new Map(),
    misses: [],
    spurious: [],
    identifierHits: [],
    unlocated: [],
    moneyEnglish: { checked: 0, wrong: [] },
  };
  const counts = (kind: FactKind): Counts => {
    let c = score.perKind.get(kind);
    if (!c) score.perKind.set(kind, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const used = new Set<number>();
  const sentenceAround = (start: number, end: number): string => {
    const from = Math.max(sourceText.lastIndexOf('\n', start - 1) + 1, start - 40);
    const nl = sourceText.indexOf('\n', end);
    return sourceText.slice(from, Math.min(nl < 0 ? sourceText.length : nl, end + 40));
  };
  for (const g of gold.facts) {
    const span = locateGold(sourceText, g.text, g.nth);
    if (!span) {
      score.unlocated.push({ article: gold.id, text: g.text, expected: describeGold(g), got: null, sentence: '' });
      counts(g.kind).fn++;
      continue;
    }
    const overlapping = facts
      .map((f, i) => ({ f, i }))
      .filter(({ f, i }) => !used.has(i) && f.span.start < span.end && span.start < f.span.end);
    const match = overlapping.find(({ f }) => agrees(f, g));
    if (match) {
      used.add(match.i);
      counts(g.kind).tp++;
      if (g.kind === 'money') {
        score.moneyEnglish.checked++;
        const amount = parseEnglishAmount(match.f.en);
        if (amount === null || !closeEnough(amount, Number(match.f.value), 1e-6)) {
          score.moneyEnglish.wrong.push({
            article: gold.id, text: g.text, expected: g.en ?? String(g.value), got: match.f.en, sentence: sentenceAround(span.start, span.end),
          });
        }
      }
    } else {
      counts(g.kind).fn++;
      const nearest = overlapping[0]?.f;
      score.misses.push({
        article: gold.id,
        text: g.text,
        expected: describeGold(g),
        got: nearest ? describeFact(nearest) : null,
        sentence: sentenceAround(span.start, span.end),
      });
    }
  }
  const identifierSpans = gold.notFacts.flatMap((text) => allSpans(sourceText, text).map((s) => ({ ...s, text })));
  facts.forEach((f, i) => {
    const hit = identifierSpans.find((s) => f.span.start < s.end && s.start < f.span.end);
    if (hit) {
      score.identifierHits.push({ article: gold.id, text: f.text, expected: `no fact (${hit.text})`, got: describeFact(f), sentence: f.context });
    }
    if (used.has(i)) return;
    counts(f.kind).fp++;
    score.spurious.push({ article: gold.id, text: f.text, expected: 'no fact', got: describeFact(f), sentence: f.context });
  });
  return score;
}

export function agrees(fact: Pick<Fact, 'kind' | 'value' | 'valueMax' | 'unit' | 'approx'>, gold: GoldFact): boolean {
  if (fact.kind !== gold.kind) return false;
  if ((fact.unit ?? null) !== (gold.unit ?? null)) return false;
  if ((fact.approx ?? null) !== (gold.approx ?? null)) return false;
  const tolerance = gold.kind === 'fraction' ? 1e-3 : 1e-9;
  if (typeof gold.value === 'string' || typeof fact.value === 'string') {
    if (String(fact.value) !== String(gold.value)) return false;
  } else if (!closeEnough(fact.value, gold.value, tolerance)) {
    return false;
  }
  if (gold.valueMax === null || fact.valueMax === null) return gold.valueMax === fact.valueMax;
  return closeEnough(fact.valueMax, gold.valueMax, tolerance);
}

function closeEnough(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

function allSpans(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
  return out;
}

function describeGold(g: GoldFact): string {
  return `${g.kind} ${String(g.value)}${g.valueMax !== null ? `..${g.valueMax}` : ''}${g.unit ? ` ${g.unit}` : ''}${g.approx ? ` ${g.approx}` : ''}`;
}

function describeFact(f: Fact): string {
  return `${f.kind} ${String(f.value)}${f.valueMax !== null ? `..${f.valueMax}` : ''}${f.unit ? ` ${f.unit}` : ''}${f.approx ? ` ${f.approx}` : ''} «${f.text}»`;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
