/**
 * The last few scans of a text, kept so a second scan of the same text with the same reference
 * date is answered without scanning: an article is scanned for extraction and again for its
 * source figures, a summary sentence for verification and again for linking it to its sources.
 * Results are frozen, and each caller gets a fresh array over them.
 */
export function recentScans<T extends object>(size: number, scan: (text: string, referenceDate: string | null) => T[]) {
  const recent: { readonly text: string; readonly referenceDate: string | null; readonly results: readonly T[] }[] = [];
  return (text: string, referenceDate: string | null): T[] => {
    for (const r of recent) {
      if (r.referenceDate === referenceDate && r.text === text) return r.results.slice();
    }
    const results = scan(text, referenceDate);
    for (const x of results) Object.freeze(x);
    recent.unshift({ text, referenceDate, results });
    if (recent.length > size) recent.pop();
    return results.slice();
  };
}
