/**
 * The plain data that crosses between the main thread and the analysis workers, and the few
 * helpers the main thread needs about it. Kept apart from article-stages.ts so that the main
 * thread of a run does not load the pipeline (the glossary, the extractor, the verifier) it
 * leaves to its workers.
 */
import type { SummaryOutcome } from '../pipeline/index.js';
import { BUILTIN_CACHE_IDENTITY } from '../summarize/builtin/create-builtin-provider.js';
import type { SummaryLengths, SummaryProvider } from '../summarize/provider.js';
import type { ProviderName, Usage } from '../types.js';

/** What the stages need from the run's configuration; plain data, so it can go to a worker. */
export interface StageSettings {
  readonly maxInputBytes: number;
  readonly lengths: SummaryLengths;
  readonly strict: boolean;
  readonly version: string;
}

export interface ArticleJob {
  readonly path: string;
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly cacheKey: string;
  /** When work on the article started, in epoch ms (comparable across threads). */
  readonly startedAt: number;
  /** `generatedAt` of the fact sheet (the run's clock, read on the main thread). */
  readonly generatedAt: string;
}

/** What finishing an article needs of its job once the bytes are gone. */
export type FinishJob = Pick<ArticleJob, 'cacheKey' | 'startedAt' | 'generatedAt'>;

/** The plain-data part of a ChainOutcome: which provider answered, and its result. */
export type PlainOutcome = SummaryOutcome;

/**
 * A finished article, ready to be written. Its files come as UTF-8 bytes, which a worker
 * transfers rather than copies (see {@link transferablesOf}): the main thread writes them
 * without holding their text on its heap.
 */
export interface FinishedArticle {
  readonly json: Uint8Array;
  readonly markdown: Uint8Array;
  readonly provider: ProviderName;
  readonly facts: number;
  readonly flagged: number;
  readonly fallbacks: number;
  readonly usage: Usage | null;
}

/** Epoch milliseconds with sub-ms precision, the same clock in every thread. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Whether a chain is the builtin provider alone, so a worker can run whole articles. */
export function isBuiltinOnly(chain: readonly SummaryProvider[]): boolean {
  return chain.length === 1 && chain[0]?.provider === 'builtin' && chain[0].cacheIdentity === BUILTIN_CACHE_IDENTITY;
}

/** The buffers of a finished article, to move to the main thread with it (postMessage's transfer list). */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null) return [];
  const { json, markdown } = value as Partial<FinishedArticle>;
  return [json, markdown].flatMap((b) => (b instanceof Uint8Array && b.buffer instanceof ArrayBuffer ? [b.buffer] : []));
}
