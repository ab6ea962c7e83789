export { translateTerms } from './translate-terms.js';
export type { Term, TranslateTermsOptions } from './translate-terms.js';
