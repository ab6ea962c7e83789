import { readReviewDecisions } from '../review/review-decisions.js';
import type { ReviewFile } from '../types.js';

export { ReviewFileSchema, type ReviewFile } from '../types.js';

/** Fact ids a reviewer rejected in `review` (an empty set when there is no review). */
export function rejectedFactIds(review: ReviewFile | undefined): Set<string> {
  const out = new Set<string>();
  if (!review) return out;
  for (const [factId, d] of Object.entries(review.decisions)) if (d.status === 'rejected') out.add(factId);
  return out;
}

/**
 * Reads `reviews/<id>.json` for each id through the review page's own reader. A missing
 * file means "not reviewed"; an unreadable or invalid one is reported in `warnings` and
 * treated as not reviewed, so one broken file never stops a digest.
 */
export async function readReviews(
  outDir: string,
  ids: readonly string[],
): Promise<{ reviews: Map<string, ReviewFile>; warnings: string[] }> {
  const reviews = new Map<string, ReviewFile>();
  const warnings: string[] = [];
  for (const id of ids) {
    const state = await readReviewDecisions(outDir, id).catch((error: unknown) => ({
      id,
      updatedAt: null,
      decisions: {},
      error: (error as Error).message,
    }));
    if (state.error) warnings.push(`reviews/${id}.json: ${state.error}; ignored`);
    if (state.updatedAt === null) continue;
    reviews.set(id, { schemaVersion: 1, id, updatedAt: state.updatedAt, decisions: { ...state.decisions } });
  }
  return { reviews, warnings };
}
