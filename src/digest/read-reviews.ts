import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The reviewer decisions file the review page writes at `<outDir>/reviews/<id>.json`.
 * Read here directly (not imported from review/) so the digest depends only on the file
 * format; unknown extra fields are kept out of the way by zod's default stripping.
 */
export const ReviewFileSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  updatedAt: z.string(),
  decisions: z.record(
    z.string(),
    z.object({
      status: z.enum(['approved', 'rejected']),
      comment: z.string().optional(),
      at: z.string(),
    }),
  ),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

/** Fact ids a reviewer rejected in `review` (an empty set when there is no review). */
export function rejectedFactIds(review: ReviewFile | undefined): Set<string> {
  const out = new Set<string>();
  if (!review) return out;
  for (const [factId, d] of Object.entries(review.decisions)) if (d.status === 'rejected') out.add(factId);
  return out;
}

/**
 * Reads `reviews/<id>.json` for each id. A missing file means "not reviewed"; an
 * unreadable or invalid one is reported in `warnings` and treated as not reviewed, so
 * one broken file never stops a digest.
 */
export async function readReviews(
  outDir: string,
  ids: readonly string[],
): Promise<{ reviews: Map<string, ReviewFile>; warnings: string[] }> {
  const reviews = new Map<string, ReviewFile>();
  const warnings: string[] = [];
  for (const id of ids) {
    const path = join(outDir, 'reviews', `${id}.json`);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`${path}: cannot read (${(error as Error).message})`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      warnings.push(`${path}: not valid JSON; ignored`);
      continue;
    }
    const parsed = ReviewFileSchema.safeParse(json);
    if (!parsed.success) {
      warnings.push(`${path}: not a review file (${parsed.error.issues[0]?.message ?? 'invalid'}); ignored`);
      continue;
    }
    reviews.set(id, parsed.data);
  }
  return { reviews, warnings };
}
