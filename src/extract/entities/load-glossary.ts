import { readFileSync } from 'node:fs';
import type { EntityType } from '../../types.js';
import { CompactTrie } from './compact-trie.js';

/** One name in the glossary. Aliases point at the same entry object as their canonical name. */
export interface GlossaryEntry {
  /** The canonical Chinese name (英伟达 for 英伟达公司 and NVIDIA). */
  readonly zh: string;
  readonly en: string;
  readonly type: EntityType;
  /** `hand`: glossary.json (curated); `cedict`: derived from CC-CEDICT. */
  readonly source: 'hand' | 'cedict';
  /** A common word as well as a name (理想, 苹果): only accepted next to a cue. */
  readonly ambiguous: boolean;
}

/** A match of a glossary surface in a text. */
export interface GlossaryMatch {
  readonly entry: GlossaryEntry;
  readonly length: number;
}

/** The zh → en name glossary, precompiled for matching. Build once, share across articles. */
export interface Glossary {
  /** The entry for an exact surface (canonical name or alias), if any. */
  lookup(surface: string): GlossaryEntry | undefined;
  /** The longest surface starting at `text[index]`, if any. */
  matchAt(text: string, index: number): GlossaryMatch | undefined;
  /**
   * Whether `word` is an ordinary word that jieba may wrongly tag as a name (城市, 公正), or a
   * CC-CEDICT name that is also an ordinary word (新建 "new construction", Xinjian County).
   */
  isCommonWord(word: string): boolean;
  /**
   * An English name for a surface: an entry's, else a CC-CEDICT proper name of unknown kind
   * (沃尔夫斯堡 → "Wolfsburg"). Such names only translate; they never make a surface an entity.
   */
  nameOf(surface: string): string | undefined;
  /** Number of distinct surfaces. */
  readonly size: number;
}

/** glossary.json: hand-curated entries. */
export interface HandGlossaryFile {
  readonly entries: Record<
    string,
    { en: string; type: EntityType; aliases?: readonly string[]; ambiguous?: boolean }
  >;
}

/** glossary-cedict.json: `{ p: {zh: en}, l: {…}, o: {…} }` (see build-glossary.ts). */
export type CedictGlossaryFile = Partial<Record<'p' | 'l' | 'o', Record<string, string>>> & {
  /** Ordinary words jieba tags as names (城市 ns): their tags are not trusted. */
  readonly common?: readonly string[];
  /** Proper names of unknown kind (宾利 "Bentley"): used for English names only. */
  readonly n?: Readonly<Record<string, string>>;
  /** Names of `p`, `l`, `o` that are ordinary words too (新建, 资源): made `ambiguous`. */
  readonly a?: readonly string[];
};

const COMPACT_TYPES = { p: 'person', l: 'place', o: 'organization' } as const;

/**
 * "Lord Kelvin 1824-1907" → "Lord Kelvin": CC-CEDICT glosses some names with the years of a life,
 * which a brief would print as a figure the article never states.
 */
function withoutLifespan(en: string): string {
  return en.replace(/\s*\(?\b\d{3,4}\s*[-–—]\s*\d{2,4}\)?/gu, '').trim() || en;
}

/**
 * Compiles glossary data into a matcher: a Map of surfaces plus a trie of them by UTF-16 code
 * unit (compact-trie.ts), so matching at a position walks only as far as some surface continues.
 * Hand entries (and their aliases) override CC-CEDICT ones.
 */
export function createGlossary(hand: HandGlossaryFile, cedict: CedictGlossaryFile = {}): Glossary {
  const surfaces = new Map<string, GlossaryEntry>();
  const dual = new Set(cedict.a ?? []);
  for (const key of ['o', 'l', 'p'] as const) {
    const type = COMPACT_TYPES[key];
    for (const [zh, en] of Object.entries(cedict[key] ?? {})) {
      surfaces.set(zh, { zh, en: withoutLifespan(en), type, source: 'cedict', ambiguous: dual.has(zh) });
    }
  }
  for (const [zh, raw] of Object.entries(hand.entries)) {
    const entry: GlossaryEntry = {
      zh,
      en: raw.en,
      type: raw.type,
      source: 'hand',
      ambiguous: raw.ambiguous === true,
    };
    surfaces.set(zh, entry);
    for (const alias of raw.aliases ?? []) surfaces.set(alias, entry);
  }
  const trie = CompactTrie.build([...surfaces].map(([surface, entry]): [string, GlossaryMatch] => [surface, Object.freeze({ entry, length: surface.length })]));

  const common = new Set(cedict.common ?? []);
  const untyped = new Map(Object.entries(cedict.n ?? {}).map(([zh, en]) => [zh, withoutLifespan(en)] as const));
  return {
    size: surfaces.size,
    // A CC-CEDICT name that is an ordinary word too (新建) is as untrustworthy under a jieba
    // name tag (新建/ns) as a plain common word: only the glossary's cue rules may take it.
    isCommonWord: (word) => {
      const entry = surfaces.get(word);
      return entry === undefined ? common.has(word) : entry.source === 'cedict' && entry.ambiguous;
    },
    lookup: (surface) => surfaces.get(surface),
    nameOf: (surface) => surfaces.get(surface)?.en ?? untyped.get(surface),
    // The longest surface starting here: the trie walks only as far as some surface continues.
    matchAt: (text, index) => trie.longestAt(text, index),
  };
}

let cached: Glossary | undefined;

/**
 * Loads the shipped glossary (glossary.json over glossary-cedict.json) once per process.
 *
 * @example
 * loadGlossary().lookup('英伟达公司') // { zh: '英伟达', en: 'Nvidia', type: 'organization', … }
 */
export function loadGlossary(): Glossary {
  if (cached !== undefined) return cached;
  const hand = JSON.parse(readFileSync(new URL('./glossary.json', import.meta.url), 'utf8')) as HandGlossaryFile;
  const cedict = JSON.parse(
    readFileSync(new URL('./glossary-cedict.json', import.meta.url), 'utf8'),
  ) as CedictGlossaryFile;
  cached = createGlossary(hand, cedict);
  return cached;
}
