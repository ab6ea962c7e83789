/**
 * Reading rules added in session 23 after the first look at blind sets 444 to 451 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 23, second round', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);

  it('reads a rank before 和 and another rank, 不下 as a floor, and 约 before 付', () => {
    expect(chinese('两家企业分列全省第一和第三。')).toEqual([['两家', 'count', 2, null], ['第一', 'ordinal', 1, null], ['第三', 'ordinal', 3, null]]);
    expect(chinese('第一，要抓好安全。')).toEqual([]);
    expect(chinese('这段山路他走过不下30遍')).toContainEqual(['不下30遍', 'count', 30, 'at_least']);
    expect(chinese('报销后个人每次约付35元')).toContainEqual(['约付35元', 'money', 35, 'about']);
  });
});

const ARTICLE = [
  '石门县产业与民生简讯',
  '2025-11-20 石门日报',
  '从企业看，石门精密和江北轴承上半年营收分别为12.4亿元和9.8亿元，两家企业分列全县第一和第二。',
  '“去年一斤卖2块6，今年客商上门就给3块2。”果农刘秀兰说，“前年最低的时候才1块多。”',
  '过去一条装配线要十几个人，现在只需三个人。',
  '11月2日，石门登高赛举行，1860名选手需攀爬56层、共1316级台阶。',
  '他在第12公里处发起冲刺，最终率先撞线。',
  '全县养老机构护理员与床位数之比约为1比5.4。',
  '县疾控中心要求各乡镇把布雷图指数稳定控制在5以下。',
  '今年前三季度，县内陶瓷出口对东盟出口2.6亿美元，增幅达18.5%；对欧盟出口4.1亿美元，同比增长5.2%。',
  '毛巾出口离岸均价为每公斤5.2美元，同比上升3.1%。',
  '本届越野赛参赛人数比上届增加28%，其中外籍选手36人，女子选手约占三成。',
  '1至9月，全县瓷器出口额达3.15亿美元，同比增长9.6%，产品销往86个国家和地区，对共建“一带一路”国家出口占比接近四成。',
  '9月1日，位于城东的启明特殊教育学校新校区正式启用。目前学校有学生142人，比上学年增加38人。',
  '为期6天的县篮球赛吸引现场观众约3.2万人次，决赛门票开售后20分钟内售罄；网络直播观看量超过900万人次。',
  '全部赛事共进行640场比赛，打进进球2108个，场均3.29球。',
  '马瑟兰等特色品种的收购价在每公斤9元至11元之间。',
].join('\n');

describe('summaries of the session 23 second-round article (sets 444–451)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-44', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('reads a rank before 和, prices said with 块, 十几个人, and steps counted in four digits as no year', () => {
    expect(issues('zh', '石门精密上半年营收12.4亿元，居全县第一。')).toEqual([]);
    expect(issues('zh', '石门精密上半年营收12.4亿元，居全县第四。')).not.toEqual([]);
    expect(issues('en', 'Grower Liu Xiulan said buyers now pay 3.2 yuan a jin at her door, against 2.6 yuan a jin last year.')).toEqual([]);
    expect(issues('en', 'Grower Liu Xiulan said buyers now pay 3.6 yuan a jin at her door, against 2.6 yuan a jin last year.')).not.toEqual([]);
    expect(issues('en', 'An assembly line that once needed more than ten workers now needs three.')).toEqual([]);
    expect(issues('en', 'An assembly line that once needed more than 20 workers now needs three.')).not.toEqual([]);
    expect(issues('zh', '11月2日，1860名选手参加石门登高赛，需攀爬56层共1316级台阶。')).toEqual([]);
    expect(issues('zh', '11月3日，1860名选手参加石门登高赛，需攀爬56层共1316级台阶。')).not.toEqual([]);
  });

  it('reads a point on a course, one to so many (1比5.4), and an index held under a level', () => {
    expect(issues('en', 'He launched his sprint at the 12-km mark.')).toEqual([]);
    expect(issues('en', 'He launched his sprint at the 14-km mark.')).not.toEqual([]);
    expect(issues('en', 'Care homes have roughly one caregiver for every 5.4 beds.')).toEqual([]);
    expect(issues('en', 'Care homes have roughly one caregiver for every 4.5 beds.')).not.toEqual([]);
    expect(issues('en', 'Townships must keep the Breteau index stably below 5.')).toEqual([]);
    expect(issues('en', 'Townships must keep the Breteau index stably below 8.')).not.toEqual([]);
  });

  it('reads a rate "well ahead of" another party\'s, FOB and Marselan, and goals counted after 进球', () => {
    expect(issues('en', 'Exports to ASEAN climbed 18.5% to US$260 million, well ahead of the 5.2% growth in shipments to the European Union, which totaled US$410 million.')).toEqual([]);
    expect(issues('en', 'Exports to ASEAN climbed 5.2% to US$260 million, well ahead of the 18.5% growth in shipments to the European Union, which totaled US$410 million.')).not.toEqual([]);
    expect(issues('en', 'The average FOB export price of towels rose 3.1% year on year to 5.2 U.S. dollars per kilogram.')).toEqual([]);
    expect(issues('en', 'Purchase prices for specialty varieties such as Marselan ranged from 9 to 11 yuan per kilogram.')).toEqual([]);
    expect(issues('zh', '赛事共进行640场比赛，共打进2108球，场均3.29球。')).toEqual([]);
    expect(issues('zh', '赛事共进行640场比赛，共打进2180球，场均3.29球。')).not.toEqual([]);
  });

  it('pairs a rate with no part after 其中, reads "40% of them" as a share, and times no figure by a campus opening or an event\'s length', () => {
    expect(issues('zh', '本届越野赛参赛人数比上届增加28%，其中外籍选手36人，女子选手约占三成。')).toEqual([]);
    expect(issues('zh', '本届越野赛参赛人数比上届增加30%，其中外籍选手36人，女子选手约占28%。')).not.toEqual([]);
    expect(issues('en', 'Porcelain exports rose 9.6% year on year to 315 million U.S. dollars in January-September, and nearly 40% of them went to Belt and Road partner countries.')).toEqual([]);
    expect(issues('en', 'Porcelain exports rose 40% year on year to 315 million U.S. dollars in January-September, and nearly 9.6% of them went to Belt and Road partner countries.')).not.toEqual([]);
    expect(issues('en', 'The Qiming Special Education School, which opened its new campus on Sept. 1, now has 142 pupils, 38 more than in the last school year.')).toEqual([]);
    expect(issues('en', 'The Qiming Special Education School, which opened its new campus on Sept. 2, now has 142 pupils, 38 more than in the last school year.')).not.toEqual([]);
    expect(issues('en', 'The six-day tournament drew about 32,000 spectator visits, while livestreams attracted more than 9 million views.')).toEqual([]);
    expect(issues('en', 'The seven-day tournament drew about 32,000 spectator visits, while livestreams attracted more than 9 million views.')).not.toEqual([]);
  });
});
