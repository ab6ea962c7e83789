/**
 * Reading rules added in session 22 after the first look at blind sets 412 to 419 (see
 * fixtures/llm/README.md), on two synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 22', () => {
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads "0.5 or better" as a bound, and "1:48 of the fifth round" as minutes and seconds', () => {
    expect(english('vision of 0.5 or better')).toEqual([['0.5 or better', 'count', 0.5, null, 'over']]);
    expect(english('stopped her at 1:48 of the fifth round')).toEqual([['1:48', 'duration', 108, 'second', null]]);
    expect(english('the shop opens at 9:30')).toEqual([['9:30', 'duration', 570, 'clock', null]]);
  });
});

const ECONOMY = [
  '江川市产业与健康简讯',
  '2025-11-20 江川日报',
  '江川新材料集团在越南投资约3亿美元建设的工厂今年4月投产。集团总经理刘建说：“海外工厂离客户更近了。”前三季度，该集团海外销售收入约12亿元。该集团在深圳证券交易所上市，9月底市值约95亿元。',
  '江川新能源科技有限公司（以下简称“江川新能源”）董事长周平说：“海外客户订单占比从去年的16%提升到25%。”全市新能源产业产值同比增长14.2%。',
  '全县毛巾企业出口额1.8亿美元，同比增长15.6%。其中，对东盟出口额为3200万元，同比增长28%，增速明显快于对欧盟出口5.1%的增幅。',
  '全市生猪存栏960万头，同比增长3.1%，其中能繁母猪存栏86万头，为正常保有量82万头的104.9%。',
  '今年前三季度，全市32个直播基地实现网络交易额420亿元，同比增长16%，约占全市网络零售额的三成；其中，跨境直播出口额为2.6亿美元，同比增长超过一倍。',
  '上半年对虾饲料平均出厂价为每吨9600元，比去年同期回落2.4%，但仍比2020年高出近三成。养殖户陈东说，虾价每斤低于18元基本不赚钱。',
  '江川海联水产公司上半年出口额1.2亿美元，同比增长11.4%，美国、日本和欧盟市场分别占36%、22%和15%。',
  '从区域看，东湖区筛查人数最多，为2.8万人；西山区次之，为2.2万人。',
  '7月以来全市共出现高温日17天。监测显示，8月下旬布雷图指数平均为7.6，但仍有9个街道高于10的警戒线。',
  '市民王芳说，她的血压已经从最高时的170毫米汞柱降到了135左右。',
  '医院自2022年起开展“光明乡村”筛查行动。今年，医疗队已走进95个乡镇，筛查群众3.6万人。患者术后第二天视力达到0.5以上的比例为92.1%。',
  '公司创始人黄杰说，去年全年线上销售额突破了3亿元。',
].join('\n');

describe('summaries of the session 22 economy and health article (sets 412–419)', () => {
  const issues = summaryIssues(analyzeText(ECONOMY, 'reading-rules-40-economy', '2025-11-20'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '江川新材料集团', en: 'Jiangchuan New Materials Group', type: 'organization' },
    { zh: '深圳证券交易所', en: 'the Shenzhen Stock Exchange', type: 'organization' },
    { zh: '江川新能源', en: 'Jiangchuan New Energy', type: 'organization' },
    { zh: '周平', en: 'Zhou Ping', type: 'person' },
    { zh: '江川海联水产公司', en: 'Jiangchuan Hailian Aquatic Products', type: 'organization' },
    { zh: '东湖区', en: 'Donghu District', type: 'place' },
    { zh: '西山区', en: 'Xishan District', type: 'place' },
    { zh: '王芳', en: 'Wang Fang', type: 'person' },
    { zh: '黄杰', en: 'Huang Jie', type: 'person' },
  ]);

  it('reads 该集团 as the group its paragraph named last, and 次之 as second', () => {
    expect(issues('en', 'Jiangchuan New Materials Group, listed in Shenzhen, had a market value of about 9.5 billion yuan at the end of September.')).toEqual([]);
    expect(issues('en', 'Jiangchuan New Materials Group, listed in Shenzhen, had a market value of about 9.5 billion yuan in April.')).not.toEqual([]);
    expect(issues('zh', '东湖区筛查2.8万人，居全市首位，西山区以2.2万人位列第二。')).toEqual([]);
    expect(issues('zh', '东湖区筛查2.8万人，居全市首位，西山区以2.2万人位列第三。')).not.toEqual([]);
  });

  it('blanks an English name and "of its exports" before looking for cues, and reads a rate noun after its figure (的增幅)', () => {
    expect(issues('en', "Jiangchuan New Energy's share of orders from overseas customers rose to 25% from 16% last year, chairman Zhou Ping said.")).toEqual([]);
    expect(issues('en', "Jiangchuan New Energy's share of orders from overseas customers rose to 25% from 14.2% last year, chairman Zhou Ping said.")).not.toEqual([]);
    expect(issues('en', 'Exports to ASEAN rose 28% to 32 million yuan, clearly outpacing the 5.1% growth in exports to the EU.')).toEqual([]);
    expect(issues('en', 'Exports to ASEAN rose 28% to 32 million yuan, clearly outpacing the 15.6% growth in exports to the EU.')).not.toEqual([]);
    expect(issues('en', 'Jiangchuan Hailian Aquatic Products exported 120 million U.S. dollars in the first half, up 11.4%, with the United States, Japan and the European Union taking 36%, 22% and 15% of its exports respectively.')).toEqual([]);
    expect(issues('en', 'Jiangchuan Hailian Aquatic Products exported 120 million U.S. dollars in the first half, up 15%, with the United States, Japan and the European Union taking 36%, 22% and 11.4% of its exports respectively.')).not.toEqual([]);
  });

  it('pairs a rate with the whole right before it (82万头的104.9%), and a share of a named whole with no later figure', () => {
    expect(issues('en', 'The breeding sow herd stood at 860,000, 104.9% of the normal level of 820,000.')).toEqual([]);
    expect(issues('en', 'The breeding sow herd stood at 860,000, up 3.1% year on year.')).not.toEqual([]);
    expect(issues('zh', '直播基地交易额约占全市网络零售额的三成，跨境直播出口额达2.6亿美元，同比增长超过一倍。')).toEqual([]);
    expect(issues('zh', '直播基地交易额约占全市网络零售额的三成，跨境直播出口额达2.6亿美元，同比增长16%。')).not.toEqual([]);
  });

  it('reads 每斤低于18元 as under, and a base year as the base of the comparison right before it', () => {
    expect(issues('en', 'Farmer Chen Dong said farmers make almost no money when shrimp prices fall below 18 yuan per jin.')).toEqual([]);
    expect(issues('en', 'Farmer Chen Dong said farmers make almost no money when shrimp prices are 18 yuan per jin.')).not.toEqual([]);
    expect(issues('en', 'Shrimp feed sold at an average of 9,600 yuan per tonne in the first half, down 2.4% year on year but still nearly 30% higher than in 2020.')).toEqual([]);
    expect(issues('en', 'Shrimp feed sold at an average of 9,600 yuan per tonne in the first half, down 2.4% from 2020.')).not.toEqual([]);
  });

  it('reads 高温日17天 as 17个高温日, 高于10的警戒线 as the line\'s level, and 降到了135左右 as a level reached', () => {
    expect(issues('zh', '7月以来全市共出现17个高温日。')).toEqual([]);
    expect(issues('zh', '7月以来全市共出现18个高温日。')).not.toEqual([]);
    expect(issues('en', 'Nine subdistricts remained above the alert line of 10 in late August.')).toEqual([]);
    expect(issues('en', 'Nine subdistricts remained above the alert line of 20 in late August.')).not.toEqual([]);
    expect(issues('en', 'Wang Fang said her blood pressure had fallen from a peak of 170 mmHg to around 135.')).toEqual([]);
    expect(issues('en', 'Wang Fang said her blood pressure had fallen from a peak of 170 mmHg to around 125.')).not.toEqual([]);
  });

  it('leaves a year in a "which … launched in" clause to that clause, and reads "0.5 or better" and 突破了 as bounds', () => {
    expect(issues('en', 'This year the Bright Villages campaign, which the hospital launched in 2022 with the county, has reached 95 townships and screened 36,000 people.')).toEqual([]);
    expect(issues('en', 'This year the Bright Villages campaign, which the hospital launched in 2021 with the county, has reached 95 townships and screened 36,000 people.')).not.toEqual([]);
    expect(issues('en', 'The share of patients whose vision reached 0.5 or better on the day after surgery was 92.1%.')).toEqual([]);
    expect(issues('en', 'The share of patients whose vision reached 0.5 on the day after surgery was 92.1%.')).not.toEqual([]);
    expect(issues('en', 'Founder Huang Jie said online sales topped 300 million yuan last year.')).toEqual([]);
    expect(issues('en', 'Founder Huang Jie said online sales were 300 million yuan last year.')).not.toEqual([]);
  });
});

const SPORT = [
  '江川山地越野赛与拳击之夜',
  '2025-11-20 江川日报',
  '2025江川国际山地越野赛设100公里和50公里两个组别，共有1860名选手参赛。',
  '100公里组累计爬升6200米，关门时间30小时。该组共有612人起跑。来自云南的杨小龙以12小时48分36秒夺得男子冠军。',
  '50公里组男子冠军陈浩用时5小时21分。',
  '女子孙敏滑出38秒12，首次在比赛中滑进38秒5。',
  '世界拳击组织（WBO）亚太区金腰带争夺战中，罗小雨在第5回合1分48秒以TKO击败对手。',
  '南美白对虾、钕铁硼、勾手四周跳和布雷图指数都出现在本报今天的其他版面上。',
].join('\n');

describe('summaries of the session 22 sport article (sets 412–419)', () => {
  const issues = summaryIssues(analyzeText(SPORT, 'reading-rules-40-sport', '2025-11-20'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '杨小龙', en: 'Yang Xiaolong', type: 'person' },
    { zh: '陈浩', en: 'Chen Hao', type: 'person' },
    { zh: '孙敏', en: 'Sun Min', type: 'person' },
    { zh: '罗小雨', en: 'Luo Xiaoyu', type: 'person' },
    { zh: '世界拳击组织', en: 'WBO', type: 'organization' },
  ]);

  it('reads a group that opens its section (100公里组) with the whole section', () => {
    expect(issues('en', "Yang Xiaolong won the men's 100-km race in 12 hours 48 minutes 36 seconds.")).toEqual([]);
    expect(issues('zh', '杨小龙以12小时48分36秒获得100公里组男子冠军。')).toEqual([]);
    expect(issues('en', "Yang Xiaolong won the men's 100-km race in 5 hours 21 minutes.")).not.toEqual([]);
    expect(issues('en', "Chen Hao won the men's 50-km race in 12 hours 48 minutes 36 seconds.")).not.toEqual([]);
  });

  it('reads 滑进38秒5 as under, a time into a round, and knows a few set names', () => {
    expect(issues('en', 'Sun Min clocked 38.12 seconds, her first time under 38.5 seconds in competition.')).toEqual([]);
    expect(issues('en', 'Sun Min clocked 38.12 seconds, her first time over 38.5 seconds in competition.')).not.toEqual([]);
    expect(issues('en', 'Luo Xiaoyu won the WBO Asia Pacific title by TKO at 1:48 of the fifth round.')).toEqual([]);
    expect(issues('en', 'Luo Xiaoyu won the WBO Asia Pacific title by TKO at 1:58 of the fifth round.')).not.toEqual([]);
    expect(issues('en', 'Other pages cover Pacific white shrimp, NdFeB magnets, quad Lutzes and the Breteau index.')).toEqual([]);
    expect(issues('en', 'Other pages cover Atlantic white shrimp, NdFeB magnets, quad Lutzes and the Breteau index.')).not.toEqual([]);
  });
});
