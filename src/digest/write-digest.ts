import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Digest } from './build-digest.js';
import { renderAtomFeed, type AtomFeedOptions } from './render-atom-feed.js';
import { renderDigestHtml } from './render-digest-html.js';
import { renderDigestMarkdown } from './render-digest-markdown.js';

export interface WriteDigestOptions extends AtomFeedOptions {
  readonly outDir: string;
  /** Writes one whole file (the CLI passes batch/'s `writeFileAtomic`). */
  readonly write: (path: string, data: string) => Promise<void>;
  /**
   * Days of earlier digests (their `digests/<date>.json`) the feed keeps besides this one.
   * @default 7
   */
  readonly feedDays?: number;
}

/** Earlier digests saved as `digests/<date>.json`, newest first; unreadable ones are skipped. */
export async function readSavedDigests(outDir: string, limit: number): Promise<Digest[]> {
  const dir = join(outDir, 'digests');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /^\d{4}-\d{2}-\d{2}\.json$/u.test(n)).sort().reverse();
  } catch {
    return [];
  }
  const out: Digest[] = [];
  for (const name of names.slice(0, limit)) {
    try {
      const json = JSON.parse(await readFile(join(dir, name), 'utf8')) as Partial<Digest>;
      // Our own files; a shape check is enough to skip a hand-edited or foreign one.
      if (json.schemaVersion === 1 && Array.isArray(json.stories) && typeof json.generatedAt === 'string') out.push(json as Digest);
    } catch {
      // skipped: the feed is rebuilt from what can be read
    }
  }
  return out;
}

/**
 * Writes `digests/<date>.md`, `.html`, `.json` (the digest as data, which later feeds are
 * rebuilt from) and `digests/feed.xml` (this digest plus the saved ones of the last
 * `feedDays` days). Returns the paths written, in that order.
 */
export async function writeDigest(digest: Digest, options: WriteDigestOptions): Promise<string[]> {
  const dir = join(options.outDir, 'digests');
  const base = join(dir, digest.date);
  const files: [string, string][] = [
    [`${base}.md`, renderDigestMarkdown(digest)],
    [`${base}.html`, renderDigestHtml(digest)],
    [`${base}.json`, `${JSON.stringify(digest, null, 2)}\n`],
  ];
  const earlier = (await readSavedDigests(options.outDir, (options.feedDays ?? 7) + 1)).filter((d) => d.date !== digest.date);
  const feedOptions: AtomFeedOptions = {
    ...(options.siteUrl !== undefined ? { siteUrl: options.siteUrl } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.maxEntries !== undefined ? { maxEntries: options.maxEntries } : {}),
  };
  files.push([join(dir, 'feed.xml'), renderAtomFeed([digest, ...earlier.slice(0, options.feedDays ?? 7)], feedOptions)]);
  for (const [path, data] of files) await options.write(path, data);
  return files.map(([path]) => path);
}
