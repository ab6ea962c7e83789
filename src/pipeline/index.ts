export { analyzeArticle, type AnalysisContext } from './analyze-article.js';
export { buildFactSheet, type FactSheetMeta } from './build-fact-sheet.js';
export { processArticle, type ArticleInput, type PipelineContext } from './process-article.js';
