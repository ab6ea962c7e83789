import type { JianbaoConfig } from '../config/index.js';
import { ingestBytes } from '../ingest/index.js';
import type { SummaryProvider } from '../summarize/provider.js';
import { summarizeWithChain } from '../summarize/provider-chain.js';
import type { FactSheet } from '../types.js';
import { verifyOutput } from '../verify/index.js';
import { VERSION } from '../version.js';
import { analyzeArticle, type AnalysisContext } from './analyze-article.js';
import { buildFactSheet } from './build-fact-sheet.js';

/** Everything one article needs besides its bytes; built once per run. */
export interface PipelineContext {
  readonly config: JianbaoConfig;
  readonly analysis: AnalysisContext;
  readonly chain: readonly SummaryProvider[];
  readonly now: () => Date;
  /** Cancels in-flight provider calls when the run stops. */
  readonly signal?: AbortSignal;
}

export interface ArticleInput {
  /** As given on the command line (or found under a folder given there). */
  readonly path: string;
  /** Unique within the run; see batch/assign-ids. */
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly cacheKey?: string;
}

/**
 * ingest → segment → extract → summarize (provider chain) → verify → fact sheet.
 * Throws an InputFileError for input that cannot become an article; provider failures
 * never throw here, they fall back along the chain.
 */
export async function processArticle(input: ArticleInput, ctx: PipelineContext): Promise<FactSheet> {
  const started = performance.now();
  const article = ingestBytes(input.bytes, input.path, { maxBytes: ctx.config.maxInputBytes, id: input.id });
  const analyzed = analyzeArticle(article, ctx.analysis);
  const outcome = await summarizeWithChain(
    ctx.chain,
    { analyzed, lengths: ctx.config.lengths },
    { deadlineMs: ctx.config.articleDeadlineMs, signal: ctx.signal },
  );
  const verified = verifyOutput(analyzed, outcome.result);
  return buildFactSheet(analyzed, outcome, verified, {
    version: VERSION,
    durationMs: Math.round(performance.now() - started),
    cacheKey: input.cacheKey,
    generatedAt: ctx.now().toISOString(),
  });
}
