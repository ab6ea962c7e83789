/**
 * A loopback OpenAI-compatible chat-completions server for tests: a real node:http server
 * on 127.0.0.1 with an ephemeral port, so the real `openai` client (its retries, timeouts
 * and parsing) is exercised end to end without any network.
 *
 * Each request to POST /v1/chat/completions takes the next scripted behaviour from the
 * queue (or `fallback` when the queue is empty) and is recorded with its headers and body.
 *
 * @example
 * const server = await startLLMServer({ script: [{ type: 'status', status: 429, headers: { 'retry-after': '1' } }, reply(content)] });
 * const client = new OpenAI({ baseURL: server.baseURL, apiKey: 'sk-test' });
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the server does with one request. */
export type Behaviour =
  /** 200 with a JSON body (a chat completion, or anything else). */
  | { readonly type: 'json'; readonly body: unknown; readonly status?: number; readonly headers?: Record<string, string> }
  /** Any status with headers and an optional JSON body (429 + Retry-After, 500, 400 …). */
  | { readonly type: 'status'; readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown }
  /** A raw body with a content type: invalid JSON, an HTML error page from a proxy. */
  | { readonly type: 'raw'; readonly status: number; readonly contentType: string; readonly body: string }
  /** Accepts the request and never answers (until the server closes). */
  | { readonly type: 'hang' }
  /** Destroys the socket without a response (connection reset). */
  | { readonly type: 'destroy' }
  /** Sends 200 headers, then the JSON body in chunks `intervalMs` apart. */
  | { readonly type: 'drip'; readonly body: unknown; readonly chunks: number; readonly intervalMs: number }
  /** Waits `ms`, then does `then` (to hold requests open for concurrency tests). */
  | { readonly type: 'delay'; readonly ms: number; readonly then: Behaviour };

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The parsed JSON body, or null when it was not JSON. */
  readonly body: ChatRequestBody | null;
}

/** The parts of a chat-completions request body the tests look at. */
export interface ChatRequestBody {
  readonly model: string;
  readonly messages: readonly { readonly role: string; readonly content: string }[];
  readonly response_format?: { readonly type: string; readonly json_schema?: unknown };
  readonly [key: string]: unknown;
}

export interface LLMServer {
  /** `http://127.0.0.1:<port>/v1`, ready for the openai client's `baseURL`. */
  readonly baseURL: string;
  /** Every request received, in order (including ones that got a 429 or were dropped). */
  readonly requests: readonly RecordedRequest[];
  /** The most requests the server was answering at once (for concurrency limits). */
  maxInFlight(): number;
  /** Appends behaviours to the script. */
  enqueue(...behaviours: Behaviour[]): void;
  /** Closes the server and destroys open sockets (hanging requests included). */
  close(): Promise<void>;
}

export interface LLMServerOptions {
  readonly script?: readonly Behaviour[];
  /** Used when the script is exhausted. @default a 500 saying so */
  readonly fallback?: Behaviour;
}

export async function startLLMServer(options: LLMServerOptions = {}): Promise<LLMServer> {
  const queue: Behaviour[] = [...(options.script ?? [])];
  const fallback: Behaviour = options.fallback ?? {
    type: 'status',
    status: 500,
    body: { error: { message: 'llm-server: no scripted response left', type: 'server_error' } },
  };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;

  const server: Server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let counted = true;
    const done = (): void => {
      if (counted) inFlight--;
      counted = false;
    };
    res.on('close', done);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: ChatRequestBody | null = null;
      try {
        body = JSON.parse(rawBody) as ChatRequestBody;
      } catch {
        body = null;
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, rawBody, body });
      if (req.method !== 'POST' || !(req.url ?? '').endsWith('/chat/completions')) {
        sendJSON(res, 404, { error: { message: `llm-server: no route ${req.method} ${req.url}` } });
        return;
      }
      act(queue.shift() ?? fallback, res, req.socket);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function act(b: Behaviour, res: ServerResponse, socket: Socket): void {
    switch (b.type) {
      case 'json':
        sendJSON(res, b.status ?? 200, b.body, b.headers);
        return;
      case 'status':
        sendJSON(res, b.status, b.body ?? { error: { message: `status ${b.status}`, type: 'server_error' } }, b.headers);
        return;
      case 'raw':
        res.writeHead(b.status, { 'content-type': b.contentType });
        res.end(b.body);
        return;
      case 'hang':
        return;
      case 'destroy':
        socket.destroy();
        return;
      case 'delay': {
        const t = setTimeout(() => act(b.then, res, socket), b.ms);
        timers.add(t);
        return;
      }
      case 'drip': {
        const text = JSON.stringify(b.body);
        res.writeHead(200, { 'content-type': 'application/json' });
        const size = Math.ceil(text.length / b.chunks);
        let offset = 0;
        const tick = (): void => {
          if (res.destroyed) return;
          res.write(text.slice(offset, offset + size));
          offset += size;
          if (offset >= text.length) {
            res.end();
            return;
          }
          const t = setTimeout(tick, b.intervalMs);
          timers.add(t);
        };
        tick();
        return;
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('llm-server: no TCP address');

  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests,
    maxInFlight: () => maxInFlight,
    enqueue: (...behaviours) => {
      queue.push(...behaviours);
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJSON(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

/** Usage figures the server reports with scripted completions. */
export interface CompletionUsage {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
}

/** A non-streaming chat completion whose message content is `content`. */
export function chatCompletion(
  content: string,
  options: { finishReason?: string; usage?: CompletionUsage; model?: string } = {},
): Record<string, unknown> {
  const usage = options.usage ?? { prompt_tokens: 1200, completion_tokens: 400 };
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1747700000,
    model: options.model ?? 'test-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        finish_reason: options.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/** A `json` behaviour replying with a chat completion of `content`. */
export function reply(content: string, options: Parameters<typeof chatCompletion>[1] = {}): Behaviour {
  return { type: 'json', body: chatCompletion(content, options) };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A recorded-style chat completion from fixtures/llm/<name>.json. */
export function loadLLMFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', 'llm', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** The model's JSON answer inside a fixture (its first choice's message content, parsed). */
export function fixtureContent(name: string): Record<string, unknown> {
  const completion = loadLLMFixture(name) as { choices: { message: { content: string } }[] };
  const first = completion.choices[0];
  if (!first) throw new Error(`fixture ${name} has no choices`);
  return JSON.parse(first.message.content) as Record<string, unknown>;
}

/** The text of a fixture article from fixtures/articles/. */
export function readArticleFixture(name: string): string {
  return readFileSync(join(ROOT, 'fixtures', 'articles', name), 'utf8');
}
