/**
 * Fault injection on the LLM path, through the CLI (`--provider openai`, OPENAI_BASE_URL
 * on 127.0.0.1): a server that closes mid-response, drips its answer byte by byte, sends
 * 50 MB, sends HTML, 401, 500, hangs, sends invalid JSON or resets the connection. Each
 * article must fall back to builtin with the reason in provenance.fallbacks, within the
 * per-article deadline (the process always ends: a kill after 90 s is only a safety net).
 *
 * With a recognisable fake key, the whole pipeline (run + digest + review --static, with
 * and without --verbose) must never write the key anywhere: no output file, no stdout or
 * stderr line, even when the server echoes the key back in its error message.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactSheetSchema, ManifestSchema } from '../../src/types.js';
import { chatCompletion, startLLMServer, type Behaviour, type LLMServer } from '../support/llm-server.js';
import { ROOT, STACK_LINE, listFiles, offlineEnv, readJson, requireBuiltCli, runCli, tempDirs, type CliResult } from './helpers.js';

const CANARY = 'sk-jianbao-canary-7f3a9';
const DEADLINE_MS = 4000;
const dirs = tempDirs();

const VALID_ANSWER = JSON.stringify({
  title_en: 'Nvidia', summary_zh: '英伟达H20芯片。', summary_en: 'Nvidia H20 chips.', entities: [], facts: [],
});
const echoKey = (status: number): Behaviour => ({
  type: 'status', status,
  body: { error: { message: `Incorrect API key provided: ${CANARY}. Authorization: Bearer ${CANARY}`, type: 'invalid_request_error', code: 'invalid_api_key' } },
});

/** A server that sends 200 headers and part of the body, then drops the connection. */
async function startMidCloseServer(): Promise<{ baseURL: string; requests: () => number; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      const body = JSON.stringify(chatCompletion(VALID_ANSWER));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      res.write(body.slice(0, 40));
      setImmediate(() => req.socket.destroy());
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests: () => count,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

interface Scenario {
  readonly name: string;
  readonly behaviour: Behaviour | 'mid-close';
  /** What the fallback reason must say. */
  readonly reason: RegExp;
  readonly verbose: boolean;
}

const HUGE = JSON.stringify(chatCompletion('啊'.repeat(17 * 1024 * 1024))); // ≈ 50 MB of UTF-8
const ALL_SCENARIOS: readonly Scenario[] = [
  { name: 'mid-close', behaviour: 'mid-close', reason: /connection|terminated|socket|closed|network|fetch failed|deadline|timed out/i, verbose: true },
  { name: 'drip', behaviour: { type: 'drip', body: chatCompletion(VALID_ANSWER), chunks: 4000, intervalMs: 25 }, reason: /deadline|timed? ?out|abort/i, verbose: false },
  { name: 'huge-50mb', behaviour: { type: 'raw', status: 200, contentType: 'application/json', body: HUGE }, reason: /.+/, verbose: true },
  { name: 'html', behaviour: { type: 'raw', status: 200, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, reason: /HTML|JSON|chat completion/i, verbose: false },
  { name: 'http-401', behaviour: echoKey(401), reason: /401/, verbose: true },
  { name: 'http-500', behaviour: echoKey(500), reason: /500|deadline/, verbose: false },
  { name: 'hang', behaviour: { type: 'hang' }, reason: /deadline|timed? ?out|abort/i, verbose: true },
  { name: 'invalid-json', behaviour: { type: 'raw', status: 200, contentType: 'application/json', body: '{"choices": [ {"message": ' }, reason: /JSON|deadline/i, verbose: false },
  { name: 'reset', behaviour: { type: 'destroy' }, reason: /connection|deadline|socket|fetch failed/i, verbose: true },
];

/** JIANBAO_FAULTS_ONLY=hang,html runs just those (for debugging one by hand). */
const only = process.env.JIANBAO_FAULTS_ONLY?.split(',');
const SCENARIOS = only ? ALL_SCENARIOS.filter((s) => only.includes(s.name)) : ALL_SCENARIOS;

interface Outcome {
  readonly scenario: Scenario;
  readonly out: string;
  readonly run: CliResult;
  readonly digest: CliResult;
  readonly review: CliResult;
  readonly requests: number;
  readonly authHeaders: readonly string[];
}

describe('LLM faults through the CLI end in a builtin fallback; the API key never leaks', () => {
  const outcomes = new Map<string, Outcome>();
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    requireBuiltCli();
    const base = await dirs.make('llm');
    await mkdir(join(base, 'in'));
    await copyFile(join(ROOT, 'fixtures/articles/n0-nvidia-china.txt'), join(base, 'in', 'n0.txt'));
    // Three at a time: the CI box has two cores, and nine CLIs at once only slow each other down.
    const queue = [...SCENARIOS];
    const worker = async (): Promise<void> => {
      for (let scenario = queue.shift(); scenario; scenario = queue.shift()) await runScenario(scenario);
    };
    const runScenario = async (scenario: Scenario): Promise<void> => {
        let baseURL: string;
        let requests: () => number;
        let auth: () => string[];
        if (scenario.behaviour === 'mid-close') {
          const s = await startMidCloseServer();
          closers.push(s.close);
          ({ baseURL, requests } = s);
          auth = () => [];
        } else {
          const s: LLMServer = await startLLMServer({ fallback: scenario.behaviour });
          closers.push(() => s.close());
          baseURL = s.baseURL;
          requests = () => s.requests.length;
          auth = () => s.requests.map((r) => String(r.headers.authorization ?? ''));
        }
        const out = join(base, `out-${scenario.name}`);
        const env = offlineEnv({ OPENAI_API_KEY: CANARY, OPENAI_BASE_URL: baseURL });
        const verbose = scenario.verbose ? ['--verbose'] : [];
        const opts = { cwd: base, env, killAfterMs: 90_000 };
        const run = await runCli(['run', 'in', '--out', out, '--provider', 'openai', '--deadline', String(DEADLINE_MS), '--date', '2025-05-20', ...verbose], opts);
        const digest = await runCli(['digest', '--out', out, '--since', '7d', ...verbose], opts);
        // `review` has no --verbose flag (reported); it is run plain.
        const review = await runCli(['review', '--static', '--out', out], opts);
        if (process.env.JIANBAO_FAULTS_DEBUG === '1') {
          const sheet = await readJson<{ provenance: { fallbacks: unknown[]; durationMs: number } }>(join(out, 'articles', 'n0.json')).catch(() => null);
          console.log(scenario.name, run.code, requests(), JSON.stringify(sheet?.provenance), run.stderr.slice(0, 600));
        }
        outcomes.set(scenario.name, { scenario, out, run, digest, review, requests: requests(), authHeaders: auth() });
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(closers.map((c) => c()));
    await dirs.cleanup();
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: falls back to builtin with the reason recorded, exit 0, no hang`, async () => {
      const o = outcomes.get(scenario.name)!;
      expect(o.run.signal, 'killed by the 90 s safety net: the run hung').toBeNull();
      expect(o.run.code, o.run.stderr).toBe(0);
      if (!scenario.verbose) expect(o.run.stderr).not.toMatch(STACK_LINE);
      expect(o.requests, 'the provider did call the server').toBeGreaterThan(0);
      for (const h of o.authHeaders) expect(h).toBe(`Bearer ${CANARY}`); // the key was really in play
      const manifest = ManifestSchema.parse(await readJson(join(o.out, 'manifest.json')));
      expect(manifest.items.map((i) => [i.path, i.status, i.provider])).toEqual([['in/n0.txt', 'ok', 'builtin']]);
      const sheet = FactSheetSchema.parse(await readJson(join(o.out, 'articles', 'n0.json')));
      expect(sheet.provenance.provider).toBe('builtin');
      expect(sheet.provenance.fallbacks).toHaveLength(1);
      expect(sheet.provenance.fallbacks[0]!.provider).toMatch(/^openai:/);
      expect(sheet.provenance.fallbacks[0]!.reason).toMatch(scenario.reason);
      expect(sheet.provenance.fallbacks[0]!.reason.length).toBeLessThan(1000);
    });
  }

  it('digest and review --static succeed after every fault', () => {
    for (const o of outcomes.values()) {
      expect(o.digest.code, `${o.scenario.name} digest: ${o.digest.stderr}`).toBe(0);
      expect(o.review.code, `${o.scenario.name} review: ${o.review.stderr}`).toBe(0);
    }
  });

  it('the key appears in no output file, no stdout and no stderr (with and without --verbose)', async () => {
    const fragments = [CANARY, 'canary-7f3a9', 'jianbao-canary'];
    for (const o of outcomes.values()) {
      for (const [what, r] of [['run', o.run], ['digest', o.digest], ['review', o.review]] as const) {
        for (const f of fragments) {
          expect(r.stdout.includes(f), `${o.scenario.name} ${what} stdout`).toBe(false);
          expect(r.stderr.includes(f), `${o.scenario.name} ${what} stderr`).toBe(false);
        }
      }
      const files = await listFiles(o.out);
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) {
        const text = (await readFile(file)).toString('latin1');
        for (const f of fragments) expect(text.includes(f), `${file} contains the key`).toBe(false);
      }
    }
  });
});
