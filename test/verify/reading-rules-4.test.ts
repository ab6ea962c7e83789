/**
 * Reading rules added after blind set 4 (see fixtures/llm/README.md), on a synthetic article
 * (not the set's wording): classifier counts the extractor leaves unread (斤, 列, 人次, 岁) and
 * their English nouns; bare 万/亿 figures; month ranges and 前N个月 as periods; 前N季度; mixed
 * durations; ratios; "double-digit"; "pass"; "… quarter of last year"; durations as a
 * sentence's anchors; a lone end of a source range. Each rule is checked for the correct
 * wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { extraReadings } from '../../src/verify/extra-readings.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '某省铁路与农业数据速览',
  '2025-10-10 本报记者',
  '今年1至9月，全省铁路发送旅客约3.46亿，同比增长6.2%。四季度将新增动车组36列，预计年底营运里程突破4200公里。',
  '全省秋粮预计总产量612.5亿斤，连续6年保持两位数增长。',
  '该省人均预期寿命达到79.6岁，比上年提高0.21岁。',
  '全省快递平均投递时长缩短至1小时25分钟，最快地区为48分钟。',
  '城乡居民收入比由去年底的2.1:1缩小至1.9:1。前三季度全省接待游客1.8亿人次。',
  '受台风影响，沿海部分县减产3%至6%。',
  '养老院平均入住天数缩短至9.2天，比2023年减少1.1天。',
  '离岛免税销售额降幅较去年二季度收窄2.5个百分点。此前的2022年数据未公布。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-4', '2025-10-10');
const issues = summaryIssues(analyzed);

describe('reading rules after blind set 4', () => {
  it('reads classifier counts the extractor leaves out, and their English nouns', () => {
    expect(extraReadings('新增动车组36列').map((r) => [r.kind, r.value, r.unit])).toEqual([['count', 36, '列']]);
    expect(issues('en', 'The province will add 36 trains in the fourth quarter.')).toEqual([]);
    expect(issues('en', 'The province will add 38 trains in the fourth quarter.')).not.toEqual([]);
    expect(issues('en', 'Autumn grain output is expected to reach 61.25 billion jin.')).toEqual([]);
    expect(issues('en', 'Autumn grain output is expected to reach 62.15 billion jin.')).not.toEqual([]);
    expect(issues('zh', '全省秋粮预计总产量612.5亿斤。')).toEqual([]);
    expect(issues('zh', '全省秋粮预计总产量621.5亿斤。')).not.toEqual([]);
    // A listed noun names its classifier: 1.8亿人次 is no count of trains.
    expect(findEnglishQuantities('180 million visits')[0]?.unit).toBe('人次');
    expect(issues('en', 'Tourist visits reached 180 million in the first three quarters.')).toEqual([]);
    expect(issues('en', 'The province added 180 million trains.')).not.toEqual([]);
  });

  it('reads an age in years as the source\'s 岁, and ties the year to it', () => {
    expect(issues('en', 'Life expectancy in the province reached 79.6 years.')).toEqual([]);
    expect(issues('en', 'Life expectancy in the province reached 79.8 years.')).not.toEqual([]);
    expect(issues('zh', '人均预期寿命79.6岁，提高0.21岁。')).toEqual([]);
    expect(issues('zh', '人均预期寿命79.6岁，提高0.12岁。')).not.toEqual([]);
  });

  it('reads a bare 万/亿 figure whose noun stands before it', () => {
    expect(issues('en', 'Railways carried about 346 million passengers from January to September.')).toEqual([]);
    expect(issues('en', 'Railways carried about 364 million passengers from January to September.')).not.toEqual([]);
    expect(issues('zh', '全省铁路发送旅客约3.64亿。')).not.toEqual([]);
  });

  it('reads month ranges and 前N个月 as periods of months', () => {
    expect(issues('en', 'January-September passenger trips rose 6.2%.')).toEqual([]);
    expect(issues('en', 'In the first nine months, passenger numbers rose 6.2%.')).toEqual([]);
    expect(issues('zh', '前9个月，全省铁路发送旅客同比增长6.2%。')).toEqual([]);
    expect(issues('zh', '今年1至9月，全省铁路发送旅客同比增长6.2%。')).toEqual([]);
    expect(issues('en', 'January-October passenger trips rose 6.2%.')).not.toEqual([]);
    expect(issues('zh', '前10个月，全省铁路发送旅客同比增长6.2%。')).not.toEqual([]);
    expect(issues('zh', '今年1至10月，全省铁路发送旅客同比增长6.2%。')).not.toEqual([]);
  });

  it('reads 前N季度 for any N', () => {
    expect(issues('zh', '前三季度全省接待游客1.8亿人次。')).toEqual([]);
    expect(issues('zh', '前四季度全省接待游客1.8亿人次。')).not.toEqual([]);
  });

  it('reads mixed durations as one figure', () => {
    expect(issues('en', 'Average delivery time fell to 1 hour 25 minutes.')).toEqual([]);
    expect(issues('en', 'Average delivery time fell to 1 hour and 35 minutes.')).not.toEqual([]);
    expect(issues('zh', '快递平均投递时长缩短至1小时25分钟。')).toEqual([]);
    expect(issues('zh', '快递平均投递时长缩短至1小时35分钟。')).not.toEqual([]);
  });

  it('reads a ratio as one figure, and a clock time as no ratio', () => {
    expect(issues('en', 'The urban-rural income ratio narrowed from 2.1:1 at the end of last year to 1.9:1.')).toEqual([]);
    expect(issues('en', 'The urban-rural income ratio narrowed from 2.4:1 at the end of last year to 1.9:1.')).not.toEqual([]);
    expect(issues('zh', '城乡居民收入比缩小至1.9:1。')).toEqual([]);
    expect(issues('zh', '城乡居民收入比缩小至1.7:1。')).not.toEqual([]);
    expect(findEnglishQuantities('at 10:30 on Monday').some((q) => q.kind === 'multiple')).toBe(false);
  });

  it('reads "double-digit" as an idiom and "pass" as 突破, and "cover" is no "over"', () => {
    expect(findEnglishQuantities('double-digit growth').length).toBe(0);
    expect(findEnglishQuantities('output doubled')[0]?.kind).toBe('multiple');
    expect(issues('en', 'Grain output has grown at double-digit rates for six consecutive years.')).toEqual([]);
    expect(issues('en', 'Operating mileage is expected to pass 4,200 km by the end of the year.')).toEqual([]);
    expect(issues('en', 'Operating mileage is expected to reach 4,200 km by the end of the year.')).not.toEqual([]);
    expect(findEnglishQuantities('to cover 130,000 square metres')[0]?.approx).toBeNull();
  });

  it('reads "… quarter of last year" as last year\'s quarter', () => {
    expect(findEnglishQuantities('the second quarter of last year', { referenceDate: '2025-10-10' })[0]?.value).toBe('2024-Q2');
    expect(issues('en', 'The decline was 2.5 percentage points narrower than in the second quarter of last year.')).toEqual([]);
    expect(issues('en', 'The decline was 2.5 percentage points narrower than in the third quarter of last year.')).not.toEqual([]);
  });

  it('ties a base year to a sentence whose figures are durations', () => {
    expect(issues('zh', '养老院平均入住天数缩短至9.2天，比2023年减少1.1天。')).toEqual([]);
    expect(issues('zh', '养老院平均入住天数缩短至9.2天，比2022年减少1.1天。')).not.toEqual([]);
  });

  it('does not let a lone figure stand for one end of a source range', () => {
    expect(issues('en', 'Some coastal counties lost 3% to 6% of output to the typhoon.')).toEqual([]);
    expect(issues('en', 'Rail passenger numbers rose 3%.')).not.toEqual([]);
    expect(issues('en', 'Some coastal counties lost 3% to 6.2% of output to the typhoon.')).not.toEqual([]);
  });
});
