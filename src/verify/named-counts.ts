import type { QuantityMatch } from '../extract/quantities/index.js';

/** 两条, 三家, 两个: a small count and its classifier, the noun following. */
const SMALL_COUNT = /^(?:两|二|三|四|五|2|3|4|5)(?:条|家|座|个|所|处|名|位|只|支|台|艘|项)$/u;

/**
 * "金沙索道和外双溪索道…两条索道合计运送56.3万人次": a small count of the things the sentence itself
 * names, each by a name the source states (金沙索道, 外双溪索道), says nothing the source must state
 * as a figure. True when the noun after the count (索道) closes exactly that many other names in the
 * sentence, each found in the source.
 */
export function countsNamedThings(sentence: string, claim: Pick<QuantityMatch, 'text' | 'start' | 'end' | 'kind' | 'value'>, source: string): boolean {
  if (claim.kind !== 'count' || !SMALL_COUNT.test(claim.text) || typeof claim.value !== 'number') return false;
  const n = claim.value;
  if (countsListBefore(sentence, claim.start, n, source)) return true;
  for (const length of [3, 2]) {
    const noun = sentence.slice(claim.end, claim.end + length);
    if (!/^\p{Script=Han}+$/u.test(noun)) continue;
    const names = new Set<string>();
    for (const m of sentence.matchAll(new RegExp(`\\p{Script=Han}{1,4}?(?=${noun})`, 'gu'))) {
      if (m.index + m[0].length === claim.end) continue;
      // The shortest name the source states, ending in the noun (外双溪索道, not 和外双溪索道).
      const whole = m[0] + noun;
      const stated = [...Array(whole.length - noun.length).keys()].map((k) => whole.slice(k)).reverse().find((w) => w.length > noun.length && source.includes(w));
      if (stated === undefined) return false;
      names.add(stated);
    }
    if (names.size > 0) return names.size === n;
  }
  return false;
}

/**
 * 纯碱和氯碱两个行业, 甲、乙、丙三家: the count of the things listed right before it, each a word the source states (the
 * first one as the longest end of its run that the source states).
 */
function countsListBefore(sentence: string, start: number, n: number, source: string): boolean {
  const list = /((?:[\p{Script=Han}A-Za-z0-9]{1,10}(?:和|与|及|、))+)([\p{Script=Han}A-Za-z0-9]{1,10})$/u.exec(sentence.slice(Math.max(0, start - 60), start));
  if (list === null) return false;
  const items = [...list[1]!.split(/和|与|及|、/u).filter((item) => item !== ''), list[2]!];
  if (items.length !== n) return false;
  const [first, ...rest] = items;
  const firstStated = [...first!].some((_, k) => first!.length - k >= 2 && source.includes(first!.slice(k)));
  return firstStated && rest.every((item) => item.length >= 2 && source.includes(item));
}
