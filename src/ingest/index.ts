/**
 * Ingest: file bytes → Article (encoding, HTML → text, cleanup, metadata).
 */
export { articleFromText } from './article-from-text.js';
export { articleIdFromPath } from './article-id-from-path.js';
export { cleanText } from './clean-text.js';
export {
  collectInputFiles,
  DEFAULT_INPUT_EXTENSIONS,
  type CollectedFiles,
  type CollectOptions,
} from './collect-input-files.js';
export { decodeBytes, normalizeEncodingLabel, type DecodeResult } from './decode-bytes.js';
export { htmlToText, type HtmlText } from './html-to-text.js';
export { DEFAULT_MAX_INPUT_BYTES, ingestBytes, ingestFile, type IngestOptions } from './ingest-file.js';
export { readInputBytes } from './read-input-bytes.js';
export { markdownToText, type MarkdownText } from './markdown-to-text.js';
export { findPublishedDate, normalizeDate, titleFromText } from './text-metadata.js';
