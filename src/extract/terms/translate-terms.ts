import { readFileSync } from 'node:fs';
import type { Segmented } from '../../types.js';
import type { Glossary } from '../entities/index.js';

/** One topic keyword of an article, with its English gloss and relative weight (top term = 1). */
export interface Term {
  readonly zh: string;
  readonly en: string;
  readonly weight: number;
}

export interface TranslateTermsOptions {
  /**
   * How many terms to return.
   * @default 10
   */
  readonly limit?: number;
}

/** terms.json as built by build-terms.ts: word → [english, idf], and the idf of unlisted words. */
interface TermsFile {
  readonly idf: number;
  readonly t: Record<string, readonly [string, number]>;
}

let cached: TermsFile | undefined;

/** Loads terms.json once per process (about 0.5 MB; a few ms). */
function loadTerms(): TermsFile {
  cached ??= JSON.parse(readFileSync(new URL('./terms.json', import.meta.url), 'utf8')) as TermsFile;
  return cached;
}

/** jieba tags a topic word may carry in running text (its dictionary tag may differ in context). */
const TOPIC_TAGS = new Set(['n', 'vn', 'nz', 'an', 'v', 'l', 'j']);

/**
 * The article's topic keywords with English glosses, strongest first: words of the general
 * term list (nouns and verbal nouns common in news, glossed from CC-CEDICT) weighted by
 * frequency in the article times jieba's inverse document frequency, so 关税 outweighs 发展.
 * Names the entity glossary knows (英伟达, 上海) are left to the entity list.
 *
 * @example
 * translateTerms(segmented, loadGlossary()).slice(0, 3)
 * // [{ zh: '芯片', en: 'chip', weight: 1 }, { zh: '关税', en: 'tariff', weight: 0.8 }, …]
 */
export function translateTerms(segmented: Segmented, glossary: Glossary, options: TranslateTermsOptions = {}): Term[] {
  const { t } = loadTerms();
  const limit = options.limit ?? 10;
  const counts = new Map<string, number>();
  // Words in the title count double: that is where the article says what it is about.
  const titleEnd = segmented.sentences[0]?.end ?? 0;
  for (const token of segmented.tokens) {
    if (!TOPIC_TAGS.has(token.tag) || t[token.word] === undefined) continue;
    if (glossary.lookup(token.word) !== undefined) continue;
    counts.set(token.word, (counts.get(token.word) ?? 0) + (token.end <= titleEnd ? 2 : 1));
  }
  const scored = [...counts].map(([zh, tf]) => {
    const [en, idf] = t[zh] ?? ['', 0];
    // Sub-linear frequency: a word said ten times is not ten times the topic.
    return { zh, en, score: (1 + Math.log(tf)) * idf };
  });
  scored.sort((a, b) => b.score - a.score || a.zh.localeCompare(b.zh));
  // Two words with one English gloss (出口, 外销 → export) are one topic.
  const seen = new Set<string>();
  const top = scored.filter((s) => s.en !== '' && !seen.has(s.en) && seen.add(s.en)).slice(0, limit);
  const max = top[0]?.score ?? 1;
  return top.map((s) => ({ zh: s.zh, en: s.en, weight: Math.round((s.score / max) * 1000) / 1000 }));
}
