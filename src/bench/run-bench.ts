/**
 * `npm run bench`: jianbao's speed and memory beside their floors, measured in one run so
 * the ratios hold on a noisy machine. A script, not a test: it asserts nothing, it prints a
 * table and writes it as JSON (output/bench.json).
 *
 *   node dist/bench/run-bench.js [--n 2000] [--memory-n 10000] [--quick] [--llm-only] [--json-out output/bench.json]
 *
 * Rows: the floor (read + nodejieba.tag, one thread, jieba loaded outside the timing);
 * `jianbao run --provider builtin` end to end as a child process (fresh output folder),
 * with its start-up cost and peak RSS; peak RSS again at --memory-n articles (flatness);
 * `jianbao --help` beside `node -e 0`; the LLM path against a loopback server with a fixed
 * 200 ms latency at concurrency 8, beside its ideal, and the all-cached rerun; the LLM path again
 * with each article answered by a faithful answer of its own (made from the builtin's output).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLatencyServer } from './latency-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const FIXTURES = join(ROOT, 'fixtures', 'articles');
const TIME = '/usr/bin/time';

interface Timed {
  readonly seconds: number;
  /** performance.now() when the child was spawned. */
  readonly startedAt: number;
  /** Peak resident set of the child in MB (all its threads), or null when /usr/bin/time is missing. */
  readonly maxRssMB: number | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly met: boolean | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '2000' },
      'memory-n': { type: 'string', default: '10000' },
      quick: { type: 'boolean', default: false },
      /** Only the LLM rows (section 6): for comparing changes to the provider path. */
      'llm-only': { type: 'boolean', default: false },
      'llm-n': { type: 'string', default: '200' },
      'json-out': { type: 'string', default: join('output', 'bench.json') },
      keep: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n);
  const memoryN = Number(values['memory-n']);
  const llmN = Number(values['llm-n']);
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const work = await mkdtemp(join(tmpdir(), 'jianbao-bench-'));
  const sources = loadSources();
  const rows: Row[] = [];
  const figures: Record<string, number | null> = {};
  const env = benchEnv();
  log(`work folder ${work}; ${sources.length} source articles; machine: ${(await import('node:os')).availableParallelism()} cores`);

  if (!values['llm-only']) await measureBuiltin();

  async function measureBuiltin(): Promise<void> {
  // 1. The floor: read + tag, one thread, jieba loaded first.
  const corpus = await buildCorpus(join(work, `corpus-${n}`), n, sources);
  const floor = await measureFloor(corpus);
  figures.floorSeconds = floor;
  rows.push({ measure: `floor: read + nodejieba.tag, ${n} articles, 1 thread`, value: `${floor.toFixed(2)} s (${(n / floor).toFixed(0)}/s)`, target: '', met: null });

  // 2. Start-up: one article end to end (node + imports + worker + jieba load).
  const one = await buildCorpus(join(work, 'corpus-1'), 1, sources);
  let outIndex = 0;
  const startupSeconds = await median(3, async () => {
    const result = await timed([CLI, 'run', one, '--out', join(work, `out-1-${outIndex++}`), '--provider', 'builtin', '--date', '2025-05-20'], env);
    checkExit(result, 'start-up run');
    return result.seconds;
  });
  const startup = { seconds: startupSeconds };
  figures.startupSeconds = startup.seconds;
  rows.push({ measure: 'jianbao run, 1 article (start-up cost, median of 3)', value: `${startup.seconds.toFixed(2)} s`, target: '', met: null });

  // 3. The pipeline end to end.
  const run = await timed([CLI, 'run', corpus, '--out', join(work, `out-${n}`), '--provider', 'builtin', '--date', '2025-05-20'], env);
  checkExit(run, 'pipeline run');
  const ratio = run.seconds / floor;
  Object.assign(figures, { pipelineSeconds: run.seconds, pipelinePerSecond: n / run.seconds, pipelineFloorRatio: ratio, rssMB2k: run.maxRssMB });
  rows.push({ measure: `jianbao run --provider builtin, ${n} articles`, value: `${run.seconds.toFixed(2)} s (${(n / run.seconds).toFixed(0)}/s)`, target: '', met: null });
  rows.push({ measure: 'pipeline / floor', value: ratio.toFixed(2), target: '≤ 1.5', met: ratio <= 1.5 });
  rows.push({ measure: `  same, start-up excluded`, value: ((run.seconds - startup.seconds) / floor).toFixed(2), target: '', met: null });
  rows.push({ measure: `peak RSS at ${n}`, value: mb(run.maxRssMB), target: '≤ 300 MB', met: run.maxRssMB === null ? null : run.maxRssMB <= 300 });

  // 3b. One worker per core: a copy of the pipeline more (about 60 MB) beside the default, for the memory/speed trade-off.
  const cores = availableParallelism();
  const perCore = await timed([CLI, 'run', corpus, '--out', join(work, `out-${n}-w1`), '--provider', 'builtin', '--date', '2025-05-20', '--workers', String(cores)], env);
  checkExit(perCore, 'one-worker run');
  Object.assign(figures, { perCoreWorkersSeconds: perCore.seconds, perCoreWorkersRssMB: perCore.maxRssMB });
  rows.push({ measure: `  same with --workers ${cores} (one per core)`, value: `${perCore.seconds.toFixed(2)} s (${(n / perCore.seconds).toFixed(0)}/s), ${mb(perCore.maxRssMB)}`, target: '', met: null });

  // 4. Memory at archive scale.
  if (!values.quick) {
    const big = await buildCorpus(join(work, `corpus-${memoryN}`), memoryN, sources);
    const bigRun = await timed([CLI, 'run', big, '--out', join(work, `out-${memoryN}`), '--provider', 'builtin', '--date', '2025-05-20'], env);
    checkExit(bigRun, 'memory run');
    Object.assign(figures, { rssMBBig: bigRun.maxRssMB, bigSeconds: bigRun.seconds });
    rows.push({ measure: `peak RSS at ${memoryN} (${bigRun.seconds.toFixed(0)} s, ${(memoryN / bigRun.seconds).toFixed(0)}/s)`, value: mb(bigRun.maxRssMB), target: '≤ 300 MB, flat', met: bigRun.maxRssMB === null ? null : bigRun.maxRssMB <= 300 && run.maxRssMB !== null && bigRun.maxRssMB <= run.maxRssMB * 1.15 });
    if (!values.keep) await rm(big, { recursive: true, force: true });
  }

  // 5. Start-up of --help beside bare node.
  const helpMs = await median(10, async () => (await timed([CLI, '--help'], env)).seconds * 1000);
  const nodeMs = await median(10, async () => (await timed(['-e', '0'], env)).seconds * 1000);
  Object.assign(figures, { helpMs, nodeMs });
  rows.push({ measure: 'jianbao --help (median of 10)', value: `${helpMs.toFixed(0)} ms (node -e 0: ${nodeMs.toFixed(0)} ms)`, target: '≤ node + 150 ms', met: helpMs - nodeMs <= 150 });
  }

  // 6. The LLM path: fixed latency, concurrency 8.
  const latencyMs = 200;
  const concurrency = 8;
  const completionFile = join(ROOT, 'fixtures', 'llm', 'n0-correct.json');
  const llmCorpus = await buildCorpus(join(work, `corpus-llm-${llmN}`), llmN, sources);
  const llmArgs = (out: string): string[] =>
    [CLI, 'run', llmCorpus, '--out', out, '--provider', 'openai', '--model', 'bench-model', '--concurrency', String(concurrency), '--date', '2025-05-20', '--json'];
  const ideal = (llmN * latencyMs) / 1000 / concurrency;
  const server = await startLatencyServer({ latencyMs, completionFile });
  try {
    const llmEnv = { ...env, OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'sk-bench' };
    const args = llmArgs(join(work, 'out-llm'));
    const llm = await timed(args, llmEnv);
    checkExit(llm, 'LLM run');
    const requests = server.requests();
    const span = server.span();
    const firstRequest = span === null ? null : span.first - llm.startedAt;
    const requestSpan = span === null ? null : (span.last - span.first) / 1000;
    const rerun = await timed(args, llmEnv);
    const rerunRequests = server.requests() - requests;
    Object.assign(figures, {
      llmSeconds: llm.seconds, llmIdealSeconds: ideal, llmRequests: requests, llmMaxInFlight: server.maxInFlight(),
      llmFirstRequestSeconds: firstRequest === null ? null : firstRequest / 1000, llmRequestSpanSeconds: requestSpan,
      llmRerunSeconds: rerun.seconds, llmRerunRequests: rerunRequests,
    });
    rows.push({ measure: `LLM path, ${llmN} articles, ${latencyMs} ms/request, concurrency ${concurrency}`, value: `${llm.seconds.toFixed(2)} s (ideal ${ideal.toFixed(1)} s, ×${(llm.seconds / ideal).toFixed(2)}; ${requests} requests, ${server.maxInFlight()} at once)`, target: '≤ 1.2 × ideal', met: llm.seconds <= ideal * 1.2 });
    if (firstRequest !== null && requestSpan !== null) {
      rows.push({ measure: '  first request after (start-up: node, SDK, worker + jieba)', value: `${(firstRequest / 1000).toFixed(2)} s`, target: '', met: null });
      rows.push({ measure: '  first request → last answer', value: `${requestSpan.toFixed(2)} s (×${(requestSpan / ideal).toFixed(2)} of ideal)`, target: '', met: null });
    }
    rows.push({ measure: `LLM rerun, all cached`, value: `${rerun.seconds.toFixed(2)} s (${rerunRequests} requests)`, target: '< 1 s, 0 requests', met: rerun.seconds < 1 && rerunRequests === 0 });
  } finally {
    await server.close();
  }

  // 7. The same run with each article answered by a faithful answer of its own instead of n0's answer for every
  // article, so that the verification is the one a real run does (and a quote or fact a real answer can hold goes
  // through the whole path: the run must finish with no article failed). No target of its own.
  const answerFor = await faithfulAnswers(join(work, 'answers'), sources, env);
  const ownServer = await startLatencyServer({ latencyMs, completionFile, answerFor });
  try {
    const own = await timed(llmArgs(join(work, 'out-llm-own')), { ...env, OPENAI_BASE_URL: ownServer.baseURL, OPENAI_API_KEY: 'sk-bench' });
    checkExit(own, 'LLM run with faithful answers');
    const span = ownServer.span();
    Object.assign(figures, { llmOwnAnswersSeconds: own.seconds, llmOwnAnswersRssMB: own.maxRssMB });
    rows.push({
      measure: `LLM path, each article its own faithful answer`,
      value: `${own.seconds.toFixed(2)} s (×${(own.seconds / ideal).toFixed(2)} of ideal${span === null ? '' : `; first request → last answer ${((span.last - span.first) / 1000).toFixed(2)} s`})`,
      target: '',
      met: null,
    });
  } finally {
    await ownServer.close();
  }

  printTable(rows);
  const out = resolve(values['json-out']);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ date: new Date().toISOString(), n, memoryN: values.quick || values['llm-only'] ? null : memoryN, figures, rows }, null, 2)}\n`);
  log(`wrote ${out}`);
  if (!values.keep) await rm(work, { recursive: true, force: true });
}

/** UTF-8 fixture articles (txt, md) that are plain text once decoded. */
function loadSources(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    if (!/\.(txt|md)$/.test(name)) continue;
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    if (!text.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(text.slice(0, 200))) texts.push(text);
  }
  if (texts.length === 0) throw new Error(`no UTF-8 articles in ${FIXTURES}`);
  return texts;
}

/** N articles in folders of 500, each with distinct bytes (a numbered line appended), so none is a duplicate. */
async function buildCorpus(dir: string, n: number, sources: readonly string[]): Promise<string> {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `article-${String(i).padStart(6, '0')}.txt`), `${sources[i % sources.length]!}\n（稿件编号 ${i}）\n`);
  }
  return dir;
}

/** What the bench reads of a builtin fact sheet to make an answer of it. */
interface BuiltinSheet {
  readonly title: { readonly zh: string; readonly en: string | null };
  readonly summaries: { readonly zh: { readonly text: string }; readonly en: { readonly text: string } };
  readonly entities: readonly { readonly zh: string; readonly en: string; readonly type: string }[];
  readonly facts: readonly { readonly kind: string; readonly en: string | null; readonly context: string }[];
}

const ANSWER_ENTITY_TYPES = new Set(['person', 'organization', 'place', 'product']);

/**
 * A faithful answer for each source article, in the schema the prompts ask for: the builtin provider's summaries,
 * entities and up to seven of its facts (each quoting its source sentence), served to the request that carries the
 * article's headline. Returns the chooser, which answers null for any other request.
 */
async function faithfulAnswers(dir: string, sources: readonly string[], env: NodeJS.ProcessEnv): Promise<(request: string) => string | null> {
  const corpus = await buildCorpus(join(dir, 'corpus'), sources.length, sources);
  const out = join(dir, 'out');
  checkExit(await timed([CLI, 'run', corpus, '--out', out, '--provider', 'builtin', '--date', '2025-05-20'], env), 'builtin run for the answers');
  const byHeadline = new Map<string, string>();
  for (const name of (await readdir(join(out, 'articles'))).filter((f) => f.endsWith('.json')).sort()) {
    const sheet = JSON.parse(await readFile(join(out, 'articles', name), 'utf8')) as BuiltinSheet;
    // As the request's JSON writes it.
    byHeadline.set(JSON.stringify(sheet.title.zh).slice(1, -1), answerBody(sheet));
  }
  if (byHeadline.size === 0) throw new Error('faithful answers: the builtin run wrote no fact sheets');
  return (request) => {
    for (const [headline, body] of byHeadline) if (request.includes(headline)) return body;
    return null;
  };
}

/** A chat-completion body whose message is the sheet's summaries, entities and facts as an LLM would answer them. */
function answerBody(sheet: BuiltinSheet): string {
  const content = {
    title_en: sheet.title.en ?? sheet.title.zh,
    summary_zh: sheet.summaries.zh.text,
    summary_en: sheet.summaries.en.text,
    entities: sheet.entities.filter((e) => ANSWER_ENTITY_TYPES.has(e.type)).map(({ zh, en, type }) => ({ zh, en, type })),
    facts: sheet.facts
      .filter((f) => ['money', 'percent', 'count'].includes(f.kind) && f.en !== null && f.context !== '')
      .slice(0, 7)
      .map((f) => ({ quote: f.context, statement_en: `${f.en}.`, statement_zh: f.context })),
  };
  return JSON.stringify({
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    created: 0,
    model: 'bench-model',
    choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(content) }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  });
}

/** Read every file and tag it with nodejieba, one thread; jieba (with jianbao's user dictionary) is loaded first. */
async function measureFloor(dir: string): Promise<number> {
  const require = createRequire(join(ROOT, 'package.json'));
  const jieba = require('nodejieba') as { load(o: { userDict: string }): void; tag(t: string): unknown[]; DEFAULT_USER_DICT: string };
  jieba.load({ userDict: `${jieba.DEFAULT_USER_DICT}|${join(ROOT, 'dist', 'segment', 'user-dict.txt')}` });
  const files: string[] = [];
  for (const part of (await readdir(dir)).sort()) for (const f of (await readdir(join(dir, part))).sort()) files.push(join(dir, part, f));
  const started = performance.now();
  let tokens = 0;
  for (const file of files) tokens += jieba.tag(await readFile(file, 'utf8')).length;
  const seconds = (performance.now() - started) / 1000;
  if (tokens === 0) throw new Error('floor: no tokens');
  return seconds;
}

/** Runs `node <args>` as a child, timing the whole process; peak RSS from /usr/bin/time when present. */
function timed(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Timed> {
  const useTime = existsSync(TIME);
  const rssFile = join(tmpdir(), `jianbao-bench-rss-${process.pid}-${Math.random().toString(16).slice(2)}`);
  const [command, argv] = useTime
    ? [TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, [...args]];
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      let maxRssMB: number | null = null;
      if (useTime) {
        try {
          const kb = Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '', 10);
          if (Number.isFinite(kb)) maxRssMB = kb / 1024;
        } catch {
          // No figure: reported as unknown.
        }
        void rm(rssFile, { force: true });
      }
      resolvePromise({ seconds, startedAt: started, maxRssMB, code, stdout, stderr });
    });
  });
}

function checkExit(result: Timed, what: string): void {
  if (result.code !== 0) throw new Error(`${what} exited with ${result.code}:\n${result.stderr.slice(-2000)}`);
}

async function median(times: number, measure: () => Promise<number>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await measure());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** The user's environment minus anything that would change the provider or the output folder. */
function benchEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JIANBAO_LOCAL_MODEL_DIR: join(tmpdir(), 'jianbao-bench-no-models') };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'JIANBAO_PROVIDER', 'JIANBAO_MODEL', 'JIANBAO_OUT', 'JIANBAO_CONCURRENCY']) delete env[name];
  return env;
}

function mb(value: number | null): string {
  return value === null ? 'unknown (no /usr/bin/time)' : `${value.toFixed(0)} MB`;
}

function printTable(rows: readonly Row[]): void {
  const w0 = Math.max(...rows.map((r) => r.measure.length));
  const w1 = Math.max(...rows.map((r) => r.value.length));
  const line = (a: string, b: string, c: string, d: string): string => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c.padEnd(16)}  ${d}`;
  process.stdout.write(`${line('measure', 'value', 'target', 'met')}\n`);
  for (const r of rows) process.stdout.write(`${line(r.measure, r.value, r.target, r.met === null ? '' : r.met ? 'yes' : 'NO')}\n`);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
