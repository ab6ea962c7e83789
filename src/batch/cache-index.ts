import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError } from '../errors/index.js';
import { describeFsError, writeFileAtomic } from './atomic-write.js';

const INDEX_NAME = '.jianbao-cache.json';
/** Appended to as each article finishes; folded into the index at the end of a run. */
const JOURNAL_NAME = '.jianbao-cache.log';

/**
 * id → cache key of the fact sheet on disk. A rerun decides "unchanged" from this small
 * file instead of parsing every fact sheet. A missing or unreadable index only costs a
 * recomputation, never a wrong skip, because the fact sheet must also exist.
 *
 * The index is rewritten (atomically) once, at the end of a run; in between, every finished
 * article appends one line `id<TAB>key` to a journal. Rewriting the whole index every few
 * articles would be quadratic at archive scale (10,000 entries × every 50 articles), and a
 * run killed with -9 keeps its journal, so the next run knows what is already done. A line
 * torn by the kill is ignored (it has no newline), which costs at most that one article.
 */
export async function readCacheIndex(outDir: string): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  try {
    const parsed: unknown = JSON.parse(await readFile(join(outDir, INDEX_NAME), 'utf8'));
    const entries = (parsed as { entries?: unknown }).entries;
    if (entries && typeof entries === 'object') {
      for (const [id, key] of Object.entries(entries)) if (typeof key === 'string') index.set(id, key);
    }
  } catch {
    // No index yet, or a damaged one: start empty.
  }
  let journal = '';
  try {
    journal = await readFile(join(outDir, JOURNAL_NAME), 'utf8');
  } catch {
    // No journal: the last run ended normally.
  }
  // Only whole lines: the last may be torn.
  const end = journal.lastIndexOf('\n');
  for (const line of journal.slice(0, end + 1).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const id = line.slice(0, tab);
    const key = line.slice(tab + 1);
    if (key === '-') index.delete(id);
    else if (/^[0-9a-f]{64}$/.test(key)) index.set(id, key);
  }
  return index;
}

export async function writeCacheIndex(outDir: string, index: ReadonlyMap<string, string>): Promise<void> {
  const entries = Object.fromEntries([...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFileAtomic(join(outDir, INDEX_NAME), `${JSON.stringify({ version: 1, entries })}\n`);
  // The journal is folded in now; were it left, reading it again would still be harmless.
  await rm(join(outDir, JOURNAL_NAME), { force: true });
}

/** Appends the journal lines of one run. */
export interface CacheJournal {
  /** Records `id` as done under `key`, or as not cached (`null`: it fell back, so a rerun retries). */
  record(id: string, key: string | null): Promise<void>;
  close(): Promise<void>;
}

export async function openCacheJournal(outDir: string): Promise<CacheJournal> {
  const path = join(outDir, JOURNAL_NAME);
  let handle: FileHandle | null;
  try {
    handle = await open(path, 'a');
    // A journal left by a killed run may end in a torn line; start ours on a fresh one.
    await handle.write('\n');
  } catch (error) {
    throw new OutputError('E_OUTPUT', `cannot write ${path}: ${describeFsError(error)}`, { cause: error });
  }
  return {
    async record(id, key) {
      // One write(2) per line with O_APPEND: lines from concurrent articles never interleave.
      try {
        await handle?.write(`${id}\t${key ?? '-'}\n`);
      } catch (error) {
        throw new OutputError('E_OUTPUT', `cannot write ${path}: ${describeFsError(error)}`, { cause: error });
      }
    },
    async close() {
      const h = handle;
      handle = null;
      await h?.close();
    },
  };
}
