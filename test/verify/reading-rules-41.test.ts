/**
 * Reading rules added in session 22 after the first look at blind sets 420 to 427 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 22, second round', () => {
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);
  const chinese = (text: string): [string, unknown, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.value, q.valueMax, q.approx]);

  it('reads a two-word currency in a hyphenated sum, no multiple in "double faults", and bounds after a verb or "while"', () => {
    expect(english('a 120-million-U.S.-dollar production base')).toEqual([['120-million-U.S.-dollar', 'money', 120_000_000, 'USD', null]]);
    expect(english('she made eight double faults')).toEqual([]);
    expect(english('cut staff to 310 while more than doubling output')).toEqual([['310', 'count', 310, null, null], ['doubling', 'multiple', 2, 'x-level', 'over']]);
    expect(english('27.4% spent more than two hours on screens')).toEqual([['27.4%', 'percent', 27.4, '%', null], ['two hours', 'duration', 2, 'hour', 'over']]);
    expect(english('teams averaged 56 seconds over 200 meters')).toEqual([['56 seconds', 'duration', 56, 'second', null], ['200 meters', 'measure', 200, 'm', null]]);
    expect(english('sales rose 5% in the second half')).toEqual([['5%', 'percent', 5, '%', null], ['second half', 'period', 'H2', null, null]]);
    expect(english('the crew raised its stroke rate in the second half')).toEqual([]);
  });

  it('scales both ends of a range of jiao (三四毛钱), and reads 约 before 贡献', () => {
    expect(chinese('每斤能多卖三四毛钱')).toEqual([['三四毛钱', 0.3, 0.4, null]]);
    expect(chinese('电商渠道约贡献三成')).toEqual([['约贡献三成', 30, null, 'about']]);
  });
});

const ARTICLE = [
  '江川产业与体育简讯',
  '2025-11-20 江川日报',
  '“有了冷库，姜农错峰销售每斤能多卖三四毛钱。”合作社理事长赵明说。',
  '江川秦核食品公司1至8月销售收入1.86亿元，同比增长24.6%，其中电商渠道约占三成。',
  '8月份烤鳗平均出口价格为每公斤36.8美元，比年初上涨11.5%；前8个月鳗鱼出口额9.84亿美元。',
  '晋阳钢铁队后卫、32岁的武晓峰独得31分，当选最有价值球员。比赛首次启用鹰眼挑战，47次挑战中有19次改判。',
  '华辉照明董事长吴卫东说，公司前10个月销售额3.6亿元，中东市场的订单已经排到明年2月。',
  '今年1月男性四价HPV疫苗获批上市。截至7月底，全市约2.3万名男性接种了至少一剂。',
  '在国内市场，单价100元以下的葡萄酒占销量的六成以上，而300元以上的中高端产品销量占比不到一成。',
  '今年黄冠梨产地收购价平均每斤2.1元，出口级精品果价格可达每斤3.5元以上。',
  '“我们在后半程把桨频提到每分钟32桨。”舵手王思远说。',
].join('\n');

describe('summaries of the session 22 second-round article (sets 420–427)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-41', '2025-11-20'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '赵明', en: 'Zhao Ming', type: 'person' },
    { zh: '江川秦核食品公司', en: 'Jiangchuan Qinhe Food', type: 'organization' },
    { zh: '武晓峰', en: 'Wu Xiaofeng', type: 'person' },
    { zh: '晋阳钢铁队', en: 'Jinyang Steel', type: 'organization' },
    { zh: '华辉照明', en: 'Huahui Lighting', type: 'organization' },
    { zh: '吴卫东', en: 'Wu Weidong', type: 'person' },
    { zh: '王思远', en: 'Wang Siyuan', type: 'person' },
  ]);

  it('reads three or four jiao, 约贡献 as about, 出口价 as a price, and 独得31分 as points', () => {
    expect(issues('en', 'Zhao Ming said cold storage lets ginger growers earn an extra 0.3 to 0.4 yuan per jin.')).toEqual([]);
    expect(issues('en', 'Zhao Ming said cold storage lets ginger growers earn an extra 0.3 to 4 yuan per jin.')).not.toEqual([]);
    expect(issues('zh', '江川秦核食品公司1至8月销售收入1.86亿元，同比增长24.6%，电商渠道约贡献三成。')).toEqual([]);
    expect(issues('zh', '江川秦核食品公司1至8月销售收入1.86亿元，同比增长24.6%，电商渠道贡献三成。')).not.toEqual([]);
    expect(issues('zh', '8月烤鳗平均出口价为每公斤36.8美元，较年初上涨11.5%。')).toEqual([]);
    expect(issues('zh', '8月烤鳗平均出口价为每公斤38.6美元，较年初上涨11.5%。')).not.toEqual([]);
    expect(issues('en', 'Wu Xiaofeng, 32, a guard for Jinyang Steel, scored 31 points and was named MVP.')).toEqual([]);
    expect(issues('en', 'Wu Xiaofeng, 32, a guard for Jinyang Steel, scored 33 points and was named MVP.')).not.toEqual([]);
  });

  it('leaves a time in a second reported clause or an "after" clause to it, and knows Hawk-Eye', () => {
    expect(issues('en', 'Wu Weidong said Huahui Lighting sold 360 million yuan in the first 10 months and that Middle East orders were booked through next February.')).toEqual([]);
    expect(issues('en', 'Wu Weidong said Huahui Lighting sold 360 million yuan in the first 10 months and that Middle East orders were booked through next March.')).not.toEqual([]);
    expect(issues('en', 'By the end of July, about 23,000 men had received at least one dose after a vaccine for males was approved in January.')).toEqual([]);
    expect(issues('en', 'By the end of July, about 23,000 men had received at least one dose after a vaccine for males was approved in March.')).not.toEqual([]);
    expect(issues('en', 'At the game, Hawk-Eye challenges were used for the first time, with 19 of the 47 challenges overturning calls.')).toEqual([]);
    expect(issues('en', 'At the game, Eagle-Eye challenges were used for the first time, with 19 of the 47 challenges overturning calls.')).not.toEqual([]);
  });

  it('reads a price bound naming a class, "farm-gate price" as no one price of growers, and a half of a race', () => {
    expect(issues('en', 'Wines priced above 300 yuan account for less than 10 percent of sales volume.')).toEqual([]);
    expect(issues('en', 'Wines priced above 400 yuan account for less than 10 percent of sales volume.')).not.toEqual([]);
    expect(issues('en', 'The average farm-gate price of Huangguan pears is 2.1 yuan per jin this year.')).toEqual([]);
    expect(issues('en', 'The average farm-gate price of Huangguan pears is 3.5 yuan per jin this year.')).not.toEqual([]);
    expect(issues('en', '"We raised our stroke rate to 32 per minute in the second half," said coxswain Wang Siyuan.')).toEqual([]);
    expect(issues('en', '"We raised our stroke rate to 34 per minute in the second half," said coxswain Wang Siyuan.')).not.toEqual([]);
  });
});
