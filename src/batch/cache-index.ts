import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

const INDEX_NAME = '.jianbao-cache.json';

/**
 * id → cache key of the fact sheet on disk. A rerun decides "unchanged" from this small
 * file instead of parsing every fact sheet. Written atomically; a missing or unreadable
 * index only costs a recomputation, never a wrong skip, because the fact sheet must also exist.
 */
export async function readCacheIndex(outDir: string): Promise<Map<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(outDir, INDEX_NAME), 'utf8'));
    const entries = (parsed as { entries?: unknown }).entries;
    if (entries && typeof entries === 'object') {
      return new Map(Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === 'string'));
    }
  } catch {
    // No index yet, or a damaged one: start empty.
  }
  return new Map();
}

export async function writeCacheIndex(outDir: string, index: ReadonlyMap<string, string>): Promise<void> {
  const entries = Object.fromEntries([...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFileAtomic(join(outDir, INDEX_NAME), `${JSON.stringify({ version: 1, entries })}\n`);
}
