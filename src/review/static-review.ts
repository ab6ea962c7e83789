import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FactSheetStore } from './fact-sheets.js';
import { renderArticlePage, renderIndexPage } from './render-pages.js';
import { readReviewDecisions, writeFileAtomic, type ReviewState } from './review-decisions.js';

/** Where `writeStaticReview` puts its pages, inside the output folder. */
export const STATIC_REVIEW_DIR = 'review-static';

/**
 * Writes self-contained read-only review pages (CSS and script inlined, no server
 * needed, opens from file://) into `outDir/review-static/`: index.html plus one
 * `<id>.html` per valid fact sheet, each showing the decisions saved so far.
 *
 * @returns how many pages were written (articles + the index) and the folder
 * @example
 * const { pages, dir } = await writeStaticReview('output'); // 6, '/…/output/review-static'
 */
export async function writeStaticReview(outDir: string): Promise<{ pages: number; dir: string }> {
  const root = resolve(outDir);
  const dir = join(root, STATIC_REVIEW_DIR);
  await mkdir(dir, { recursive: true });
  const store = new FactSheetStore(root);
  const entries = await store.list();
  const reviews = new Map<string, ReviewState>();
  let pages = 0;
  for (const entry of entries) {
    if (!entry.ok) continue;
    const review = await readReviewDecisions(root, entry.id);
    reviews.set(entry.id, review);
    // entry.id passed isSafeId in the store, so it cannot leave `dir`.
    await writeFileAtomic(join(dir, `${entry.id}.html`), renderArticlePage(entry.sheet, review, { kind: 'static' }));
    pages++;
  }
  await writeFileAtomic(join(dir, 'index.html'), renderIndexPage(entries, reviews, { kind: 'static' }));
  return { pages: pages + 1, dir };
}
