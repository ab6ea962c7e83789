import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A loopback chat-completions endpoint with a fixed latency, for the benchmark's LLM path.
 * The test suite's server (test/support/llm-server.ts) scripts behaviours per request and is
 * compiled only by vitest; the benchmark needs just "answer every request the same way (or
 * each article with its own answer), after `latencyMs`", and must run from dist/, hence this
 * small one.
 */
export interface LatencyServer {
  readonly baseURL: string;
  /** Requests answered so far. */
  requests(): number;
  /** The most requests open at once. */
  maxInFlight(): number;
  /** performance.now() of the first request's arrival and of the last answer, or null. */
  span(): { readonly first: number; readonly last: number } | null;
  close(): Promise<void>;
}

export interface LatencyServerOptions {
  readonly latencyMs: number;
  /** The chat-completion body every request gets. */
  readonly completionFile: string;
  /** A body chosen by the request's own body (its article), where it has one; else the file's. */
  readonly answerFor?: (requestBody: string) => string | null;
}

export async function startLatencyServer(options: LatencyServerOptions): Promise<LatencyServer> {
  const fixed = readFileSync(options.completionFile, 'utf8');
  let requests = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let first: number | null = null;
  let last = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    first ??= performance.now();
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const chunks: Buffer[] = [];
    if (options.answerFor === undefined) req.resume();
    else req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = options.answerFor?.(Buffer.concat(chunks).toString('utf8')) ?? fixed;
      setTimeout(() => {
        requests++;
        inFlight--;
        last = performance.now();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        res.end(body);
      }, options.latencyMs);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('latency-server: no TCP address');
  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests: () => requests,
    maxInFlight: () => maxInFlight,
    span: () => (first === null ? null : { first, last }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
