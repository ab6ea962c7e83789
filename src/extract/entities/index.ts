export { extractEntities } from './extract-entities.js';
export type { EntityContext } from './extract-entities.js';
export { createGlossary, loadGlossary } from './load-glossary.js';
export type { CedictGlossaryFile, Glossary, GlossaryEntry, GlossaryMatch, HandGlossaryFile } from './load-glossary.js';
export { englishName, personPinyin } from './english-name.js';
export type { EnglishName } from './english-name.js';
export { looksTraditional, traditionalToSimplified } from './traditional-to-simplified.js';
export { loadNerRecords, scoreNer } from './score-ner.js';
export type { NerContext, NerRecord, NerScore, NerTypeScore } from './score-ner.js';
