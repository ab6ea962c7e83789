/**
 * Entry point of an analysis worker thread (see article-runner.ts). Loads jieba and the
 * glossary once, then runs the CPU-bound stages of one article per message, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../pipeline/analyze-article.js';
import { createAnalysisContext } from '../pipeline/create-analysis-context.js';
import type { Analyzed } from '../types.js';
import { transferablesOf } from './article-job.js';
import { finishArticle, processBuiltinArticle } from './article-stages.js';
import { serializeError, type AnalysisWorkerData, type FromAnalysisWorker, type ToAnalysisWorker } from './worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker must run in a worker thread');
const data = workerData as AnalysisWorkerData;
const post = (message: FromAnalysisWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

let analysis: ReturnType<typeof createAnalysisContext> | null = null;
try {
  analysis = createAnalysisContext({ referenceDate: data.referenceDate });
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
        return processBuiltinArticle(message.job, ctx, data.settings);
      case 'analyze': {
        const analyzed = analyzeArticle(message.article, ctx);
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
