export { assignArticleIds } from './assign-ids.js';
export {
  canUseWorkers,
  createWorkerPoolRunner,
  defaultWorkerCount,
  type ArticleRunner,
  type PreparedArticle,
  type RunnerOptions,
} from './article-runner.js';
export {
  finishArticle,
  isBuiltinOnly,
  prepareArticle,
  processBuiltinArticle,
  type ArticleJob,
  type FinishedArticle,
  type PlainOutcome,
  type StageSettings,
} from './article-stages.js';
export { describeFsError, writeFileAtomic } from './atomic-write.js';
export { createInProcessRunner } from './in-process-runner.js';
export { articleCacheKey, dataFingerprint, runIdentity } from './cache-key.js';
export { openCacheJournal, readCacheIndex, writeCacheIndex, type CacheJournal } from './cache-index.js';
export { cleanStaleTempFiles } from './clean-stale-temp.js';
export { acquireOutputLock, type OutputLock } from './output-lock.js';
export { runBatch, type BatchEvent, type BatchOptions } from './run-batch.js';
