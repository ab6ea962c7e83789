import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FactSheetSchema, type FactSheet } from '../types.js';

/**
 * Reads every `<outDir>/articles/*.json` fact sheet. Sheets written before
 * `provenance.generatedAt` existed get the file's modification time instead, so the
 * processing window still applies to them. Invalid files are skipped with a warning.
 * A missing articles folder is not an error: it is an empty digest.
 */
export async function loadFactSheets(outDir: string): Promise<{ sheets: FactSheet[]; warnings: string[] }> {
  const dir = join(outDir, 'articles');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sheets: [], warnings: [] };
    throw error;
  }
  const sheets: FactSheet[] = [];
  const warnings: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      warnings.push(`${path}: cannot read (${(error as Error).message}); skipped`);
      continue;
    }
    const parsed = FactSheetSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push(`${path}: not a fact sheet (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}); skipped`);
      continue;
    }
    const sheet = parsed.data;
    if (sheet.provenance.generatedAt === undefined) {
      const { mtime } = await stat(path);
      sheet.provenance.generatedAt = mtime.toISOString();
    }
    sheets.push(sheet);
  }
  return { sheets, warnings };
}
