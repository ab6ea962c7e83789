import { analyzeArticle, buildFactSheet, type AnalysisContext } from '../pipeline/index.js';
import { renderBriefingMarkdown } from '../render/index.js';
import { createBuiltinProvider } from '../summarize/builtin/create-builtin-provider.js';
import { requestForAnalyzed } from '../summarize/provider.js';
import { FactSheetSchema, type Analyzed, type Article, type FactSheet } from '../types.js';
import { linkSummarySentences, verifyOutput } from '../verify/index.js';
import { ingestArticle } from './ingest-article.js';
import { epochNow, type ArticleJob, type FinishedArticle, type FinishJob, type PlainOutcome, type StageSettings } from './article-job.js';

export { ingestArticle } from './ingest-article.js';
export { epochNow, isBuiltinOnly, type ArticleJob, type FinishedArticle, type FinishJob, type PlainOutcome, type StageSettings } from './article-job.js';

/**
 * The article pipeline cut at the provider chain, so the CPU-bound parts can run in a
 * worker thread while the LLM call (network-bound) stays on the main thread:
 *
 *   ingestArticle + tag (main thread) ─┬─▶ summarizeWithChain (main thread; the request goes out at once)
 *                                      └─▶ analyzeArticle (extract, worker) ─▶ the provider's to await
 *   ─▶  finishArticle (link → verify → fact sheet → validate → render → encode, worker)
 *
 * For a builtin-only chain, `processBuiltinIngested` does the rest in one step in the worker
 * (`processBuiltinArticle`, ingest included, on a thread that runs whole articles).
 */

export function prepareArticle(job: ArticleJob, analysis: AnalysisContext, settings: StageSettings): Analyzed {
  return analyzeArticle(ingestArticle(job, settings), analysis);
}

/** verify → fact sheet → render, the files encoded for the thread that writes them. */
export function finishArticle(
  analyzed: Analyzed,
  outcome: PlainOutcome,
  job: FinishJob,
  settings: StageSettings,
): FinishedArticle {
  const linked = { ...outcome, result: withSentenceLinks(analyzed, outcome.result) };
  const verified = verifyOutput(analyzed, linked.result);
  const sheet = buildFactSheet(analyzed, linked, verified, {
    version: settings.version,
    durationMs: Math.max(0, Math.round(epochNow() - job.startedAt)),
    cacheKey: job.cacheKey,
    generatedAt: job.generatedAt,
  });
  assertValidSheet(sheet);
  return {
    json: UTF8.encode(`${JSON.stringify(sheet, null, 2)}\n`),
    markdown: UTF8.encode(renderBriefingMarkdown(sheet, { strict: settings.strict })),
    provider: sheet.provenance.provider,
    facts: sheet.facts.length,
    flagged: sheet.verification.issues.length,
    fallbacks: sheet.provenance.fallbacks.length,
    usage: sheet.provenance.usage ?? null,
  };
}

const UTF8 = new TextEncoder();
const builtin = createBuiltinProvider();

/** The whole pipeline for a builtin-only chain: nothing leaves the thread until the output is ready. */
export async function processBuiltinArticle(
  job: ArticleJob,
  analysis: AnalysisContext,
  settings: StageSettings,
): Promise<FinishedArticle> {
  return processBuiltinIngested(ingestArticle(job, settings), analysis, job, settings);
}

/** The builtin pipeline from an article already ingested (and, in a worker, already tagged). */
export async function processBuiltinIngested(
  article: Article,
  analysis: AnalysisContext,
  job: FinishJob,
  settings: StageSettings,
): Promise<FinishedArticle> {
  const analyzed = analyzeArticle(article, analysis);
  const result = await builtin.summarize(requestForAnalyzed(analyzed, settings.lengths));
  return finishArticle(analyzed, { result, provider: { provider: 'builtin', modelId: null }, fallbacks: [] }, job, settings);
}

/**
 * A summary from an LLM or a local model comes without its sentences linked to the source
 * sentences they rest on: linked here, where the analysis is, rather than on the main thread.
 */
function withSentenceLinks(analyzed: Analyzed, result: PlainOutcome['result']): PlainOutcome['result'] {
  // The builtin summary links its Chinese sentences itself and states its English brief unlinked.
  if (result.zhSentences !== undefined || result.enSentences !== undefined) return result;
  return {
    ...result,
    zhSentences: linkSummarySentences(analyzed, result.zh, 'zh'),
    enSentences: linkSummarySentences(analyzed, result.en, 'en'),
  };
}

/** A sheet that fails its own schema is a bug; it must not be written as if it were good. */
function assertValidSheet(sheet: FactSheet): void {
  const parsed = FactSheetSchema.safeParse(sheet);
  if (!parsed.success) {
    throw new Error(`internal: fact sheet ${sheet.id} does not match schema v1: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  for (const fact of sheet.facts) {
    if (sheet.source.text.slice(fact.span.start, fact.span.end) !== fact.text) {
      throw new Error(`internal: fact ${fact.id} of ${sheet.id} does not match its span`);
    }
  }
}
