/**
 * Reading rules added in session 25 after the first look at blind sets 476 to 483 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 25', () => {
  const chinese = (text: string): [string, string, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value]);
  const english = (text: string): [string, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.value, q.valueMax]);

  it('reads a race time with tenths of a second after its minutes as one time', () => {
    expect(chinese('他以52分18.6秒夺冠')).toEqual([['52分18.6秒', 'duration', 3138.6]]);
    expect(chinese('她以1小时05分07.25秒完赛')).toEqual([['1小时05分07.25秒', 'duration', 3907.25]]);
  });

  it('reads "800,000 to 1.5 million yuan" as one range, and the set scores before "win" as no figures', () => {
    expect(english('They earn 800,000 to 1.5 million yuan a year.')).toEqual([['800,000 to 1.5 million yuan', 800000, 1500000]]);
    expect(english('Jobs fell from 5,000 to 3 a year.').map(([t]) => t)).toEqual(['5,000', '3']);
    expect(english('She took the title with a 6-3, 6-2 win in 58 minutes.').map(([t]) => t)).toEqual(['58 minutes']);
  });
});

const ARTICLE = [
  '青山市产业与体育简讯',
  '2025-11-20 青山日报',
  '1至10月，全市品牌茶叶实现销售额4.2亿元，同比增长15.6%，其中通过电商渠道销售1.6亿元，占比接近四成。',
  '第三方机构对1500名受助老人进行回访，满意度为93.2%，比去年提高2.6个百分点，表示“更愿意出门交流”的老人占70%；佩戴半年后仍坚持每天使用的比例为78%。',
  '今年全市高标准农田占比达到72.4%，比上年提高3.1个百分点，其中旱地占比由2020年的31%提高到45%。',
  '根据规划，到2027年，全市高标准农田占比达到80%。',
  '据市卒中中心统计，患者术后生活能够自理的比例达到51.2%，比2022年提高6.4个百分点；术后出血发生率为3.9%，90天死亡率降至11.8%。',
  '射箭队主教练说，队员每人每天要射300支箭以上。',
  '比赛由5名裁判按照0至10分打分。',
  '自行车环湖赛第三赛段中，意大利车手马可·贝尔蒂以34秒之差屈居第二。',
  '贝尔蒂在第五赛段以3小时41分12秒夺冠。',
  '山地王积分争夺中，罗德里格斯以52分排名首位。',
].join('\n');

describe('summaries of the session 25 article (sets 476–483)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-48', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('takes "nearly 40% of the total" as the share of the part before it', () => {
    expect(issues('en', 'Online channels brought in 160 million yuan of the city’s 420 million yuan in branded tea sales from January to October, nearly 40% of the total.')).toEqual([]);
    expect(issues('en', 'Online channels brought in 160 million yuan of the city’s 420 million yuan in branded tea sales from January to October, nearly 30% of the total.')).not.toEqual([]);
  });

  it('takes the share a survey found as one of those it asked', () => {
    expect(issues('en', 'A follow-up survey of 1,500 recipients found that 78% were still wearing their hearing aids every day after six months.')).toEqual([]);
    expect(issues('en', 'A follow-up survey of 1,500 recipients found that 87% were still wearing their hearing aids every day after six months.')).not.toEqual([]);
  });

  it('reads a target, or a rate named as its own clause’s subject, after a change in points as no level the change reached', () => {
    expect(issues('zh', '全市高标准农田占比达72.4%，比上年提高3.1个百分点，目标是到2027年达到80%。')).toEqual([]);
    expect(issues('zh', '全市高标准农田占比达72.4%，比上年提高3.1个百分点，目标是到2027年达到90%。')).not.toEqual([]);
    expect(issues('zh', '术后生活自理比例为51.2%，较2022年提高6.4个百分点，90天死亡率降至11.8%。')).toEqual([]);
    expect(issues('zh', '术后生活自理比例为51.2%，较2022年提高6.4个百分点，90天死亡率降至18.1%。')).not.toEqual([]);
  });

  it('reads 300支箭以上 as a bound', () => {
    expect(issues('en', 'The archery coach said each archer shoots more than 300 arrows a day.')).toEqual([]);
    expect(issues('en', 'The archery coach said each archer shoots more than 400 arrows a day.')).not.toEqual([]);
  });

  it('reads a scale from nought', () => {
    expect(issues('en', 'Five judges scored on a scale of 0 to 10.')).toEqual([]);
    expect(issues('en', 'Five judges scored on a scale of 0 to 20.')).not.toEqual([]);
  });

  const named = summaryIssues(analyzed, [
    { zh: '意大利', en: 'Italy', type: 'place' },
    { zh: '马可·贝尔蒂', en: 'Marco Berti', type: 'person' },
    { zh: '贝尔蒂', en: 'Berti', type: 'person' },
    { zh: '罗德里格斯', en: 'Rodriguez', type: 'person' },
  ]);

  it('knows a rider later named by his last name, whatever country introduced him', () => {
    expect(named('en', 'Marco Berti of Italy won the fifth stage in 3 hours 41 minutes 12 seconds.')).toEqual([]);
    expect(named('en', 'Marco Berti of Italy finished second in the third stage, 34 seconds behind.')).toEqual([]);
    expect(named('en', 'Marco Berti of Italy won the fifth stage in 3 hours 14 minutes 12 seconds.')).not.toEqual([]);
  });

  it('knows the King of the Mountains where the source says 山地王', () => {
    expect(named('en', 'Rodriguez topped the King of the Mountains standings with 52 points.')).toEqual([]);
    expect(named('en', 'Rodriguez topped the Queen of the Mountains standings with 52 points.')).not.toEqual([]);
  });
});
