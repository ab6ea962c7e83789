import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ApproxSchema, EntityTypeSchema, FactKindSchema } from '../types.js';

/** One hand-written gold figure; see fixtures/gold/README.md for the conventions. */
export const GoldFactSchema = z.object({
  text: z.string().min(1),
  nth: z.number().int().nonnegative().default(0),
  kind: FactKindSchema,
  value: z.union([z.number(), z.string()]),
  valueMax: z.number().nullable().default(null),
  unit: z.string().nullable().default(null),
  approx: ApproxSchema.default(null),
  en: z.string().optional(),
});
export type GoldFact = z.infer<typeof GoldFactSchema>;

export const GoldFileSchema = z.object({
  id: z.string(),
  file: z.string(),
  referenceDate: z.string().nullable().default(null),
  facts: z.array(GoldFactSchema),
  entities: z.array(z.object({ zh: z.string(), type: EntityTypeSchema, en: z.string().optional() })).default([]),
  notFacts: z.array(z.string()).default([]),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** Reads every `*.json` gold file in a folder, sorted by name; a malformed one is reported, not fatal. */
export async function readGoldFolder(dir: string): Promise<{ gold: GoldFile[]; errors: string[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const gold: GoldFile[] = [];
  const errors: string[] = [];
  for (const name of names) {
    try {
      const parsed = GoldFileSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (parsed.success) gold.push(parsed.data);
      else errors.push(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { gold, errors };
}

/** The span of the nth occurrence of `text` in `source`, or null when it occurs fewer times. */
export function locateGold(source: string, text: string, nth: number): { start: number; end: number } | null {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = source.indexOf(text, from);
    if (at < 0) return null;
    if (i === nth) return { start: at, end: at + text.length };
    from = at + 1;
  }
}
