import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import type { EntityType } from '../../types.js';
import type { Glossary, GlossaryEntry } from './load-glossary.js';
import { loadEntityRules } from './entity-rules.js';

export interface EnglishName {
  readonly en: string;
  readonly enSource: 'glossary' | 'pinyin' | 'verbatim';
}

const capitalize = (word: string): string => (word === '' ? word : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`);
const HAS_HAN = /[\u3400-\u9fff]/u;
const HAN_RUN = /^[\u3400-\u9fff]+$/u;

/** Toneless pinyin of Han runs joined into one word per run; Latin runs kept as they are. */
function pinyinWord(zh: string): string {
  return zh
    .split(/([\u3400-\u9fff]+)/u)
    .filter((part) => part.trim() !== '')
    .map((part) =>
      HAS_HAN.test(part)
        ? capitalize(pinyin(part, { toneType: 'none', type: 'array', v: false }).join(''))
        : part.trim(),
    )
    .join(' ');
}

/**
 * Pinyin of the distinctive part of a name, spaced the way such names are written: up to
 * three characters make one word (库布其 → "Kubuqi"); longer runs split in two-character
 * words (宁德时代 → "Ningde Shidai"), as most Chinese brand and firm names pair syllables.
 */
function spacedPinyin(zh: string): string {
  if (!HAN_RUN.test(zh) || zh.length <= 3) return pinyinWord(zh);
  const words: string[] = [];
  for (let i = 0; i < zh.length; ) {
    // An odd length leaves a three-character last word rather than a lone syllable.
    const size = zh.length - i === 3 ? 3 : 2;
    words.push(pinyinWord(zh.slice(i, i + size)));
    i += size;
  }
  return words.join(' ');
}

/**
 * A person's name in pinyin, surname first: 王小明 → "Wang Xiaoming", 欧阳明 → "Ouyang Ming".
 * Transliterated foreign names (约翰·史密斯) keep their parts: "Yuehan Shimisi".
 */
export function personPinyin(zh: string): string {
  if (zh.includes('·') || zh.includes('•')) return zh.split(/[·•]/u).map(pinyinWord).join(' ');
  if (!HAS_HAN.test(zh)) return zh;
  const rules = loadEntityRules();
  const surnameLength = zh.length >= 3 && rules.compoundSurnames.has(zh.slice(0, 2)) ? 2 : 1;
  // surname: 'head' reads 单/曾/解 as surnames (Shan, Zeng, Xie), not their common readings.
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', surname: 'head' });
  const family = syllables.slice(0, surnameLength).join('');
  const given = syllables.slice(surnameLength).join('');
  return given === '' ? capitalize(family) : `${capitalize(family)} ${capitalize(given)}`;
}

interface NameParts {
  /** Descriptive word → English, with the lengths present, longest first. */
  readonly parts: ReadonlyMap<string, string>;
  readonly lengths: readonly number[];
}

let cachedParts: NameParts | undefined;

/** name-parts.json, loaded once per process. */
function loadNameParts(): NameParts {
  if (cachedParts !== undefined) return cachedParts;
  const raw = JSON.parse(readFileSync(new URL('./name-parts.json', import.meta.url), 'utf8')) as {
    parts: Record<string, string>;
  };
  const parts = new Map(Object.entries(raw.parts));
  const lengths = [...new Set([...parts.keys()].map((k) => k.length))].sort((a, b) => b - a);
  cachedParts = { parts, lengths };
  return cachedParts;
}

/** Whether `zh` is a descriptive word of name-parts.json (交易, 研究): what a body does, not its name. */
export function isDescriptivePart(zh: string): boolean {
  return loadNameParts().parts.has(zh);
}

/**
 * The English of a glossary entry as an entity's name. CC-CEDICT names of districts and
 * counties come without their kind (徐汇区 "Xuhui"); the suffix's English is put back so the
 * name says what it is ("Xuhui District"). Cities (市) stay bare, as in English usage. Only
 * administrative suffixes are put back: a city or county named after a river or mountain
 * (湛江, 舟山) is glossed bare, and a river's own gloss already says "River" (汨罗江).
 */
export function entryEnglish(entry: GlossaryEntry): string {
  if (entry.type !== 'place' || entry.source !== 'cedict') return entry.en;
  const rules = loadEntityRules();
  for (const [suffix, en] of rules.placeSuffixes) {
    if (!rules.strongPlaceSuffixes.includes(suffix)) continue;
    if (entry.zh.endsWith(suffix) && entry.zh.length > suffix.length) {
      const word = en.trim();
      return word === '' || entry.en.toLowerCase().endsWith(word.toLowerCase()) ? entry.en : `${entry.en}${en}`;
    }
  }
  return entry.en;
}

/**
 * The head of an organization or place name in English: known names (glossary, CC-CEDICT)
 * translated, descriptive words at its end translated (新能源科技 → "New Energy Technology"),
 * and the distinctive rest in spaced pinyin.
 */
function composeHead(zh: string, glossary: Glossary): string {
  const { parts, lengths } = loadNameParts();
  // 1. Peel descriptive words off the end: they are what the firm does, not its name. Only
  // words of two characters or more: a lone 东 or 北 ends a place name (广东, 皖北), not a description.
  const tail: string[] = [];
  let end = zh.length;
  peel: while (end > 0) {
    for (const length of lengths) {
      if (length > end || length < 2) continue;
      const en = parts.get(zh.slice(end - length, end));
      // 大学 ends 北京大学 (Peking University): a known name is translated whole, never peeled.
      if (en !== undefined && !endsKnownName(zh, end, length, glossary)) {
        tail.unshift(en);
        end -= length;
        continue peel;
      }
    }
    break;
  }
  // 2. The front: longest known names left to right, pinyin for what is left between them.
  const out: string[] = [];
  let unknown = '';
  const flush = (): void => {
    if (unknown !== '') out.push(spacedPinyin(unknown));
    unknown = '';
  };
  const front = zh.slice(0, end);
  for (let i = 0; i < front.length; ) {
    let matched = false;
    for (let length = Math.min(front.length - i, 12); length >= 2; length--) {
      const surface = front.slice(i, i + length);
      const en = glossary.nameOf(surface) ?? parts.get(surface);
      if (en !== undefined) {
        flush();
        const entry = glossary.lookup(surface);
        out.push(entry !== undefined ? entryEnglish(entry) : en);
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      unknown += front[i] ?? '';
      i++;
    }
  }
  flush();
  return [...out, ...tail].join(' ');
}

/** Whether a glossary name longer than the `length` characters before `end` ends at `end`. */
function endsKnownName(zh: string, end: number, length: number, glossary: Glossary): boolean {
  for (let start = 0; start < end - length; start++) {
    if (glossary.lookup(zh.slice(start, end)) !== undefined) return true;
  }
  return false;
}

/** "Ministry of {}" puts the rest after; a plain suffix goes after the rest. */
function withSuffix(head: string, suffixEn: string): string {
  if (suffixEn.includes('{}')) return suffixEn.replace('{}', head).trim();
  return head === '' ? suffixEn : `${head} ${suffixEn}`;
}

/**
 * A known place written after the place it lies in: 贵州省黔南布依族苗族自治州 → "Qiannan Buyei and
 * Miao Autonomous Prefecture, Guizhou", 摩洛哥丹吉尔 → "Tangier, Morocco". Composed word by word
 * instead, the smaller place's gloss gets the larger's suffix pinyin glued to it.
 */
function placeInPlace(zh: string, glossary: Glossary): string | undefined {
  for (let i = 2; i <= zh.length - 2; i++) {
    const outer = glossary.lookup(zh.slice(0, i));
    const inner = glossary.lookup(zh.slice(i));
    if (outer?.type === 'place' && inner?.type === 'place') return `${entryEnglish(inner)}, ${outer.en}`;
  }
  return undefined;
}

/** 嫦娥六号 → "Chang'e-6": a series name and its number. */
const NUMBERED = /^(.+?)([零一二三四五六七八九十]+|\d+)号$/u;
const DIGITS: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseSmallNumber(s: string): number {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens = '', ones = ''] = s.split('十');
    return (tens === '' ? 1 : (DIGITS[tens] ?? 0)) * 10 + (ones === '' ? 0 : (DIGITS[ones] ?? 0));
  }
  return Number([...s].map((c) => DIGITS[c] ?? 0).join(''));
}

/**
 * The English name of an entity: the glossary's, else a composed rendering. Organizations
 * and places keep word structure: known parts through the glossary and name-parts.json,
 * the suffix translated, the distinctive rest in spaced pinyin.
 *
 * @example
 * englishName('黄仁勋', 'person', glossary) // { en: 'Jensen Huang', enSource: 'glossary' }
 * englishName('王小明', 'person', glossary) // { en: 'Wang Xiaoming', enSource: 'pinyin' }
 * englishName('库布其沙漠', 'place', glossary) // { en: 'Kubuqi Desert', enSource: 'pinyin' }
 * englishName('宁德时代新能源科技股份有限公司', 'organization', glossary)
 * // { en: 'Ningde Shidai New Energy Technology Co., Ltd.', enSource: 'pinyin' }
 */
export function englishName(zh: string, type: EntityType, glossary: Glossary): EnglishName {
  const entry = glossary.lookup(zh);
  if (entry !== undefined) return { en: entryEnglish(entry), enSource: 'glossary' };
  const named = glossary.nameOf(zh);
  if (named !== undefined) return { en: named, enSource: 'glossary' };
  if (!HAS_HAN.test(zh)) return { en: zh, enSource: 'verbatim' };
  const rules = loadEntityRules();
  if (type === 'person') return { en: personPinyin(zh), enSource: 'pinyin' };
  if (type === 'place') {
    const nested = placeInPlace(zh, glossary);
    if (nested !== undefined) return { en: nested, enSource: 'pinyin' };
    // A bare kind of place (高新区, 开发区) is named by its kind: "High-tech Zone", not "Gao New District".
    const kind = rules.placeSuffixes.find(([suffix]) => suffix === zh && suffix.length >= 2);
    if (kind !== undefined) return { en: kind[1].trim(), enSource: 'pinyin' };
    for (const [suffix, en] of rules.placeSuffixes) {
      const head = zh.slice(0, zh.length - suffix.length);
      if (zh.endsWith(suffix) && head.length >= 2) {
        // Composed names (a known head plus a rule suffix) are not curated: mark them 'pinyin'.
        return { en: `${composeHead(head, glossary)}${en}`, enSource: 'pinyin' };
      }
    }
    return { en: composeHead(zh, glossary), enSource: 'pinyin' };
  }
  if (type === 'organization') {
    for (const [suffix, en] of [...rules.organizationSuffixes, ...rules.publicationSuffixes]) {
      const head = zh.slice(0, zh.length - suffix.length);
      if (zh.endsWith(suffix) && head.length >= 1) {
        return { en: withSuffix(composeHead(head, glossary), en), enSource: 'pinyin' };
      }
    }
    return { en: composeHead(zh, glossary), enSource: 'pinyin' };
  }
  const numbered = NUMBERED.exec(zh);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
    const series = glossary.nameOf(numbered[1]) ?? spacedPinyin(numbered[1]);
    return { en: `${series}-${chineseSmallNumber(numbered[2])}`, enSource: 'pinyin' };
  }
  return { en: pinyinWord(zh), enSource: 'pinyin' };
}
