/**
 * Entry point of an analysis worker thread (see article-runner.ts). Loads the glossary once,
 * then runs the CPU-bound stages of one article per message, in order. It holds no jieba: each
 * article comes tagged by the main thread (see packed-tokens.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGlossary } from '../extract/entities/index.js';
import { analyzeArticle, type AnalysisContext } from '../pipeline/analyze-article.js';
import { NO_TOKENIZER, tokenizerFor, type PackedTokens } from '../segment/packed-tokens.js';
import type { Analyzed, Article } from '../types.js';
import { transferablesOf } from './article-job.js';
import { finishArticle, processBuiltinIngested } from './article-stages.js';
import { serializeError, type AnalysisWorkerData, type FromAnalysisWorker, type ToAnalysisWorker } from './worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker must run in a worker thread');
const data = workerData as AnalysisWorkerData;
const post = (message: FromAnalysisWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

let analysis: AnalysisContext | null = null;
try {
  analysis = { tokenizer: NO_TOKENIZER, glossary: loadGlossary(), referenceDate: data.referenceDate };
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'load-failed', error: serializeError(error) });
}

/** Analyzed records between `analyze` and `finish` (or `release`); at most the articles in flight. */
const prepared = new Map<number, Analyzed>();

port.on('message', (message: ToAnalysisWorker) => {
  if (analysis === null) return;
  const ctx = analysis;
  if (message.type === 'release') {
    prepared.delete(message.seq);
    return;
  }
  const seq = message.seq;
  void (async () => {
    switch (message.type) {
      case 'builtin':
        return processBuiltinIngested(message.article, tagged(ctx, message.article, message.tokens), message.job, data.settings);
      case 'analyze': {
        const analyzed = analyzeArticle(message.article, tagged(ctx, message.article, message.tokens));
        prepared.set(seq, analyzed);
        return analyzed;
      }
      case 'finish': {
        const analyzed = prepared.get(seq);
        prepared.delete(seq);
        if (analyzed === undefined) throw new Error(`internal: no prepared article #${seq} in this worker`);
        return finishArticle(analyzed, message.outcome, message.job, data.settings);
      }
    }
  })().then(
    // A finished article's file bytes move to the main thread; they are not copied.
    (value) => post({ type: 'result', seq, ok: true, value }, transferablesOf(value)),
    (error: unknown) => post({ type: 'result', seq, ok: false, error: serializeError(error) }),
  );
});

/** The context for one article, with the tokens the main thread tagged it with. */
function tagged(ctx: AnalysisContext, article: Article, tokens: PackedTokens): AnalysisContext {
  return { ...ctx, tokenizer: tokenizerFor(article.source.text, tokens) };
}
