export { assignArticleIds } from './assign-ids.js';
export { describeFsError, writeFileAtomic } from './atomic-write.js';
export { articleCacheKey, runIdentity } from './cache-key.js';
export { readCacheIndex, writeCacheIndex } from './cache-index.js';
export { acquireOutputLock, type OutputLock } from './output-lock.js';
export { runBatch, type BatchEvent, type BatchOptions } from './run-batch.js';
