/**
 * Reading rules added in session 21 after the first look at blind sets 404 to 411 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 21, second round', () => {
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-05' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads "won places" as a verb, "two and a half times" as one multiple, and no figure in a jump, a latitude or a climbing grade', () => {
    expect(english('and 33,000 won places')).toEqual([['33,000', 'count', 33000, null, null]]);
    expect(english('a ticket costs 5,000 won.')).toEqual([['5,000 won', 'money', 5000, 'KRW', null]]);
    expect(english('two and a half times as many as last season')).toEqual([['two and a half times', 'multiple', 2.5, 'x', null]]);
    expect(english('he landed two quadruple jumps')).toEqual([]);
    expect(english('output quadrupled')).toEqual([['quadrupled', 'multiple', 4, 'x-level', null]]);
    expect(english('waters north of 26 degrees 30 minutes north latitude')).toEqual([]);
    expect(english('a route graded 5.13b')).toEqual([]);
  });
});

const ARTICLE = [
  '江川市健康与体育简讯',
  '2025-11-05 江川日报',
  '江川市第二医院睡眠医学中心2024年门诊量达4.2万人次，同比增长19%，接近2020年的三倍。',
  '全程马拉松共有12630人完赛，其中跑进3小时的有864人，比去年增加近200人。',
  '高桩南狮项目采用10分制，由7名裁判打分。',
  '线上直播累计观看量达1800万人次，是上赛季的2.5倍。',
  '外籍船员约150人，年龄最大的是66岁的新西兰选手约翰·怀特。',
  '2025江川青少年网球公开赛共有186名选手参赛。',
  '前三季度江川重工营业收入同比增长6.8%，海外收入占比由去年同期的38.5%升至51.2%。',
  '1至9月全县毛巾出口额达3.6亿美元，同比增长12.5%，约占全县纺织品出口总额的四成。',
  '车手赵磊以1小时58分26.4秒的总成绩夺冠。',
].join('\n');

describe('summaries of the session 21 second-round article (sets 404–411)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-39', '2025-11-05'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '江川市第二医院', en: 'Jiangchuan No. 2 Hospital', type: 'organization' },
    { zh: '新西兰', en: 'New Zealand', type: 'place' },
    { zh: '约翰·怀特', en: 'John White', type: 'person' },
    { zh: '江川重工', en: 'Jiangchuan Heavy Industry', type: 'organization' },
    { zh: '赵磊', en: 'Zhao Lei', type: 'person' },
  ]);

  it('reads 接近2020年的三倍 as nearly three times, and 跑进3小时 as under three hours', () => {
    expect(issues('en', 'The sleep centre of Jiangchuan No. 2 Hospital received 42,000 visits in 2024, up 19% and close to three times the 2020 level.')).toEqual([]);
    expect(issues('en', 'The sleep centre of Jiangchuan No. 2 Hospital received 42,000 visits in 2024, up 19% and more than three times the 2020 level.')).not.toEqual([]);
    expect(issues('en', 'Of the 12,630 finishers, 864 ran under three hours.')).toEqual([]);
    expect(issues('en', 'Of the 12,630 finishers, 864 ran over three hours.')).not.toEqual([]);
  });

  it('reads 10分制 as a 10-point scale, 2.5倍 as "two and a half times", and "New Zealander" as of New Zealand', () => {
    expect(issues('en', 'High-pole lion routines were scored on a 10-point scale by seven judges.')).toEqual([]);
    expect(issues('en', 'High-pole lion routines were scored on a 100-point scale by seven judges.')).not.toEqual([]);
    expect(issues('en', 'Online livestreams drew 18 million views, two and a half times as many as last season.')).toEqual([]);
    expect(issues('en', 'Online livestreams drew 18 million views, three and a half times as many as last season.')).not.toEqual([]);
    expect(issues('en', 'The oldest of the roughly 150 foreign crew was 66-year-old New Zealander John White.')).toEqual([]);
    expect(issues('en', 'The oldest of the roughly 150 foreign crew was 67-year-old New Zealander John White.')).not.toEqual([]);
  });

  it('knows "Junior" for 青少年, a level 由去年同期的 as last year\'s, a share "of the county\'s total", and race times in tenths', () => {
    expect(issues('en', 'The 2025 Jiangchuan Junior Tennis Open drew 186 players.')).toEqual([]);
    expect(issues('en', 'The 2025 Jiangchuan Senior Tennis Open drew 186 players.')).not.toEqual([]);
    expect(issues('zh', '江川重工海外收入占比由去年同期的38.5%升至51.2%。')).toEqual([]);
    expect(issues('zh', '江川重工海外收入占比由去年同期的6.8%升至51.2%。')).not.toEqual([]);
    expect(issues('en', "Towel exports rose 12.5% to 360 million U.S. dollars, accounting for about 40 percent of the county's total textile exports.")).toEqual([]);
    expect(issues('en', "Towel exports rose 40% to 360 million U.S. dollars, accounting for about 12.5 percent of the county's total textile exports.")).not.toEqual([]);
    expect(issues('en', 'Zhao Lei won with a total time of 1 hour, 58 minutes and 26.4 seconds.')).toEqual([]);
    expect(issues('en', 'Zhao Lei won with a total time of 1 hour, 58 minutes and 27.4 seconds.')).not.toEqual([]);
  });
});
