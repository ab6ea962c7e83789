import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { JianbaoConfig } from '../config/index.js';
import { describeError, OutputError } from '../errors/index.js';
import { collectInputFiles } from '../ingest/collect-input-files.js';
import { readInputBytes } from '../ingest/read-input-bytes.js';
import type { AnalysisContext } from '../pipeline/index.js';
import { summarizeWithChain } from '../summarize/provider-chain.js';
import type { SummaryProvider } from '../summarize/provider.js';
import type { Manifest, ManifestItem, Usage } from '../types.js';
import { VERSION } from '../version.js';
import { assignArticleIds } from './assign-ids.js';
import {
  canUseWorkers,
  createWorkerPoolRunner,
  defaultWorkerCount,
  type ArticleRunner,
} from './article-runner.js';
import { epochNow, isBuiltinOnly, type ArticleJob, type FinishedArticle, type StageSettings } from './article-job.js';
import { describeFsError, writeFileAtomic } from './atomic-write.js';
import { openCacheJournal, readCacheIndex, writeCacheIndex } from './cache-index.js';
import { articleCacheKey, runIdentity } from './cache-key.js';
import { cleanStaleTempFiles } from './clean-stale-temp.js';
import { acquireOutputLock } from './output-lock.js';

/** Progress as one event union keyed on `status`, in the manner of transformers.js. */
export type BatchEvent =
  | { readonly status: 'start'; readonly total: number }
  | { readonly status: 'item'; readonly item: ManifestItem; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly manifest: Manifest };

export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly config: JianbaoConfig;
  /** The provider chain; it runs on the calling thread (LLM calls are network-bound). */
  readonly chain: readonly SummaryProvider[];
  /** The run's clock (startedAt, generatedAt). @default () => new Date() */
  readonly now?: () => Date;
  /** Cancels in-flight provider calls when the run stops. @default undefined */
  readonly signal?: AbortSignal;
  /**
   * The analysis context (jieba + glossary) for in-process work, or a factory for it. It is
   * created only when an article needs analysing in-process: a fully cached rerun loads nothing.
   * @default () => createAnalysisContext(config)
   */
  readonly analysis?: AnalysisContext | (() => AnalysisContext);
  /**
   * Worker threads for the CPU-bound stages; 0 runs them in-process. Workers need the
   * compiled .js modules, so under vitest (.ts sources) the default is 0.
   * @default os.availableParallelism() (capped at `config.concurrency`) when compiled, else 0
   */
  readonly workers?: number;
  readonly onEvent?: (event: BatchEvent) => void;
  /** Wait this long for another run's lock on the output folder. @default 0 */
  readonly lockWaitMs?: number;
}

/**
 * Runs every article found under the inputs through the pipeline, concurrently up to
 * `config.concurrency`, writing each briefing and fact sheet atomically as soon as it is
 * done (results are streamed to disk: only small manifest items are kept), skipping
 * articles whose cache key is unchanged, and ending with manifest.json. One bad article is
 * recorded and the batch goes on.
 *
 * Caching rule: an article is `cached` when its fact sheet exists and was produced under the
 * same cache key (bytes, path, run identity) by the chain's *first choice*. An article whose
 * provider call fell back is written but not cached, so the next run tries the LLM again
 * (`--provider builtin` makes such outputs final).
 */
