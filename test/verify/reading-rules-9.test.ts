/**
 * Reading rules added after blind sets 24 and 25 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): a rival figure that measures something else, parties listed
 * one by one (分别), a cue the headline names, bounds written after the figure ("or younger",
 * "or more"), adjectives of nationality, and service numbers (the 12345 hotline). Each rule is
 * checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州农村学校体检数据发布 近视率逐年下降',
  '2025-11-12 江州日报',
  '本报讯（记者周一帆）11日，江州市卫生健康委员会发布2025年学生体检报告。分学段看，小学生近视率为31.2%，初中生为66.4%，高中生为78.5%；全市儿童青少年总体近视率为48.7%。',
  '报告显示，参加体检的学生中约六成年龄在12岁以下，体检覆盖率为97.6%。',
  '前三季度，远航轮胎实现营业收入88.5亿元，同比增长12.1%，净利润9.3亿元，同比增长5.2%；长丰轮胎实现营业收入41.2亿元，净利润3.6亿元，同比下降2.4%。',
  '远航轮胎在塞尔维亚的工厂年产能600万条，单条轮胎重8公斤以上。',
  '江州12345热线全年受理群众诉求386万件，同比增长6.8%。全市农村学校食堂供餐覆盖率为92%。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-9', '2025-11-12');
// The English names a summary writer would give, as an LLM's entity list carries them.
const ENTITIES = [
  { zh: '远航轮胎', en: 'Yuanhang Tire', type: 'organization' as const },
  { zh: '长丰轮胎', en: 'Changfeng Tire', type: 'organization' as const },
];
const issues = summaryIssues(analyzed, ENTITIES);

describe('reading rules after blind sets 24 and 25', () => {
  it('takes no rival from a figure that measures something else than the claim and its support', () => {
    // 长丰轮胎's clause states its revenue; its net profit follows two clauses on.
    expect(issues('zh', '长丰轮胎前三季度净利润3.6亿元，同比下降2.4%。')).toEqual([]);
    expect(issues('en', "Changfeng Tire's net profit fell 2.4% to 360 million yuan in the first three quarters.")).toEqual([]);
    // The revenue given as its net profit is still what it is.
    expect(issues('zh', '长丰轮胎前三季度净利润41.2亿元。')).not.toEqual([]);
  });

  it('pairs parties listed one by one with their own figures', () => {
    expect(issues('zh', '江州小学生、初中生和高中生近视率分别为31.2%、66.4%和78.5%。')).toEqual([]);
    expect(issues('zh', '江州小学生、初中生和高中生近视率分别为66.4%、31.2%和78.5%。')).not.toEqual([]);
  });

  it('takes a cue the headline names as the subject of every figure', () => {
    // 农村 stands in the headline only: "rural" in the summary is said of the whole article.
    expect(issues('en', 'The check-up coverage rate in rural Jiangzhou was 97.6%.')).toEqual([]);
  });

  it('reads a bound written after the figure', () => {
    expect(issues('en', 'About 60% of the students examined were 12 or younger.')).toEqual([]);
    expect(issues('en', 'About 60% of the students examined were 12.')).not.toEqual([]);
    expect(issues('en', 'Each tyre weighs 8 kilograms or more.')).toEqual([]);
    expect(issues('en', 'Each tyre weighs 8 kilograms.')).not.toEqual([]);
    // "and over" before the next figure qualifies that figure, not the one before it.
    const [workers, machines] = findEnglishQuantities('It involved 30,000 workers and over 2,000 sets of machinery.');
    expect(workers).toMatchObject({ value: 30_000 });
    expect(workers?.approx ?? null).toBeNull();
    expect(machines).toMatchObject({ value: 2_000, approx: 'over' });
  });

  it('takes an adjective of nationality as the country the source names', () => {
    expect(issues('en', "Yuanhang Tire's Serbian plant can make 6 million tyres a year.")).toEqual([]);
    expect(issues('en', "Yuanhang Tire's Romanian plant can make 6 million tyres a year.")).not.toEqual([]);
  });

  it('reads a service number the source names as a name, not a count', () => {
    expect(issues('en', "Jiangzhou's 12345 hotline handled 3.86 million requests this year, up 6.8%.")).toEqual([]);
    expect(issues('zh', '江州12345热线全年受理群众诉求386万件。')).toEqual([]);
    // A count the source states nowhere is still flagged, and so is a wrong figure beside the name.
    expect(issues('en', "Jiangzhou's hotline handled 12,346 requests.")).not.toEqual([]);
    expect(issues('en', "Jiangzhou's 12345 hotline handled 3.68 million requests this year.")).not.toEqual([]);
  });
});

const SPORTS = [
  '全国游泳冠军赛闭幕 三项全国纪录被打破',
  '2025-04-21 江州体育报',
  '本报讯（记者王海）男子100米自由泳决赛中，林浩然以47秒12夺冠，比原全国纪录快0.21秒；男子4×100米混合泳接力冠军成绩为3分31秒08。',
  '江州篮球联赛2024—2025赛季常规赛4月6日结束，共进行420场比赛，江州队以36胜6负位列第一。',
].join('\n');
const sportsIssues = summaryIssues(analyzeText(SPORTS, 'reading-rules-9-sports', '2025-04-21'));

describe('sports figures after blind set 24', () => {
  it('reads race times with hundredths whole, never their seconds alone', () => {
    expect(sportsIssues('zh', '林浩然以47秒12夺冠，比原全国纪录快0.21秒。')).toEqual([]);
    expect(sportsIssues('en', "Lin Haoran won the men's 100m freestyle in 47.12 seconds.")).toEqual([]);
    expect(sportsIssues('en', 'The 4x100m medley relay was won in 3:31.08.')).toEqual([]);
    // 47秒 plus 0.21秒 is no figure: 47秒 is part of the time.
    expect(sportsIssues('zh', '林浩然以47秒21夺冠，比原全国纪录快0.21秒。')).not.toEqual([]);
    expect(sportsIssues('zh', '林浩然以逾47秒12夺冠。')).not.toEqual([]);
    expect(sportsIssues('en', 'The 4x100m medley relay was won in 3:31.80.')).not.toEqual([]);
    expect(sportsIssues('en', "Lin Haoran won the men's 200m freestyle in 47.12 seconds.")).not.toEqual([]);
  });

  it('reads a season written short as its two years, and leaves win-loss records alone', () => {
    expect(sportsIssues('en', 'The 2024-25 regular season ended on April 6 after 420 games.')).toEqual([]);
    expect(sportsIssues('en', 'The 2023-24 regular season ended on April 6 after 420 games.')).not.toEqual([]);
    expect(sportsIssues('en', 'Jiangzhou topped the table with a record of 36-6.')).toEqual([]);
  });

  it('keeps a qualifier after a date and a preposition', () => {
    expect(sportsIssues('en', 'The regular season ended on April 6 after more than 420 games.')).not.toEqual([]);
  });
});
