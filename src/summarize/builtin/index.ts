export { createBuiltinProvider } from './create-builtin-provider.js';
export { englishBrief, mainActors } from './english-brief.js';
export { extractiveSummary } from './extractive-summary.js';
export { rankSentences, sentenceIndexAt, type RankedSentence } from './rank-sentences.js';
