/**
 * Reading rules added in session 20 after the first look at blind sets 380 to 387 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 20', () => {
  const chinese = (text: string): [string, string, unknown, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-05' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-05' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads 以累计18分 as points, and "burns over 85% of his body" as no bound', () => {
    expect(chinese('船队以累计18分的最低积分夺冠。')).toEqual([['18分', 'count', 18, '分', null]]);
    expect(chinese('以累计3分钟完成。')).toEqual([['3分钟', 'duration', 3, 'minute', null]]);
    expect(english('a patient with burns over 85% of his body')).toEqual([['85%', 'percent', 85, '%', null]]);
    expect(english('a patient with burns on more than 85% of his body')).toEqual([['85%', 'percent', 85, '%', 'over']]);
  });
});

const ARTICLE = [
  '江海市产业与民生简讯',
  '2025-11-05 江海日报',
  '江海眼科上半年屈光手术收入6.2亿元，占营业收入的比重由去年同期的41.5%降至36.5%。',
  '同期，竞争对手蓝海眼科营业收入12.4亿元，同比下降4.2%，净利润1.36亿元，同比下降21%。',
  '在大帆船组比赛中，江海“飞鱼号”船队以累计18分的最低积分夺冠，“白鹭号”船队以23分获得亚军。',
  '今年以来，国内锌锭均价同比下跌约6%。同期，全市再生锌产量同比增长9.3%。',
  '记者11月3日获悉，截至10月31日，江海机场今年累计完成旅客吞吐量86.2万人次，同比增长12.4%。',
  '6月20日，在锅炉检修中被烫伤的工人王强康复出院，他全身烧伤面积达85%，其中三度烧伤约占60%。',
  '2号线上半年客运量3260万人次，同比增长5.1%，仍居各线之首；去年底开通的5号线客运量达到1480万人次，同比增长36.2%。',
  '两地今年4月起实行公交同城优惠，截至9月底累计惠及乘客约1800万人次。',
  '选手王海以3小时12分08秒的总成绩夺得冠军，领先第二名27秒。',
  '5月1日至5日劳动节假期，湿地公园接待游客18.6万人次。全市地理标志产品达到28个。',
  '市第一医院计划在2026年底前将睡眠门诊诊室由4间增至8间。',
  '在4月26日世界知识产权日到来之际，江海市知识产权局发布年度报告。报告显示，截至2024年底，全市有效发明专利达到1.86万件。',
  '其中，江海医疗科技有限公司的产品中选价为每枚152元，一家进口企业的中选价为每枚236元。此前市场价为每枚300至420元。',
  '公司总经理何建介绍，通过调整配方，每吨育肥猪饲料成本降低约75元。全场全年饲料成本超过80万元。',
].join('\n');

describe('summaries of the session 20 article (sets 380–387)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-37', '2025-11-05'), [
    { zh: '江海', en: 'Jianghai', type: 'place' },
    { zh: '蓝海眼科', en: 'Lanhai Eye', type: 'organization' },
    { zh: '王海', en: 'Wang Hai', type: 'person' },
    { zh: '何建', en: 'He Jian', type: 'person' },
  ]);

  it('works out a change in points from 由…降至 and a change that names what changed before "to"', () => {
    expect(issues('en', "Refractive surgery's share of total revenue dropped five percentage points to 36.5%.")).toEqual([]);
    expect(issues('en', "Refractive surgery's share of total revenue dropped six percentage points to 36.5%.")).not.toEqual([]);
    expect(issues('en', "Refractive surgery's share of total revenue has fallen by five percentage points, from 41.5% last year to 36.5%.")).toEqual([]);
    expect(issues('en', "Refractive surgery's share of total revenue has fallen by four percentage points, from 41.5% last year to 36.5%.")).not.toEqual([]);
    expect(issues('en', 'Rival Lanhai Eye reported a 4.2% drop in revenue to 1.24 billion yuan and a 21% fall in net profit to 136 million yuan.')).toEqual([]);
    expect(issues('en', 'Rival Lanhai Eye reported a 21% drop in revenue to 1.24 billion yuan and a 4.2% fall in net profit to 136 million yuan.')).not.toEqual([]);
  });

  it('reads points after 以累计, "fallen" as a fall, the year so far and a burned area', () => {
    expect(issues('en', 'The Feiyu team from Jianghai won the big-boat division with 18 points, ahead of Bailu on 23 points.')).toEqual([]);
    expect(issues('en', 'The Feiyu team from Jianghai won the big-boat division with 19 points, ahead of Bailu on 23 points.')).not.toEqual([]);
    expect(issues('en', 'Domestic zinc ingot prices have fallen about 6% year on year this year.')).toEqual([]);
    expect(issues('en', 'Domestic zinc ingot prices have fallen about 8% year on year this year.')).not.toEqual([]);
    expect(issues('en', 'Jianghai Airport handled 862,000 passengers in the first ten months of the year, up 12.4% year on year.')).toEqual([]);
    expect(issues('en', 'Jianghai Airport handled 862,000 passengers in the first nine months of the year, up 12.4% year on year.')).not.toEqual([]);
    expect(issues('en', 'A boiler worker with burns over 85% of his body was discharged on June 20.')).toEqual([]);
    expect(issues('en', 'A boiler worker with burns over 88% of his body was discharged on June 20.')).not.toEqual([]);
  });

  it('takes no base across a 而 clause, a start time for a start, and a lead over the runner-up as a gap', () => {
    expect(issues('zh', '2号线上半年客运量3260万人次，仍居各线之首，而在新线开通带动下，5号线客运量同比增长36.2%。')).toEqual([]);
    expect(issues('zh', '2号线上半年客运量3260万人次，同比增长36.2%，仍居各线之首。')).not.toEqual([]);
    expect(issues('en', 'A fare discount introduced in April had benefited about 18 million passenger trips by the end of September.')).toEqual([]);
    expect(issues('en', 'A fare discount introduced in May had benefited about 18 million passenger trips by the end of September.')).not.toEqual([]);
    expect(issues('en', 'Wang Hai won the title, finishing 27 seconds ahead of the runner-up.')).toEqual([]);
    expect(issues('en', 'Wang Hai won the title, finishing 29 seconds ahead of the runner-up.')).not.toEqual([]);
  });

  it('knows Labour Day and GI, and works out a doubling from levels in words', () => {
    expect(issues('en', 'During the May 1-5 Labour Day holiday, the wetland park received 186,000 visitors.')).toEqual([]);
    expect(issues('en', 'During the May 1-5 Harvest Day holiday, the wetland park received 186,000 visitors.')).not.toEqual([]);
    expect(issues('en', 'The city now has 28 GI products.')).toEqual([]);
    expect(issues('en', "The hospital plans to double the sleep clinic's consulting rooms from four to eight by the end of 2026.")).toEqual([]);
    expect(issues('en', "The hospital plans to triple the sleep clinic's consulting rooms from four to eight by the end of 2026.")).not.toEqual([]);
  });

  it('takes a day before a release as the release day, and no measure from an importer or a cut', () => {
    expect(issues('en', 'Ahead of World Intellectual Property Day on April 26, the Jianghai intellectual property office released a report showing 18,600 valid invention patents at the end of 2024.')).toEqual([]);
    expect(issues('en', 'Ahead of World Intellectual Property Day on April 23, the Jianghai intellectual property office released a report showing 18,600 valid invention patents at the end of 2024.')).not.toEqual([]);
    expect(issues('en', "Jianghai Medical Technology won the bid at 152 yuan per sensor, while one importer's winning price was 236 yuan.")).toEqual([]);
    expect(issues('en', "Jianghai Medical Technology won the bid at 152 yuan per sensor, while one importer's winning price was 256 yuan.")).not.toEqual([]);
    expect(issues('en', 'General manager He Jian said the new formula has cut the cost of finishing-pig feed by about 75 yuan a tonne.')).toEqual([]);
    expect(issues('en', 'General manager He Jian said the new formula has cut the cost of finishing-pig feed by about 85 yuan a tonne.')).not.toEqual([]);
  });
});

/** The second round's forms (sets 388–395), on a second synthetic article with a date line naming its outlet. */
const SECOND_ARTICLE = [
  '江海市产业与民生简讯（二）',
  '2025-10-20 江海日报',
  '今年3月，江海双金新材料公司投资3.8亿元新建的第二条生产线投产，年产能增加4万吨。',
  '井下已布设应力在线监测测点64个。矿长周振宇说，系统上线以来已累计发出预警信息37次。',
  '58岁的张春林在2018年平昌冬残奥会后开始练习轮椅冰壶。',
  '今年前三季度，全市电动自行车用锂电池产量达到1860万只，同比增长23.4%。全市新能源汽车动力电池产量4000万只。',
  '“6·18”促销期间，江海美妆天猫旗舰店单日成交额超过1.3亿元。',
  '今年6月至8月，全市臭氧超标天数为21天。同期，全市空气质量优良天数为69天，优良率为75%，与去年同期持平。',
  '改则县合格碘盐食用率为91.2%，同比提高8个百分点。在2022年的监测中，改则县这一比例仅为84.6%。',
  '江苏队先发投手陈凯投了6局无失分，送出7次三振；江苏队一度以3比0领先，天津队随后在1.2万名观众面前逆转。',
  '决赛共打了64副牌。',
  '本届活动设5.2公里竞速组，选手年龄最大的71岁。男子竞速组中，26岁选手王浩然以1小时04分37秒夺冠。',
  '今年35岁的张丽丽此前在上海一家电子厂打工8年。“离家只有20分钟车程，能照顾孩子。”',
  '热线上半年共接听来电42368个，同比增长18.6%，平均每天约234个。来电者中，青年占61.4%。夜间22时至次日6时的来电占29.3%。',
  '今年1至8月，中欧班列累计开行3412列，同比增长9.6%。发往欧洲方向的班列占比为51%。',
  '主力机型“翼航-600”最大起飞重量3.2吨。',
].join('\n');

