import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JianbaoConfig } from '../config/index.js';
import type { SummaryProvider } from '../summarize/provider.js';
import { VERSION } from '../version.js';

/**
 * What changes an article's output besides its bytes: jianbao's version, the data files the
 * stages load (jieba user dictionary, glossary, unit tables — edited between releases, and
 * they change names and figures), every provider in the chain (model, endpoint host, prompt
 * hash, lengths — each provider's cacheIdentity), and the options that reach the stages or
 * the rendered output. Never the API key. Options that only decide *whether* a provider
 * answers (deadline, timeouts, retries, concurrency) are left out: a fallback is never cached.
 */
export function runIdentity(config: JianbaoConfig, chain: readonly SummaryProvider[]): string {
  return JSON.stringify({
    version: VERSION,
    data: dataFingerprint(),
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

/** The package's code folder (dist/ when compiled, src/ under vitest). */
const CODE_ROOT = fileURLToPath(new URL('../', import.meta.url));

let fingerprint: string | null = null;

/**
 * A hash of the data files beside the code: every .json and .txt under the code folder
 * (jieba user dictionary, glossaries, unit and term tables; about 1 MB, hashed in a few ms,
 * once per process). Found by walking the folder rather than by name, so a data file added
 * later (a new stage's table) is covered without touching this list.
 */
export function dataFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const hash = createHash('sha256');
  let names: string[] = [];
  try {
    names = readdirSync(CODE_ROOT, { recursive: true, encoding: 'utf8' })
      .filter((n) => /\.(json|txt)$/.test(n) && !n.split(/[\\/]/).some((part) => part === 'node_modules' || part.startsWith('.')))
      .sort();
  } catch {
    // An unreadable code folder leaves the version alone to identify the code.
  }
  for (const name of names) {
    try {
      hash.update(`${name}\0`).update(readFileSync(`${CODE_ROOT}${name}`)).update('\0');
    } catch {
      hash.update(`${name}\0?\0`);
    }
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
