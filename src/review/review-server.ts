import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeError, isJianbaoError } from '../errors/index.js';
import { FactSheetStore, type FactSheetEntry } from './fact-sheets.js';
import { escapeHtml } from './html.js';
import { renderArticlePage, renderIndexPage } from './render-pages.js';
import { REVIEW_CSS } from './review-css.js';
import {
  DecisionStatusSchema,
  MAX_COMMENT_LENGTH,
  readReviewDecisions,
  saveReviewDecision,
  type ReviewState,
} from './review-decisions.js';
import { REVIEW_JS } from './review-js.js';
import { isSafeId } from './safe-path.js';

export interface ReviewServerOptions {
  /** The output folder holding articles/ (read) and reviews/ (written). */
  readonly outDir: string;
  /** 0 picks a free port. @default 8080 in the CLI */
  readonly port: number;
  /**
   * Interface to listen on. Loopback unless the user asks otherwise: the page shows
   * unpublished articles and can write decisions.
   * @default '127.0.0.1'
   */
  readonly host?: string;
}

export interface ReviewServer {
  /** e.g. `http://127.0.0.1:8080/`; the token is not in it. */
  readonly url: string;
  /** The per-session secret every state-changing request must send in `x-jianbao-token`. */
  readonly token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-jianbao-token';
const MAX_BODY_BYTES = 16 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Every response carries these; the CSP allows only same-origin script and style. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const DecisionRequestSchema = z.strictObject({
  factId: z.string().min(1).max(200),
  status: DecisionStatusSchema.nullable(),
  comment: z.string().max(MAX_COMMENT_LENGTH).optional(),
});

/**
 * Starts the review web app.
 *
 * @example
 * const server = await startReviewServer({ outDir: 'output', port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234/
 * await server.close();
 */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const outDir = resolve(options.outDir);
  const host = options.host ?? '127.0.0.1';
  const token = randomBytes(24).toString('base64url');
  const store = new FactSheetStore(outDir);
  let port = options.port;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug or an I/O failure; answer once, never with a stack.
      const { code, message } = describeError(error);
      if (!res.headersSent) sendJson(res, 500, { error: `${code}: ${isJianbaoError(error) ? message : 'internal error'}` });
      else res.destroy();
    });
  });
  // Slow clients cannot hold a local tool hostage, but a reviewer thinking is fine.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req.headers.host, host, port)) return sendText(res, 421, 'unexpected Host header');
    const route = parseRoute(req.url ?? '');
    if (route === null) return sendText(res, 400, 'bad request path');
    const method = req.method ?? 'GET';
    const [first, second, third, ...more] = route;

    if (first === 'api' && second === 'reviews' && third !== undefined && more.length === 0) {
      if (!isSafeId(third)) return sendJson(res, 400, { error: 'invalid article id' });
      if (method === 'GET' || method === 'HEAD') return sendJson(res, 200, await readReviewDecisions(outDir, third));
      if (method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, POST' });
      return handlePost(req, res, third);
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'method not allowed', { allow: 'GET' });
    if (route.length === 0) {
      const entries = await store.list();
      return sendHtml(res, renderIndexPage(entries, await reviewsFor(entries), { kind: 'live', token }));
    }
    if (first === 'a' && second !== undefined && third === undefined) {
      if (!isSafeId(second)) return sendText(res, 400, 'invalid article id');
      const entry = await store.load(second);
      if (entry === null) return sendText(res, 404, 'no such article');
      if (!entry.ok) return sendText(res, 422, `${entry.id}: ${entry.error}`);
      const review = await readReviewDecisions(outDir, entry.id);
      return sendHtml(res, renderArticlePage(entry.sheet, review, { kind: 'live', token }));
    }
    if (first === 'assets' && third === undefined) {
      if (second === 'review.js') return send(res, 200, 'text/javascript; charset=utf-8', REVIEW_JS);
      if (second === 'review.css') return send(res, 200, 'text/css; charset=utf-8', REVIEW_CSS);
    }
    if (first === 'favicon.ico' && second === undefined) return send(res, 204, 'text/plain', '');
    return sendText(res, 404, 'not found');
  };

  const handlePost = async (req: IncomingMessage, res: ServerResponse, id: string): Promise<void> => {
    // Order matters: refuse foreign pages and missing tokens before reading any body.
    if (!sameOrigin(req)) return sendJson(res, 403, { error: 'cross-origin request refused' });
    const sent = req.headers[TOKEN_HEADER];
    if (typeof sent !== 'string' || !tokenMatches(sent, token)) return sendJson(res, 403, { error: 'missing or wrong session token' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return sendJson(res, 415, { error: 'expected content-type application/json' });
    const raw = await readBody(req);
    if (raw === null) return sendJson(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, { error: 'body is not valid JSON' });
    }
    const parsed = DecisionRequestSchema.safeParse(json);
    if (!parsed.success) return sendJson(res, 400, { error: `expected { factId, status: "approved"|"rejected"|null, comment? }: ${parsed.error.issues[0]?.message ?? ''}` });
    const entry = await store.load(id);
    if (entry === null || !entry.ok) return sendJson(res, 404, { error: 'no such article' });
    const { factId, status, comment } = parsed.data;
    if (!entry.sheet.facts.some((f) => f.id === factId)) return sendJson(res, 404, { error: `no fact ${factId} in ${id}` });
    const file = await saveReviewDecision(outDir, id, { factId, status, ...(comment !== undefined ? { comment } : {}) });
    return sendJson(res, 200, file);
  };

  const reviewsFor = async (entries: readonly FactSheetEntry[]): Promise<Map<string, ReviewState>> => {
    const map = new Map<string, ReviewState>();
    for (const e of entries) if (e.ok) map.set(e.id, await readReviewDecisions(outDir, e.id));
    return map;
  };

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/**
 * Splits the raw request path into decoded segments, or null when it could reach outside
 * the routes: dot segments (`..`, `%2e%2e`), encoded slashes or backslashes, NUL, absolute
 * URLs. The raw path is used because `new URL()` would silently resolve `..` first.
 */
export function parseRoute(rawUrl: string): string[] | null {
  if (!rawUrl.startsWith('/') || rawUrl.startsWith('//')) return null;
  const path = rawUrl.split(/[?#]/u, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of path.split('/').slice(1)) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '.' || seg === '..' || /[/\\\u0000]/u.test(seg)) return null;
    segments.push(seg);
  }
  // A trailing slash leaves an empty last segment: `/a/x/` is `/a/x`, `/` is the index.
  if (segments.at(-1) === '') segments.pop();
  return segments.some((s) => s === '') ? null : segments;
}

/**
 * With a loopback listener, only loopback Host headers are served: a web page cannot use
 * DNS rebinding to read articles through a hostname it controls.
 */
function hostAllowed(header: string | undefined, listenHost: string, port: number): boolean {
  if (!LOOPBACK_HOSTS.has(listenHost)) return true;
  if (!header) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/u.exec(header.toLowerCase());
  return m !== null && LOOPBACK_HOSTS.has(m[1] ?? '') && (m[2] === undefined || Number(m[2]) === port);
}

function sameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${req.headers.host ?? ''}`;
}

function tokenMatches(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendHtml(res: ServerResponse, body: string): void {
  send(res, 200, 'text/html; charset=utf-8', body);
}

function sendText(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  send(res, status, 'text/html; charset=utf-8', `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${escapeHtml(message)}</p><p><a href="/">All articles</a></p>\n`, extra);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(value)}\n`, extra);
}
