import { createHash } from 'node:crypto';
import { articleIdFromPath } from '../ingest/article-id-from-path.js';

/**
 * Gives every input file an output id. Ids come from file names; when two files share a
 * name (a/x.txt and b/x.txt) each gets a short hash of its path appended, so no output
 * overwrites another and the same file keeps the same id from run to run.
 */
export function assignArticleIds(paths: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const path of paths) {
    const base = articleIdFromPath(path);
    byBase.set(base, [...(byBase.get(base) ?? []), path]);
  }
  const ids = new Map<string, string>();
  for (const [base, group] of byBase) {
    if (group.length === 1) {
      ids.set(group[0]!, base);
      continue;
    }
    for (const path of group) {
      ids.set(path, `${base}-${createHash('sha256').update(path).digest('hex').slice(0, 8)}`);
    }
  }
  return ids;
}
