import { pinyin } from 'pinyin-pro';
import type { EntityType } from '../../types.js';
import type { Glossary } from './load-glossary.js';
import { loadEntityRules } from './entity-rules.js';

export interface EnglishName {
  readonly en: string;
  readonly enSource: 'glossary' | 'pinyin' | 'verbatim';
}

const capitalize = (word: string): string => (word === '' ? word : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`);
const HAS_HAN = /[\u3400-\u9fff]/u;

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

/**
 * The English name of an entity: the glossary's, else a pinyin rendering (places and
 * organizations keep an English suffix: 如皋市 → "Rugao", 江苏省委 → "Jiangsu Commission"),
 * else, for Latin names, the name itself.
 *
 * @example
 * englishName('黄仁勋', 'person', glossary) // { en: 'Jensen Huang', enSource: 'glossary' }
 * englishName('王小明', 'person', glossary) // { en: 'Wang Xiaoming', enSource: 'pinyin' }
 */
export function englishName(zh: string, type: EntityType, glossary: Glossary): EnglishName {
  const entry = glossary.lookup(zh);
  if (entry !== undefined) return { en: entry.en, enSource: 'glossary' };
  if (!HAS_HAN.test(zh)) return { en: zh, enSource: 'verbatim' };
  const rules = loadEntityRules();
  if (type === 'person') return { en: personPinyin(zh), enSource: 'pinyin' };
  if (type === 'place') {
    for (const [suffix, en] of rules.placeSuffixes) {
      const head = zh.slice(0, zh.length - suffix.length);
      if (zh.endsWith(suffix) && head.length >= 2) {
        const known = glossary.lookup(head);
        // Composed names (a known head plus a rule suffix) are not curated: mark them 'pinyin'.
        if (known !== undefined) return { en: `${known.en}${en}`, enSource: 'pinyin' };
        return { en: `${pinyinWord(head)}${en}`, enSource: 'pinyin' };
      }
    }
    return { en: pinyinWord(zh), enSource: 'pinyin' };
  }
  if (type === 'organization') {
    for (const [suffix, en] of rules.organizationSuffixes) {
      const head = zh.slice(0, zh.length - suffix.length);
      if (zh.endsWith(suffix) && head.length >= 1) {
        const known = englishName(head, 'place', glossary);
        return { en: `${known.en} ${en}`, enSource: 'pinyin' };
      }
    }
  }
  return { en: pinyinWord(zh), enSource: 'pinyin' };
}
