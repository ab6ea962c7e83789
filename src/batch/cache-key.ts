import { createHash } from 'node:crypto';
import type { JianbaoConfig } from '../config/index.js';
import type { SummaryProvider } from '../summarize/provider.js';
import { VERSION } from '../version.js';

/**
 * What changes an article's output besides its bytes: jianbao's version, every provider
 * in the chain (model, prompt hash, lengths — each provider's cacheIdentity), and the
 * options that reach the stages. Never the API key.
 */
export function runIdentity(config: JianbaoConfig, chain: readonly SummaryProvider[]): string {
  return JSON.stringify({
    version: VERSION,
    chain: chain.map((p) => p.cacheIdentity),
    referenceDate: config.referenceDate,
    lengths: config.lengths,
    maxInputBytes: config.maxInputBytes,
    strict: config.strict,
  });
}

/** The cache key of one article: its bytes and its path (the path is in the output) under one run identity. */
export function articleCacheKey(bytes: Uint8Array, path: string, identity: string): string {
  return createHash('sha256').update(identity).update('\0').update(path).update('\0').update(bytes).digest('hex');
}
