import type { Analyzed, Article, EntityType, ProviderName, Usage } from '../types.js';

/** Target lengths for summaries; providers aim for them, the builtin one enforces them. */
export interface SummaryLengths {
  /** Chinese summary length in characters. @default { min: 150, max: 300 } */
  readonly zhChars: { readonly min: number; readonly max: number };
  /** English summary length in words. @default { min: 60, max: 160 } */
  readonly enWords: { readonly min: number; readonly max: number };
}

/**
 * One article to summarise (specification v2). The article's text is known as soon as it is
 * ingested; its analysis (segment → extract, in a worker thread) may still be running when
 * the request is made. An LLM provider renders its prompt from `article` and sends it at
 * once, awaiting `analyzed` only to post-process the answer; a provider that works from the
 * analysis (builtin, local) awaits it first.
 *
 * v1 carried `analyzed: Analyzed`, so nothing could be sent before the analysis was done.
 */
export interface SummarizeRequest {
  readonly article: Article;
  /**
   * The analysis of `article`, which may still be running: ask for it when it is needed
   * (an LLM provider once its answer is in). Every call returns the same promise. Asking
   * tells the batch the provider's own work is done, or not begun: it may start the next
   * article's request meanwhile. It may reject (the analysis failed): the article then fails,
   * whichever provider is running; the chain does not fall back past it.
   */
  getAnalyzed(): Promise<Analyzed>;
  readonly lengths: SummaryLengths;
  /** Aborted when the per-article deadline passes or the run is cancelled. */
  readonly signal?: AbortSignal;
}

/** An entity the provider names, to be checked against the source (LLM providers). */
export interface ProposedEntity {
  readonly zh: string;
  readonly en: string;
  readonly type: EntityType;
}

/** A fact the provider proposes, with a quote that must stand verbatim in the source. */
export interface ProposedFact {
  readonly quote: string;
  readonly statementEn: string;
  readonly statementZh: string;
}

/** One summary sentence with the source sentences it rests on (when the provider knows). */
export interface SummarySentence {
  readonly text: string;
  readonly sources: readonly number[];
}

/**
 * What a provider returns: plain data. Degradations are `warnings`, not exceptions;
 * a provider throws (a ProviderError) only when it produced nothing usable.
 */
export interface SummarizeResult {
  readonly zh: string;
  readonly en: string;
  readonly zhSentences?: readonly SummarySentence[];
  readonly enSentences?: readonly SummarySentence[];
  readonly titleEn?: string | null;
  readonly entities?: readonly ProposedEntity[];
  readonly facts?: readonly ProposedFact[];
  /** Which provider wrote each language, when a provider delegates one of them (local translates builtin's zh). */
  readonly zhProvider?: ProviderName;
  readonly usage?: Usage | null;
  readonly promptHash?: string | null;
  readonly warnings: readonly string[];
}

/** The provider interface version this code implements and calls. */
export const SPECIFICATION_VERSION = 'v2' as const;

/**
 * A summary provider: a tiny versioned interface in the manner of the AI SDK's models.
 * Addressed as `builtin`, `local:opus-mt-zh-en`, `openai:qwen-plus`.
 */
export interface SummaryProvider {
  readonly specificationVersion: 'v2';
  readonly provider: ProviderName;
  /** The model behind it, or null for the builtin provider. */
  readonly modelId: string | null;
  /**
   * Whatever changes this provider's output besides the article (model, prompt hash,
   * lengths): part of the batch cache key.
   */
  readonly cacheIdentity: string;
  summarize(request: SummarizeRequest): Promise<SummarizeResult>;
  /** Releases models, sockets and workers. */
  dispose?(): Promise<void>;
}

export const DEFAULT_SUMMARY_LENGTHS: SummaryLengths = Object.freeze({
  zhChars: Object.freeze({ min: 150, max: 300 }),
  enWords: Object.freeze({ min: 60, max: 160 }),
});

/** A request for an article whose analysis is already done (the builtin path, tests, benches). */
export function requestForAnalyzed(analyzed: Analyzed, lengths: SummaryLengths, signal?: AbortSignal): SummarizeRequest {
  const ready = Promise.resolve(analyzed);
  return { article: analyzed.article, getAnalyzed: () => ready, lengths, ...(signal ? { signal } : {}) };
}
