import { randomUUID } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { JianbaoConfig } from '../config/index.js';
import { describeError, InputFileError, OutputError } from '../errors/index.js';
import { collectInputFiles } from '../ingest/index.js';
import { processArticle, type PipelineContext } from '../pipeline/index.js';
import { renderBriefingMarkdown } from '../render/index.js';
import { FactSheetSchema, type FactSheet, type Manifest, type ManifestItem, type Usage } from '../types.js';
import { VERSION } from '../version.js';
import { assignArticleIds } from './assign-ids.js';
import { describeFsError, writeFileAtomic } from './atomic-write.js';
import { articleCacheKey, runIdentity } from './cache-key.js';
import { readCacheIndex, writeCacheIndex } from './cache-index.js';
import { acquireOutputLock } from './output-lock.js';

/** Progress as one event union keyed on `status`, in the manner of transformers.js. */
export type BatchEvent =
  | { readonly status: 'start'; readonly total: number }
  | { readonly status: 'item'; readonly item: ManifestItem; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly manifest: Manifest };

export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly config: JianbaoConfig;
  /** The pipeline context minus config (the chain and the loaded analysis context). */
  readonly pipeline: Omit<PipelineContext, 'config'>;
  readonly onEvent?: (event: BatchEvent) => void;
  /** Wait this long for another run's lock on the output folder. @default 0 */
  readonly lockWaitMs?: number;
}

/**
 * Runs every article found under the inputs through the pipeline, concurrently up to
 * `config.concurrency`, writing each fact sheet and briefing atomically as soon as it is
 * done (results are streamed to disk, not held), skipping articles whose cache key is
 * unchanged, and ending with manifest.json. One bad article is recorded and the batch goes on.
 */
export async function runBatch(options: BatchOptions): Promise<Manifest> {
  const { config } = options;
  const startedAt = options.pipeline.now().toISOString();
  const emit = options.onEvent ?? (() => undefined);
  const articlesDir = join(config.outDir, 'articles');
  await mkdir(articlesDir, { recursive: true }).catch((error: unknown) => {
    throw new OutputError('E_OUTPUT', `cannot create ${articlesDir}: ${describeFsError(error)}`, { cause: error });
  });
  const lock = await acquireOutputLock(config.outDir, { waitMs: options.lockWaitMs ?? 0 });
  try {
    const { files, errors } = await collectInputFiles(options.inputs);
    const ids = assignArticleIds(files);
    const identity = runIdentity(config, options.pipeline.chain);
    const cacheIndex = await readCacheIndex(config.outDir);
    const ctx: PipelineContext = { ...options.pipeline, config };
    const items: ManifestItem[] = errors.map((error) => ({
      path: error.path,
      id: null,
      status: 'failed',
      provider: null,
      error: { code: error.code, message: error.message },
    }));
    const total = files.length + errors.length;
    emit({ status: 'start', total });
    let done = 0;
    for (const item of items) emit({ status: 'item', item, done: ++done, total });
    const usage: Usage = { promptTokens: 0, completionTokens: 0 };
    const queue = new PQueue({ concurrency: config.concurrency });
    let sinceIndexWrite = 0;
    const processOne = async (path: string): Promise<ManifestItem> => {
      const id = ids.get(path) ?? path;
      const started = performance.now();
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
      } catch (error) {
        return failedItem(path, id, new InputFileError('E_INPUT_UNREADABLE', path, describeError(error).message));
      }
      const cacheKey = articleCacheKey(bytes, path, identity);
      const jsonPath = join(articlesDir, `${id}.json`);
      if (!config.force && cacheIndex.get(id) === cacheKey && (await exists(jsonPath))) {
        return { path, id, status: 'cached', provider: null, durationMs: Math.round(performance.now() - started) };
      }
      try {
        const sheet = await processArticle({ path, id, bytes, cacheKey }, ctx);
        assertValidSheet(sheet);
        await writeFileAtomic(join(articlesDir, `${id}.md`), renderBriefingMarkdown(sheet, { strict: config.strict }));
        // The JSON goes last: its presence (with the cache key) is what marks the article done.
        await writeFileAtomic(jsonPath, `${JSON.stringify(sheet, null, 2)}\n`);
        if (sheet.provenance.fallbacks.length === 0) cacheIndex.set(id, cacheKey);
        else cacheIndex.delete(id);
        if (sheet.provenance.usage) {
          usage.promptTokens += sheet.provenance.usage.promptTokens;
          usage.completionTokens += sheet.provenance.usage.completionTokens;
        }
        if (++sinceIndexWrite >= 50) {
          sinceIndexWrite = 0;
          await writeCacheIndex(config.outDir, cacheIndex);
        }
        return {
          path,
          id,
          status: 'ok',
          provider: sheet.provenance.provider,
          facts: sheet.facts.length,
          flagged: sheet.verification.issues.length,
          durationMs: Math.round(performance.now() - started),
        };
      } catch (error) {
        return failedItem(path, id, error);
      }
    };
    await Promise.all(
      files.map((path) =>
        queue.add(async () => {
          const item = await processOne(path);
          items.push(item);
          emit({ status: 'item', item, done: ++done, total });
        }),
      ),
    );
    await writeCacheIndex(config.outDir, cacheIndex);
    const counts = { ok: 0, cached: 0, failed: 0 };
    for (const item of items) counts[item.status]++;
    const manifest: Manifest = {
      runId: randomUUID(),
      version: VERSION,
      startedAt,
      finishedAt: options.pipeline.now().toISOString(),
      counts,
      usage,
      items: items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    };
    await writeFileAtomic(join(config.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    emit({ status: 'done', manifest });
    return manifest;
  } finally {
    await lock.release();
  }
}

function failedItem(path: string, id: string | null, error: unknown): ManifestItem {
  const { code, message } = describeError(error);
  return { path, id, status: 'failed', provider: null, error: { code, message } };
}

/** A sheet that fails its own schema is a bug; it must not be written as if it were good. */
function assertValidSheet(sheet: FactSheet): void {
  const parsed = FactSheetSchema.safeParse(sheet);
  if (!parsed.success) {
    throw new Error(`internal: fact sheet ${sheet.id} does not match schema v1: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  for (const fact of sheet.facts) {
    if (sheet.source.text.slice(fact.span.start, fact.span.end) !== fact.text) {
      throw new Error(`internal: fact ${fact.id} of ${sheet.id} does not match its span`);
    }
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
