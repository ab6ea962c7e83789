import OpenAI, { APIError } from 'openai';
import PQueue from 'p-queue';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { OpenAIConfig } from '../../config/index.js';
import { ConfigurationError, ProviderError } from '../../errors/index.js';
import type { SummarizeRequest, SummarizeResult, SummaryLengths, SummaryProvider } from '../provider.js';
import { createBoundedFetch } from './bounded-fetch.js';
import { LLM_RESPONSE_JSON_SCHEMA, parseLLMResponse, toSummarizeResult, type LLMResponse } from './llm-response.js';
import { mapFinishReason } from './map-finish-reason.js';
import { fenceArticle, loadPromptTemplates, renderTemplate} from './prompt-templates.js';
import { toProviderError } from './to-provider-error.js';

/** The run's OpenAI settings (key, endpoint, model, timeout, retries, RPM) plus what the run adds. */
export interface OpenAIProviderOptions extends OpenAIConfig {
  /** Requests in flight at once for this provider instance. @default 4 (the run's concurrency) */
  readonly concurrency: number;
  readonly lengths: SummaryLengths;
  /** Where the templates live. @default the package's prompts/ */
  readonly promptsDir?: string;
  /** For tests: the fetch under the bounded one. @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the SDK insists on one. */
const PLACEHOLDER_KEY = 'sk-no-key-required';
/** How much of a broken answer goes back in the repair request. */
const MAX_ECHO_CHARS = 6000;

type ResponseFormat = 'json_schema' | 'json_object';

/**
 * A summary provider for any OpenAI-compatible chat-completions endpoint (OpenAI,
 * DeepSeek, Qwen/DashScope compatible mode, Moonshot, Ollama, vLLM, llama.cpp).
 *
 * One request per article, sent as soon as the article's text is known (before its analysis
 * is done), asks for both summaries, the named entities and key facts with
 * verbatim quotes, as a strict JSON-schema response (json_object when the server rejects
 * json_schema). Invalid output gets one repair request; after that a ProviderError lets the
 * chain fall back. Requests of all articles share one queue (concurrency and
 * requests-per-minute); retries, backoff and Retry-After are the openai SDK's.
 *
 * @example
 * const provider = await createOpenAIProvider({ apiKey: new Secret(key), baseURL: 'https://api.deepseek.com/v1',
 *   model: 'deepseek-chat', timeoutMs: 60_000, maxRetries: 3, requestsPerMinute: 60, concurrency: 4,
 *   lengths: DEFAULT_SUMMARY_LENGTHS });
 */
export async function createOpenAIProvider(options: OpenAIProviderOptions): Promise<SummaryProvider> {
  validateOptions(options);
  const templates = loadPromptTemplates(options.promptsDir);
  const baseURL = options.baseURL ?? OPENAI_BASE_URL;
  const host = new URL(baseURL).host;
  const label = `openai:${options.model}`;
  const secrets = [options.apiKey];
  const bounded = createBoundedFetch(options.timeoutMs, options.fetch);
  const client = new OpenAI({
    apiKey: options.apiKey?.reveal() ?? PLACEHOLDER_KEY,
    // Passed explicitly so the SDK never falls back to OPENAI_* variables: stages read
    // configuration, not process.env.
    baseURL,
    organization: null,
    project: null,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    fetch: bounded.fetch,
    // The SDK's debug log prints request details; jianbao reports through warnings.
    logLevel: 'off',
  });
  const queue = new PQueue({
    concurrency: options.concurrency,
    ...(options.requestsPerMinute > 0 ? { intervalCap: options.requestsPerMinute, interval: 60_000, strict: true } : {}),
  });
  // dispose() aborts whatever is still in flight or queued.
  const disposed = new AbortController();
  // Learned once per instance: a server that rejects json_schema will reject it for every article.
  let format: ResponseFormat = 'json_schema';
  const lengths = options.lengths;
  const cacheIdentity = [
    `openai:${options.model}`,
    `host=${host}`,
    `prompt=${templates.hash.slice(0, 16)}`,
    `zh=${lengths.zhChars.min}-${lengths.zhChars.max}`,
    `en=${lengths.enWords.min}-${lengths.enWords.max}`,
  ].join(';');

  async function complete(
    messages: ChatCompletionMessageParam[],
    signal: AbortSignal,
    warnings: string[],
  ): Promise<ChatCompletion> {
    const send = (fmt: ResponseFormat): Promise<ChatCompletion> => {
      const body: ChatCompletionCreateParamsNonStreaming = {
        model: options.model,
        messages,
        response_format:
          fmt === 'json_schema'
            ? { type: 'json_schema', json_schema: structuredClone(LLM_RESPONSE_JSON_SCHEMA) as never }
            : { type: 'json_object' },
      };
      return queue.add(({ signal: queued }) => client.chat.completions.create(body, { signal: queued }), { signal }) as Promise<ChatCompletion>;
    };
    let completion: unknown;
    try {
      completion = await send(format);
    } catch (error) {
      if (format === 'json_schema' && rejectsJsonSchema(error)) {
        format = 'json_object';
        warnings.push('the server rejected response_format json_schema; using json_object');
        try {
          completion = await send(format);
        } catch (retryError) {
          throw toProviderError(retryError, label, secrets);
        }
      } else {
        throw toProviderError(error, label, secrets);
      }
    }
    if (!isChatCompletion(completion)) {
      throw new ProviderError(label, 'the server answered with something other than a chat completion (an HTML page or plain text?)', {
        code: 'E_PROVIDER_RESPONSE',
      });
    }
    return completion;
  }

  async function summarize(request: SummarizeRequest): Promise<SummarizeResult> {
    const signal = request.signal ? AbortSignal.any([request.signal, disposed.signal]) : disposed.signal;
    // The prompt needs only the article's text: the request goes out while the article is
    // still being analysed.
    const source = request.article.source;
    const values = {
      article: fenceArticle(source.text),
      title: source.title ?? '(none)',
      published_at: source.publishedAt ?? '(unknown)',
      zh_min: request.lengths.zhChars.min,
      zh_max: request.lengths.zhChars.max,
      en_min: request.lengths.enWords.min,
      en_max: request.lengths.enWords.max,
    };
    const warnings: string[] = [];
    const usage = { promptTokens: 0, completionTokens: 0, reported: false };
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: renderTemplate(templates.system, values) },
      { role: 'user', content: renderTemplate(templates.user, values) },
    ];

