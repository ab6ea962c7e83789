import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisContext } from '../pipeline/index.js';
import type { Tokenizer } from '../segment/create-tokenizer.js';
import type { PackedTokens } from '../segment/packed-tokens.js';
import type { Analyzed, Article } from '../types.js';
import type { ArticleJob, FinishedArticle, PlainOutcome, StageSettings } from './article-job.js';
import { deserializeError, type AnalysisWorkerData, type FromAnalysisWorker, type ToAnalysisWorker } from './worker-protocol.js';

/**
 * An ingested article on its way through the provider chain: its text at once, its analysis
 * when the runner has done it, and the way back to the thread that holds the analysis.
 */
export interface PreparedArticle {
  readonly article: Article;
  /**
   * segment → extract, running (in a worker, or in-process on a later turn of the event
   * loop). Already marked handled: a rejection nobody awaits is not an unhandled one.
   */
  readonly analyzed: Promise<Analyzed>;
  finish(outcome: PlainOutcome): Promise<FinishedArticle>;
  /** Drops the kept record when `finish` will not be called (the chain threw). */
  release(): void;
}

/** Where the CPU-bound stages run: in this thread, or in a pool of worker threads. */
export interface ArticleRunner {
  /** The whole article with the builtin provider. */
  runBuiltin(job: ArticleJob): Promise<FinishedArticle>;
  /** Ingests the article on this thread (its errors reject this) and starts its analysis. */
  prepare(job: ArticleJob): Promise<PreparedArticle>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  readonly settings: StageSettings;
  readonly referenceDate: string | null;
  /**
   * The analysis context for in-process work, or a factory called on first use, so a run
   * whose articles are all cached never loads jieba (about 1 s).
   * @default () => createAnalysisContext({ referenceDate })
   */
  readonly analysis?: AnalysisContext | (() => AnalysisContext);
}

/** Whether this module runs from compiled JavaScript, where the worker entry point exists as .js. */
export function canUseWorkers(): boolean {
  return import.meta.url.endsWith('.js');
}

/**
 * One worker per core beyond the first, whose work the main thread does: it reads, ingests and
 * tags each article and writes what comes back. On two cores one worker keeps the run under
 * 300 MB (2,000 bench articles, session 9: 266-275 MB in 13.5-14.4 s) where two take 336-349 MB
 * and are at most a tenth faster, sometimes slower (12.4-14.9 s): the main thread, V8's GC helpers
 * and the file writes already keep the second core busy; `--workers` chooses. (Session 12, after the
 * verifier had grown: one worker 260-279 MB in 22.3-24.9 s, two 339-392 MB in 18.6-20.2 s.) Running whole
 * articles on the main thread as well was tried and dropped: its heap has no cap, and grew past
 * 170 MB.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The old-generation heap of an analysis worker, in MB (`JIANBAO_WORKER_HEAP_MB`, default 128):
 * V8 otherwise lets a busy worker's heap grow to several hundred MB before it collects. An
 * article too large for it is analysed again on the main thread, so nothing fails for the cap.
 */
export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['JIANBAO_WORKER_HEAP_MB'];
  const n = raw === undefined || raw.trim() === '' ? DEFAULT_WORKER_HEAP_MB : Number(raw);
  return Number.isFinite(n) && n >= 8 ? Math.floor(n) : DEFAULT_WORKER_HEAP_MB;
}

const DEFAULT_WORKER_HEAP_MB = 128;
/**
 * A worker's young generation in MB. Session 9 measured 2,000 bench articles with one worker, two
 * runs each: 4 MB took 15.1 / 15.7 s (20.4 / 21.1 s user) at 245-255 MB, 16 MB 14.4 / 13.2 s
 * (19.5 / 18.1 s user) at 271 MB, 32 MB 14.1 / 13.9 s at 291-302 MB: fewer scavenges, each
 * helped by V8's platform threads, which compete with the main thread for the second core.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** Whether a job failed because its worker ran out of its heap (not because of the article). */
function isWorkerOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

interface PoolWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  /** Jobs sent and not yet answered, plus prepared articles it still holds. */
  load: number;
  readonly pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
  dead: boolean;
}

