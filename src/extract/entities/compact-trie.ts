/**
 * A trie of strings by UTF-16 code unit, held in typed arrays: each node's children are a run of
 * (code, child) pairs sorted by code, found by binary search, and the root's by a direct table.
 * The glossary's 13,000 names take about a fifth of the heap a Map per node took (every analysis
 * worker holds one), and a lookup allocates nothing.
 */
export class CompactTrie<V> {
  private constructor(
    /** Where each node's children start in `codes` / `targets`. */
    private readonly first: Int32Array,
    private readonly count: Int32Array,
    private readonly codes: Uint16Array,
    private readonly targets: Int32Array,
    /** The root's child for each code unit, or -1: the root has thousands of children. */
    private readonly rootChild: Int32Array,
    /** The value of the string that ends at each node, if one does. */
    private readonly values: readonly (V | undefined)[],
  ) {}

  static build<V>(entries: Iterable<readonly [string, V]>): CompactTrie<V> {
    // Sorted by code unit (as < compares strings), the strings under a node are one run.
    const sorted = [...entries].filter(([key]) => key !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const first: number[] = [];
    const count: number[] = [];
    const codes: number[] = [];
    const targets: number[] = [];
    const values: (V | undefined)[] = [];
    /** Per node, breadth first: the run of `sorted` below it and its depth. */
    const runs: [lo: number, hi: number, depth: number][] = [];
    const node = (lo: number, hi: number, depth: number): number => {
      runs.push([lo, hi, depth]);
      values.push(undefined);
      return runs.length - 1;
    };
    node(0, sorted.length, 0);
    for (let id = 0; id < runs.length; id++) {
      let [lo, hi, depth] = runs[id]!;
      if (lo < hi && sorted[lo]![0].length === depth) values[id] = sorted[lo++]![1];
      first[id] = codes.length;
      while (lo < hi) {
        const code = sorted[lo]![0].charCodeAt(depth);
        let end = lo + 1;
        while (end < hi && sorted[end]![0].charCodeAt(depth) === code) end++;
        codes.push(code);
        targets.push(node(lo, end, depth + 1));
        lo = end;
      }
      count[id] = codes.length - first[id]!;
    }
    const rootChild = new Int32Array(0x10000).fill(-1);
    for (let k = first[0]!; k < first[0]! + count[0]!; k++) rootChild[codes[k]!] = targets[k]!;
    return new CompactTrie(Int32Array.from(first), Int32Array.from(count), Uint16Array.from(codes), Int32Array.from(targets), rootChild, values);
  }

  /** The value of the longest string of the trie that starts at `text[index]`, if any. */
  longestAt(text: string, index: number): V | undefined {
    if (index >= text.length) return undefined;
    let node = this.rootChild[text.charCodeAt(index)]!;
    if (node < 0) return undefined;
    let best = this.values[node];
    for (let i = index + 1; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let lo = this.first[node]!;
      const end = lo + this.count[node]!;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.codes[mid]! < code) lo = mid + 1;
        else hi = mid;
      }
      if (lo === end || this.codes[lo] !== code) break;
      node = this.targets[lo]!;
      const value = this.values[node];
      if (value !== undefined) best = value;
    }
    return best;
  }
}
