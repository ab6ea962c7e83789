// Word lists (common words, set phrases) live beside the code as data.
import { parseChineseNumber } from '../extract/quantities/index.js';
import names from './english-names.json' with { type: 'json' };

/** A run of capitalised words in English text: a name as the summary writes it. */
export interface NamePhrase {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The words that need support from the source (titles and common words removed). */
  readonly words: readonly string[];
}

/**
 * Capitalised words that are not names of anything in an article: sentence starters,
 * titles, months, and the few countries and demonyms every China story uses.
 */
const COMMON: ReadonlySet<string> = new Set(names.common);

/** A token: letters and digits with inner hyphens, ampersands, apostrophes and abbreviation dots (U.S., e-Platform, 36Kr, R&D). */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*/gu;
const CONNECTORS = new Set(['of', 'de', 'and', 'for', 'the']);

/** A token that names something: starts with a capital, or mixes in one (36Kr, e-Platform, iPhone). */
function isNameToken(token: string): boolean {
  return /^\p{Lu}/u.test(token) || (/\p{Lu}/u.test(token) && /[\p{Ll}\p{N}]/u.test(token[0] ?? ''));
}

/**
 * Finds name phrases: runs of name tokens joined by spaces (and of/and/for/the), never
 * across punctuation. A lone capitalised word opening a sentence is skipped (it may be any word).
 */
