/**
 * Reading rules added in session 14 after the first look at blind sets 228 to 231 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 14', () => {
  const english = (text: string): [string, string, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const chinese = (text: string): [string, string, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value]);

  it('reads "a 70-and-over group" as 70 or more, as "70 and over" is', () => {
    expect(english('The meet added a 70-and-over group.')).toEqual([['70-and-over', 'count', 70, 'over']]);
    expect(english('The meet added a group for 70 and over.')).toEqual([['70 and over', 'count', 70, 'over']]);
  });

  it('gives a scaled number listed before money the money\'s unit, keeping its own value', () => {
    const read = findEnglishQuantities('Deals came to 86 billion, 54 billion and 21 billion yuan respectively.');
    expect(read.map((q) => [q.kind, q.unit, q.value])).toEqual([
      ['money', 'CNY', 86e9],
      ['money', 'CNY', 54e9],
      ['money', 'CNY', 21e9],
    ]);
  });

  it('reads a race time after "in" or "time of" as minutes and seconds, and a clock time after "at" as the clock', () => {
    expect(english('The crew won in 15:48, improving on its time of 16:10.')).toEqual([
      ['15:48', 'duration', 948, null],
      ['16:10', 'duration', 970, null],
    ]);
    expect(english('The ferry left at 15:48.').map(([text, kind]) => [text, kind])).toEqual([['15:48', 'duration']]);
    expect(findEnglishQuantities('The ferry left at 15:48.')[0]?.unit).toBe('clock');
  });

  it('reads 7、8月 as two months, and leaves 第7、8名 alone', () => {
    expect(chinese('机场7、8月旅客吞吐量超过180万人次。')).toEqual([
      ['7', 'date', '2025-07'],
      ['8月', 'date', '2025-08'],
      ['超过180万人次', 'count', 1800000],
    ]);
    expect(chinese('两队分列第7、8名。').some(([, kind]) => kind === 'date')).toBe(false);
  });
});

const ARTICLE = [
  '江城工业与文旅动态',
  '2025-10-20 江城日报',
  '今年前三季度，江城规上工业增加值同比增长6.1%。全市规上工业实现营业收入980亿元，利润总额约52亿元，而去年同期利润总额仅为23.5亿元。',
  '本次发行吸引了46家机构投资者参与，认购倍数达4.6倍，明显高于去年发行时的3.1倍。',
  '从签约领域看，新能源、装备制造和农产品加工位列前三，签约额分别为860亿元、540亿元和210亿元。',
  '江城机场7、8月旅客吞吐量超过180万人次，同比增长6.2%。',
  '在古城经营客栈已有11年的李梅说，今年8月她的12间客房几乎天天满房，但预计11月后入住率会回落到四成左右。',
  '江城洞景区8月3日单日接待游客9860人次，创开园以来新高。景区每天限流1.5万人次，分时段预约入洞。',
  '龙舟赛在宽度仅约8米的河涌中进行，赛道全长约1.2公里，沿途有7个近90度的急弯。',
  '女子组冠军由江城大学队获得，成绩为15分48秒，比该队去年的16分10秒提高了22秒。',
  '本届老年乒乓球赛首次设立70岁以上组别，共有21名选手报名。5月15日是第32个“防治碘缺乏病日”。',
].join('\n');

describe('summaries of the article (session 14)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-31', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('dates a figure by its own clause, not by the time of a later clause set against it (…，而去年同期…)', () => {
    expect(issues('zh', '前三季度江城规上工业利润总额约52亿元，是去年同期23.5亿元的两倍多。')).toEqual([]);
    expect(issues('zh', '前三季度江城规上工业利润总额约52亿元，是去年同期23.5亿元的三倍多。')).not.toEqual([]);
    expect(issues('zh', '前三季度江城规上工业利润总额约62亿元，是去年同期23.5亿元的两倍多。')).not.toEqual([]);
  });

  it('takes 高于 an earlier time\'s level as a comparison of two exact levels', () => {
    expect(issues('en', 'The issue was 4.6 times subscribed, compared with 3.1 times last year.')).toEqual([]);
    expect(issues('en', 'The issue was 4.6 times subscribed, compared with 3.4 times last year.')).not.toEqual([]);
  });

  it('checks each scaled number of a list that writes its unit once', () => {
    expect(issues('en', 'New energy, equipment and farm produce led the deals, with 86 billion, 54 billion and 21 billion yuan respectively.')).toEqual([]);
    expect(issues('en', 'New energy, equipment and farm produce led the deals, with 86 billion, 45 billion and 21 billion yuan respectively.')).not.toEqual([]);
  });

  it('reads 7、8月 as July and August, and "the two months" as their span', () => {
    expect(issues('en', 'Jiangcheng airport handled more than 1.8 million passengers in July and August, up 6.2% year on year.')).toEqual([]);
    expect(issues('en', 'Jiangcheng airport handled more than 1.8 million passengers in June and August, up 6.2% year on year.')).not.toEqual([]);
    expect(issues('en', 'Passenger traffic at the airport rose 6.2% to more than 1.8 million over the two months.')).toEqual([]);
    expect(issues('en', 'Passenger traffic at the airport rose 6.2% to more than 1.8 million over the three months.')).not.toEqual([]);
  });

  it('does not date a count hyphenated into a modifier ("her 12-room inn") by the clause\'s time', () => {
    expect(issues('en', 'Li Mei expects occupancy at her 12-room inn to fall back to around 40% after November.')).toEqual([]);
    expect(issues('en', 'Li Mei expects occupancy at her 12-room inn to fall back to around 50% after November.')).not.toEqual([]);
  });

  it('reads 限流 as a cap, and a figure stated plainly is no rival for it', () => {
    const issues = summaryIssues(analyzed, [{ zh: '江城洞景区', en: 'Jiangcheng Cave', type: 'place' }]);
    expect(issues('en', 'The Jiangcheng Cave scenic area caps visitor numbers at 15,000 a day.')).toEqual([]);
    expect(issues('en', 'Daily visits to the Jiangcheng Cave scenic area are limited to 15,000.')).toEqual([]);
    expect(issues('en', 'The Jiangcheng Cave scenic area caps visitor numbers at 9,860 a day.')).not.toEqual([]);
    expect(issues('en', 'The Jiangcheng Cave scenic area caps visitor numbers at 16,000 a day.')).not.toEqual([]);
  });

  it('reads 度 of a bend as an angle', () => {
    expect(issues('en', 'The course of about 1.2 kilometres has seven sharp bends of nearly 90 degrees.')).toEqual([]);
    expect(issues('en', 'The course of about 1.2 kilometres has seven sharp bends of nearly 80 degrees.')).not.toEqual([]);
  });

  it('checks a race time written with a colon', () => {
    expect(issues('en', 'Jiangcheng University took the women\'s title in 15:48, improving on its time of 16:10 last year.')).toEqual([]);
    expect(issues('en', 'Jiangcheng University took the women\'s title in 15:58, improving on its time of 16:10 last year.')).not.toEqual([]);
  });

  it('keeps the bound of "a 70-and-over group", and knows Iodine Deficiency Disorders for 碘缺乏病', () => {
    expect(issues('en', 'The veterans\' table tennis meet introduced a 70-and-over group for the first time, drawing 21 entries.')).toEqual([]);
    expect(issues('en', 'The veterans\' table tennis meet introduced a 70 group for the first time, drawing 21 entries.')).not.toEqual([]);
    expect(issues('en', 'May 15 was the 32nd Iodine Deficiency Disorders Prevention Day.')).toEqual([]);
    expect(issues('en', 'May 15 was the 32nd Fluoride Deficiency Disorders Prevention Day.')).not.toEqual([]);
  });
});
