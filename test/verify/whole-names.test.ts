import { describe, expect, it } from 'vitest';
import { wholeNames } from '../../src/verify/whole-names.js';

/** The regex wholeNames stands in for (see whole-names.ts): any name, case folded, with no letter on either side. */
function namesRegExp(names: readonly string[], flags: string): RegExp {
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, flags);
}

const CASES: readonly (readonly [readonly string[], string])[] = [
  [['li auto'], 'Li Auto delivered 40,856 cars; Li Automotive is another name.'],
  [['li auto', 'li'], 'LI AUTO and Li, but not Lian or Oli.'],
  [['aa'], 'aaa aa-aa xaa aa'],
  [['hengli new energy', 'hengli'], 'Hengli New Energy’s share rose; Hengli’s did not.'],
  [['são paulo'], 'São Paulo, SÃO PAULO and são paulos'],
  [['ſ'], 'S s ſ ſs'],
  [['k'], 'K (Kelvin sign) and k and Ok'],
  [['𝐀'], '𝐀 and x𝐀 and 𝐀y'],
  [['u.s.'], 'The U.S. market, and U.S.A.'],
  [['china', 'china-europe'], 'China-Europe trains and China.'],
];

describe('wholeNames', () => {
  it('finds exactly what the whole-word regex finds, first match and all matches', () => {
    for (const [names, text] of CASES) {
      const found = wholeNames(names);
      const first = namesRegExp(names, 'iu').exec(text);
      expect(found.test(text)).toBe(first !== null);
      expect(found.exec(text)).toEqual(first === null ? null : { index: first.index, end: first.index + first[0].length });
      expect(found.spans(text)).toEqual([...text.matchAll(namesRegExp(names, 'giu'))].map((m) => [m.index, m.index + m[0].length]));
    }
  });

  it('rejects a name that runs on into a letter', () => {
    expect(wholeNames(['li auto']).spans('Li Automotive')).toEqual([]);
    expect(wholeNames(['li auto']).spans('Li Auto.')).toEqual([[0, 7]]);
  });
});
