/**
 * Reading rules of session 8, on synthetic articles (not the sets' wording). First, units the
 * tuned sets still misread: 度 of an angle and "degrees" that names no scale, and a colour
 * temperature in kelvin (2700K), which the English reader had taken for 2.7 million.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const UNITS = [
  '江州照明与井盖改造完成',
  '2025-06-20 江州日报',
  '本报讯（记者林青）新款吸顶灯可在2700K至6500K之间调节色温，零售价为899元。',
  '智能井盖位移超过15度时，系统将在30秒内报警。今年全市脐橙平均糖度达到13.5度。',
  '今年夏天最高气温达到38度，全社会用电量达到120亿度。',
].join('\n');

const unitIssues = summaryIssues(analyzeText(UNITS, 'reading-rules-22a', '2025-06-20'));

describe('angles, degrees and kelvin', () => {
  it('reads 度 as an angle only where the clause speaks of one, and K as kelvin only with 色温', () => {
    const read = (t: string) => findQuantities(t, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.value, q.unit]);
    expect(read('Cobb角超过40度、需要手术评估')).toEqual([['超过40度', 'measure', 40, '°']]);
    expect(read('井盖位移超过15度时报警')).toEqual([['超过15度', 'measure', 15, '°']]);
    expect(read('今天用电量达到15度')).toEqual([]);
    expect(read('可在2700K至6500K之间调节色温')).toEqual([['2700K至6500K', 'measure', 2700, 'K']]);
    expect(read('型号2700K')).toEqual([]);
  });

  it('reads "2700K" in English as kelvin and "5K" as five thousand', () => {
    const read = (t: string) => findEnglishQuantities(t).map((q) => [q.kind, q.value, q.valueMax, q.unit]);
    expect(read('between 2700K and 6500K')).toEqual([['measure', 2700, 6500, 'K']]);
    expect(read('a 3,300K lamp')).toEqual([['measure', 3300, null, 'K']]);
    expect(read('a 5K run')).toEqual([['count', 5000, null, null]]);
  });

  it('checks bare "degrees" against heat, sugar and angles, and "degrees Celsius" against heat only', () => {
    expect(unitIssues('en', 'The covers raise an alarm within 30 seconds if they shift more than 15 degrees.')).toEqual([]);
    expect(unitIssues('en', 'The covers raise an alarm within 30 seconds if they shift more than 25 degrees.')).not.toEqual([]);
    expect(unitIssues('en', 'Navel oranges averaged 13.5 degrees of sugar this year.')).toEqual([]);
    expect(unitIssues('en', 'The highest temperature this summer reached 38 degrees.')).toEqual([]);
    expect(unitIssues('en', 'Navel oranges averaged 13.5 degrees Celsius this year.')).not.toEqual([]);
    expect(unitIssues('en', 'The new ceiling light adjusts its colour temperature between 2700K and 6500K.')).toEqual([]);
    expect(unitIssues('en', 'The new ceiling light adjusts its colour temperature between 2700K and 6000K.')).not.toEqual([]);
  });
});
