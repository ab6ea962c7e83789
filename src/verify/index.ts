export { verifyOutput, type VerifyOptions, type VerifyOutput } from './verify-output.js';
export { publishable } from './publishable.js';
export { findEnglishQuantities, type EnglishQuantity, type EnglishQuantityOptions } from './english-quantities.js';
export { checkClaim, isFaithfulRounding, qualifierProblem, temporalMatch, type ClaimCheck, type Figure } from './compare-quantities.js';
export { locateQuote } from './locate-quote.js';
export { linkSummarySentences } from './link-summary-sentences.js';
export { splitSummarySentences, type SummarySentenceSpan } from './split-summary-sentences.js';
export { findNamePhrases } from './english-names.js';
