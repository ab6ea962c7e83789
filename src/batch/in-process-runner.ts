/**
 * The article stages on the calling thread: under vitest (where workers cannot load .ts), with
 * `--workers 0`, and for an article that outgrew a worker's heap. A module of its own so that
 * only a thread that runs articles loads the pipeline.
 */
import { createAnalysisContext } from '../pipeline/create-analysis-context.js';
import { analyzeArticle, type AnalysisContext } from '../pipeline/index.js';
import type { Analyzed } from '../types.js';
import type { ArticleRunner, RunnerOptions } from './article-runner.js';
import { finishArticle, ingestArticle, processBuiltinArticle } from './article-stages.js';

/** Runs the stages on the calling thread (tests under vitest, where workers cannot load .ts). */
export function createInProcessRunner(options: RunnerOptions): ArticleRunner {
  let analysis: AnalysisContext | null = typeof options.analysis === 'object' ? options.analysis : null;
  const context = (): AnalysisContext => {
    analysis ??= typeof options.analysis === 'function' ? options.analysis() : createAnalysisContext({ referenceDate: options.referenceDate });
    return analysis;
  };
  return {
    runBuiltin: async (job) => processBuiltinArticle(job, context(), options.settings),
    prepare: async (job) => {
      const article = ingestArticle(job, options.settings);
      // On the next turn, so that a provider can send its request before this thread is busy.
      const analyzed = new Promise<Analyzed>((resolve, reject) => {
        setImmediate(() => {
          try {
            resolve(analyzeArticle(article, context()));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      analyzed.catch(() => undefined);
      const { cacheKey, startedAt, generatedAt } = job;
      return {
        article,
        analyzed,
        finish: async (outcome) => finishArticle(await analyzed, outcome, { cacheKey, startedAt, generatedAt }, options.settings),
        release: () => undefined,
      };
    },
    close: async () => undefined,
  };
}

