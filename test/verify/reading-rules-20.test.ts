/**
 * Reading rules added after the first look at blind sets 76 to 79 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording): ratios to one (2.9∶1, "2.9 to 1"), "eight and a half
 * minutes" against 8分30秒, 超出 as "more than", a bound after 台（套）, 低于 before a rate's 每, 比去年
 * as year on year, "closed at" a share price, what a project "cost", "trailed 3-5" a score, ", or
 * 55.1%" a share of the figure before it, and TV and List as no names to source. Each rule is checked
 * for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const read = (text: string) => findQuantities(text, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);
const readEn = (text: string) => findEnglishQuantities(text).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

describe('extractor and English readings after blind sets 76 to 79', () => {
  it('reads a ratio to one as one figure, and leaves a match score alone', () => {
    expect(read('报录比约为2.9∶1，前两年为3.2∶1')).toEqual([
      ['约为2.9∶1', 'multiple', 2.9, 'x', 'about'],
      ['两年', 'duration', 2, 'year', null],
      ['3.2∶1', 'multiple', 3.2, 'x', null],
    ]);
    expect(read('以3∶1战胜对手')).toEqual([]);
    expect(readEn('a ratio of about 2.9 to 1, down from 3.2 to 1')).toEqual([
      ['2.9 to 1', 'multiple', 2.9, 'x', 'about'],
      ['3.2 to 1', 'multiple', 3.2, 'x', null],
    ]);
    // A range that ends at one is no ratio.
    expect(readEn('0.5 to 1 degree Celsius above normal').map((q) => q[1])).toEqual(['measure']);
  });

  it('reads "and a half", 超出 and a score after "trailed"', () => {
    expect(readEn('lasted about eight and a half minutes')).toEqual([['eight and a half minutes', 'duration', 8.5, 'minute', 'about']]);
    expect(read('超出3小时的科目')).toEqual([['超出3小时', 'duration', 3, 'hour', 'over']]);
    expect(readEn('He trailed 3-5 in the afternoon session.')).toEqual([]);
  });

  it('keeps a count before ", or 55.1%" a count', () => {
    expect(readEn('Complaints totalled 119,000, or 55.1% of the total.')).toEqual([
      ['119,000', 'count', 119000, null, null],
      ['55.1%', 'percent', 55.1, '%', null],
    ]);
    expect(readEn('rates of 3 and 5% respectively').map((q) => q[1])).toEqual(['percent', 'percent']);
  });
});

const ARTICLE = [
  '江州氨掺烧示范项目投运',
  '2025-06-20 江州日报',
  '本报讯（记者林青）示范项目总投资约4.7亿元。经脱硝后排放浓度低于每立方米30毫克。今年计划新增入网仪器1000台（套）以上。',
  '整套表演时长约8分30秒。省级财政今年安排专项资金2.5亿元，比去年的1.8亿元增长38.9%；专职教师约6800名，比2023年同期增加近一倍。',
  '停牌前，东元证券A股收盘价为10.25元，海岳证券为7.48元，东元证券一年前股价为7.12元。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-20', '2025-06-20'));

describe('verifier readings after blind sets 76 to 79', () => {
  it('compares minutes with seconds, and keeps the bounds before 每 and after 台（套）', () => {
    expect(issues('en', 'The routine lasted about eight and a half minutes.')).toEqual([]);
    expect(issues('en', 'The routine lasted about nine and a half minutes.')).not.toEqual([]);
    expect(issues('en', 'Emissions were below 30 milligrams per cubic metre after denitrification.')).toEqual([]);
    expect(issues('en', 'Emissions were 30 milligrams per cubic metre after denitrification.').join(' ')).toContain('drops the qualifier');
    expect(issues('en', 'The province plans to add at least 1,000 instruments this year.')).toEqual([]);
    expect(issues('en', 'The province plans to add 1,000 instruments this year.').join(' ')).toContain('drops the qualifier');
  });

  it('reads 比去年 as year on year, "closed at" as a share price and what a project cost as its investment', () => {
    expect(issues('zh', '省级财政今年安排专项资金2.5亿元，比去年增长38.9%。')).toEqual([]);
    expect(issues('en', "Before trading was suspended, Dongyuan's A shares closed at 10.25 yuan.")).toEqual([]);
    expect(issues('en', 'An official said the project cost about 470 million yuan.')).toEqual([]);
    expect(issues('en', 'An official said the project cost about 740 million yuan.')).not.toEqual([]);
  });

  it('takes TV as no name the source must spell', () => {
    expect(issues('en', 'TV and online coverage of the routine lasted about eight and a half minutes.')).toEqual([]);
  });
});
