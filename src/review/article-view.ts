// split-sentences.js directly, not segment/index.js: the index also loads the jieba
// tokenizer (a native module), which the review page never needs.
import { splitSentences } from '../segment/split-sentences.js';
import type { Fact, FactSheet, Sentence, Summary, VerificationIssue } from '../types.js';
import type { ReviewDecision, ReviewState } from './review-decisions.js';

/** A fact as the review page shows it. */
export interface FactView {
  readonly fact: Fact;
  /** Position in `sheet.facts` (what `facts[3]` in a verifier issue refers to). */
  readonly index: number;
  /** The source sentence holding the span, checked against the span itself. */
  readonly sentence: number | null;
  readonly issues: readonly VerificationIssue[];
  readonly decision: ReviewDecision | null;
  /** False when `source.text.slice(span)` is not the fact's text: shown as a warning. */
  readonly spanOk: boolean;
}

export interface IssueView {
  readonly index: number;
  readonly issue: VerificationIssue;
  /** The fact the issue is about, when `where` names one. */
  readonly factId: string | null;
  /** 'zh' or 'en' when the claim stands in a summary. */
  readonly summary: 'zh' | 'en' | null;
}

export interface SummarySentenceView {
  readonly text: string;
  /** Source sentence indices this summary sentence rests on. */
  readonly sources: readonly number[];
  /** Indices into the issue list of the claims flagged in this sentence. */
  readonly issues: readonly number[];
}

export interface ArticleView {
  readonly sheet: FactSheet;
  readonly sentences: readonly Sentence[];
  /** Flagged facts first (in issue order), then by position in the text. */
  readonly facts: readonly FactView[];
  readonly issues: readonly IssueView[];
  readonly summaries: { readonly zh: readonly SummarySentenceView[]; readonly en: readonly SummarySentenceView[] };
  readonly counts: ReviewCounts;
}

export interface ReviewCounts {
  readonly facts: number;
  /** Verifier issues (claims flagged anywhere: facts, summaries, entities). */
  readonly flagged: number;
  readonly approved: number;
  readonly rejected: number;
}

/** Builds everything the article page shows from a fact sheet and its review decisions. */
export function buildArticleView(sheet: FactSheet, review: ReviewState): ArticleView {
  const text = sheet.source.text;
  const sentences = splitSentences(text);
  const issues = sheet.verification.issues.map((issue, index) => describeIssue(issue, index, sheet.facts));
  const facts = sheet.facts.map((fact, index): FactView => ({
    fact,
    index,
    sentence: sentenceOf(fact, sentences),
    issues: issues.filter((i) => i.factId === fact.id).map((i) => i.issue),
    decision: review.decisions[fact.id] ?? null,
    spanOk: text.slice(fact.span.start, fact.span.end) === fact.text,
  }));
  const firstIssue = (f: FactView): number => {
    const i = issues.findIndex((x) => x.factId === f.fact.id);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const ordered = [...facts].sort((a, b) => {
    const fa = firstIssue(a);
    const fb = firstIssue(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    return a.fact.span.start - b.fact.span.start || a.index - b.index;
  });
  return {
    sheet,
    sentences,
    facts: ordered,
    issues,
    summaries: {
      zh: summarySentences(sheet.summaries.zh, 'zh', sentences, sheet.facts, issues),
      en: summarySentences(sheet.summaries.en, 'en', sentences, sheet.facts, issues),
    },
    counts: countReview(sheet, review),
  };
}

/** The numbers the index shows for one article. */
export function countReview(sheet: FactSheet, review: ReviewState): ReviewCounts {
  let approved = 0;
  let rejected = 0;
  for (const f of sheet.facts) {
    const d = review.decisions[f.id];
    if (d?.status === 'approved') approved++;
    else if (d?.status === 'rejected') rejected++;
  }
  return { facts: sheet.facts.length, flagged: sheet.verification.issues.length, approved, rejected };
}

/** Reads `where` as the verifier writes it: `facts[3]`, `facts.f3`, `summaries.en`. */
function describeIssue(issue: VerificationIssue, index: number, facts: readonly Fact[]): IssueView {
  const where = issue.where.trim();
  let factId: string | null = null;
  const byIndex = /^facts\[(\d+)\]/u.exec(where);
  const byId = /^facts[.[]"?([^\]".\s]+)/u.exec(where);
  if (byIndex) factId = facts[Number(byIndex[1])]?.id ?? null;
  else if (byId) factId = facts.find((f) => f.id === byId[1])?.id ?? null;
  const summary = /^summaries\.(zh|en)\b/u.exec(where)?.[1] as 'zh' | 'en' | undefined;
  return { index, issue, factId, summary: summary ?? null };
}

function sentenceOf(fact: Fact, sentences: readonly Sentence[]): number | null {
  const claimed = sentences[fact.sentence];
  if (claimed && fact.span.start >= claimed.start && fact.span.end <= claimed.end) return claimed.index;
  const holding = sentences.find((s) => fact.span.start >= s.start && fact.span.start < s.end);
  return holding?.index ?? null;
}

function summarySentences(
  summary: Summary,
  lang: 'zh' | 'en',
  sentences: readonly Sentence[],
  facts: readonly Fact[],
  issues: readonly IssueView[],
): SummarySentenceView[] {
  const own = issues.filter((i) => i.summary === lang);
  const parts =
    summary.sentences ??
    // No links recorded (an older sheet, or a provider that gives none): find the source
    // sentences an extractive sentence copies, and those of the facts it quotes.
    splitSentences(summary.text).map((s) => ({ text: s.text, sources: inferSources(s.text, sentences, facts) }));
  return parts.map((p) => ({
    text: p.text,
    sources: [...new Set(p.sources)].filter((i) => i < sentences.length),
    issues: own.filter((i) => claimIn(i.issue.claim, p.text)).map((i) => i.index),
  }));
}

function inferSources(text: string, sentences: readonly Sentence[], facts: readonly Fact[]): number[] {
  const core = text.replace(/…+$/u, '');
  const found = new Set<number>();
  for (const s of sentences) {
    if (core.length >= 4 && (s.text.includes(core) || core.includes(s.text))) found.add(s.index);
  }
  for (const f of facts) {
    if (f.text.length >= 2 && text.includes(f.text)) found.add(f.sentence);
  }
  return [...found].sort((a, b) => a - b);
}

function claimIn(claim: string, sentence: string): boolean {
  const c = claim.replace(/…+$/u, '').trim();
  const s = sentence.replace(/…+$/u, '').trim();
  return c.length > 0 && (s.includes(c) || c.includes(s));
}