    const first = await complete(messages, signal, warnings);
    addUsage(usage, first);
    let outcome = readAnswer(first, label);
    if (!outcome.ok) {
      warnings.push(`invalid first answer, sent one repair request: ${outcome.error}`);
      const repairMessages: ChatCompletionMessageParam[] = [
        ...messages,
        { role: 'assistant', content: outcome.content.slice(0, MAX_ECHO_CHARS) },
        { role: 'user', content: renderTemplate(templates.repair, { ...values, error: outcome.error }) },
      ];
      const second = await complete(repairMessages, signal, warnings);
      addUsage(usage, second);
      outcome = readAnswer(second, label);
      if (!outcome.ok) {
        throw new ProviderError(label, `invalid answer after one repair request: ${outcome.error}`, {
          code: 'E_PROVIDER_RESPONSE',
        });
      }
    }
    // The analysis is not needed here: the summary is linked to its source sentences when the
    // article is finished, in the thread that holds the analysis.
    return toSummarizeResult(outcome.value, {
      usage: usage.reported ? { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens } : null,
      promptHash: templates.hash,
      warnings,
    });
  }

  return {
    specificationVersion: 'v2',
    provider: 'openai',
    modelId: options.model,
    cacheIdentity,
    summarize,
    async dispose() {
      disposed.abort();
      queue.clear();
      await queue.onIdle();
    },
  };
}

type Answer =
  | { readonly ok: true; readonly value: LLMResponse }
  | { readonly ok: false; readonly error: string; readonly content: string };

function readAnswer(completion: ChatCompletion, label: string): Answer {
  const choice = completion.choices[0];
  if (!choice) return { ok: false, error: 'the response had no choices', content: '' };
  const message = choice.message;
  if (message.refusal) {
    throw new ProviderError(label, `the model refused: ${message.refusal.slice(0, 200)}`, { code: 'E_PROVIDER_RESPONSE' });
  }
  const content = message.content ?? '';
  switch (mapFinishReason(choice.finish_reason)) {
    case 'content-filter':
      throw new ProviderError(label, 'the answer was stopped by the content filter', { code: 'E_PROVIDER_RESPONSE' });
    case 'length':
      return {
        ok: false,
        error: 'the answer was cut off at the token limit (finish_reason "length"); write shorter summaries and fewer facts',
        content,
      };
    case 'stop':
    case 'tool-calls':
    case 'other':
      break;
  }
  const parsed = parseLLMResponse(content);
  return parsed.ok ? parsed : { ok: false, error: parsed.error, content };
}


function addUsage(total: { promptTokens: number; completionTokens: number; reported: boolean }, c: ChatCompletion): void {
  if (!c.usage) return;
  total.promptTokens += c.usage.prompt_tokens ?? 0;
  total.completionTokens += c.usage.completion_tokens ?? 0;
  total.reported = true;
}

/** A 400/422 that names response_format or json_schema: the server does not do structured output. */
function rejectsJsonSchema(error: unknown): boolean {
  if (!(error instanceof APIError)) return false;
  if (error.status !== 400 && error.status !== 422) return false;
  return /response_format|json_schema|structured output/i.test(`${error.message} ${JSON.stringify(error.error ?? '')}`);
}

function isChatCompletion(value: unknown): value is ChatCompletion {
  return typeof value === 'object' && value !== null && Array.isArray((value as { choices?: unknown }).choices);
}

function validateOptions(o: OpenAIProviderOptions): void {
  const fail = (what: string, got: unknown): never => {
    throw new ConfigurationError(`openai provider: ${what}; got ${JSON.stringify(got)}`);
  };
  if (typeof o.model !== 'string' || o.model.trim() === '') fail('model (JIANBAO_MODEL) must be a model name', o.model);
  if (!Number.isInteger(o.timeoutMs) || o.timeoutMs < 1) fail('timeoutMs must be a whole number of milliseconds ≥ 1', o.timeoutMs);
  if (!Number.isInteger(o.maxRetries) || o.maxRetries < 0) fail('maxRetries must be a whole number ≥ 0', o.maxRetries);
  if (!Number.isInteger(o.requestsPerMinute) || o.requestsPerMinute < 0) {
    fail('requestsPerMinute (JIANBAO_RPM) must be a whole number ≥ 0', o.requestsPerMinute);
  }
  if (!Number.isInteger(o.concurrency) || o.concurrency < 1) fail('concurrency must be a whole number ≥ 1', o.concurrency);
  if (o.apiKey === null && o.baseURL === null) {
    throw new ConfigurationError('openai provider needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local server');
  }
  if (o.baseURL !== null) {
    try {
      new URL(o.baseURL);
    } catch {
      fail('baseURL (OPENAI_BASE_URL) must be an absolute URL such as http://127.0.0.1:11434/v1', o.baseURL);
    }
  }
}
