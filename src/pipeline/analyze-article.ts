import { extractEntities, type Glossary } from '../extract/entities/index.js';
import { extractFacts } from '../extract/quantities/index.js';
import { translateTerms } from '../extract/terms/index.js';
import { segment, type Tokenizer } from '../segment/index.js';
import type { Analyzed, Article } from '../types.js';

/** What the CPU-bound stages need, loaded once per process or worker. */
export interface AnalysisContext {
  readonly tokenizer: Tokenizer;
  readonly glossary: Glossary;
  /** `--date`: used when the article states no publication date. */
  readonly referenceDate: string | null;
}

/**
 * segment → extract: sentences and tokens, then figures and names with their spans.
 * Dates resolve against the article's own publication date first, `--date` second.
 */
export function analyzeArticle(article: Article, ctx: AnalysisContext): Analyzed {
  const segmented = segment(article, { tokenizer: ctx.tokenizer });
  const referenceDate = article.source.publishedAt ?? ctx.referenceDate;
  const facts = extractFacts(segmented, { referenceDate });
  const entities = extractEntities(segmented, { glossary: ctx.glossary });
  const terms = translateTerms(segmented, ctx.glossary, { limit: 8 });
  const warnings = [...article.warnings];
  if (referenceDate === null) warnings.push('no publication date: dates without a year keep --MM-DD');
  return { ...segmented, facts, entities, terms, referenceDate, warnings };
}
