/**
 * Reading rules added in session 16 after the first look at blind sets 280 to 287 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 16', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const english = (text: string): [string, unknown][] => findEnglishQuantities(text).map((q) => [q.text, q.approx]);

  it('reads 62个周末 as 62 of them at weekends', () => {
    expect(chinese('其中62个周末开放。')).toEqual([['62个', 'count', 62, null]]);
  });

  it('reads "Lines 1 and 2" as names, "the 6,000-tonne class or above" as a floor, and "sculls over 2,000 metres" as a distance', () => {
    expect(english('Lines 1 and 2 run 43.5 kilometres.')).toEqual([['43.5 kilometres', null]]);
    expect(english('It runs 12 trains and 3 buses.').map(([t]) => t)).toEqual(['12', '3']);
    expect(english('It has 40 machines in the 6,000-tonne class or above.')).toEqual([['40', null], ['6,000-tonne', 'over']]);
    expect(english('Delft won the quadruple sculls over 2,000 metres.')).toEqual([['2,000 metres', null]]);
    expect(english('The bridge is over 2,000 metres long.')).toEqual([['2,000 metres', 'over']]);
  });
});

const ARTICLE_1 = [
  '长河产业与民生简讯',
  '2025-10-20 长河日报',
  '长河市民营企业进出口8.6万亿元。前三季度长河市跨境电商进出口约1.2万亿元，其中逾八成由民营企业完成。',
  '出租车司机王建国今年58岁，是车队最早的献血志愿者。十多年来累计献血72次，其中9次是在凌晨赶去的。',
  '目前地铁1号线、2号线运营总里程为43.5公里。',
  '来自北京的70岁选手何建平与老伴参加了混合双打60岁组的比赛，获得第三名。',
  '男子四人双桨2000米冠军由荷兰代尔夫特理工大学队获得。',
  '到2026年底，北仑区6000吨以上压铸机将超过40台。',
  '7月至8月全省血液库存一度降至不足5天用量，低于7天的正常水平。',
].join('\n');

describe('summaries of the first article (session 16)', () => {
  const analyzed = analyzeText(ARTICLE_1, 'reading-rules-33a', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('takes "More than 80% of Changhe\'s roughly 1.2 trillion yuan" for the whole a part is of', () => {
    expect(issues('en', "More than 80% of Changhe's roughly 1.2 trillion yuan of cross-border e-commerce trade was conducted by private firms.")).toEqual([]);
    expect(issues('en', "More than 80% of Changhe's roughly 1.3 trillion yuan of cross-border e-commerce trade was conducted by private firms.")).not.toEqual([]);
  });

  it("takes no one's age for a rival of a count of things, and still no support of one", () => {
    expect(issues('en', "Nine of Wang Jianguo's 72 donations came in the early hours.")).toEqual([]);
    expect(issues('en', "Nine of Wang Jianguo's 58 donations came in the early hours.")).not.toEqual([]);
  });

  it('reads "Lines 1 and 2" as names and "the mixed doubles 60 age group" as a class', () => {
    expect(issues('en', 'Lines 1 and 2 now run 43.5 kilometres.')).toEqual([]);
    expect(issues('en', 'Lines 1 and 2 now run 44.5 kilometres.')).not.toEqual([]);
    expect(issues('en', 'Seventy-year-old He Jianping from Beijing finished third with his wife in the mixed doubles 60 age group.')).toEqual([]);
  });

  it('reads "sculls over 2,000 metres" as the distance and "the 6,000-tonne class or above" as 6000吨以上', () => {
    expect(issues('en', "Delft University of Technology won the men's quadruple sculls over 2,000 metres.")).toEqual([]);
    expect(issues('en', "Delft University of Technology won the men's quadruple sculls over 3,000 metres.")).not.toEqual([]);
    expect(issues('en', 'By the end of 2026, Beilun expects to have more than 40 die-casting machines in the 6,000-tonne class or above.')).toEqual([]);
    expect(issues('en', 'By the end of 2026, Beilun expects to have more than 40 die-casting machines in the 6,000-tonne class.')).not.toEqual([]);
  });

  it('reads 低于7天的正常水平 as the normal level itself', () => {
    expect(issues('en', "Blood stocks fell to less than five days' supply in July and August, below the normal level of seven days.")).toEqual([]);
    expect(issues('en', "Blood stocks fell to less than five days' supply in July and August, below the normal level of eight days.")).not.toEqual([]);
  });
});

const ARTICLE_2 = [
  '南湖赛事与民生简讯',
  '2025-10-20 南湖日报',
  '本届比赛共设12个项目。哈尔滨代表队共获得金牌23枚，沈阳代表队以11枚金牌位列第二。',
  '从各城区看，东湖区分类准确率达到85%，居全市首位；西湖区为72%，低于全市78%的平均水平。',
  '南关区托位使用率达到81%，为全市最高，全市平均水平为63%。',
  '全市287个接种门诊延长了服务时间，其中62个在周末开放。',
].join('\n');

describe('summaries of the second article (session 16)', () => {
  const analyzed = analyzeText(ARTICLE_2, 'reading-rules-33b', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('works out a gap to another party the source states beside it (多12枚, 低6个百分点)', () => {
    expect(issues('zh', '哈尔滨代表队共获得23枚金牌，比位列第二的沈阳代表队多12枚。')).toEqual([]);
    expect(issues('zh', '哈尔滨代表队共获得23枚金牌，比位列第二的沈阳代表队多13枚。')).not.toEqual([]);
    expect(issues('zh', '西湖区的分类准确率为72%，比全市平均水平低6个百分点。')).toEqual([]);
    expect(issues('zh', '西湖区的分类准确率为72%，比全市平均水平低5个百分点。')).not.toEqual([]);
  });

  it('reads 高于63%的全市平均水平 and 62个周末 as the source states them', () => {
    expect(issues('zh', '南关区托位使用率达到81%，高于63%的全市平均水平。')).toEqual([]);
    expect(issues('zh', '南关区托位使用率达到81%，高于65%的全市平均水平。')).not.toEqual([]);
    expect(issues('zh', '全市287个接种门诊延长了服务时间，其中62个周末开放。')).toEqual([]);
    expect(issues('zh', '全市287个接种门诊延长了服务时间，其中64个周末开放。')).not.toEqual([]);
  });
});

const ARTICLE_3 = [
  '银港产能与项目简讯',
  '2025-07-10 张家港日报',
  '园区内最大的可可加工企业银港可可食品有限公司上半年加工可可豆2.8万吨，约占全区进口量的三成。公司总经理王立新介绍，7月初投产的第二条研磨线年加工能力5万吨，投资约3亿元，公司年加工能力由此达到11万吨。',
  '全市污水处理厂日处理能力约420万吨。新建的第三再生水厂于2025年10月通水运行，设计规模为每日20万吨。',
  '6月9日，重庆市“急救进出租车”项目启动。按计划，到2026年6月底，全市将有1万名出租车司机完成培训。',
  '8日，2025银港可可文化节在园区开幕，为期3天。',
].join('\n');

describe('summaries of the third article (session 16)', () => {
  const analyzed = analyzeText(ARTICLE_3, 'reading-rules-33c', '2025-07-10');
  const issues = summaryIssues(analyzed, [{ zh: '银港可可食品有限公司', en: 'Yingang Cocoa Food Co.', type: 'organization' }, { zh: '王立新', en: 'Wang Lixin', type: 'person' }]);

  it('reads 加工能力 and 设计规模 as capacity, told apart from what was processed', () => {
    const measureOf = (text: string): unknown => analyzed.facts.find((f) => f.text === text)?.measures;
    expect([measureOf('11万吨'), measureOf('2.8万吨'), measureOf('20万吨')]).toEqual(['capacity', null, 'capacity']);
    expect(issues('en', "Yingang's annual processing capacity reached 110,000 tonnes after its second grinding line, able to process 50,000 tonnes a year, began operating in early July.")).toEqual([]);
    expect(issues('en', "Yingang's annual processing capacity reached 120,000 tonnes after its second grinding line, able to process 50,000 tonnes a year, began operating in early July.")).not.toEqual([]);
    expect(issues('en', 'The third reclaimed water plant began operating in October 2025 with a design capacity of 200,000 tonnes a day.')).toEqual([]);
  });

  it('takes the day a launch verb gives for the launch the source dates, not the time of the figures aimed at', () => {
    expect(issues('en', 'Chongqing launched a programme on June 9 to train 10,000 taxi drivers by the end of June 2026.')).toEqual([]);
    expect(issues('en', 'Chongqing launched a programme on June 9 to train 10,000 taxi drivers by the end of June 2027.')).not.toEqual([]);
    expect(issues('en', 'Chongqing launched a programme on June 19 to train 10,000 taxi drivers by the end of June 2026.')).not.toEqual([]);
  });

  it('reads a day named alone (8日) as a day of the dateline month', () => {
    expect(issues('en', 'The 2025 Yingang Cocoa Culture Festival opened in the park on July 8 for three days.')).toEqual([]);
    expect(issues('en', 'The 2025 Yingang Cocoa Culture Festival opened in the park on July 9 for three days.')).not.toEqual([]);
    expect(issues('en', 'The 2025 Yingang Cocoa Culture Festival opened in the park on June 8 for three days.')).not.toEqual([]);
  });
});

const ARTICLE_4 = [
  '东川经济与赛事简讯',
  '2025-10-20 东川日报',
  '景区每日最大承载量为1.2万人次，国庆假期单日客流最高达到1.16万人次。',
  '东棉公司前三季度营业收入5.2亿元；同期恒丰纺织营业收入11.6亿元。',
  '高校专利许可的平均金额约为每件36万元，企业约为每件19万元。',
  '省儿童福利院专业护理人员与儿童的配比已由1比5提高到1比3。',
  '《2024年东川专利调查报告》发布。报告显示，2024年全市发明专利产业化率为41.2%。',
  '比赛分甲组和乙组，乙组面向普通高校非体育专业学生。',
].join('\n');

describe('summaries of the fourth article (session 16)', () => {
  const analyzed = analyzeText(ARTICLE_4, 'reading-rules-33d', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('reads "the single-day peak … reached 11,600" as the maximum 最高达到 gives', () => {
    expect(issues('en', "Daily capacity at the scenic area is 12,000 visitors, and the single-day peak during the National Day holiday reached 11,600.")).toEqual([]);
    expect(issues('en', "Daily capacity at the scenic area is 12,000 visitors, and the single-day peak during the National Day holiday reached 11,800.")).not.toEqual([]);
  });

  it('works out 不到…的一半 and 接近…的两倍 from the two levels the sentence states', () => {
    expect(issues('zh', '东棉公司前三季度营业收入5.2亿元，不到恒丰纺织11.6亿元的一半。')).toEqual([]);
    expect(issues('zh', '东棉公司前三季度营业收入5.2亿元，不到恒丰纺织11.6亿元的三分之一。')).not.toEqual([]);
    expect(issues('zh', '高校专利许可的平均金额约每件36万元，接近企业约每件19万元的两倍。')).toEqual([]);
    expect(issues('zh', '高校专利许可的平均金额约每件36万元，接近企业约每件19万元的三倍。')).not.toEqual([]);
  });

  it('reads 配比由1比5提高到1比3 as two ratios', () => {
    expect(issues('en', 'The ratio of professional carers to children has improved from 1:5 to 1:3.')).toEqual([]);
    expect(issues('en', 'The ratio of professional carers to children has improved from 1:6 to 1:3.')).not.toEqual([]);
  });

  it('takes a year inside a title for part of its name, and "Division B" for 乙组', () => {
    expect(issues('zh', '《2024年东川专利调查报告》显示，2024年全市发明专利产业化率为41.2%。')).toEqual([]);
    expect(issues('zh', '《2024年东川专利调查报告》显示，2023年全市发明专利产业化率为41.2%。')).not.toEqual([]);
    expect(issues('en', 'The championships had two divisions, with Division B open to non-sports majors from ordinary universities.')).toEqual([]);
    expect(issues('en', 'The championships had two divisions, with Division C open to non-sports majors from ordinary universities.')).not.toEqual([]);
  });
});

describe('forms read in session 16, third part', () => {
  const english = (text: string): [string, unknown][] => findEnglishQuantities(text).map((q) => [q.text, q.approx]);

  it('reads "2-million-kW", "double-chamber", "No.1" and ", as much as 60 workers used to"', () => {
    expect(english('The 2-million-kW project is under way.')).toEqual([['2-million-kW', null]]);
    expect(english('Two double-chamber furnaces were installed.')).toEqual([]);
    expect(english('Output doubled.')).toEqual([['doubled', null]]);
    expect(english('Yulin No.1 Hospital cut its time to 38 minutes.')).toEqual([['38 minutes', null]]);
    expect(english('A line turns out 24,000 pieces, as much as 60 workers used to produce.')).toEqual([['24,000', null], ['60', null]]);
    expect(english('Each family may borrow as much as 60,000 yuan.')).toEqual([['60,000 yuan', 'at_most']]);
  });
});

const ARTICLE_5 = [
  '阿拉善骆驼节开幕 上千峰骆驼参赛',
  '2025-10-08 内蒙古日报',
  '10月6日，阿拉善骆驼文化节在阿拉善盟开幕，来自阿拉善盟等地的1080峰骆驼参赛。',
  '截至今年6月底，全盟骆驼存栏约13.6万峰。',
  '园区现有铝加工企业41家，比去年同期增加8家。今年前三季度，园区实现工业产值103.7亿元，提前一个季度突破百亿元大关。',
  '8月18日，奶酪产业园二期项目正式投产。二期工程于2024年3月开工，园区奶酪年产能由此达到2.4万吨。',
].join('\n');

describe('summaries of the fifth article (session 16)', () => {
  const analyzed = analyzeText(ARTICLE_5, 'reading-rules-33e', '2025-10-08');
  const issues = summaryIssues(analyzed);

  it('takes 阿拉善盟 of a headline that names 阿拉善 for the place around every figure (全盟)', () => {
    expect(issues('zh', '截至6月底，阿拉善盟骆驼存栏约13.6万峰。')).toEqual([]);
    expect(issues('zh', '截至6月底，阿拉善盟骆驼存栏约16.3万峰。')).not.toEqual([]);
  });

  it('works out 从去年同期的33家增至41家 from 比去年同期增加8家', () => {
    expect(issues('zh', '园区铝加工企业从去年同期的33家增至41家。')).toEqual([]);
    expect(issues('zh', '园区铝加工企业从去年同期的31家增至41家。')).not.toEqual([]);
  });

  it('reads "passing the 10-billion-yuan mark" as 突破百亿元, and no other mark', () => {
    expect(issues('en', 'Output reached 10.37 billion yuan in the first three quarters, passing the 10-billion-yuan mark a quarter ahead of schedule.')).toEqual([]);
    expect(issues('en', 'Output reached 10.37 billion yuan in the first three quarters, passing the 20-billion-yuan mark a quarter ahead of schedule.')).not.toEqual([]);
  });

  it('takes "began production on August 18" for the day the source says 投产 when another time dates the figures', () => {
    expect(issues('en', "The cheese park's second phase, started in March 2024, began production on August 18, lifting annual capacity to 24,000 tonnes.")).toEqual([]);
    expect(issues('en', "The cheese park's second phase, started in March 2024, began production on August 19, lifting annual capacity to 24,000 tonnes.")).not.toEqual([]);
    // Alone, the launch day is the time of the figure, which the source dates otherwise.
    expect(issues('en', "The cheese park's second phase began production on August 18, lifting annual capacity to 24,000 tonnes.")).not.toEqual([]);
  });
});

const ARTICLE_6 = [
  '东川文博与企业简讯',
  '2025-10-20 东川日报',
  '博物院文创产品前三季度销售额实现翻番，达2730万元，去年同期为1290万元。',
  '金果油脂公司线上渠道销售占比由22%提高到35%。',
].join('\n');

describe('summaries of the sixth article (session 16)', () => {
  const analyzed = analyzeText(ARTICLE_6, 'reading-rules-33f', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('takes 两倍多 and "more than doubled" worked out from the two levels the sentence states, beside the source\'s 翻番', () => {
    expect(issues('zh', '博物院前三季度文创销售额为2730万元，是去年同期1290万元的两倍多。')).toEqual([]);
    expect(issues('zh', '博物院前三季度文创销售额为2730万元，是去年同期1290万元的三倍多。')).not.toEqual([]);
    expect(issues('en', 'Sales of cultural and creative products more than doubled to 27.3 million yuan from 12.9 million yuan a year earlier.')).toEqual([]);
    expect(issues('en', 'Sales of cultural and creative products more than tripled to 27.3 million yuan from 12.9 million yuan a year earlier.')).not.toEqual([]);
  });

  it('works out a rise in points between the two rates the source gives as from and to', () => {
    expect(issues('zh', '金果油脂线上渠道销售占比较去年同期提高13个百分点至35%。')).toEqual([]);
    expect(issues('zh', '金果油脂线上渠道销售占比较去年同期提高15个百分点至35%。')).not.toEqual([]);
  });
});