export async function runBatch(options: BatchOptions): Promise<Manifest> {
  const { config, chain } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const emit = options.onEvent ?? (() => undefined);
  const articlesDir = join(config.outDir, 'articles');
  await mkdir(articlesDir, { recursive: true }).catch((error: unknown) => {
    throw new OutputError('E_OUTPUT', `cannot create ${articlesDir}: ${describeFsError(error)}`, { cause: error });
  });
  const lock = await acquireOutputLock(config.outDir, { waitMs: options.lockWaitMs ?? 0 });
  let runner: ArticleRunner | null = null;
  try {
    await cleanStaleTempFiles([config.outDir, articlesDir]);
    const { files, errors } = await collectInputFiles(options.inputs);
    const ids = assignArticleIds(files);
    const identity = runIdentity(config, chain);
    const cacheIndex = await readCacheIndex(config.outDir);
    const journal = await openCacheJournal(config.outDir);
    const settings: StageSettings = {
      maxInputBytes: config.maxInputBytes,
      lengths: config.lengths,
      strict: config.strict,
      version: VERSION,
    };
    const builtinOnly = isBuiltinOnly(chain);
    // A builtin chain is CPU-bound throughout: one worker per core beyond the main thread's (see
    // defaultWorkerCount). An LLM chain leaves the main thread waiting on the network, while each answer
    // costs 25-30 ms of verification: at concurrency 8 and 200 ms a request that is a whole core, so
    // one worker fell behind and the answers queued up past the last one (session 25, bench: x1.74-2.03
    // of ideal with one worker, x1.52-1.66 with one per core, alternating runs). A local model has
    // a worker of its own that needs the cores, so it keeps one analysis worker.
    const workers = options.workers ?? (canUseWorkers() ? (builtinOnly ? defaultWorkerCount() : chain[0]?.provider === 'local' ? 1 : availableParallelism()) : 0);
    runner = workers > 0
      ? createWorkerPoolRunner({ settings, referenceDate: config.referenceDate, size: workers })
      : (await import('./in-process-runner.js')).createInProcessRunner({
          settings,
          referenceDate: config.referenceDate,
          analysis: options.analysis,
        });
    const articleRunner = runner;

    const items: ManifestItem[] = errors.map((error) => failedItem(error.path, null, error));
    const total = files.length + errors.length;
    emit({ status: 'start', total });
    let done = 0;
    for (const item of items) emit({ status: 'item', item, done: ++done, total });
    const usage: Usage = { promptTokens: 0, completionTokens: 0 };

    const produce = async (job: ArticleJob, slot: AheadSlot): Promise<FinishedArticle> => {
      if (builtinOnly) return articleRunner.runBuiltin(job);
      // Ingest here, analysis in a worker: the chain's request goes out while it runs.
      const prepared = await articleRunner.prepare(job);
      let outcome;
      try {
        outcome = await summarizeWithChain(
          chain,
          { article: prepared.article, analyzed: prepared.analyzed, lengths: config.lengths },
          {
            deadlineMs: config.articleDeadlineMs,
            signal: options.signal,
            onWaitingForAnalysis: (waiting) => (waiting ? slot.park() : slot.unpark()),
          },
        );
      } catch (error) {
        prepared.release();
        throw error;
      } finally {
        slot.answered();
      }
      return prepared.finish({
        result: outcome.result,
        provider: { provider: outcome.provider.provider, modelId: outcome.provider.modelId },
        fallbacks: outcome.fallbacks,
      });
    };

    const processOne = async (path: string, slot: AheadSlot): Promise<ManifestItem> => {
      const id = ids.get(path) ?? path;
      const started = epochNow();
      let bytes: Uint8Array;
      try {
        bytes = await readInputBytes(path, config.maxInputBytes);
      } catch (error) {
        return failedItem(path, id, error);
      }
      const cacheKey = articleCacheKey(bytes, path, identity);
      const jsonPath = join(articlesDir, `${id}.json`);
      if (!config.force && (await isCached(jsonPath, cacheIndex.get(id), cacheKey))) {
        return { path, id, status: 'cached', provider: null, durationMs: Math.round(epochNow() - started) };
      }
      try {
        const finished = await produce({ path, id, bytes, cacheKey, startedAt: started, generatedAt: now().toISOString() }, slot);
        await writeFileAtomic(join(articlesDir, `${id}.md`), finished.markdown);
        // The JSON goes last: its presence (with the cache key) is what marks the article done.
        await writeFileAtomic(jsonPath, finished.json);
        const cachedAs = finished.fallbacks === 0 ? cacheKey : null;
        await journal.record(id, cachedAs);
        if (cachedAs === null) cacheIndex.delete(id);
        else cacheIndex.set(id, cachedAs);
        if (finished.usage) {
          usage.promptTokens += finished.usage.promptTokens;
          usage.completionTokens += finished.usage.completionTokens;
        }
        return {
          path,
          id,
          status: 'ok',
          provider: finished.provider,
          facts: finished.facts,
          flagged: finished.flagged,
          durationMs: Math.round(epochNow() - started),
        };
      } catch (error) {
        return failedItem(path, id, error);
      }
    };

    try {
      // How many articles are between "read" and "answered by the provider chain" at once. A
      // builtin-only run is CPU-bound throughout: at least four per worker keep every worker
      // busy while others wait on the disk (each output is fsynced). With an LLM chain,
      // --concurrency is the number of requests at once, which the provider enforces with its
      // own queue; twice as many articles ahead of their answer keep that queue full.
      const inFlight = builtinOnly ? Math.max(config.concurrency, workers * 4) : config.concurrency * 2;
      // With an LLM chain an article's request goes out before its analysis is done, so at
      // start-up (jieba and the workers loading, 0.2–0.5 s) articles whose answer is in wait for their
      // analysis. Those are "parked": they count against this bound on memory, not `inFlight`,
      // so the requests keep flowing meanwhile.
      const open = builtinOnly ? inFlight : Math.max(inFlight, Math.min(256, config.concurrency * 32));
      const queue = new PQueue({ concurrency: open });
      let ahead = 0;
      let wake: (() => void) | null = null;
      const changed = (): void => {
        const w = wake;
        wake = null;
        w?.();
      };
      const takeSlot = (): AheadSlot => {
        let counted = true;
        let done = false;
        ahead++;
        const uncount = (): void => {
          if (!counted) return;
          counted = false;
          ahead--;
          changed();
        };
        return {
          park: uncount,
          unpark: () => {
            if (counted || done) return;
            counted = true;
            ahead++;
          },
          answered: () => {
            done = true;
            uncount();
          },
        };
      };
      // A throwing onEvent listener is a bug in the caller: stop feeding, then rethrow it.
      let listenerError: { error: unknown } | null = null;
      // Fed a few at a time rather than all at once, so memory does not grow with the folder.
      for (const path of files) {
        if (listenerError !== null) break;
        await queue.onSizeLessThan(inFlight);
        while (!builtinOnly && ahead >= inFlight) await new Promise<void>((resolve) => (wake = resolve));
        const slot = takeSlot();
        void queue
          .add(async () => {
            try {
              const item = await processOne(path, slot).catch((error: unknown) => failedItem(path, ids.get(path) ?? null, error));
              items.push(item);
              emit({ status: 'item', item, done: ++done, total });
            } finally {
              slot.answered();
            }
          })
          .catch((error: unknown) => {
            listenerError ??= { error };
          });
      }
      await queue.onIdle();
      if (listenerError !== null) throw (listenerError as { error: unknown }).error;
    } finally {
      await journal.close();
      await writeCacheIndex(config.outDir, cacheIndex);
    }
    const counts = { ok: 0, cached: 0, failed: 0 };
    for (const item of items) counts[item.status]++;
    const manifest: Manifest = {
      runId: randomUUID(),
      version: VERSION,
      startedAt,
      finishedAt: now().toISOString(),
      counts,
      usage,
      items: items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    };
    await writeFileAtomic(join(config.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    emit({ status: 'done', manifest });
    return manifest;
  } finally {
    await runner?.close();
    await lock.release();
  }
}

/** An article's place among those ahead of their provider's answer (see the feeding loop). */
interface AheadSlot {
  /** Waiting on its analysis only: no longer ahead. */
  park(): void;
  /** Its analysis is in; the provider works again. */
  unpark(): void;
  /** The chain is done with it (or never will start). */
  answered(): void;
}

function failedItem(path: string, id: string | null, error: unknown): ManifestItem {
  const { code, message } = describeError(error);
  return { path, id, status: 'failed', provider: null, error: { code, message } };
}

/**
 * Unchanged when the index holds the same key and the fact sheet exists. When the index
 * lacks the article (a run killed between writing the sheet and journalling it), the sheet's
 * own provenance decides, so not even that one article is redone.
 */
async function isCached(jsonPath: string, indexed: string | undefined, key: string): Promise<boolean> {
  if (indexed === key) return exists(jsonPath);
  if (indexed !== undefined) return false;
  try {
    const sheet = JSON.parse(await readFile(jsonPath, 'utf8')) as {
      provenance?: { cacheKey?: unknown; fallbacks?: unknown[] };
    };
    return sheet.provenance?.cacheKey === key && sheet.provenance.fallbacks?.length === 0;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
