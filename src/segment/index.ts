export { splitSentences } from './split-sentences.js';
export { createTokenizer, DEFAULT_USER_DICT_PATH } from './create-tokenizer.js';
export type { Tokenizer, TokenizerOptions } from './create-tokenizer.js';
export { segment } from './segment.js';
export type { SegmentContext } from './segment.js';
