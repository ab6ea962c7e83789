/**
 * The review page: each fact sheet beside its highlighted source, with approve / reject /
 * comment decisions saved to outDir/reviews/<id>.json; and its static read-only export.
 */
export { startReviewServer, parseRoute, TOKEN_HEADER } from './review-server.js';
export type { ReviewServer, ReviewServerOptions } from './review-server.js';
export { writeStaticReview, STATIC_REVIEW_DIR } from './static-review.js';
export {
  readReviewDecisions,
  saveReviewDecision,
  ReviewFileSchema,
  ReviewDecisionSchema,
  REVIEW_SCHEMA_VERSION,
  MAX_COMMENT_LENGTH,
} from './review-decisions.js';
export type { ReviewDecision, ReviewFile, ReviewState, DecisionChange, DecisionStatus } from './review-decisions.js';
export { FactSheetStore } from './fact-sheets.js';
export type { FactSheetEntry } from './fact-sheets.js';
export { renderArticlePage, renderIndexPage } from './render-pages.js';
export type { PageMode } from './render-pages.js';
export { buildArticleView, countReview } from './article-view.js';
export type { ArticleView, FactView, IssueView, ReviewCounts, SummarySentenceView } from './article-view.js';
export { isSafeId, SAFE_ID } from './safe-path.js';
