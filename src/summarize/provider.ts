import type { Analyzed, EntityType, ProviderName, Usage } from '../types.js';

/** Target lengths for summaries; providers aim for them, the builtin one enforces them. */
export interface SummaryLengths {
  /** Chinese summary length in characters. @default { min: 150, max: 300 } */
  readonly zhChars: { readonly min: number; readonly max: number };
  /** English summary length in words. @default { min: 60, max: 160 } */
  readonly enWords: { readonly min: number; readonly max: number };
}

export interface SummarizeRequest {
  readonly analyzed: Analyzed;
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

/**
 * A summary provider: a tiny versioned interface in the manner of the AI SDK's models.
 * Addressed as `builtin`, `local:opus-mt-zh-en`, `openai:qwen-plus`.
 */
export interface SummaryProvider {
  readonly specificationVersion: 'v1';
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
