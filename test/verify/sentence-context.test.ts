/**
 * The rules that look past a figure's value to where the source states it: dates and
 * durations tied to the sentence's other figures, repeated dates, from–to pairs, subject
 * modifiers, the title line, 约占…的 and ¥ for yen. Synthetic articles, so the rules are
 * tested apart from the detection sets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzed } from '../../src/types.js';
import { findEnglishQuantities, verifyOutput } from '../../src/verify/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';

const ARTICLE = [
  '一季度出口8000亿元 同比增长12.5%',
  '2025年4月20日 某某日报',
  '海关总署4月18日发布的数据显示，一季度我国出口8000亿元，同比增长3.1%；其中新能源汽车出口900亿元，同比增长12.5%。',
  '3月份全国城镇调查失业率为5.2%，比2月下降0.1个百分点；青年失业率为16.9%。',
  '截至3月末，外汇储备规模为32000亿美元，较2月末上升40亿美元。',
  '10年期国债收益率3月5日升至1.79%。首只30年期国债将于4月24日发行。',
  '机构预计2025年增速将由5.0%放缓至4.5%。',
  '进口额占全国贸易总额的约40%。',
  '丰田预计营业利润为3.8万亿日元，投资约146亿元人民币。',
].join('\n');

let a: Analyzed;
beforeAll(() => {
  a = analyzeText(ARTICLE, 'context', null);
});
const zh = (text: string) => verifyOutput(a, { zh: text, en: '', warnings: [] }).verification.issues.map((i) => i.claim);
const en = (text: string) => verifyOutput(a, { zh: '', en: text, warnings: [] }).verification.issues.map((i) => i.claim);

describe('dates and durations tied to the figures beside them', () => {
  it.each([
    ['3月份全国城镇调查失业率为5.2%。', []],
    ['4月全国城镇调查失业率为5.2%。', ['4月']],
    ['The unemployment rate was 5.2% in March.', []],
    ['The unemployment rate was 5.2% in April.', ['April']],
    ['10年期国债收益率升至1.79%。', []],
    ['30年期国债收益率升至1.79%。', ['30年期']],
  ] as const)('%s', (text, claims) => {
    expect(zhOrEn(text)).toEqual(claims);
  });

  it('does not take the release date for the period a figure describes', () => {
    expect(zh('4月我国出口8000亿元。')).toEqual(['4月']);
    expect(zh('一季度我国出口8000亿元。')).toEqual([]);
  });

  it('needs the end of the month for "the end of"', () => {
    expect(zh('截至3月末，外汇储备规模为32000亿美元。')).toEqual([]);
    expect(en('Reserves stood at US$3.2 trillion at the end of April.')).toContain('April');
  });

  it('flags a date written twice where the source states it once with those figures', () => {
    expect(zh('截至3月末，外汇储备规模为32000亿美元，较3月末上升40亿美元。')).toContain('3月末');
    expect(zh('截至3月末，外汇储备规模为32000亿美元，较2月末上升40亿美元。')).toEqual([]);
  });
});

describe('figures of one measure told apart', () => {
  it('by a modifier of the subject', () => {
    expect(en('The youth unemployment rate was 16.9%.')).toEqual([]);
    expect(en('The youth unemployment rate was 5.2%.')).toEqual(['5.2%']);
    expect(zh('青年失业率为5.2%。')).toEqual(['5.2%']);
  });

  it('by the from–to pair and its order', () => {
    expect(zh('增速将由5.0%放缓至4.5%。')).toEqual([]);
    expect(en('Growth will slow from 5.0% to 4.5%.')).toEqual([]);
    expect(en('Growth will slow from 5.2% to 4.5%.')).toEqual(['5.2%']);
    expect(en('Growth will slow from 4.5% to 5.0%.').length).toBeGreaterThan(0);
  });

  it('not through the title line, which repeats figures in a headline order', () => {
    expect(zh('一季度我国出口8000亿元，同比增长3.1%。')).toEqual([]);
    expect(zh('一季度我国出口8000亿元，同比增长12.5%。')).toEqual(['12.5%']);
  });
});

describe('qualifiers and currencies read in their sentence', () => {
  it('reads 约 before 占 as qualifying the share', () => {
    expect(zh('进口额约占全国贸易总额的40%。')).toEqual([]);
    expect(zh('进口额占全国贸易总额的约40%。')).toEqual([]);
    expect(zh('进口额占全国贸易总额的40%。')).toEqual(['40%']);
  });

  it('reads ¥ as yen where the source states the figure in yen', () => {
    expect(en('Operating profit is forecast at ¥3.8 trillion.')).toEqual([]);
    expect(en('Toyota will invest about ¥14.6 billion.')).toEqual([]);
    expect(en('Operating profit is forecast at ¥3.9 trillion.')).toEqual(['¥3.9 trillion']);
  });
});

describe('English figures that are names or words', () => {
  it('skips designations and "one-day", keeps "no 3 million"', () => {
    expect(findEnglishQuantities("Chang'e-6 and Shenzhou-20 flew.")).toEqual([]);
    expect(findEnglishQuantities('its biggest one-day drop')).toEqual([]);
    expect(findEnglishQuantities('an error of no 3 million years').map((q) => q.text)).toEqual(['3 million years']);
    expect(findEnglishQuantities('an error of no more than 3 million years')[0]?.approx).toBe('at_most');
    expect(findEnglishQuantities('1,9353 grams')[0]?.value).toBe(19353);
  });
});

function zhOrEn(text: string): string[] {
  return /[\u4e00-\u9fff]/u.test(text) ? zh(text) : en(text);
}
