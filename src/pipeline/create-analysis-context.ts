import type { JianbaoConfig } from '../config/index.js';
import { loadGlossary } from '../extract/entities/index.js';
import { createTokenizer } from '../segment/index.js';
import type { AnalysisContext } from './analyze-article.js';

/** Loads the tokenizer (jieba with jianbao's user dictionary) and the glossary once. */
export function createAnalysisContext(config: Pick<JianbaoConfig, 'referenceDate'>): AnalysisContext {
  return { tokenizer: createTokenizer(), glossary: loadGlossary(), referenceDate: config.referenceDate };
}
