/**
 * Reading rules added with the first look at blind sets 96 to 99 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州举重锦标赛落幕 白银成交创新高',
  '2025-06-20 江州日报',
  '本报讯（记者林青）男子89公斤级比赛中，江州队选手周立新挺举举起215公斤，并以总成绩388公斤获得金牌。女子71公斤级冠军由陈雨获得，她抓举112公斤。',
  '江州期货交易所白银主力合约当日收于每千克8856元，成交额突破900亿元。',
  '江州智能卫浴公司产能达到每年62万台；新投产的第三条智能生产线年产能50万台。',
  '江州互联网法院审结网络购物合同纠纷15200件，网络侵权纠纷5120件，同比增长18.5%。',
  '该装置于2019年4月开工建设。预计2027年起向用户开放，每年可提供机时约4000小时。',
  '国产长效抗体“安护宁”上市后首个季度累计接种超过12.6万剂。部分地区闪电密度超过每平方公里每年30次。',
  '外省籍小客车约占318线江州段通行车辆的52%。国产品牌线上销售额占比超六成。',
  '江州甬安部件公司拟以约5.2亿欧元收购德国霍夫曼座椅公司。霍夫曼公司2025年营业收入14.6亿欧元，同比下降2.1%。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-23', '2025-06-20'));

describe('readings after the first look at sets 96 to 99', () => {
  it('reads no figure in a word that starts with a Chinese digit, and 约 across a name with digits', () => {
    const read = (t: string) => findQuantities(t, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.approx]);
    expect(read('年产20万吨尼龙66一体化项目')).toEqual([['20万吨', null]]);
    expect(read('约3一5年')).toEqual([]);
    expect(read('外省籍小客车约占318线江州段通行车辆的52%')).toEqual([['52%', 'about']]);
    expect(read('部分地区闪电密度超过每平方公里每年30次')).toEqual([['超过每平方公里每年30次', 'over']]);
  });

  it('reads a milestone crossed as over it, and the quarter since a launch as no quarter of the year', () => {
    expect(findEnglishQuantities('Domestic brands took 61.3% of online sales, crossing the 60% mark.').map((q) => [q.text, q.approx])).toEqual([['61.3%', null], ['60%', 'over']]);
    expect(findEnglishQuantities('More than 126,000 doses were given in its first quarter on the market.').map((q) => q.kind)).toEqual(['count']);
    expect(findEnglishQuantities('Sales rose in the first quarter.').map((q) => q.kind)).toEqual(['period']);
    expect(issues('en', 'More than 126,000 doses of Anhuning were given in its first quarter on the market.')).toEqual([]);
  });

  it('reads a weight class as a name, and a total beside the total, not beside the lifter', () => {
    expect(issues('zh', '陈雨获得女子71公斤级冠军，抓举112公斤。')).toEqual([]);
    expect(issues('en', "Chen Yu won the women's 71kg title with a 112kg snatch.")).toEqual([]);
    expect(issues('zh', '周立新以总成绩388公斤夺冠。')).toEqual([]);
  });

  it('tells a price of one kilogram from a total turnover, and a plant from its output', () => {
    const withExchange = summaryIssues(analyzeText(ARTICLE, 'reading-rules-23', '2025-06-20'), [{ zh: '江州期货交易所', en: 'Jiangzhou Futures Exchange', type: 'organization' }]);
    expect(withExchange('en', "Turnover in the Jiangzhou Futures Exchange's main silver contract topped 90 billion yuan.")).toEqual([]);
    expect(withExchange('en', "The Jiangzhou Futures Exchange's main silver contract closed at 8,856 yuan per kilogram.")).toEqual([]);
    expect(withExchange('en', "The Jiangzhou Futures Exchange's main silver contract topped 90 billion yuan on the day.")).toEqual([]);
    expect(issues('en', 'Its newly commissioned third smart production line can make 500,000 units a year.')).toEqual([]);
  });

  it('reads 网络侵权 as online, and a revenue figure as no rival of a purchase price', () => {
    expect(issues('en', 'Online infringement disputes rose 18.5% to 5,120 cases.')).toEqual([]);
    expect(issues('zh', '霍夫曼公司2025年营业收入14.6亿欧元，同比下降2.1%。')).toEqual([]);
  });

  it('ties no time to the figures of another clause joined by "and"', () => {
    expect(issues('en', 'Construction began in April 2019, and the facility will open to users from 2027 with about 4,000 hours of beam time a year.')).toEqual([]);
    expect(issues('en', 'Construction began in April 2019, and the facility will open to users from 2026 with about 4,000 hours of beam time a year.')).not.toEqual([]);
  });

  it('reads CET-4, RVs and EBITDA as no names to find in the source', () => {
    const names = summaryIssues(analyzeText(ARTICLE, 'reading-rules-23', '2025-06-20'));
    expect(names('en', 'The CET-4 and the CET-6 were held on the same day.').filter((i) => i.includes('name'))).toEqual([]);
    expect(names('en', 'The campsite can park RVs at night.').filter((i) => i.includes('name'))).toEqual([]);
    expect(names('en', 'Hoffmann posted higher EBITDA.').filter((i) => i.includes('EBITDA'))).toEqual([]);
  });
});

const ROUND_THREE = [
  '江州分娩镇痛纳入医保 布病防控见效',
  '2025-11-06 江州日报',
  '本报讯（记者林青）价格方面，自今年4月1日起，江州将分娩镇痛纳入基本医疗保险支付范围。',
  '布病患者中农牧民占比超过80%，30至59岁人群占近六成。',
  '甜源食品年产巧克力2万吨；今年以来，公司对旗下12款巧克力产品提价8%—15%，保质期6至12个月。',
  '新款折叠轮椅价格比上一代高出约30%，出口额同比增长27.3%。',
  '联赛计划将U21球员登场时间要求由每场至少45分钟提高到60分钟。三档月最低工资标准由1700元提高到1850元。',
  '电站总装机140万千瓦，安装4台35万千瓦可逆式机组。',
].join('\n');

const roundThree = summaryIssues(analyzeText(ROUND_THREE, 'reading-rules-23c', '2025-11-06'));

describe('readings after the first look at sets 100 to 103', () => {
  it('checks a Chinese date with no year in its sentence by month and day', () => {
    expect(roundThree('zh', '自4月1日起江州将分娩镇痛纳入医保支付范围。')).toEqual([]);
    expect(roundThree('zh', '自5月1日起江州将分娩镇痛纳入医保支付范围。')).not.toEqual([]);
  });

  it('pairs no rate with an age that opens the next clause', () => {
    expect(roundThree('zh', '布病患者中农牧民占比超过80%，30至59岁人群占近六成。')).toEqual([]);
  });

  it('reads "12 of its products" as the products counted, not a tonnage, and "priced higher" as a price', () => {
    expect(roundThree('en', 'Tianyuan Food raised prices on 12 of its chocolate products by 8%-15% this year.')).toEqual([]);
    expect(roundThree('en', 'The new folding wheelchair is priced about 30% higher than its predecessor.')).toEqual([]);
  });

  it('reads "the minimum playing time from 45" as at least, but not a minimum wage', () => {
    expect(roundThree('en', 'The league plans to raise the minimum playing time for under-21 players from 45 to 60 minutes per match.')).toEqual([]);
    expect(roundThree('en', 'The third-tier monthly minimum will rise from 1,700 yuan to 1,850 yuan.')).toEqual([]);
  });

  it('reads "1.4-million-kilowatt" and "degree-granting"', () => {
    expect(roundThree('en', 'The 1.4-million-kilowatt plant will have four 350,000-kilowatt reversible units.')).toEqual([]);
    expect(findEnglishQuantities('Thirty-seven degree-granting institutions').map((q) => [q.kind, q.value])).toEqual([['count', 37]]);
  });
});
