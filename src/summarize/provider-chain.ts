import { describeError } from '../errors/index.js';
import type { Analyzed, Fallback } from '../types.js';
import { SPECIFICATION_VERSION, type SummarizeRequest, type SummarizeResult, type SummaryProvider } from './provider.js';

export interface ChainOutcome {
  readonly result: SummarizeResult;
  readonly provider: SummaryProvider;
  /** Why each earlier provider in the chain was skipped, in order. */
  readonly fallbacks: readonly Fallback[];
}

export interface ChainOptions {
  /**
   * Deadline for all providers but the last; past it the chain moves on. It runs from the
   * moment the request's analysis is ready (or the provider's call, if later): a request
   * sent early, while the article is still being analysed, gets the same time as before.
   */
  readonly deadlineMs: number;
  /** Cancels the whole article (the run is stopping). */
  readonly signal?: AbortSignal;
  /**
   * Called when a provider asks for the analysis while it is still running (an LLM provider
   * whose answer is in), and again with `false` once the analysis has settled: between the
   * two, the article waits on the analysis only, not on a provider.
   */
  readonly onWaitingForAnalysis?: (waiting: boolean) => void;
}

/** What the chain is given: the article, and its analysis as it runs. */
export interface ChainRequest extends Omit<SummarizeRequest, 'signal' | 'getAnalyzed'> {
  readonly analyzed: Promise<Analyzed>;
}

/** `openai:qwen-plus`, `local:opus-mt-zh-en`, `builtin`. */
export function providerLabel(provider: SummaryProvider): string {
  return provider.modelId ? `${provider.provider}:${provider.modelId}` : provider.provider;
}

/**
 * Tries providers in order; the first that returns a result wins. Each failure is
 * recorded with its reason, so the output says which step produced the summaries and
 * why the ones before it were skipped. The last provider (builtin) runs without a
 * deadline: it is local, fast, and the guarantee that a run always produces output.
 *
 * The request's analysis may still be running. If it fails, the article fails with its
 * error (as when it failed before the chain started): a provider in flight is aborted and
 * no fallback is tried, since every provider needs the analysis in the end.
 */
export async function summarizeWithChain(
  chain: readonly SummaryProvider[],
  request: ChainRequest,
  options: ChainOptions,
): Promise<ChainOutcome> {
  if (chain.length === 0) throw new Error('summarizeWithChain needs at least one provider');
  for (const provider of chain) {
    if (provider.specificationVersion !== SPECIFICATION_VERSION) {
      throw new Error(
        `internal: provider ${providerLabel(provider)} implements specification ${String(provider.specificationVersion)}; jianbao calls ${SPECIFICATION_VERSION}`,
      );
    }
  }
  const { analyzed, ...rest } = request;
  const analysisFailed = new AbortController();
  let settled = false;
  // Registered before any provider awaits the analysis, so a provider's rejection is seen
  // after this flag is set. Also marks the promise handled when no provider awaits it.
  analyzed.then(
    () => (settled = true),
    (error: unknown) => {
      settled = true;
      analysisFailed.abort(error);
    },
  );
  let waiting = false;
  const getAnalyzed = (): Promise<Analyzed> => {
    if (!settled && !waiting && options.onWaitingForAnalysis) {
      waiting = true;
      const notify = options.onWaitingForAnalysis;
      notify(true);
      const done = (): void => notify(false);
      analyzed.then(done, done);
    }
    return analyzed;
  };
  const base: Omit<SummarizeRequest, 'signal'> = { ...rest, getAnalyzed };
  const fallbacks: Fallback[] = [];
  for (let i = 0; i < chain.length; i++) {
    const provider = chain[i]!;
    const isLast = i === chain.length - 1;
    if (isLast) {
      const result = await provider.summarize({ ...base, ...(options.signal ? { signal: options.signal } : {}) });
      return { result, provider, fallbacks };
    }
    const deadline = deadlineOnceReady(analyzed, options.deadlineMs);
    const signal = AbortSignal.any([...(options.signal ? [options.signal] : []), deadline.signal, analysisFailed.signal]);
    try {
      const result = await raceAbort(provider.summarize({ ...base, signal }), signal);
      return { result, provider, fallbacks };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (analysisFailed.signal.aborted) throw analysisFailed.signal.reason;
      const reason = deadline.signal.aborted
        ? `no answer within the per-article deadline of ${options.deadlineMs} ms`
        : describeError(error).message;
      fallbacks.push({ provider: providerLabel(provider), reason });
    } finally {
      deadline.cancel();
    }
  }
  // Unreachable: the last provider either returned or threw above.
  throw new Error('provider chain ended without a result');
}

/**
 * A deadline of `ms` that starts once `ready` has resolved (at once if it already has),
 * so time spent waiting for the article's analysis is not charged to the provider.
 * Never fires if `ready` rejects; `cancel` stops it (and its timer) for good.
 */
function deadlineOnceReady(ready: Promise<unknown>, ms: number): { readonly signal: AbortSignal; cancel(): void } {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  ready.then(
    () => {
      if (cancelled) return;
      timer = setTimeout(() => controller.abort(new DOMException(`deadline of ${ms} ms passed`, 'TimeoutError')), ms);
    },
    () => undefined,
  );
  return {
    signal: controller.signal,
    cancel() {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** Rejects as soon as the signal aborts, even if the provider ignores it. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
