/** Longest Retry-After the provider waits for; longer means "fall back now". */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface BoundedFetch {
  readonly fetch: typeof globalThis.fetch;
  /** HTTP attempts made so far (every retry the SDK makes counts). */
  attempts(): number;
}

/**
 * The fetch the openai client uses. Two things the SDK leaves open:
 *
 * - its `timeout` stops once the response *headers* arrive, so a server that sends
 *   headers and then drips the body forever would hang the article; here each attempt,
 *   body included, must finish within `timeoutMs` (the body is read into memory, which is
 *   fine for non-streaming completions). The error says "timed out" so the SDK classifies
 *   and retries it as a timeout.
 * - it honours any Retry-After, however long; beyond {@link MAX_RETRY_AFTER_MS} the
 *   response is marked `x-should-retry: false` so the call fails and the chain falls back
 *   instead of holding the article for an hour.
 */
export function createBoundedFetch(timeoutMs: number, inner: typeof globalThis.fetch = globalThis.fetch): BoundedFetch {
  let attempts = 0;
  const bounded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    attempts++;
    const controller = new AbortController();
    const outer = init?.signal ?? null;
    const onOuterAbort = (): void => controller.abort(outer?.reason);
    if (outer?.aborted) controller.abort(outer.reason);
    else outer?.addEventListener('abort', onOuterAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await inner(input, { ...init, signal: controller.signal });
      const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
      const headers = new Headers(response.headers);
      const waitMs = retryAfterMs(headers);
      if (waitMs !== null && waitMs > MAX_RETRY_AFTER_MS) headers.set('x-should-retry', 'false');
      return new Response(body, { status: response.status, statusText: response.statusText, headers });
    } catch (error) {
      if (timedOut) throw new Error(`request timed out after ${timeoutMs} ms`, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  };
  return { fetch: bounded as typeof globalThis.fetch, attempts: () => attempts };
}

/** The wait a 429/503 asks for, from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && !Number.isNaN(Number.parseFloat(ms))) return Number.parseFloat(ms);
  const raw = headers.get('retry-after');
  if (raw === null) return null;
  const seconds = Number.parseFloat(raw);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : date - Date.now();
}
