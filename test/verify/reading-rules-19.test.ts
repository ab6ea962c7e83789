/**
 * Reading rules added after the first look at blind sets 72 to 75 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording): a product's grade (50%粉) is no figure, 半数以上 and 过半
 * are halves, inches and nautical miles, 近4年 as "nearly four years", a measure word past "will lift",
 * "kilometre-scale" no length, "two or three hundred", an exam "held on" its day, and the people a count
 * counts ("56 or more students") naming no party. Each rule is checked for the correct wording and
 * for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const read = (text: string) => findQuantities(text, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.value, q.valueMax, q.unit, q.approx]);
const readEn = (text: string) => findEnglishQuantities(text).map((q) => [q.text, q.kind, q.value, q.valueMax, q.unit, q.approx]);

describe('extractor and English readings after blind sets 72 to 75', () => {
  it('reads a product grade as part of its name, and a percent beside it as before', () => {
    expect(read('维生素A（50%粉）报价为每公斤128元')).toEqual([['128元', 'money', 128, null, 'CNY', null]]);
    expect(read('95%原药价格上涨12%')).toEqual([['12%', 'percent', 12, null, '%', null]]);
  });

  it('reads 半数以上 and 过半 as more than half', () => {
    expect(read('其中半数以上来自江州')).toEqual([['半数以上', 'fraction', 0.5, null, null, 'over']]);
    expect(read('参与企业过半')).toEqual([['过半', 'fraction', 0.5, null, null, 'over']]);
    expect(read('过半年时间')).toEqual([]);
  });

  it('reads inches and nautical miles in both languages', () => {
    expect(read('口径从2英寸至48英寸')).toEqual([['2英寸至48英寸', 'measure', 2, 48, 'in', null]]);
    expect(readEn('valves from 2 inches to 48 inches')).toEqual([
      ['2 inches', 'measure', 2, null, 'in', null],
      ['48 inches', 'measure', 48, null, 'in', null],
    ]);
    expect(readEn('within about 110 nautical miles')).toEqual([['110 nautical miles', 'measure', 110, null, 'nmi', 'about']]);
  });

  it('reads "two or three hundred" as a range and "kilometre-scale" as no length', () => {
    expect(readEn('sold for two or three hundred yuan')).toEqual([['two or three hundred yuan', 'money', 200, 300, 'CNY', null]]);
    expect(readEn('three kilometre-scale cable projects')).toEqual([]);
    expect(readEn('a cable three kilometres long')).toEqual([['three kilometres', 'measure', 3, null, 'km', null]]);
  });
});

const ARTICLE = [
  '江州维生素价格创近4年新高',
  '2025-06-20 江州日报',
  '本报讯（记者林青）6月16日，维生素E（50%粉）报价为每公斤128元，较3月中旬上涨约43.8%，创近4年新高。江州恒昊生物公司年产2万吨扩产项目投产后，维生素E年产能将达到6万吨。',
  '全省教师资格考试笔试报名人数约863万人，考试将于10月26日举行。9月9日，省教育考试院公布了报名数据。',
  '全省县域高中在校生约176万人。56人以上大班额比例由2023年的18.4%降至6.7%。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-19', '2025-06-20'));

describe('verifier readings after blind sets 72 to 75', () => {
  it('takes 50%粉 as no figure and 近4年 as "nearly four years" or "four years"', () => {
    expect(issues('en', 'Vitamin E was quoted at 128 yuan per kilogram on June 16, up about 43.8% from mid-March.')).toEqual([]);
    expect(issues('en', 'Vitamin E was quoted at 128 yuan per kilogram on June 16, up about 50% from mid-March.')).not.toEqual([]);
    expect(issues('en', 'The price is the highest in nearly four years.')).toEqual([]);
    expect(issues('en', 'The price is the highest in four years.')).toEqual([]);
    expect(issues('en', 'The price is the highest in nearly five years.')).not.toEqual([]);
  });

  it('reads what a hyphenated figure sizes, not the measure a later verb lifts', () => {
    expect(issues('en', "The company's 20,000-tonne expansion will lift its annual vitamin E capacity to 60,000 tonnes.")).toEqual([]);
    expect(issues('en', "The company's 20,000-tonne expansion will lift its annual vitamin E capacity to 20,000 tonnes.")).not.toEqual([]);
  });

  it('takes the day an exam is held as the event, not a release', () => {
    expect(issues('en', 'About 8.63 million people signed up for the teacher qualification exam, which will be held on October 26.')).toEqual([]);
    expect(issues('en', 'About 8.63 million people signed up for the teacher qualification exam, which will be held on October 25.')).not.toEqual([]);
  });

  it('takes the people a count counts as the figure, not a party', () => {
    expect(issues('en', 'The share of classes with 56 or more students fell from 18.4% in 2023 to 6.7%.')).toEqual([]);
    expect(issues('en', 'The share of classes with 56 or more students fell from 18.4% in 2023 to 7.6%.')).not.toEqual([]);
  });
});
