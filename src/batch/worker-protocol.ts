import { JianbaoError, type ErrorCode } from '../errors/index.js';
import type { Analyzed, Article } from '../types.js';
import type { PackedTokens } from '../segment/packed-tokens.js';
import type { FinishedArticle, FinishJob, PlainOutcome, StageSettings } from './article-job.js';

/** workerData of an analysis worker. */
export interface AnalysisWorkerData {
  readonly settings: StageSettings;
  readonly referenceDate: string | null;
}

/** Messages to an analysis worker. Each carries a job number the answer repeats. */
export type ToAnalysisWorker =
  /** The whole article with the builtin provider → FinishedArticle. */
  | {
      readonly type: 'builtin';
      readonly seq: number;
      /** Ingested and tagged on the main thread, which holds the run's one jieba. */
      readonly article: Article;
      readonly tokens: PackedTokens;
      readonly job: FinishJob;
    }
  /** segment → extract of an article ingested on the main thread → Analyzed; the worker keeps it under `seq` for `finish`. */
  | { readonly type: 'analyze'; readonly seq: number; readonly article: Article; readonly tokens: PackedTokens }
  /** verify → fact sheet → render for the Analyzed kept under `seq` → FinishedArticle. */
  | {
      readonly type: 'finish';
      readonly seq: number;
      readonly outcome: PlainOutcome;
      readonly job: FinishJob;
    }
  /** Forget the Analyzed kept under `seq` (the chain failed or the run stopped). */
  | { readonly type: 'release'; readonly seq: number };

export type FromAnalysisWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'load-failed'; readonly error: SerializedError }
  | { readonly type: 'result'; readonly seq: number; readonly ok: true; readonly value: FinishedArticle | Analyzed }
  | { readonly type: 'result'; readonly seq: number; readonly ok: false; readonly error: SerializedError };

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code: string | null;
  readonly stack: string | null;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, code: typeof code === 'string' ? code : null, stack: error.stack ?? null };
  }
  return { name: 'Error', message: String(error), code: null, stack: null };
}

/**
 * Back to an error on the main thread. Coded errors (InputFileError from ingest, …) come
 * back as JianbaoErrors with the same code and message, so the manifest records them as if
 * they had been thrown in-process.
 */
export function deserializeError(error: SerializedError): Error {
  const revived = error.code !== null && error.code.startsWith('E_')
    ? new JianbaoError(error.code as ErrorCode, error.message)
    : new Error(error.message);
  revived.name = error.name;
  if (error.stack !== null) revived.stack = error.stack;
  return revived;
}
