/**
 * Reading rules added after blind sets 40 to 43 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): a meeting's day, an English word opening a sentence before a
 * name, "fell by N to M", an age written 周岁 and an age bound as the group a statement is about,
 * "over N years" as a span, "double-blind", Go ranks (5-dan), PE, International and Cup where the
 * source names 体育, 国际 and 杯, scores in 满意度…分, and a ratio N:1 counted per one. Each rule is
 * checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州化工集团重整计划获通过',
  '2025-11-25 江州日报',
  '本报讯（记者方宁）11月20日召开的债权人会议上，普通债权组以86.4%的同意率表决通过重整计划草案。全省因酒驾醉驾肇事死亡84人，同比减少28人，下降25%。',
  '江州债券ETF规模达2870亿元。报名人员中，35周岁以下的占九成以上，平均竞争比约46:1。',
  '老王调解工作室负责人王德明28年来累计调解纠纷逾5000件。今年评审全部实行双盲评审，约2600名专家参与。',
  '第41届江州国际风筝节开幕。六段棋手林子轩夺得第六届钱江杯围棋公开赛冠军。音乐、体育、美术等紧缺学科岗位共1240个。',
  '60岁以上驾驶人达1980万人，比2023年底增加近三成。70周岁以上驾驶人每年须提交一次身体条件证明。',
  '全市公交乘客满意度为90.8分，比上年提高1.9分。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-14', '2025-11-25'));

describe('reading rules after blind sets 40 to 43', () => {
  it('takes a meeting\'s day as the day of what the meeting did', () => {
    expect(issues('en', 'Creditors approved the draft plan at a meeting on November 20, with 86.4% of ordinary creditors in favour.')).toEqual([]);
    expect(issues('en', 'Creditors approved the draft plan at a meeting on November 21, with 86.4% of ordinary creditors in favour.')).not.toEqual([]);
  });

  it('reads an English word opening a sentence as no part of the name after it', () => {
    expect(issues('en', 'Bond ETF assets in Jiangzhou reached 287 billion yuan.')).toEqual([]);
    expect(issues('en', 'Homeowner Wang Deming has mediated more than 5,000 disputes over 28 years.')).toEqual([]);
    expect(issues('en', 'Zhangjiang Wang Deming has mediated more than 5,000 disputes over 28 years.')).not.toEqual([]);
  });

  it('reads "fell by N to M" as a change and its level, and "over N years" as a span', () => {
    expect(issues('en', 'Deaths in drink-driving crashes fell by 28 to 84, a drop of 25%.')).toEqual([]);
    expect(issues('en', 'Deaths in drink-driving crashes fell by 28 to 48, a drop of 25%.')).not.toEqual([]);
    expect(issues('en', 'Wang Deming has settled more than 5,000 disputes for over 28 years.')).not.toEqual([]);
  });

  it('reads 周岁 as an age and an age bound as the group a statement is about', () => {
    expect(findQuantities('35周岁以下的占九成以上', { referenceDate: '2025-11-25' }).map((q) => [q.text, q.unit, q.approx])[0]).toEqual(['35周岁以下', '周岁', 'under']);
    expect(issues('en', 'More than 90% of applicants were aged 35 or under.')).toEqual([]);
    expect(issues('en', 'Drivers over 60 now number 19.8 million, nearly 30% more than at the end of 2023.')).toEqual([]);
    expect(issues('en', 'Drivers over 70 now number 19.8 million, nearly 30% more than at the end of 2023.')).not.toEqual([]);
    expect(issues('zh', '70岁以上驾驶人达1980万人，比2023年底增加近三成。')).not.toEqual([]);
  });

  it('knows "double-blind", Go ranks and names built from 体育, 国际 and 杯', () => {
    expect(issues('en', 'About 2,600 experts took part in the reviews, which were fully double-blind.')).toEqual([]);
    expect(issues('en', 'Sixth-dan player Lin Zixuan, a 6-dan professional, won the sixth Qianjiang Cup Go open.')).toEqual([]);
    const withFestival = summaryIssues(analyzeText(ARTICLE, 'reading-rules-14', '2025-11-25'), [{ zh: '风筝节', en: 'Kite Festival', type: 'organization' }]);
    expect(withFestival('en', 'The 41st Jiangzhou International Kite Festival opened.')).toEqual([]);
    expect(withFestival('en', 'The 41st Jiangzhou Global Kite Festival opened.')).not.toEqual([]);
    expect(issues('en', 'Shortage subjects such as music, PE and art account for 1,240 posts.')).toEqual([]);
  });

  it('reads a satisfaction score in 分 as points, and a ratio N:1 as N for each one', () => {
    expect(findQuantities('全市公交乘客满意度为90.8分', { referenceDate: '2025-11-25' }).map((q) => [q.value, q.unit, q.en])).toEqual([[90.8, '分', '90.8 points']]);
    expect(issues('en', 'Bus passenger satisfaction scored 90.8 points, up 1.9 points.')).toEqual([]);
    expect(issues('en', 'Bus passenger satisfaction scored 90.8 points, up 9.1 points.')).not.toEqual([]);
    expect(issues('en', 'On average, about 46 candidates compete for each post.')).toEqual([]);
    expect(issues('en', 'On average, about 64 candidates compete for each post.')).not.toEqual([]);
  });
});
