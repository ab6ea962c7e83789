import { describeError } from '../errors/index.js';
import type { Fallback } from '../types.js';
import type { SummarizeRequest, SummarizeResult, SummaryProvider } from './provider.js';

export interface ChainOutcome {
  readonly result: SummarizeResult;
  readonly provider: SummaryProvider;
  /** Why each earlier provider in the chain was skipped, in order. */
  readonly fallbacks: readonly Fallback[];
}

export interface ChainOptions {
  /** Deadline for all providers but the last; past it the chain moves on. */
  readonly deadlineMs: number;
  /** Cancels the whole article (the run is stopping). */
  readonly signal?: AbortSignal;
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
 */
export async function summarizeWithChain(
  chain: readonly SummaryProvider[],
  request: Omit<SummarizeRequest, 'signal'>,
  options: ChainOptions,
): Promise<ChainOutcome> {
  if (chain.length === 0) throw new Error('summarizeWithChain needs at least one provider');
  const fallbacks: Fallback[] = [];
  for (let i = 0; i < chain.length; i++) {
    const provider = chain[i]!;
    const isLast = i === chain.length - 1;
    if (isLast) {
      const result = await provider.summarize({ ...request, signal: options.signal });
      return { result, provider, fallbacks };
    }
    const deadline = AbortSignal.timeout(options.deadlineMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    try {
      const result = await raceAbort(provider.summarize({ ...request, signal }), signal);
      return { result, provider, fallbacks };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const reason = deadline.aborted
        ? `no answer within the per-article deadline of ${options.deadlineMs} ms`
        : describeError(error).message;
      fallbacks.push({ provider: providerLabel(provider), reason });
    }
  }
  // Unreachable: the last provider either returned or threw above.
  throw new Error('provider chain ended without a result');
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
