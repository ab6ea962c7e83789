/**
 * Reading rules added in session 18 after the first look at blind sets 324 to 331 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 18', () => {
  const chinese = (text: string): [string, string, unknown, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.valueMax, q.approx]);

  it('keeps 不到 with the half it bounds, not the level a change reaches after it', () => {
    expect(chinese('护士占比从2020年的不到一半提高到目前的92%。')).toContainEqual(['92%', 'percent', 92, '%', null]);
    expect(chinese('护士占比不到全院职工的92%。')).toContainEqual(['92%', 'percent', 92, '%', 'under']);
  });

  it("reads a spectacle prescription's 度 as degrees, and 分 before 摘金 as points", () => {
    expect(chinese('在近视学生中，600度以上的高度近视约占12%。')).toContainEqual(['600度以上', 'measure', 600, '°', 'over']);
    expect(chinese('浙江选手许佳怡以56.320分摘金。')).toEqual([['56.320分', 'count', 56.32, '分', null]]);
  });

  it('reads bare points in a contest as a score, and in a rate as percentage points', () => {
    expect(english('She won with 612 points, breaking the record by four points.')).toContainEqual(['four points', 'count', 4, null, null]);
    expect(english('Its share rose four points to 38%.')).toContainEqual(['four points', 'percentage_point', 4, null, null]);
  });

  it('reads "one to two of every 1,000" as a rate, and "two of 1,000 workers" as no rate', () => {
    expect(english('It occurs in about one to two of every 1,000 newborns.')).toEqual([['one to two of every 1,000', 'fraction', 0.001, 0.002, 'about']]);
    expect(english('Two of 1,000 workers left.')).toEqual([['1,000', 'count', 1000, null, null]]);
  });

  it('reads "an 80,000-square-metre terminal" as an area and "from the planned 16 to 24" as two levels', () => {
    expect(english('It includes an 80,000-square-metre terminal.')).toEqual([['80,000-square-metre', 'measure', 80000, null, null]]);
    expect(english('They added courts, from the planned 16 to 24.')).toEqual([['16', 'count', 16, null, null], ['24', 'count', 24, null, null]]);
  });

  it('carries "no more than" to the figure for the next place', () => {
    expect(english('The aim is no more than 8 minutes in urban areas and 12 minutes in rural areas.').map((q) => q[4])).toEqual(['at_most', 'at_most']);
    expect(english('The aim is 8 minutes in urban areas and 12 minutes in rural areas.').map((q) => q[4])).toEqual([null, null]);
  });
});

const ARTICLE = [
  '江海市产业与民生简讯',
  '2025-10-20 江海日报',
  '资金方面，今年市财政安排保护资金3.2亿元；江海通过碳汇交易获得收益约580万元，这是继2021年首单交易后当地的第三笔交易。',
  '在近视学生中，600度以上的高度近视约占12%。',
  '本届展会参展企业1380家，其中医药工业百强企业27家。',
  '女子个人项目中，23岁的选手才让以612环夺冠，并以高出原纪录4环的成绩打破赛会纪录。',
  '医院计划在2026年前建成儿童病区，床位将由目前的30张增加到60张。',
  '全市培训机构已从2020年的65家增至目前的142家。',
  '今年1月，医院扩建重症监护室，床位由12张增加到24张。',
  '江北医院1至5月完成手术587例，去年同期为265例。',
  '上半年，经该机场出入境旅客12.6万人次，同比增长127%。',
  '唇腭裂在新生儿中的发生率约为千分之一至千分之二。',
  '由于报名人数大增，组委会将比赛场地由原计划的16块增加到24块。',
  '江海已与协会签约，将在2026年至2028年连续承办3届全国锦标赛。',
  '3月3日是第26个全国爱耳日。',
  '为期5天的全国冬季两项夏季锦标赛和全国元老击剑锦标赛在江海落幕。',
  '通过江海通APP扫码乘车的比例近七成。',
  '浙江队选手陈昊以2小时21分07秒夺冠，打破由他本人在2023年创造的赛会纪录，比原纪录快43秒。',
  '22岁的广东选手李铭轩最后一轮打出低于标准杆6杆的66杆，以四轮总成绩低于标准杆17杆的271杆夺冠。',
  '新航站楼面积8万平方米，设计年旅客吞吐量达900万人次。',
  '今年前三季度，全市橡胶产业实现产值103.6亿元，其中桥梁支座等主力产品产值约占六成。',
  '出口企业中，外向型企业约占四成以上。',
  '力争到2027年实现城区急救反应时间不超过8分钟、农村不超过12分钟。',
  '3月11日，记者获悉，新版药品目录自1月1日起正式实施，截至2月底，医保基金支付约9.8亿元。',
  '参赛者中年龄最小的只有6岁，最大的78岁。',
  '经过6天的角逐，浙江队以4金2银1铜的成绩位列金牌榜首位，广东队和江苏队分别获得3枚和2枚金牌。',
].join('\n');

describe('summaries of the session 18 article (sets 324–331)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-35', '2025-10-20');
  const issues = summaryIssues(analyzed, [
    { zh: '江海', en: 'Jianghai', type: 'place' },
    { zh: '陈昊', en: 'Chen Hao', type: 'person' },
    { zh: '李铭轩', en: 'Li Mingxuan', type: 'person' },
    { zh: '广东', en: 'Guangdong', type: 'place' },
    { zh: '才让', en: 'Tsering', type: 'person' },
    { zh: '广东队', en: 'Guangdong team', type: 'organization' },
    { zh: '江苏队', en: 'Jiangsu team', type: 'organization' },
  ]);

  it('takes 今年 for a figure whose clause names an earlier deal after 继', () => {
    expect(issues('en', 'This year Jianghai earned about 5.8 million yuan from carbon trading.')).toEqual([]);
    expect(issues('en', 'In 2024 Jianghai earned about 5.8 million yuan from carbon trading.')).not.toEqual([]);
  });

  it('checks degrees of myopia, a "top 100" and a score in points', () => {
    expect(issues('en', 'About 12% of myopic students had high myopia of more than 600 degrees.')).toEqual([]);
    expect(issues('en', 'About 12% of myopic students had high myopia of more than 500 degrees.')).not.toEqual([]);
    expect(issues('en', 'The 1,380 exhibitors included 27 of the top 100 pharmaceutical companies.')).toEqual([]);
    expect(issues('en', 'The 1,380 exhibitors included 27 of the top 50 pharmaceutical companies.')).not.toEqual([]);
    expect(issues('en', 'Tsering won with 612 points, breaking the competition record by four points.')).toEqual([]);
    expect(issues('en', 'Tsering won with 612 points, breaking the competition record by 9 points.')).not.toEqual([]);
  });

  it('works out a doubling from the levels the sentence or the source gives', () => {
    expect(issues('en', 'The hospital plans a children\'s ward before 2026, doubling the number of beds from 30 to 60.')).toEqual([]);
    expect(issues('en', 'The hospital plans a children\'s ward before 2026, tripling the number of beds from 30 to 60.')).not.toEqual([]);
    expect(issues('en', 'Training institutions have more than doubled from 65 in 2020 to 142.')).toEqual([]);
    expect(issues('en', 'Training institutions have more than tripled from 65 in 2020 to 142.')).not.toEqual([]);
    expect(issues('en', 'Cross-border passengers more than doubled to 126,000, an increase of 127% year on year.')).toEqual([]);
    expect(issues('en', 'Cross-border passengers more than tripled to 126,000, an increase of 127% year on year.')).not.toEqual([]);
    expect(issues('zh', '医院扩建重症监护室，床位数翻了一番，达到24张。')).toEqual([]);
    expect(issues('zh', '医院扩建重症监护室，床位数翻了两番，达到24张。')).not.toEqual([]);
    expect(issues('zh', '江北医院1至5月完成手术587例，比去年同期的265例增加了一倍多。')).toEqual([]);
    expect(issues('zh', '江北医院1至5月完成手术587例，比去年同期的265例增加了两倍多。')).not.toEqual([]);
  });

  it('checks a rate per 1,000, a change from a planned level and years spanned', () => {
    expect(issues('en', 'Cleft lip and palate occurs in about one to two of every 1,000 newborns.')).toEqual([]);
    expect(issues('en', 'Cleft lip and palate occurs in about two to three of every 1,000 newborns.')).not.toEqual([]);
    expect(issues('en', 'Organisers increased the number of courts from the planned 16 to 24.')).toEqual([]);
    expect(issues('en', 'Organisers increased the number of courts from the planned 18 to 24.')).not.toEqual([]);
    expect(issues('en', 'Jianghai will host the championships for three consecutive years from 2026 to 2028.')).toEqual([]);
    expect(issues('en', 'Jianghai will host the championships for four consecutive years from 2026 to 2028.')).not.toEqual([]);
  });

  it('reads the names of a day, two championships and an app', () => {
    expect(issues('en', "March 3 marked China's 26th National Ear Care Day.")).toEqual([]);
    expect(issues('en', 'The National Summer Biathlon Championships and the National Veterans Fencing Championships ended in Jianghai.')).toEqual([]);
    expect(issues('en', 'The National Summer Triathlon Championships ended in Jianghai.')).not.toEqual([]);
    expect(issues('en', 'Nearly 70% of rides were paid for in the Jianghai Tong app.')).toEqual([]);
    expect(issues('en', 'Nearly 70% of rides were paid for in the Jianghai Xing app.')).not.toEqual([]);
  });

  it("takes a gap stated as one for the gap, and two figures of one clause where the source's subject carries on", () => {
    expect(issues('en', "Chen Hao's winning time was 43 seconds faster than the record he had set in 2023.")).toEqual([]);
    expect(issues('en', "Chen Hao's winning time was 53 seconds faster than the record he had set in 2023.")).not.toEqual([]);
    expect(issues('zh', '22岁的广东选手李铭轩以低于标准杆17杆的271杆夺冠。')).toEqual([]);
    expect(issues('zh', '22岁的广东选手李铭轩以低于标准杆6杆的271杆夺冠。')).not.toEqual([]);
    // (Only figures stated as the summary writes them: 4金 and 2银 of one clause are no 4枚 and 2枚.)
    expect(issues('zh', '广东队和江苏队分别获得3枚和2枚金牌。')).toEqual([]);
    expect(issues('zh', '广东队和江苏队分别获得4枚和2枚金牌。')).not.toEqual([]);
  });

  it('reads an area hyphenated before its noun, a share stated with 占, and a bound carried to the next place', () => {
    expect(issues('en', 'The new terminal covers an 80,000-square-metre site and is designed for 9 million passengers a year.')).toEqual([]);
    expect(issues('en', 'The new terminal covers a 90,000-square-metre site and is designed for 9 million passengers a year.')).not.toEqual([]);
    expect(issues('en', 'Bridge bearings and other core products accounted for about 60% of that output.')).toEqual([]);
    expect(issues('en', 'Bridge bearings and other core products accounted for about 70% of that output.')).not.toEqual([]);
    expect(issues('en', 'The city aims to cut response times to no more than 8 minutes in urban areas and 12 minutes in rural areas by 2027.')).toEqual([]);
    expect(issues('en', 'The city aims to cut response times to no more than 8 minutes in urban areas and 15 minutes in rural areas by 2027.')).not.toEqual([]);
  });

  it('reads months from a first day to a month end, and a range from the least and the most', () => {
    expect(issues('zh', '1至2月，医保基金支付约9.8亿元。')).toEqual([]);
    expect(issues('zh', '1至3月，医保基金支付约9.8亿元。')).not.toEqual([]);
    expect(issues('zh', '参赛者年龄从6岁到78岁不等。')).toEqual([]);
    expect(issues('zh', '参赛者年龄从6岁到80岁不等。')).not.toEqual([]);
  });
});

describe('forms read in session 18, second round', () => {
  const chinese = (text: string): [string, string, unknown, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.valueMax, q.approx]);

  it('reads 约 before 节省, 头份 as doses, and 接近 across a time ago to the multiple', () => {
    expect(chinese('选用国产疫苗约节省180元。')).toEqual([['约节省180元', 'money', 180, 'CNY', 'about']]);
    expect(chinese('预计全年销量在200万头份以上。')).toEqual([['200万头份以上', 'count', 2000000, '头份', 'over']]);
    expect(chinese('价格已接近5年前的3倍。')).toEqual([['5年', 'duration', 5, 'year', null], ['3倍', 'multiple', 3, 'x', 'under']]);
    expect(chinese('项目建设接近5年时间。')).toEqual([['接近5年', 'duration', 5, 'year', 'under']]);
  });

  it('reads race distances, half-days, a chromosome, a player\'s line and a charge after a span', () => {
    expect(english('He clocked 9.812 seconds in the 200m time trial.')).toContainEqual(['200m', 'measure', 200, null, null]);
    expect(english('The clinic opens three half-days a week.')).toEqual([]);
    expect(english('Of the 132 high-risk results, 58 were for trisomy 21.').map((q) => q[0])).toEqual(['132', '58']);
    expect(english('Li had 18 points and 12 rebounds in the final.')).toContainEqual(['18 points', 'count', 18, null, null]);
    expect(english('Parking costs 3 yuan per hour after two hours.')).toContainEqual(['two hours', 'duration', 2, null, 'over']);
    expect(english('After two hours of talks they agreed.')).toEqual([['two hours', 'duration', 2, null, null]]);
  });

  it('reads "a third automated line" as an ordinal and a ratio below one after "ratio"', () => {
    expect(english('A third automated line started production.')).toEqual([]);
    expect(english('Exports fell by a third.')).toEqual([['a third', 'fraction', 0.3333, null, null]]);
    expect(english('The ratio of spaces to vehicles stood at about 0.72 to 1.')).toEqual([['0.72 to 1', 'multiple', 0.72, null, 'about']]);
  });
});

const ARTICLE_2 = [
  '江海市交通与赛事简讯',
  '2025-10-20 江海日报',
  '前三季度，江海港完成货物吞吐量6.42亿吨，同比增长3.8%。',
  '其中，东港区完成3.91亿吨，增长5.6%；西港区完成2.51亿吨，增长1.1%。',
  '去年该公司金砖成品率为62%，今年通过改造2座窑炉，提高到71%，上升了9个百分点。',
  '俱乐部去年青少年会员为210人，今年已增至约340人。',
  '公司第三条生产线于10月15日投产，年产能由200万台提高到320万台。',
  '联赛共进行比赛548场，打进1926球，场均进球约3.5个。',
  '长安队中锋李俊辉贡献18分12个篮板。',
  '男子73公斤级冠军、宁波选手陈浩然抓举143公斤，挺举175公斤，总成绩318公斤。',
  '52岁的菇农王德顺今年收入超过25万元。',
  '去年，全市中药饮片抽检合格率为98.7%。',
  '根据规划，全市中药饮片抽检合格率要提升至99%以上。',
  '2024—2025中国大学生五人制足球联赛总决赛在福州落幕，来自31个省区市的队伍参赛。',
  '车位与车辆之比约为0.72比1。',
].join('\n');

describe('summaries of the second session 18 article (sets 332–339)', () => {
  const analyzed = analyzeText(ARTICLE_2, 'reading-rules-35b', '2025-10-20');
  const issues = summaryIssues(analyzed, [
    { zh: '东港区', en: 'Donggang port area', type: 'place' },
    { zh: '西港区', en: 'Xigang port area', type: 'place' },
    { zh: '李俊辉', en: 'Li Junhui', type: 'person' },
    { zh: '宁波', en: 'Ningbo', type: 'place' },
    { zh: '陈浩然', en: 'Chen Haoran', type: 'person' },
    { zh: '王德顺', en: 'Wang Deshun', type: 'person' },
  ]);

  it('carries a basis said before a list over to the rises of its parts', () => {
    expect(issues('en', 'The Xigang port area handled 251 million tonnes, up 1.1% year on year.')).toEqual([]);
    expect(issues('en', 'The Xigang port area handled 251 million tonnes, up 5.6% year on year.')).not.toEqual([]);
  });

  it('ties a time to the end of a from–to it follows, and pairs both ends with the change', () => {
    expect(issues('en', "The club's youth membership grew from 210 last year to about 340 this year.")).toEqual([]);
    expect(issues('en', "The club's youth membership grew from 210 last year to about 340 in 2023.")).not.toEqual([]);
    expect(issues('en', "The company's yield rose 9 percentage points, from 62% last year to 71% this year.")).toEqual([]);
    expect(issues('zh', '通过改造2座窑炉，该公司金砖成品率从去年的62%提高到今年的71%。')).toEqual([]);
    expect(issues('zh', '通过改造2座窑炉，该公司金砖成品率从去年的3.8%提高到今年的71%。')).not.toEqual([]);
  });

  it("works out a rate from the source's from–to and reads averages, scores and totals", () => {
    expect(issues('en', "A third line raised the company's annual capacity by 60% to 3.2 million units.")).toEqual([]);
    expect(issues('en', "A third line raised the company's annual capacity by 50% to 3.2 million units.")).not.toEqual([]);
    expect(issues('zh', '联赛共进行548场比赛，打进1926球，场均约3.5球。')).toEqual([]);
    expect(issues('zh', '联赛共进行548场比赛，打进1926球，场均约4.5球。')).not.toEqual([]);
    expect(issues('en', 'Li Junhui had 18 points and 12 rebounds.')).toEqual([]);
    expect(issues('en', 'Li Junhui had 19 points and 12 rebounds.')).not.toEqual([]);
    expect(issues('en', "Ningbo's Chen Haoran won the men's 73kg title with a 318kg total.")).toEqual([]);
    expect(issues('en', "Ningbo's Chen Haoran won the men's 73kg title with a 175kg total.")).not.toEqual([]);
  });

  it('takes the year of an age once, a target apart from its start, a season and a ratio below one', () => {
    expect(issues('zh', '菇农王德顺今年52岁，今年收入超过25万元。')).toEqual([]);
    expect(issues('en', 'The city aims to raise the pass rate from 98.7% last year to more than 99%.')).toEqual([]);
    expect(issues('en', 'The city aims to raise the pass rate from 98.7% last year to more than 99.5%.')).not.toEqual([]);
    expect(issues('en', 'Teams from 31 provincial-level regions entered the 2024-2025 season.')).toEqual([]);
    expect(issues('en', 'The ratio of parking spaces to vehicles was about 0.72 to 1.')).toEqual([]);
    expect(issues('en', 'The ratio of parking spaces to vehicles was about 0.82 to 1.')).not.toEqual([]);
  });
});

const ARTICLE_3 = [
  '江海市产业简讯',
  '2025-10-20 江海日报',
  '龙头企业德宝电器前三季度销售收入12.3亿元，同比增长31%，其中欧洲市场订单占比由去年同期的28%提高到36%。',
  '州疾控中心冷库容积由40立方米扩大到120立方米。',
  '江海今年已举办国家级以上赛事11项，明年计划举办不少于15项。',
  '上半年，园区紫外LED芯片出货量约18.6亿颗，同比增长41%。',
  '高端充气艇所用的海帕伦面料约八成依赖进口。',
  '2025年全国卡巴迪锦标赛在江海落幕，本届比赛为T20赛制。',
  '新入职教师中有博士11名。',
].join('\n');

describe('summaries of the third session 18 article (sets 340–347)', () => {
  const analyzed = analyzeText(ARTICLE_3, 'reading-rules-35c', '2025-10-20');
  const issues = summaryIssues(analyzed, [{ zh: '德宝电器', en: 'Debao Electric', type: 'organization' }]);

  it("works out a change in points from the source's from–to, and a multiple of the original level", () => {
    expect(issues('en', "Debao Electric's revenue grew 31%, with Europe's share of its orders rising 8 percentage points to 36%.")).toEqual([]);
    expect(issues('en', "Debao Electric's revenue grew 31%, with Europe's share of its orders rising 9 percentage points to 36%.")).not.toEqual([]);
    expect(issues('zh', '州疾控中心冷库容积由40立方米扩大到120立方米，为原来的3倍。')).toEqual([]);
    expect(issues('zh', '州疾控中心冷库容积由40立方米扩大到120立方米，为原来的4倍。')).not.toEqual([]);
  });

  it('reads "national or higher-level events" as no bound on the count', () => {
    expect(issues('en', 'Jianghai has hosted 11 national or higher-level events this year.')).toEqual([]);
    expect(issues('en', 'Jianghai has hosted 12 national or higher-level events this year.')).not.toEqual([]);
  });

  it('reads UV, Hypalon, Kabaddi, Twenty20 and PhD through the characters the source writes', () => {
    expect(issues('en', 'Shipments of UV LED chips rose 41% in the first half.')).toEqual([]);
    expect(issues('en', 'About 80% of the Hypalon fabric for premium inflatable boats is imported.')).toEqual([]);
    expect(issues('en', 'The National Kabaddi Championships, played in the Twenty20 format, ended in Jianghai.')).toEqual([]);
    expect(issues('en', 'Eleven PhD holders are among the new teachers.')).toEqual([]);
    expect(issues('en', 'The National Cricket Championships ended in Jianghai.')).not.toEqual([]);
  });
});