export function findNamePhrases(text: string): NamePhrase[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: NamePhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    // The C of "3°C" and the N of 26°30′N are units, not names.
    if (!isNameToken(first.text) || /^\d/.test(first.text) || /[°′″'’]/.test(text[first.start - 1] ?? '') && /\d/.test(text[first.start - 2] ?? '')) {
      i++;
      continue;
    }
    let j = i;
    // Extend over "X Y", "X of Y", "X and Y" while only spaces separate the tokens.
    for (;;) {
      const next = tokens[j + 1];
      if (!next || !/^[ \t]+$/.test(text.slice(tokens[j]!.end, next.start))) break;
      if (isNameToken(next.text)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (
        CONNECTORS.has(next.text.toLowerCase()) && after && isNameToken(after.text) &&
        /^[ \t]+$/.test(text.slice(next.end, after.start))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    const start = first.start;
    const end = tokens[j]!.end;
    const raw = text.slice(start, end);
    i = j + 1;
    const before = text.slice(0, start).trimEnd();
    const sentenceStart = before === '' || /[.!?:"“]$/.test(before);
    if (sentenceStart && first === tokens[j]) continue;
    // "Bond ETF assets…", "Homeowner Zhou Jianguo…": a sentence's first word is capitalised whatever
    // it is; one that cannot be pinyin is an English word, not part of the name after it.
    const head = first.text.split('-')[0]!.toLowerCase();
    const opening = sentenceStart && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first.text) && (!PINYIN_SHAPED.test(head) || NUMBER_WORDS.test(head)) ? first.text : null;
    const words = (opening === null ? raw : raw.slice(opening.length))
      .split(/\s+/)
      .map((w) => w.replace(/['’]s?$/u, ''))
      // "Hong Kong-listed", "Xiaomi-branded": a hyphenated adjective names only through its name part.
      .map((w) => (w.includes('-') ? w.split('-').filter((p) => isNameToken(p) || /^\p{N}/u.test(p)).join('-') || w : w))
      // A lone capital letter is a grade or type ("Grade A and Grade B", "B/Victoria"), no name.
      .filter((w) => w !== '' && !isCommonWord(w) && !CONNECTORS.has(w.toLowerCase()) && !/^\d/.test(w) && !ROMAN.test(w) && !/^\p{Lu}$/u.test(w))
      // "January-September", "Mid-October", "Grade-B": every part a common word or a grade letter.
      .filter((w) => !(w.includes('-') && w.split('-').every((p) => p === '' || isCommonWord(p) || /^\d/.test(p) || /^\p{Lu}$/u.test(p))));
    if (words.length === 0) continue;
    out.push({ text: raw, start, end, words });
  }
  return out;
}

const DEMONYMS: Readonly<Record<string, string>> = names.demonyms;
const COUNTRY_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(names.countryAliases).filter(([word]) => !word.startsWith('_')));

/** The name an entity list may give a country a summary calls otherwise, lower-cased: "Britain" → "united kingdom". */
export function countryAlias(word: string): string | null {
  return COUNTRY_ALIASES[word.toLowerCase()] ?? null;
}

/**
 * The country names an adjective of nationality may stand for, lower-cased: Thai → thailand
 * (listed), Serbian → serbia, Korean → korea, Japanese → japan, Pakistani → pakistan (by suffix).
 * A summary's "Serbian project" names the source's 塞尔维亚 as much as "Serbia" does.
 */
export function demonymCountries(word: string): string[] {
  const lower = word.toLowerCase();
  const listed = DEMONYMS[lower];
  if (listed !== undefined) return [listed];
  const out: string[] = [];
  if (lower.endsWith('ian')) out.push(`${lower.slice(0, -3)}ia`, lower.slice(0, -3), `${lower.slice(0, -3)}a`);
  // Korean for Korea, Singaporean for Singapore.
  else if (lower.endsWith('an')) out.push(lower.slice(0, -1), lower.slice(0, -2));
  else if (lower.endsWith('ese')) out.push(lower.slice(0, -3));
  else if (lower.endsWith('i')) out.push(lower.slice(0, -1));
  return out.filter((stem) => stem.length >= 3);
}

/** "Nineteen-year-old Deng Yufei": number words look like pinyin but open a sentence as English. */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;

/** A word made of pinyin syllables (Hunan, Zhou, Jianguo): it may be a name even opening a sentence. */
const PINYIN_SHAPED = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|er|in|un|ui|ua|uo|ia|ie|iu|ve|ue|a|o|e|i|u|v))+$/;

/** A Roman numeral is a number as digits are (phase III for Ⅲ期, Level IV for Ⅳ级), not a name. */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

const PHRASES: Readonly<Record<string, readonly string[]>> = names.phrases;

/** A language's one-character name in Chinese (英语, 韩、英、日等6种语言) and its English name. */
const LANGUAGE_NAMES: readonly (readonly [string, string])[] = [
  ['中', 'chinese'], ['英', 'english'], ['日', 'japanese'], ['韩', 'korean'], ['法', 'french'], ['德', 'german'],
  ['俄', 'russian'], ['西', 'spanish'], ['葡', 'portuguese'], ['意', 'italian'], ['阿', 'arabic'], ['泰', 'thai'],
  ['越', 'vietnamese'], ['老', 'lao'], ['蒙', 'mongolian'],
];
/** Each language with the pattern of its character written as the language (英语, 日文; not 文化, 文件 …). */
const LANGUAGES = LANGUAGE_NAMES.map(([zh, en]) => ({ zh, en, written: new RegExp(`${zh}(?:语|文(?!化|件|物|明|章|本|字))`, 'u') }));
const LANGUAGE_CHARS = `[${LANGUAGE_NAMES.map(([zh]) => zh).join('')}]`;
/** 韩、英、日等6种语言: a list of languages by their characters, closed by 语言, 语种 or 文字. */
const LANGUAGE_LIST_RE = new RegExp(`${LANGUAGE_CHARS}(?:[、和及与]${LANGUAGE_CHARS})+(?:等|共)?[0-9０-９一二三四五六七八九十多]*(?:种|个)?(?:语言|语种|文字)`, 'gu');

/**
 * The languages the source names ("signs in Korean, English and Japanese" for 韩、英、日等6种语言的标识牌):
 * a character written as a language (英语, 日文) or in a list of them that ends in 语言, 语种 or 文字.
 */
export function sourceLanguages(source: string): string[] {
  const lists = [...source.matchAll(LANGUAGE_LIST_RE)].map((m) => m[0]);
  return LANGUAGES.filter(({ zh, written }) => written.test(source) || lists.some((l) => l.includes(zh))).map(({ en }) => en);
}

/**
 * The set phrases (Belt and Road) whose Chinese form the source states: their words are
 * as known as the source's own names. A phrase the source does not state stays unsupported.
 */
export function sourcePhrases(source: string): string[] {
  return Object.entries(PHRASES)
    .filter(([, zh]) => zh.some((form) => source.includes(form)))
    .map(([en]) => en);
}

/** The singular of a plain English plural (IPOs → ipo, Governors → governor, PCs → pc), else the word. */
export function singularOf(word: string): string {
  const lower = word.toLowerCase();
  if ((lower.length > 3 || /^\p{Lu}{2}s$/u.test(word)) && /[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** A word the name check never asks the source for: a sentence starter, title, month or everyday country (see english-names.json). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  // (The plural's case decides: CVs is the plural of CV, as IPOs of IPO.)
  return COMMON.has(lower) || COMMON.has(singularOf(word));
}

/** The lower-cased words of known names, for word-by-word support of a phrase. */
export function nameWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    for (const w of name.split(/[\s/()（）,，·・]+/u)) {
      const clean = w.replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '').toLowerCase();
      if (clean === '') continue;
      words.add(clean);
      // "Pere David" for the glossary's "Père David": a summary may drop the accents.
      words.add(withoutAccents(clean));
      // "Super e-Platform" also vouches for "Platform"; "Xiaomi-branded" for "Xiaomi".
      for (const part of clean.split('-')) if (part !== '') words.add(part);
    }
  }
  return words;
}

/** The word with its accents dropped (Père → Pere, São → Sao). */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The numbers of the designations a source writes (嫦娥六号, 雪松一号, 二期), as digits ("6", "1", "2"). */
export function designationNumbers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/([一二三四五六七八九十两零〇]{1,4})(?:号|號|型|期)/gu)) {
    const n = parseChineseNumber(m[1]!);
    if (n !== null) out.push(String(n));
  }
  return out;
}
