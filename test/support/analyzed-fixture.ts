import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../../src/ingest/index.js';
import { analyzeArticle, type AnalysisContext } from '../../src/pipeline/index.js';
import { createAnalysisContext } from '../../src/pipeline/create-analysis-context.js';
import type { Analyzed } from '../../src/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let context: AnalysisContext | null = null;
const cache = new Map<string, Analyzed>();

/**
 * A fixture article (fixtures/articles/<name>) through ingest → segment → extract, as the
 * pipeline produces it; the tokenizer and glossary are loaded once per test file.
 * @param referenceDate the `--date` for articles that state none. @default '2025-05-20'
 */
export function analyzeFixture(name: string, referenceDate: string | null = '2025-05-20'): Analyzed {
  const key = `${name}@${referenceDate}`;
  const hit = cache.get(key);
  if (hit) return hit;
  context ??= createAnalysisContext({ referenceDate: null });
  const path = join(ROOT, 'fixtures', 'articles', name);
  const article = ingestBytes(readFileSync(path), `articles/${name}`);
  const analyzed = analyzeArticle(article, { ...context, referenceDate });
  cache.set(key, analyzed);
  return analyzed;
}

/** An article built from text, analysed like a fixture (for injected or synthetic articles). */
export function analyzeText(text: string, id = 'synthetic', referenceDate: string | null = '2025-05-20'): Analyzed {
  context ??= createAnalysisContext({ referenceDate: null });
  const article = ingestBytes(new TextEncoder().encode(text), `articles/${id}.txt`);
  return analyzeArticle(article, { ...context, referenceDate });
}
