export {
  buildDigest,
  englishTitle,
  flaggedFacts,
  scoreStory,
  selectFigures,
  type BuildDigestOptions,
  type Digest,
  type DigestFigure,
  type DigestSource,
  type DigestStory,
  type StoryScore,
} from './build-digest.js';
export {
  DEFAULT_WINDOW,
  dayInTimeZone,
  describeWindow,
  inWindow,
  isValidTimeZone,
  parseDate,
  parseSince,
  type DigestWindow,
} from './digest-window.js';
export { escapeHtml, escapeMarkdown, escapeMarkdownBlock, safeUrl, stripInvalidXmlChars } from './escape.js';
export { loadFactSheets } from './load-fact-sheets.js';
export {
  charShingles,
  clusterNearDuplicates,
  estimateContainment,
  estimateJaccard,
  isNearDuplicate,
  minHashSketch,
  NEAR_DUPLICATE_DEFAULTS,
  type MinHashSketch,
  type NearDuplicateOptions,
} from './near-duplicates.js';
export { readReviews, rejectedFactIds, ReviewFileSchema, type ReviewFile } from './read-reviews.js';
export { renderAtomFeed, storyEntryId, type AtomFeedOptions } from './render-atom-feed.js';
export { renderDigestHtml } from './render-digest-html.js';
export { formatFigureMarkdown, renderDigestMarkdown } from './render-digest-markdown.js';
export { readSavedDigests, writeDigest, type WriteDigestOptions } from './write-digest.js';
