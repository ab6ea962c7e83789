/**
 * Reading rules of session 8, on synthetic articles (not the sets' wording). First, units the
 * tuned sets still misread: 度 of an angle and "degrees" that names no scale, and a colour
 * temperature in kelvin (2700K), which the English reader had taken for 2.7 million.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const UNITS = [
  '江州照明与井盖改造完成',
  '2025-06-20 江州日报',
  '本报讯（记者林青）新款吸顶灯可在2700K至6500K之间调节色温，零售价为899元。',
  '智能井盖位移超过15度时，系统将在30秒内报警。今年全市脐橙平均糖度达到13.5度。',
  '今年夏天最高气温达到38度，全社会用电量达到120亿度。',
].join('\n');

const unitIssues = summaryIssues(analyzeText(UNITS, 'reading-rules-22a', '2025-06-20'));

describe('angles, degrees and kelvin', () => {
  it('reads 度 as an angle only where the clause speaks of one, and K as kelvin only with 色温', () => {
    const read = (t: string) => findQuantities(t, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.value, q.unit]);
    expect(read('Cobb角超过40度、需要手术评估')).toEqual([['超过40度', 'measure', 40, '°']]);
    expect(read('井盖位移超过15度时报警')).toEqual([['超过15度', 'measure', 15, '°']]);
    expect(read('今天用电量达到15度')).toEqual([]);
    expect(read('可在2700K至6500K之间调节色温')).toEqual([['2700K至6500K', 'measure', 2700, 'K']]);
    expect(read('型号2700K')).toEqual([]);
  });

  it('reads "2700K" in English as kelvin and "5K" as five thousand', () => {
    const read = (t: string) => findEnglishQuantities(t).map((q) => [q.kind, q.value, q.valueMax, q.unit]);
    expect(read('between 2700K and 6500K')).toEqual([['measure', 2700, 6500, 'K']]);
    expect(read('a 3,300K lamp')).toEqual([['measure', 3300, null, 'K']]);
    expect(read('a 5K run')).toEqual([['count', 5000, null, null]]);
  });

  it('checks bare "degrees" against heat, sugar and angles, and "degrees Celsius" against heat only', () => {
    expect(unitIssues('en', 'The covers raise an alarm within 30 seconds if they shift more than 15 degrees.')).toEqual([]);
    expect(unitIssues('en', 'The covers raise an alarm within 30 seconds if they shift more than 25 degrees.')).not.toEqual([]);
    expect(unitIssues('en', 'Navel oranges averaged 13.5 degrees of sugar this year.')).toEqual([]);
    expect(unitIssues('en', 'The highest temperature this summer reached 38 degrees.')).toEqual([]);
    expect(unitIssues('en', 'Navel oranges averaged 13.5 degrees Celsius this year.')).not.toEqual([]);
    expect(unitIssues('en', 'The new ceiling light adjusts its colour temperature between 2700K and 6500K.')).toEqual([]);
    expect(unitIssues('en', 'The new ceiling light adjusts its colour temperature between 2700K and 6000K.')).not.toEqual([]);
  });
});

const TRADE = [
  '江州农药与牙刷出口双增长',
  '2026-03-18 江州日报',
  '本报讯（记者林青）今年前三季度，江州农药出口量达86.5万吨，同比增长12.1%。其中，除草剂出口量占比近五成，杀虫剂和杀菌剂分别占24%和18%。',
  '全市老字号企业实现销售额约95亿元，同比增长8.4%；其中线上销售额21.7亿元，同比增长27.5%，占比提升至22.8%。',
  '江州及周边地区2025年生产电动牙刷约2.6亿支；今年1—2月，江州口岸出口电动牙刷3860万支。',
  '洁美科技2025年营收12.6亿元，自有品牌收入占比从2023年的26%提升至39%；公司3月10日发布的新款Z7系列欧洲定价119欧元。',
  '始建于1368年的江州钟楼每年接待游客约50万人次。单项合同额上亿美元的项目有312个。',
  '今年1月至10月，全市查处酒后驾驶违法行为3210起，同比下降11.6%，其中醉酒驾驶860起，下降15.2%，查处率达到92.3%。',
  '安达代驾今年客单价约58元。江州新建的组件回收线投资2.8亿元。景区门票每人65元。',
  '省公安厅破获的“7·12”网络赌博案涉案流水高达86亿元。',
].join('\n');

const tradeIssues = summaryIssues(analyzeText(TRADE, 'reading-rules-22b', '2026-03-18'));

describe('readings after the first look at sets 92 to 95', () => {
  it('reads parties listed with 分别 and a clause with no subject as going on with the clause before', () => {
    expect(tradeIssues('en', 'Insecticides accounted for 24% of pesticide export volume and fungicides for 18%.')).toEqual([]);
    expect(tradeIssues('en', 'Online sales rose to 22.8% of the total.')).toEqual([]);
  });

  it('reads a change with no basis of its own on the basis its statement named, but not a level', () => {
    expect(tradeIssues('zh', '今年1月至10月，江州查处醉酒驾驶860起，同比下降15.2%。')).toEqual([]);
    expect(tradeIssues('zh', '今年1月至10月，江州查处醉酒驾驶860起，同比下降92.3%。')).not.toEqual([]);
  });

  it('reads a product named electric as no new-energy figure', () => {
    expect(tradeIssues('en', 'Jiangzhou and nearby areas produced about 260 million electric toothbrushes in 2025.')).toEqual([]);
  });

  it('reads the start of a change as its base year, in both languages', () => {
    expect(tradeIssues('en', "Own-brand products made up 39% of Jiemei's revenue in 2025, up from 26% in 2023.")).toEqual([]);
  });

  it('takes a launch day for the day the product was released', () => {
    expect(tradeIssues('en', "Jiemei's Z7 series, launched on March 10, is priced at 119 euros in Europe.")).toEqual([]);
    expect(tradeIssues('en', "Jiemei's Z7 series, launched on March 12, is priced at 119 euros in Europe.")).not.toEqual([]);
  });

  it('reads old years, 上亿美元 and a quoted case number', () => {
    const read = (t: string) => findQuantities(t, { referenceDate: '2026-03-18' }).map((q) => [q.text, q.kind, q.value, q.approx]);
    expect(read('始建于1368年的钟楼')).toEqual([['1368年', 'year', '1368', null]]);
    expect(read('金皇统三年（1143年）')).toContainEqual(['1143年', 'year', '1143', null]);
    expect(read('重建了公元前562年以来的序列')).toEqual([['562年', 'duration', 562, null]]);
    expect(read('寿命大于1000年')).toEqual([['1000年', 'duration', 1000, null]]);
    expect(read('单项合同额上亿美元的项目')).toEqual([['上亿美元', 'money', 1e8, 'at_least']]);
    expect(read('线上亿元')).toEqual([]);
    const readEn = (t: string) => findEnglishQuantities(t).map((q) => [q.kind, q.value]);
    expect(readEn('The bell tower, built in 1368, drew visitors.')).toEqual([['year', '1368']]);
    expect(readEn('the Millennium Eruption 946 AD')).toEqual([['year', '946']]);
    expect(readEn('sold in 1500 stores')).toEqual([['count', 1500]]);
    expect(readEn('The "7.12" online gambling case')).toEqual([]);
    expect(tradeIssues('en', 'The bell tower, built in 1368, receives about 500,000 visits a year.')).toEqual([]);
    expect(tradeIssues('en', 'The bell tower, built in 1386, receives about 500,000 visits a year.')).not.toEqual([]);
    expect(tradeIssues('en', 'There were 312 projects worth $100 million or more each.')).toEqual([]);
    expect(tradeIssues('en', 'The "7.12" online gambling case involved turnover of 8.6 billion yuan.')).toEqual([]);
  });

  it('reads what an order is worth as a price and what a new line cost as its investment, not a ticket', () => {
    expect(tradeIssues('en', "Anda's average order value was about 58 yuan this year.")).toEqual([]);
    expect(tradeIssues('en', 'The new module recycling line, which cost 280 million yuan, opened in Jiangzhou.')).toEqual([]);
    expect(tradeIssues('en', 'Tickets cost 65 yuan per person.')).toEqual([]);
  });

  it('reads "about" before the first end of a range for both ends, but not in a change', () => {
    const read = (t: string) => findEnglishQuantities(t).map((q) => [q.text, q.approx]);
    expect(read('people from about 9,000 to 3,000 years ago')).toEqual([['9,000', 'about'], ['3,000 years', 'about']]);
    expect(read('between about 20 and 30 yuan')).toEqual([['20', 'about'], ['30 yuan', 'about']]);
    expect(read('cuts the time from about 40 minutes to 15')).toEqual([['40 minutes', 'about'], ['15', null]]);
    expect(read('rose from about 20% to 30%')).toEqual([['20%', 'about'], ['30%', null]]);
    expect(read('sounded three times over three minutes')).toContainEqual(['three minutes', null]);
    expect(read('waited over three minutes')).toEqual([['three minutes', 'over']]);
    expect(read('about 100 cubic kilometres of material').map(() => findEnglishQuantities('about 100 cubic kilometres')[0]?.unit)).toEqual(['km3']);
  });
});

describe('a name holds the narrowing words inside it', () => {
  const STATION = ['江州铁路暑运订餐量增长', '2025-08-20 江州日报', '本报讯 暑运以来，全国铁路网上订餐约620万份。江州西站日均订餐量约4600份。'].join('\n');
  const analyzed = analyzeText(STATION, 'reading-rules-22c', '2025-08-20');

  it('reads "Railway" in a station the summary names as part of the name, not a railway-wide figure', () => {
    const issues = summaryIssues(analyzed, [{ zh: '江州西站', en: 'Jiangzhou West Railway Station', type: 'place' }]);
    expect(issues('en', 'Jiangzhou West Railway Station handles about 4,600 meal orders a day.')).toEqual([]);
  });
});
