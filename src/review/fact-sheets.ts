import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FactSheetSchema, type FactSheet } from '../types.js';
import { isSafeId, resolveInside } from './safe-path.js';

/** One entry of outDir/articles/: a valid fact sheet, or the reason it could not be read. */
export type FactSheetEntry =
  | { readonly id: string; readonly ok: true; readonly sheet: FactSheet }
  | { readonly id: string; readonly ok: false; readonly error: string };

interface CacheSlot {
  readonly mtimeMs: number;
  readonly size: number;
  readonly entry: FactSheetEntry;
}

/**
 * Reads fact sheets from an output folder, re-reading a file only when its size or
 * mtime changed, so the index stays fast while a pipeline run writes new sheets beside it.
 */
export class FactSheetStore {
  private readonly cache = new Map<string, CacheSlot>();

  constructor(readonly outDir: string) {}

  /** Every `articles/*.json`, valid or not, sorted by id. A missing folder is an empty list. */
  async list(): Promise<FactSheetEntry[]> {
    let names: string[];
    try {
      names = await readdir(join(this.outDir, 'articles'));
    } catch {
      return [];
    }
    const ids = names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .sort();
    const entries: FactSheetEntry[] = [];
    for (const id of ids) {
      if (!isSafeId(id)) {
        entries.push({ id, ok: false, error: 'file name is not a valid article id' });
        continue;
      }
      entries.push((await this.load(id)) ?? { id, ok: false, error: 'file is outside the output folder' });
    }
    return entries;
  }

  /** One fact sheet by id; null when the id is unsafe, the file is missing or escapes outDir. */
  async load(id: string): Promise<FactSheetEntry | null> {
    const path = await resolveInside(this.outDir, 'articles', id, '.json');
    if (path === null) return null;
    let info;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    if (!info.isFile()) return null;
    const cached = this.cache.get(id);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.entry;
    const entry = await readEntry(id, path);
    this.cache.set(id, { mtimeMs: info.mtimeMs, size: info.size, entry });
    return entry;
  }
}

async function readEntry(id: string, path: string): Promise<FactSheetEntry> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { id, ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = FactSheetSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { id, ok: false, error: `not a schema-v1 fact sheet: ${first.join('; ')}` };
  }
  if (parsed.data.id !== id) {
    return { id, ok: false, error: `id inside the file (${parsed.data.id}) does not match the file name` };
  }
  return { id, ok: true, sheet: parsed.data };
}
