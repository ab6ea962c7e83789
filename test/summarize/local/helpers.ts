import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBytes } from '../../../src/ingest/index.js';
import { createAnalysisContext } from '../../../src/pipeline/create-analysis-context.js';
import { analyzeArticle } from '../../../src/pipeline/index.js';
import type { Analyzed } from '../../../src/types.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const MODELS = join(ROOT, 'fixtures', 'models');
export const MARIAN = 'tiny-random-marian-zh-en';
export const BERT = 'tiny-random-bert-ner-zh';

let context: ReturnType<typeof createAnalysisContext> | null = null;

/** A fixture article, ingested and analysed by the real pipeline stages. */
export function analyzedFixture(name: string): Analyzed {
  const path = join(ROOT, 'fixtures', 'articles', name);
  context ??= createAnalysisContext({ referenceDate: null });
  return analyzeArticle(ingestBytes(readFileSync(path), path), context);
}
