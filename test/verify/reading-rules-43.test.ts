/**
 * Reading rules added in session 23 after the first look at blind sets 436 to 443 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 23, first round', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads a chess rating and points won in a run as points, 80多分 as more than 80', () => {
    expect(chinese('他的等级分一年涨了60多分')).toContainEqual(['60多分', 'count', 60, 'over']);
    expect(chinese('等级分在2400分以上的棋手有21人')).toContainEqual(['2400分以上', 'count', 2400, 'over']);
    expect(chinese('她在4比9落后时连得7分完成逆转')).toContainEqual(['7分', 'count', 7, null]);
    expect(chinese('每天上午9时30分开馆')).not.toContainEqual(expect.arrayContaining(['30分']));
  });

  it('reads 同比降 as a fall and 不到前者一半 as under half', () => {
    expect(findQuantities('收购价同比降约三成', { referenceDate: '2025-11-20' }).map((q) => q.measures)).toEqual(['decline']);
    expect(chinese('乙组仅为31.5%，不到前者一半')).toContainEqual(['一半', 'fraction', 0.5, 'under']);
  });

  it('reads times in thousandths, no quarter of a game as a quarter of the year, and a scoring run as no figure', () => {
    expect(english('set a meet record of 1:31.276 in the final')).toEqual([['1:31.276', 'duration', 91.276, 'second', null]]);
    expect(english('trailing 70-64 after the third quarter of the semifinal')).toEqual([]);
    expect(english('profit fell in the third quarter of 2025')).toEqual([['third quarter of 2025', 'period', '2025-Q3', null, null]]);
    expect(english('they answered with a 12-0 run in the fourth')).toEqual([]);
  });

  it('reads "above the four-day safety alert line" as over four days', () => {
    expect(english('stocks stayed above the four-day safety alert line')).toEqual([['four-day', 'duration', 4, 'day', 'over']]);
  });
});

const ARTICLE = [
  '清溪县发布民生与产业数据',
  '2025-11-20 清溪日报',
  '县人民医院已与东坪、西坪、南坪3个县的18家卫生院组建胸痛联盟。',
  '县内腹膜透析患者年度总费用约4.8万元。',
  '今年春茶拍卖的最高价为9.6万元，是去年“茶王”成交价6.4万元的1.5倍。',
  '目前全县血液库存稳定在6至8天的用量，高于4天的安全警戒线。',
  '清溪县自2022年起向累计献血达到30次的市民发放“爱心卡”，持卡人可免费游览8处景点。截至9月底，全县已发放爱心卡4100余张。',
  '清溪瓷业有限公司产品销往48个国家和地区。公司前三季度营收3.2亿元，四季度订单已排到明年2月。',
  '本届乡村篮球赛现场观众累计12万人次。全网累计观看人次达2.6亿，同比增长35%；线上直播峰值在线人数为860万。',
  '男子10公里比赛中，选手周远以31分05秒夺冠，选手钱立以31分48秒获得亚军，落后冠军43秒。',
  '女子5公里冠军由选手孙悦获得，成绩为16分20秒。选手李岚以16分52秒位列第二。',
  '前三季度，清溪陶瓷出口额为6.3亿元，同比增长9.1%，其中对东盟出口额达2.2亿元，占出口总额的三成以上。',
  '上半年全县丝绸出口量同比下降3.6%，出口额约1.8亿美元，部分小微企业开工率仅在50%—60%之间。',
  '按照规划，到2027年全县单位产值能耗将比2022年下降12%。今年县财政已安排1.6亿元专项资金支持技改，比去年增长8%。',
  '今年1至9月，县生殖医学中心完成试管婴儿取卵周期3260个，同比增长6.8%。',
  '10月6日，为期5天的2025清溪帆船赛落下帷幕，共有来自9个国家和地区的38艘帆船参赛。',
  '上半年，全县外贸企业中代工订单占比降至四成。',
  '女子1500米决赛是全场最激烈的一场比赛。选手赵晴以2分26秒314夺冠，刷新赛会纪录。原纪录为2分27秒105。',
  '全县象棋公开赛中，选手吴昊以累计积分52分夺冠，领先第二名郑凯9分。',
  '全县茶园面积达到8.6万亩，比上一轮普查的2021年增加约1.2万亩，是2010年实施退耕还茶时1.1万亩的近8倍。',
].join('\n');

describe('summaries of the session 23 first-round article (sets 436–443)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-43', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('reads 3个县 as 3县, a year\'s total cost, and a time before 的 with its level and figure (or after 比…的) as a base', () => {
    expect(issues('zh', '县人民医院与东坪、西坪、南坪3县18家卫生院组建胸痛联盟。')).toEqual([]);
    expect(issues('zh', '县人民医院与东坪、西坪、南坪4县18家卫生院组建胸痛联盟。')).not.toEqual([]);
    expect(issues('zh', '腹膜透析患者一年总费用约4.8万元。')).toEqual([]);
    expect(issues('zh', '腹膜透析患者两年总费用约4.8万元。')).not.toEqual([]);
    expect(issues('zh', '全县茶园面积比2021年增加约1.2万亩，是2010年退耕还茶时的近8倍。')).toEqual([]);
    expect(issues('zh', '全县茶园面积比2020年增加约1.2万亩，是2010年退耕还茶时的近8倍。')).not.toEqual([]);
    expect(issues('zh', '今年“茶王”的成交价是去年6.4万元的1.5倍。')).toEqual([]);
    expect(issues('zh', '今年“茶王”的成交价是去年6.4万元的2.5倍。')).not.toEqual([]);
  });

  it('reads a line named by its figure, a "who" and a "whose" clause apart from the time (after a figure written with a comma too)', () => {
    expect(issues('en', 'Blood stocks have held at six to eight days of supply, above the four-day safety alert line.')).toEqual([]);
    expect(issues('en', 'Blood stocks have held at six to eight days of supply, above the five-day safety alert line.')).not.toEqual([]);
    expect(issues('en', 'More than 4,100 cards had been issued by the end of September to residents who have donated blood 30 times, under a scheme launched in 2022.')).toEqual([]);
    expect(issues('en', 'More than 4,100 cards had been issued by the end of August to residents who have donated blood 30 times, under a scheme launched in 2022.')).not.toEqual([]);
    expect(issues('en', 'Qingxi Porcelain, whose products are sold in 48 countries and regions, has fourth-quarter orders booked through next February.')).toEqual([]);
    expect(issues('en', 'Qingxi Porcelain, whose products are sold in 48 countries and regions, has fourth-quarter orders booked through next March.')).not.toEqual([]);
  });

  it('reads 全网 as online, a lead over a named party (unless the source names that party with the lead), and a second party\'s time in a clause of its own', () => {
    expect(issues('en', 'The league drew 260 million views across online platforms, up 35% year on year.')).toEqual([]);
    expect(issues('en', 'The league drew 260 million views across online platforms, up 53% year on year.')).not.toEqual([]);
    expect(issues('zh', '周远以31分05秒夺得男子10公里冠军，领先亚军钱立43秒。')).toEqual([]);
    expect(issues('zh', '周远以31分05秒夺得男子10公里冠军，领先亚军钱立47秒。')).not.toEqual([]);
    expect(issues('zh', '吴昊以52分夺得象棋公开赛冠军，领先上届冠军郑凯9分。')).toEqual([]);
    expect(issues('zh', '吴昊以52分夺得象棋公开赛冠军，领先上届冠军郑凯12分。')).not.toEqual([]);
    expect(issues('zh', '孙悦以16分20秒夺得女子5公里冠军，选手李岚以16分52秒排名第二。')).toEqual([]);
    expect(issues('zh', '孙悦以16分52秒夺得女子5公里冠军，选手李岚以16分20秒排名第二。')).not.toEqual([]);
  });

  it('pairs no rate with a figure after ", with" or in a clause opening on its own time, and reads "taking … of the total" as a share', () => {
    expect(issues('en', "Qingxi's ceramic exports rose 9.1% to 630 million yuan in the first three quarters, with ASEAN markets taking more than 30 percent of the total.")).toEqual([]);
    expect(issues('en', "Qingxi's ceramic exports rose 30% to 630 million yuan in the first three quarters, with ASEAN markets taking more than 9.1 percent of the total.")).not.toEqual([]);
    expect(issues('en', 'Silk exports fell 3.6 percent in volume in the first half, with export value at about 180 million U.S. dollars, and some small firms were running at only 50 to 60 percent.')).toEqual([]);
    expect(issues('zh', '清溪提出到2027年单位产值能耗比2022年下降12%，今年县财政已安排1.6亿元专项资金支持技改。')).toEqual([]);
    expect(issues('zh', '清溪提出到2027年单位产值能耗比2022年下降8%，今年县财政已安排1.6亿元专项资金支持技改。')).not.toEqual([]);
  });

  it('knows IVF, OEM and Sailing, and reads a race section that opens with 决赛 with its sentences', () => {
    expect(issues('en', 'The county reproductive medicine centre completed 3,260 IVF egg retrieval cycles in January-September.')).toEqual([]);
    expect(issues('en', 'OEM orders fell to 40 percent of the county\'s foreign trade orders in the first half.')).toEqual([]);
    expect(issues('en', 'The five-day 2025 Qingxi Sailing Regatta closed on October 6 with 38 boats from nine countries and regions.')).toEqual([]);
    expect(issues('en', 'The five-day 2025 Qingxi Sailing Regatta closed on October 6 with 38 boats from 19 countries and regions.')).not.toEqual([]);
    expect(issues('zh', '选手赵晴以2分26秒314赢得女子1500米，打破了2分27秒105的赛会纪录。')).toEqual([]);
    expect(issues('en', 'Zhao Qing won the women\'s 1,500m in 2:26.314, breaking the meet record of 2:27.105.')).toEqual([]);
    expect(issues('en', 'Zhao Qing won the women\'s 1,500m in 2:26.314, breaking the meet record of 2:27.150.')).not.toEqual([]);
  });
});
