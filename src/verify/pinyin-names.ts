import { pinyin } from 'pinyin-pro';

const cache = new Map<string, ReadonlySet<string>>();
const CACHE_LIMIT = 64;

/**
 * Every run of two to six consecutive syllables of the source's Han text in toneless pinyin,
 * joined without spaces ("lanhu" for 蓝湖, "mengchanglin" for 孟长林): the spellings an English
 * summary uses for names the source writes only in characters.
 */
export function sourcePinyin(source: string): ReadonlySet<string> {
  const hit = cache.get(source);
  if (hit) return hit;
  const read = pinyin(source, { toneType: 'none', type: 'array', v: false });
  const out = new Set<string>();
  // 绿 and 吕 (lü) are written "lv" (Yunlv) or "lu": runs are kept in both spellings.
  for (const syllables of [read.map((s) => s.replace(/ü/g, 'v')), read.map((s) => s.replace(/ü/g, 'u'))]) {
    for (let i = 0; i < syllables.length; i++) {
      let joined = '';
      for (let k = 0; k < 6 && i + k < syllables.length; k++) {
        const s = syllables[i + k]!;
        if (!/^[a-z]+$/.test(s)) break;
        joined += s;
        if (k >= 1) out.add(joined);
      }
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(source, out);
  return out;
}

/**
 * The words of a name phrase that its pinyin does not account for: the whole phrase read as one
 * run ("Meng Changlin" = 孟长林) supports every word; otherwise each word of two or more
 * syllables on its own ("Typhoon Lanhu": Lanhu = 蓝湖). One syllable alone ("Li") proves nothing.
 */
export function wordsWithoutPinyin(words: readonly string[], source: string): string[] {
  const known = sourcePinyin(source);
  const key = (w: string): string => w.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, '');
  if (words.length > 1 && known.has(words.map(key).join(''))) return [];
  return words.filter((w) => !known.has(key(w)));
}
