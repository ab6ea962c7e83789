import { readFileSync } from 'node:fs';
import { singularOf } from './english-names.js';

/** gloss-words.json as build-gloss-words.ts writes it: a lower-case English word (plurals folded) → the Chinese words it glosses, space-separated. */
export type GlossWordsFile = Record<string, string>;

/** A lower-case word in the form the index keys it: possessive dropped, plural folded as name words are (festivals → festival, but not "class"). */
export function glossKey(word: string): string {
  return singularOf(word.replace(/['’]s$/iu, ''));
}

let index: ReadonlyMap<string, readonly string[]> | undefined;

/** gloss-words.json (2.4 MB), read on first use: only a summary with a name word nothing else accounts for needs it. */
function loadIndex(): ReadonlyMap<string, readonly string[]> {
  if (index === undefined) {
    const file = JSON.parse(readFileSync(new URL('./gloss-words.json', import.meta.url), 'utf8')) as GlossWordsFile;
    index = new Map(Object.entries(file).map(([word, zh]) => [word, zh.split(' ')]));
  }
  return index;
}

/**
 * The index keys an English word may stand under: itself, "Invitational" under "invitation",
 * "Minorities" under "minority", "Women's" under "woman" (女子 is glossed "woman", not "women").
 */
function keysOf(word: string): string[] {
  const key = glossKey(word);
  if (key.endsWith('al') && key.length > 6) return [key, key.slice(0, -2)];
  if (key.endsWith('men')) return [key, `${key.slice(0, -3)}man`];
  // "Nursing" under "nurse" (护理), "Imaging" under "image" (影像), "Printing" under "print".
  if (key.endsWith('ing') && key.length > 6) return [key, key.slice(0, -3), `${key.slice(0, -3)}e`];
  return /ies$/i.test(word) ? [key, `${word.toLowerCase().slice(0, -3)}y`] : [key];
}

/**
 * Adjectives of what a thing is made of or its colour (and a few other words of names), and the one character
 * that names it: the index leaves single characters out, but 金茶花奖 is "the Golden Camellia" and 执黑 is "playing Black".
 */
const MATERIAL_CHARACTERS: Readonly<Record<string, string>> = {
  golden: '金', silver: '银', wooden: '木', silken: '丝', jade: '玉', bronze: '铜',
  black: '黑', white: '白', red: '红', yellow: '黄', blue: '蓝', green: '绿', purple: '紫',
  // The numbers and heavenly bodies of a name, each one character (七星板鹞 is "the Seven Star kite").
  one: '一', two: '二', three: '三', four: '四', five: '五', six: '六', seven: '七', eight: '八', nine: '九', ten: '十', hundred: '百', thousand: '千',
  star: '星', moon: '月', sun: '日', dragon: '龙', phoenix: '凤',
};

/**
 * Peoples and regions the source writes in characters that no pinyin spells and the index (ordinary words only)
 * leaves out: "the Mongolians and the Evenki" for 蒙古族、鄂温克族, "South Asian countries" for 南亚国家.
 */
const PEOPLES_AND_REGIONS: Readonly<Record<string, readonly string[]>> = {
  mongolian: ['蒙古'], tibetan: ['藏族', '西藏'], uyghur: ['维吾尔'], uygur: ['维吾尔'], manchu: ['满族'], kazakh: ['哈萨克'],
  evenki: ['鄂温克'], ewenki: ['鄂温克'], oroqen: ['鄂伦春'], daur: ['达斡尔'], kyrgyz: ['柯尔克孜'], tajik: ['塔吉克'],
  // (Arabica coffee, 阿拉比卡咖啡: a species of coffee, named by its sound.)
  arabica: ['阿拉比卡'], robusta: ['罗布斯塔'],
  // (Red Fuji apples, 红富士; a cycling "Tour of" a lake or a region, 环洱海.)
  fuji: ['富士'], tour: ['环'],
  asia: ['亚'], asian: ['亚'], africa: ['非洲'], african: ['非洲'], europe: ['欧'], european: ['欧'],
};

/**
 * The words of a name phrase that no dictionary sense ties to the source: "Lantern" and "Festival"
 * of "Shunan International Lantern Festival" are accounted for where the source says 灯会 … 节庆 or
 * 灯笼 … 节日, "Handicrafts" where it says 手工艺. Only ordinary words are indexed (see
 * build-gloss-words.ts): a place, person or brand must still be one of the source's names.
 */
export function wordsWithoutGloss(words: readonly string[], source: string): string[] {
  if (words.length === 0) return [];
  const glossed = loadIndex();
  return words.filter((word) => {
    const material = MATERIAL_CHARACTERS[word.toLowerCase()];
    if (material !== undefined && source.includes(material)) return false;
    if (PEOPLES_AND_REGIONS[glossKey(word)]?.some((zh) => source.includes(zh)) === true) return false;
    // “互联网+护理服务”: "Internet Plus Nursing", the plus sign read out.
    if (word.toLowerCase() === 'plus' && /[\p{Script=Han}A-Za-z][+＋]/u.test(source)) return false;
    return !glossStandsIn(glossed, word, source);
  });
}

/** Whether a Chinese word some dictionary sense of `word` glosses stands in `text`. */
function glossStandsIn(glossed: ReadonlyMap<string, readonly string[]>, word: string, text: string): boolean {
  return keysOf(word).some((key) => glossed.get(key)?.some((zh) => text.includes(zh)) === true);
}

/**
 * Whether the source writes one of the words as a kind of the thing whose name starts with `head`: a gloss of
 * the word that ends with it, or stands right before it (增值税 for "value-added" before 税收's 税).
 */
export function namesKindOf(words: readonly string[], source: string, head: string): boolean {
  const glossed = loadIndex();
  return words.some((word) =>
    keysOf(word).some((key) => glossed.get(key)?.some((zh) => source.includes(zh) && (zh.endsWith(head) || source.includes(`${zh}${head}`))) === true),
  );
}

/**
 * How many of the English words a source figure's lead-in (the Chinese words right before it) translates:
 * "14 heart transplants" has two in 心脏移植14例 and one in 肝移植212例.
 */
export function wordsGlossedIn(words: readonly string[], lead: string): number {
  if (words.length === 0 || lead === '') return 0;
  const glossed = loadIndex();
  return words.filter((word) => glossStandsIn(glossed, word, lead)).length;
}
