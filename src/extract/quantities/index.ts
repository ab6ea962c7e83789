export { parseChineseNumber } from './parse-chinese-number.js';
export { findQuantities } from './find-quantities.js';
export { extractFacts } from './extract-facts.js';
export { renderQuantityEn } from './render-quantity-en.js';
export { scoreNumberCases } from './score-number-cases.js';
export type { NumberCaseSuiteScore } from './score-number-cases.js';
export type { QuantityMatch, QuantityOptions } from './quantity-match.js';
export { floorBefore, isAgeUnit, namesComparedLevel, shareQualifierAcross, wordsBeforeRate } from './quantity-match.js';
