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
