import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { redactSecrets, type Secret } from '../../config/index.js';
import { ProviderError } from '../../errors/index.js';

const RETRYABLE = new Set([408, 409, 429]);

/**
 * Turns whatever the openai client threw into a ProviderError with a redacted message.
 * The SDK's own error is not kept as `cause`: servers echo request headers and keys in
 * their error bodies ("Incorrect API key provided: sk-…"), and a cause is printed with
 * --verbose. A redacted copy of its message is kept instead.
 */
export function toProviderError(error: unknown, label: string, secrets: readonly (Secret | null)[]): ProviderError {
  if (error instanceof ProviderError) return error;
  const clean = (text: string): string => redactSecrets(text, secrets);
  const cause = new Error(clean(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
  // p-queue rejects a queued call with the signal's reason: an AbortError, or a TimeoutError
  // from the chain's AbortSignal.timeout deadline.
  const aborted = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException);
  if (error instanceof APIUserAbortError || (aborted && ['AbortError', 'TimeoutError'].includes((error as Error).name))) {
    return new ProviderError(label, 'request aborted (per-article deadline passed or run cancelled)', {
      code: 'E_PROVIDER_TIMEOUT',
      retryable: true,
      cause,
    });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError(label, 'request timed out (after all retries)', { code: 'E_PROVIDER_TIMEOUT', retryable: true, cause });
  }
  if (error instanceof APIConnectionError) {
    const timedOut = /timed? ?out/i.test(`${error.message} ${String(error.cause)}`);
    return new ProviderError(label, clean(`connection failed after all retries: ${error.message}`), {
      code: timedOut ? 'E_PROVIDER_TIMEOUT' : 'E_PROVIDER',
      retryable: true,
      cause,
    });
  }
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : null;
    const retryable = status !== null && (RETRYABLE.has(status) || status >= 500);
    const hint =
      status === 401 ? ' (check OPENAI_API_KEY)' : status === 404 ? ' (check JIANBAO_MODEL and OPENAI_BASE_URL)' : '';
    return new ProviderError(label, clean(`HTTP ${status ?? '?'}${hint}: ${error.message}`), { status, retryable, cause });
  }
  if (error instanceof SyntaxError) {
    return new ProviderError(label, clean(`the server's response body was not valid JSON: ${error.message}`), {
      code: 'E_PROVIDER_RESPONSE',
      cause,
    });
  }
  return new ProviderError(label, clean(error instanceof Error ? error.message : String(error)), { cause });
}