/**
 * A small pool of worker threads, each loading the glossary once (articles come to them tagged by
 * this thread's one jieba). The first worker
 * starts on the first job (a fully cached rerun starts none), the others once the run has
 * shown it has enough work for them (`growAfter`); each job goes to the least loaded
 * worker, and a prepared article's `finish` returns to the worker that holds its record.
 * A worker that dies fails its jobs (the batch records them) and is replaced on demand.
 */
export interface WorkerPoolOptions extends Omit<RunnerOptions, 'analysis'> {
  /** Most workers. */
  readonly size: number;
  /**
   * Jobs dispatched before the pool grows past one worker. Each worker loads its own copy of the
   * pipeline (about 0.2 s and 55 MB), which a handful of changed articles does not repay.
   * @default 8
   */
  readonly growAfter?: number;
  /** Old-generation heap per worker in MB. @default workerHeapMb() */
  readonly heapMb?: number;
}

export function createWorkerPoolRunner(options: WorkerPoolOptions): ArticleRunner {
  const data: AnalysisWorkerData = { settings: options.settings, referenceDate: options.referenceDate };
  const workers: PoolWorker[] = [];
  let seq = 0;
  let dispatched = 0;
  let closed = false;
  const growAfter = options.growAfter ?? 8;
  const heapMb = options.heapMb ?? workerHeapMb();
  // The main thread's own runner, for an article whose analysis outgrew a worker's heap; loaded
  // only then, so the main thread of a run holds no pipeline of its own.
  let fallback: Promise<ArticleRunner> | null = null;
  const onMainThread = async (): Promise<ArticleRunner> =>
    (fallback ??= import('./in-process-runner.js').then(({ createInProcessRunner }) =>
      createInProcessRunner({ settings: options.settings, referenceDate: options.referenceDate }),
    ));

  const spawn = (): PoolWorker => {
    const worker = new Worker(new URL('./analysis-worker.js', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const pending: PoolWorker['pending'] = new Map();
    let markReady: () => void = () => undefined;
    let failLoad: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failLoad = reject;
    });
    // Avoid an unhandled rejection when no job is waiting on a failed start.
    ready.catch(() => undefined);
    const entry: PoolWorker = { worker, ready, load: 0, pending, dead: false };
    worker.on('message', (message: FromAnalysisWorker) => {
      if (message.type === 'ready') markReady();
      else if (message.type === 'load-failed') failLoad(deserializeError(message.error));
      else {
        const p = pending.get(message.seq);
        if (!p) return;
        pending.delete(message.seq);
        if (message.ok) p.resolve(message.value);
        else p.reject(deserializeError(message.error));
      }
    });
    const die = (error: Error): void => {
      if (entry.dead) return;
      entry.dead = true;
      failLoad(error);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      const at = workers.indexOf(entry);
      if (at >= 0) workers.splice(at, 1);
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`internal: analysis worker exited (code ${code})`)));
    workers.push(entry);
    return entry;
  };

  const pick = (): PoolWorker => {
    if (closed) throw new Error('internal: article runner used after close');
    dispatched++;
    // Grow once the run has shown it has real work. Not gated on a backlog: at concurrency 8
    // and 200 ms per request an LLM run needs ~25 ms of CPU per article every 25 ms, one
    // worker's worth already, and a worker started late spends its first moments loading.
    if (workers.length === 0 || (workers.length < options.size && dispatched > growAfter)) spawn();
    let best = workers[0]!;
    for (const w of workers) if (w.load < best.load) best = w;
    return best;
  };

  const call = async <T>(target: PoolWorker, message: ToAnalysisWorker, transfer: ArrayBuffer[] = []): Promise<T> => {
    await target.ready;
    if (target.dead) throw new Error('internal: analysis worker is gone');
    return new Promise<T>((resolve, reject) => {
      target.pending.set(message.seq, { resolve: resolve as (value: unknown) => void, reject });
      target.worker.postMessage(message, transfer);
    });
  };

  // The run's one jieba, on this thread: tagging is a small part of an article's work, and
  // a copy per worker cost about 40 MB each. Loaded on the first article, once.
  let ingesting: Promise<typeof import('./ingest-article.js')> | null = null;
  let tokenizing: Promise<Tokenizer> | null = null;
  const ingest = async (job: ArticleJob): Promise<Article> => {
    ingesting ??= import('./ingest-article.js');
    return (await ingesting).ingestArticle(job, options.settings);
  };
  const tag = async (article: Article): Promise<PackedTokens> => {
    tokenizing ??= import('../segment/create-tokenizer.js').then(({ createTokenizer }) => createTokenizer());
    return (await tokenizing).tagPacked(article.source.text);
  };
  /** ingest → tag on this thread: the article and its tokens, ready to move to a worker. */
  const ingestAndTag = async (job: ArticleJob): Promise<{ article: Article; tokens: PackedTokens }> => {
    const article = await ingest(job);
    return { article, tokens: await tag(article) };
  };
  /**
   * Tagging once the caller has had its turn: on the LLM path the article's request goes out
   * first, and the tagging (for the first article, loading jieba's dictionaries, about a third of
   * a second) runs while the request waits.
   */
  const tagAfterThisTurn = async (article: Article): Promise<PackedTokens> => {
    await new Promise((resolve) => setImmediate(resolve));
    return tag(article);
  };
  const buffersOf = (tokens: PackedTokens): ArrayBuffer[] => [tokens.spans.buffer as ArrayBuffer, tokens.tagIds.buffer as ArrayBuffer];

  return {
    async runBuiltin(job) {
      const target = pick();
      target.load++;
      try {
        const { article, tokens } = await ingestAndTag(job);
        const { cacheKey, startedAt, generatedAt } = job;
        return await call<FinishedArticle>(target, { type: 'builtin', seq: ++seq, article, tokens, job: { cacheKey, startedAt, generatedAt } }, buffersOf(tokens));
      } catch (error) {
        if (isWorkerOutOfMemory(error)) return (await onMainThread()).runBuiltin(job);
        throw error;
      } finally {
        target.load--;
      }
    },
    async prepare(job) {
      // The article goes back as soon as it is read, so that its request goes out.
      const article = await ingest(job);
      // Past the heap cap the whole article moves to the main thread (its record lives there).
      const retryOnMainThread = async (): Promise<PreparedArticle> => (await onMainThread()).prepare(job);
      const target = pick();
      const id = ++seq;
      target.load++;
      let settled = false;
      const settle = (): void => {
        if (!settled) target.load--;
        settled = true;
      };
      let moved: Promise<PreparedArticle> | null = null;
      const analyzed = tagAfterThisTurn(article).then((tokens) => call<Analyzed>(target, { type: 'analyze', seq: id, article, tokens }, buffersOf(tokens))).catch(async (error: unknown) => {
        if (!isWorkerOutOfMemory(error)) throw error;
        moved = retryOnMainThread();
        return (await moved).analyzed;
      });
      analyzed.catch(() => undefined);
      // Not the job: its bytes are not needed past ingest.
      const { cacheKey, startedAt, generatedAt } = job;
      let released = false;
      return {
        article,
        analyzed,
        finish: async (outcome) => {
          try {
            // The worker must hold the record before it is asked to finish it.
            await analyzed;
            if (moved !== null) return await (await moved).finish(outcome);
            return await call<FinishedArticle>(target, {
              type: 'finish', seq: id, outcome, job: { cacheKey, startedAt, generatedAt },
            });
          } finally {
            settle();
          }
        },
        release: () => {
          if (settled || released) return;
          released = true;
          // After the analysis has settled: a release that overtook its `analyze` message would
          // leave the record in the worker.
          void analyzed.then(noop, noop).then(() => {
            settle();
            if (!target.dead) target.worker.postMessage({ type: 'release', seq: id } satisfies ToAnalysisWorker);
          });
        },
      };
    },
    async close() {
      closed = true;
      const all = workers.splice(0);
      await Promise.all(
        all.map(async (w) => {
          w.dead = true;
          await w.worker.terminate();
        }),
      );
    },
  };
}

function noop(): void {}
