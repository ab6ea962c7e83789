/**
 * Benchmark of the local provider (a script, not a test): model load time and articles
 * per minute over a folder of articles, with inference in a worker thread (what the CLI
 * does) and in-process, plus the main thread's event-loop delay during each, which is
 * what the worker is for.
 *
 *   npm run build && node dist/bench/local-model-bench.js \
 *     [--models fixtures/models] [--model tiny-random-marian-zh-en] [--articles fixtures/articles] \
 *     [--out output/bench-local.json] [--rounds 1]
 *
 * Prints a table and writes the figures as JSON. With the tiny random model the figures
 * measure the pipeline's overhead (tokenizer, ONNX Runtime calls, the generation loop,
 * worker messaging), not a real model's arithmetic: random weights never emit the end
 * token, so every sentence runs to its max_new_tokens bound.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { collectInputFiles, ingestFile } from '../ingest/index.js';
import { analyzeArticle } from '../pipeline/index.js';
import { createAnalysisContext } from '../pipeline/create-analysis-context.js';
import {
  createLocalProvider,
  guessTask,
  loadModelRuntime,
  modelFolderPath,
  readModelConfig,
  type InferenceWhere,
  type RuntimeLoader,
} from '../summarize/local/index.js';
import { DEFAULT_SUMMARY_LENGTHS, requestForAnalyzed } from '../summarize/provider.js';
import type { Analyzed } from '../types.js';

interface Row {
  readonly where: InferenceWhere;
  readonly loadMs: number;
  readonly articles: number;
  readonly sentences: number;
  readonly totalMs: number;
  readonly msPerArticle: number;
  readonly msPerSentence: number;
  readonly articlesPerMinute: number;
  /** Ticks of a 10 ms main-thread timer while summarising, and the gaps between them (ms). */
  readonly timerTicks: number;
  readonly loopGapP99Ms: number;
  readonly loopGapMaxMs: number;
}

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: 'fixtures/models' },
    model: { type: 'string', default: 'tiny-random-marian-zh-en' },
    articles: { type: 'string', default: 'fixtures/articles' },
    out: { type: 'string', default: 'output/bench-local.json' },
    rounds: { type: 'string', default: '1' },
    // Internal: measure one mode in this process. Each mode needs a process of its own,
    // because onnxruntime-node loads into one thread per process only.
    inference: { type: 'string' },
  },
});
const run = promisify(execFile);
const rounds = Math.max(1, Number(values.rounds) || 1);
const lengths = DEFAULT_SUMMARY_LENGTHS;
const folder = modelFolderPath(values.models, values.model);
const task = guessTask(readModelConfig(folder));
if (task === null) throw new Error(`no usable model in ${folder}`);

const analysis = createAnalysisContext({ referenceDate: null });
const analyzed: Analyzed[] = [];
const collected = await collectInputFiles([values.articles]);
for (const path of collected.files) {
  try {
    analyzed.push(analyzeArticle(await ingestFile(path, { maxBytes: 5 * 1024 * 1024 }), analysis));
  } catch {
    // Bad inputs are the batch's business; the bench measures the model on the good ones.
  }
}

async function measure(where: InferenceWhere): Promise<Row> {
  // The load is timed inside the provider's first summarize, as a run pays it.
  let loadMs = 0;
  const timedLoader: RuntimeLoader = async (options) => {
    const t0 = performance.now();
    const runtime = await loadModelRuntime(options);
    loadMs = performance.now() - t0;
    return runtime;
  };
  const provider = await createLocalProvider({
    modelDir: values.models, model: values.model, lengths, inference: where, loadRuntime: timedLoader,
  });
  await provider.summarize(requestForAnalyzed(analyzed[0]!, lengths)); // load + warm-up article
  // A 10 ms timer on the main thread: the gaps between its ticks are how long the event
  // loop could not serve I/O, timers or other articles. (monitorEventLoopDelay reports
  // nothing when the loop is starved outright, which is what in-process inference does:
  // onnxruntime-node resolves each step on process.nextTick, so timers never run.)
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 10);
  let sentences = 0;
  const t1 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const a of analyzed) {
      const result = await provider.summarize(requestForAnalyzed(a, lengths));
      sentences += result.zhSentences?.length ?? 0;
    }
  }
  const totalMs = performance.now() - t1;
  clearInterval(timer);
  gaps.push(performance.now() - last);
  gaps.sort((a, b) => a - b);
  await provider.dispose?.();
  const count = analyzed.length * rounds;
  return {
    where,
    loadMs: round(loadMs),
    articles: count,
    sentences,
    totalMs: round(totalMs),
    msPerArticle: round(totalMs / count),
    msPerSentence: round(totalMs / Math.max(1, sentences)),
    articlesPerMinute: round((60_000 * count) / totalMs),
    timerTicks: gaps.length,
    loopGapP99Ms: round(gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.99))] ?? 0),
    loopGapMaxMs: round(gaps.at(-1) ?? 0),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (values.inference === 'worker' || values.inference === 'in-process') {
  process.stdout.write(`ROW ${JSON.stringify(await measure(values.inference))}\n`);
  process.exit(0);
}
const rows: Row[] = [];
for (const where of ['worker', 'in-process'] as const) {
  const args = process.argv.slice(1).concat(['--inference', where]);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const line = stdout.split('\n').find((l) => l.startsWith('ROW '));
  if (!line) throw new Error(`the ${where} measurement printed no result`);
  rows.push(JSON.parse(line.slice(4)) as Row);
}

const header = ['inference', 'load ms', 'articles', 'sentences', 'ms/article', 'ms/sentence', 'articles/min', '10ms ticks', 'gap p99 ms', 'gap max ms'];
const table = [
  header,
  ...rows.map((r) => [r.where, r.loadMs, r.articles, r.sentences, r.msPerArticle, r.msPerSentence, r.articlesPerMinute, r.timerTicks, r.loopGapP99Ms, r.loopGapMaxMs].map(String)),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
process.stdout.write(`local model bench: ${values.model} (${task}) on ${analyzed.length} articles × ${rounds}, ${cpus().length} CPUs, Node ${process.version}\n\n`);
for (const row of table) process.stdout.write(`${row.map((cell, i) => cell.padStart(widths[i]!)).join('  ')}\n`);

const report = {
  model: values.model,
  task,
  folder,
  articles: analyzed.length,
  rounds,
  cpus: cpus().length,
  node: process.version,
  at: new Date().toISOString(),
  rows,
};
const out = resolve(values.out);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\nwrote ${out}\n`);
