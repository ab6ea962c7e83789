/**
 * The last scans of a text, kept so a second scan of the same text with the same reference
 * date is answered without scanning: an article is scanned for extraction and again for its
 * source figures, a summary sentence for verification and again for linking it to its sources.
 * On the LLM path a worker interleaves the articles in flight (one is analysed while others are
 * finished), so `size` must cover several articles' texts, not just the last one's.
 * Results are frozen, and each caller gets a fresh array over them.
 */
export function recentScans<T extends object>(size: number, scan: (text: string, referenceDate: string | null) => T[]) {
  // A Map keeps insertion order: re-inserting on a hit makes its first key the least recent.
  const recent = new Map<string, readonly T[]>();
  return (text: string, referenceDate: string | null): T[] => {
    const key = `${referenceDate ?? '-'}\u0000${text}`;
    const hit = recent.get(key);
    if (hit !== undefined) {
      recent.delete(key);
      recent.set(key, hit);
      return hit.slice();
    }
    const results = scan(text, referenceDate);
    for (const x of results) Object.freeze(x);
    recent.set(key, results);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return results.slice();
  };
}
