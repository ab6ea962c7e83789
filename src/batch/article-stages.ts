import { ingestBytes } from '../ingest/index.js';
import { analyzeArticle, buildFactSheet, type AnalysisContext, type SummaryOutcome } from '../pipeline/index.js';
import { renderBriefingMarkdown } from '../render/index.js';
import { createBuiltinProvider } from '../summarize/builtin/index.js';
import { requestForAnalyzed, type SummaryLengths, type SummaryProvider } from '../summarize/provider.js';
import { FactSheetSchema, type Analyzed, type Article, type FactSheet, type ProviderName, type Usage } from '../types.js';
import { verifyOutput } from '../verify/index.js';

/**
 * The article pipeline cut at the provider chain, so the CPU-bound parts can run in a
 * worker thread while the LLM call (network-bound) stays on the main thread:
 *
 *   ingestArticle (main thread) ─┬─▶ summarizeWithChain (main thread; the request goes out at once)
 *                                └─▶ analyzeArticle (segment → extract, worker) ─▶ awaited by the chain
 *   ─▶  finishArticle (verify → fact sheet → validate → render → serialise, worker)
 *
 * For a builtin-only chain, `processBuiltinArticle` does all of it in one step in the worker.
 */

/** What the stages need from the run's configuration; plain data, so it can go to a worker. */
export interface StageSettings {
  readonly maxInputBytes: number;
  readonly lengths: SummaryLengths;
  readonly strict: boolean;
  readonly version: string;
}

export interface ArticleJob {
  readonly path: string;
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly cacheKey: string;
  /** When work on the article started, in epoch ms (comparable across threads). */
  readonly startedAt: number;
  /** `generatedAt` of the fact sheet (the run's clock, read on the main thread). */
  readonly generatedAt: string;
}

/** The plain-data part of a ChainOutcome: which provider answered, and its result. */
export type PlainOutcome = SummaryOutcome;

/** A finished article, ready to be written: small to pass between threads (two strings and a few numbers). */
export interface FinishedArticle {
  readonly json: string;
  readonly markdown: string;
  readonly provider: ProviderName;
  readonly facts: number;
  readonly flagged: number;
  readonly fallbacks: number;
  readonly usage: Usage | null;
}

/** Epoch milliseconds with sub-ms precision, the same clock in every thread. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** decode → clean: cheap, and all an LLM prompt needs. Throws the input's own error (InputFileError). */
export function ingestArticle(job: Pick<ArticleJob, 'bytes' | 'path' | 'id'>, settings: StageSettings): Article {
  return ingestBytes(job.bytes, job.path, { maxBytes: settings.maxInputBytes, id: job.id });
}

export function prepareArticle(job: ArticleJob, analysis: AnalysisContext, settings: StageSettings): Analyzed {
  return analyzeArticle(ingestArticle(job, settings), analysis);
}

export function finishArticle(
  analyzed: Analyzed,
  outcome: PlainOutcome,
  job: Pick<ArticleJob, 'cacheKey' | 'startedAt' | 'generatedAt'>,
  settings: StageSettings,
): FinishedArticle {
  const verified = verifyOutput(analyzed, outcome.result);
  const sheet = buildFactSheet(analyzed, outcome, verified, {
    version: settings.version,
    durationMs: Math.max(0, Math.round(epochNow() - job.startedAt)),
    cacheKey: job.cacheKey,
    generatedAt: job.generatedAt,
  });
  assertValidSheet(sheet);
  return {
    json: `${JSON.stringify(sheet, null, 2)}\n`,
    markdown: renderBriefingMarkdown(sheet, { strict: settings.strict }),
    provider: sheet.provenance.provider,
    facts: sheet.facts.length,
    flagged: sheet.verification.issues.length,
    fallbacks: sheet.provenance.fallbacks.length,
    usage: sheet.provenance.usage ?? null,
  };
}

const builtin = createBuiltinProvider();

/** The whole pipeline for a builtin-only chain: nothing leaves the thread until the output text is ready. */
export async function processBuiltinArticle(
  job: ArticleJob,
  analysis: AnalysisContext,
  settings: StageSettings,
): Promise<FinishedArticle> {
  const analyzed = prepareArticle(job, analysis, settings);
  const result = await builtin.summarize(requestForAnalyzed(analyzed, settings.lengths));
  return finishArticle(analyzed, { result, provider: { provider: 'builtin', modelId: null }, fallbacks: [] }, job, settings);
}

/** Whether a chain is the builtin provider alone, so a worker can run whole articles. */
export function isBuiltinOnly(chain: readonly SummaryProvider[]): boolean {
  return chain.length === 1 && chain[0]?.provider === 'builtin' && chain[0].cacheIdentity === builtin.cacheIdentity;
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
