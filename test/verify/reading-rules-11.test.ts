/**
 * Reading rules added after blind sets 32 and 33 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): a level compared with after the figure (较去年同期的…下降), a
 * qualifier a slip would keep, a qualifier added to a figure its statement states plainly,
 * horsepower, "or longer" and "or higher", year on year beside a level, "from January to
 * October", bounds written 以上…以下, ratios such as 3:2 and a change written with "from". Each
 * rule is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { blindArticleAnalyzer } from '../support/detection-measurement.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州番茄酱出口量增长两成',
  '2025-10-20 江州日报',
  '本报讯（记者吴敏）今年前三季度，江州出口番茄酱41.2万吨，出口额3.86亿美元。9月份大桶番茄酱平均出口价格为每吨870美元，较去年同期的每吨1050美元下降17.1%。',
  '江州红果食品有限公司日处理鲜番茄最高达1.5万吨。公司全年加工鲜番茄约90万吨，生产大桶番茄酱约15万吨。',
  '预计今年江州港客运量将突破300万人次。新码头建成后年设计通过能力将由300万人次提升至420万人次。',
  '今年上半年，250马力以上大马力拖拉机销量2.14万台。签订1年以上劳动合同的，每人每年补贴4000元。',
  '今年1月至10月，全市共免费为犬只植入电子芯片约5.2万枚，狂犬病疫苗接种率达到91%左右，比去年同期提高3.8个百分点。',
  '遛犬不牵绳的，可处30元以上150元以下罚款。女厕位与男厕位比例由原来的1:1提高到3:2以上。',
  '全市共组建应急救援队伍1240支、队员约1.8万人。全市约4300座公厕张贴二维码。',
  ].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-11', '2025-10-20'));

describe('reading rules after blind sets 32 and 33', () => {
  it('keeps a rate with its figure when a level compared with stands between them', () => {
    expect(issues('zh', '9月份大桶番茄酱平均出口价格为每吨870美元，较去年同期下降17.1%。')).toEqual([]);
    expect(issues('en', 'The average export price of tomato paste in drums fell 17.1% year on year to $870 a tonne in September.')).toEqual([]);
    expect(issues('zh', '9月份大桶番茄酱平均出口价格为每吨870美元，较去年同期下降27.1%。')).not.toEqual([]);
  });

  it('takes a figure whose qualifier the source gives it there as no power-of-ten slip of another', () => {
    expect(issues('zh', '江州红果食品有限公司日处理鲜番茄最高达1.5万吨，全年加工鲜番茄约90万吨。')).toEqual([]);
    expect(issues('zh', '江州红果食品有限公司日处理鲜番茄最高达15万吨，全年加工鲜番茄约90万吨。')).not.toEqual([]);
    expect(issues('zh', '江州红果食品有限公司全年加工鲜番茄约90万吨，生产大桶番茄酱约1.5万吨。')).not.toEqual([]);
  });

  it('flags a qualifier added to a figure that the statement gives plainly', () => {
    expect(issues('zh', '新码头建成后年设计通过能力将由300万人次提升至420万人次。')).toEqual([]);
    expect(issues('zh', '新码头建成后年设计通过能力将由逾300万人次提升至420万人次。')).not.toEqual([]);
  });

  it('reads horsepower, "or longer" and "or higher" as the source writes 马力, 以上', () => {
    expect(findQuantities('250马力以上大马力拖拉机', { referenceDate: '2025-10-20' }).map((q) => [q.kind, q.unit, q.value])).toContainEqual(['measure', 'hp', 250]);
    expect(issues('en', 'Sales of tractors of 250 horsepower and above reached 21,400 in the first half.')).toEqual([]);
    expect(issues('en', 'Sales of tractors of 250 horsepower reached 21,400 in the first half.')).not.toEqual([]);
    expect(issues('en', 'Employers that sign contracts of one year or longer receive 4,000 yuan per person a year.')).toEqual([]);
    expect(issues('en', 'Employers that sign contracts of one year receive 4,000 yuan per person a year.')).not.toEqual([]);
  });

  it('reads year on year as the change\'s, not the level\'s, and "from January to October" as a span', () => {
    expect(issues('en', 'The rabies vaccination rate rose 3.8 percentage points year on year to around 91%.')).toEqual([]);
    expect(issues('en', 'About 52,000 microchips were implanted free of charge from January to October.')).toEqual([]);
    expect(issues('en', 'About 52,000 microchips were implanted free of charge from January to September.')).not.toEqual([]);
  });

  it('reads 以上…以下 as one range and 3:2 as a ratio', () => {
    expect(issues('en', 'Owners who walk dogs without a leash face fines of 30 to 150 yuan.')).toEqual([]);
    expect(issues('en', 'Owners who walk dogs without a leash face fines of 30 to 250 yuan.')).not.toEqual([]);
    expect(issues('en', "The ratio of women's to men's stalls has been raised to 3:2 or higher.")).toEqual([]);
    expect(issues('en', "The ratio of women's to men's stalls has been raised to 3:2.")).not.toEqual([]);
    expect(issues('en', "The ratio of women's to men's stalls has been raised to 4:3 or higher.")).not.toEqual([]);
  });

  it('reads 队伍1240支 as 1,240 teams, not 伍 as a numeral', () => {
    expect(findQuantities('全市共组建应急救援队伍1240支', { referenceDate: '2025-10-20' }).map((q) => [q.text, q.value])).toEqual([['1240支', 1240]]);
    expect(issues('en', 'The city has set up 1,240 emergency rescue teams with about 18,000 members.')).toEqual([]);
  });

  it('takes both ends of a change written with "from" where the source states them together', () => {
    // Blind set 32's toy article gives the city's exports (出口…186.7亿元) and a company's (去年出口额为3.1亿元，今年目标是突破5亿元).
    const toys = summaryIssues(blindArticleAnalyzer('blind32-articles')('ag04-toy-exports.txt'));
    expect(toys('en', 'Cai Weihong said his company aims to lift exports above 500 million yuan this year, from 310 million yuan in 2024.')).toEqual([]);
    expect(toys('en', 'Cai Weihong said his company aims to lift exports above 500 million yuan this year, from 3.1 billion yuan in 2024.')).not.toEqual([]);
  });

  it('knows QR where the source says 二维码, and only there', () => {
    expect(issues('en', 'About 4,300 public toilets carry QR codes.')).toEqual([]);
    const bare = summaryIssues(analyzeText(ARTICLE.replace('张贴二维码', '张贴标识'), 'reading-rules-11-no-code', '2025-10-20'));
    expect(bare('en', 'About 4,300 public toilets carry QR codes.')).not.toEqual([]);
  });
});
