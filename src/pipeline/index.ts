export { analyzeArticle, type AnalysisContext } from './analyze-article.js';
export { buildFactSheet, type FactSheetMeta, type SummaryOutcome } from './build-fact-sheet.js';
