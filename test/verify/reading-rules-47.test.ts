/**
 * Reading rules added in session 24 after the first look at blind sets 468 to 475 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { englishMeasure } from '../../src/verify/figure-context.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 24, second round', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);

  it('reads 约 before 发出 as the figure’s, and 三人篮球 as no count', () => {
    expect(chinese('网店每天约发出1500单')).toEqual([['约发出1500单', 'count', 1500, 'about']]);
    expect(chinese('三人篮球联赛共有64支队伍')).toEqual([['64支', 'count', 64, null]]);
    expect(chinese('共有三人获奖')).toEqual([['三人', 'count', 3, null]]);
  });
});

const ARTICLE = [
  '青山市农业与民生简讯',
  '2025-11-20 青山日报',
  '青山市是全省最大的油菜制种基地，今年制种面积达12.6万亩，比去年增加1.8万亩。',
  '前三季度，青山电器公司出口除湿机86万台，销售额约6.2亿元。公司总经理表示，订单已排到12月底。',
  '全市65岁以上老人已全部建立健康档案。东岭村59岁的乡村医生李秀芬已在村卫生室工作31年。',
  '在东湖公开水域游泳赛中，选手王涛在后半程逆流中发力，最后2公里超越对手夺冠。',
  '市民刘女士把1岁半的女儿送到托育中心，每月费用约2800元。',
].join('\n');

describe('summaries of the session 24 second-round article (sets 468–475)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-47', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('reads growing a crop on land as no rise', () => {
    const measureOf = (sentence: string, figure: string): string | null =>
      englishMeasure(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);
    expect(measureOf('Qingshan grew seed on 126,000 mu this year.', '126,000 mu')).not.toBe('growth');
    expect(measureOf('Seed area grew 18,000 mu this year.', '18,000 mu')).toBe('growth');
  });

  it('times no figure by a day in a clause ", adding that …"', () => {
    expect(issues('en', 'Qingshan Electric exported 860,000 dehumidifiers in the first three quarters, with sales of about 620 million yuan, its general manager said, adding that orders were booked through the end of December.')).toEqual([]);
    expect(issues('en', 'Qingshan Electric exported 860,000 dehumidifiers in the first half, with sales of about 620 million yuan, its general manager said, adding that orders were booked through the end of December.')).not.toEqual([]);
  });

  it('takes a person’s exact age for no slip of an age group, and reads an age in months', () => {
    expect(issues('zh', '东岭村59岁的乡村医生李秀芬已在村卫生室工作31年。')).toEqual([]);
    expect(issues('zh', '东岭村95岁的乡村医生李秀芬已在村卫生室工作31年。')).not.toEqual([]);
    expect(issues('en', 'Ms. Liu pays about 2,800 yuan a month to send her 18-month-old daughter to a childcare centre.')).toEqual([]);
    expect(issues('en', 'Ms. Liu pays about 2,800 yuan a month to send her 15-month-old daughter to a childcare centre.')).not.toEqual([]);
    expect(issues('en', 'Ms. Liu’s daughter has been in childcare for 18 months.')).not.toEqual([]);
  });

  it('reads the second half of a swim as no period', () => {
    expect(issues('en', 'Wang Tao said the current was strong in the second half and he overtook his rival in the final 2 km.')).toEqual([]);
    expect(issues('en', 'Wang Tao said the current was strong in the second half and he overtook his rival in the final 3 km.')).not.toEqual([]);
  });

  it('finds an Optimist dinghy, a kiteboarding open and an ultramarathon where the source names them in Chinese', () => {
    const sports = analyzeText('青山体育简讯\n2025-11-20 青山日报\n青少年OP帆船赛共有120名选手参赛。风筝冲浪公开赛吸引86名选手。沙漠超级马拉松共有300人完赛。',
      'reading-rules-47-sports', '2025-11-20');
    const said = summaryIssues(sports);
    expect(said('en', 'The youth Optimist regatta drew 120 sailors, the Kiteboarding Open 86 riders, and 300 runners finished the Desert Ultramarathon.')).toEqual([]);
    expect(said('en', 'The youth Laser regatta drew 120 sailors.')).not.toEqual([]);
  });
});