describe('summaries of the second session 20 article (sets 388–395)', () => {
  const issues = summaryIssues(analyzeText(SECOND_ARTICLE, 'reading-rules-37b', '2025-10-20'), [
    { zh: '江海', en: 'Jianghai', type: 'place' },
    { zh: '欧洲', en: 'Europe', type: 'place' },
    { zh: '张丽丽', en: 'Zhang Lili', type: 'person' },
    { zh: '王浩然', en: 'Wang Haoran', type: 'person' },
    { zh: '陈凯', en: 'Chen Kai', type: 'person' },
    { zh: '平昌', en: 'PyeongChang', type: 'place' },
    { zh: '翼航', en: 'Yihang', type: 'organization' },
  ]);

  it('takes no rival from the date line, nor "online" from "went online", nor "electric" from electric bicycles', () => {
    expect(issues('en', 'Jianghai Shuangjin New Materials brought its second production line into operation in March, a 380-million-yuan investment that adds 40,000 tonnes of annual capacity.')).toEqual([]);
    expect(issues('en', 'Jianghai Shuangjin New Materials brought its second production line into operation in April, a 380-million-yuan investment that adds 40,000 tonnes of annual capacity.')).not.toEqual([]);
    expect(issues('en', 'The warning system has issued 37 alerts since it went online.')).toEqual([]);
    expect(issues('en', 'The warning system has issued 38 alerts since it went online.')).not.toEqual([]);
    expect(issues('en', 'The city produced 18.6 million lithium batteries for electric bicycles in the first three quarters, up 23.4% year on year.')).toEqual([]);
    expect(issues('en', 'The city produced 18.6 million lithium batteries for electric cars in the first three quarters, up 23.4% year on year.')).not.toEqual([]);
  });

  it('knows the Winter Paralympics, a model number joined by a hyphen and "618" in quotation marks', () => {
    expect(issues('en', 'Zhang Chunlin, 58, took up wheelchair curling after the 2018 PyeongChang Winter Paralympics.')).toEqual([]);
    expect(issues('en', 'Zhang Chunlin, 58, took up wheelchair curling after the 2018 PyeongChang Winter Universiade.')).not.toEqual([]);
    expect(issues('en', 'Its flagship Yihang-600 has a maximum take-off weight of 3.2 tonnes.')).toEqual([]);
    expect(issues('en', 'Its flagship Yihang-700 has a maximum take-off weight of 3.2 tonnes.')).not.toEqual([]);
    expect(issues('en', 'During the "618" shopping promotion, the Jianghai flagship store took in more than 130 million yuan in a single day.')).toEqual([]);
    expect(issues('en', 'During the "619" shopping promotion, the Jianghai flagship store took in more than 130 million yuan in a single day.')).not.toEqual([]);
  });

  it('times a 同期 sentence by the one before, and takes 比2022年的 as the base level', () => {
    expect(issues('en', 'The city logged 69 days of good or excellent air quality from June to August, a rate of 75%.')).toEqual([]);
    expect(issues('en', 'The city logged 69 days of good or excellent air quality from July to August, a rate of 75%.')).not.toEqual([]);
    expect(issues('zh', '改则县合格碘盐食用率为91.2%，但比2022年的84.6%提高了6.6个百分点。')).toEqual([]);
    expect(issues('zh', '改则县合格碘盐食用率为91.2%，但比2022年的81.6%提高了6.6个百分点。')).not.toEqual([]);
  });

  it('reads a score named as a deficit, "over 64 boards", an oldest player and what a person says', () => {
    expect(issues('en', 'Chen Kai pitched six scoreless innings before Tianjin came back from a 3-0 deficit in front of 12,000 fans.')).toEqual([]);
    expect(issues('en', 'Chen Kai pitched six scoreless innings before Tianjin came back from a 3-0 deficit in front of 15,000 fans.')).not.toEqual([]);
    expect(issues('en', 'The final was played over 64 boards.')).toEqual([]);
    expect(issues('en', 'The final was played over 60 boards.')).not.toEqual([]);
    expect(issues('en', "Wang Haoran, 26, won the men's 5.2-kilometre race in 1:04:37.")).toEqual([]);
    expect(issues('en', "Wang Haoran, 28, won the men's 5.2-kilometre race in 1:04:37.")).not.toEqual([]);
    expect(issues('en', 'Zhang Lili, 35, who had worked at an electronics factory in Shanghai for eight years, said her new job is only a 20-minute drive from home.')).toEqual([]);
    expect(issues('en', 'Zhang Lili, 35, who had worked at an electronics factory in Shanghai for eight years, said her new job is only a 25-minute drive from home.')).not.toEqual([]);
  });

  it("pairs a share with the whole the summary's 其中 names, and reads a route as no party", () => {
    expect(issues('zh', '热线上半年平均每天接听来电约234个，其中夜间22时至次日6时的来电占29.3%。')).toEqual([]);
    expect(issues('zh', '热线上半年平均每天接听来电约234个，其中夜间22时至次日6时的来电占31.4%。')).not.toEqual([]);
    expect(issues('en', 'The China-Europe freight trains made 3,412 trips in the first eight months, up 9.6% year on year.')).toEqual([]);
    expect(issues('en', 'The China-Europe freight trains made 3,412 trips in the first eight months, up 51% year on year.')).not.toEqual([]);
  });
});
