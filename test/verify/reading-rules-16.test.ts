/**
 * Reading rules added in session 6 (see fixtures/llm/README.md), on synthetic articles (not the
 * sets' wording). First round: ordinary words of a translated name, found through their dictionary
 * sense (手工艺品博览会 → "Handicrafts Expo"); the short forms that join several places (港澳台, 欧美,
 * 川渝); dynasties; peaks and caps as maxima; the month before as a month-on-month base; codes the
 * source writes letter for letter; counts of other things as no rivals. Second round, after the first
 * look at blind sets 52 to 55: capacity, a project's cost, 借款, "the previous six months", densities,
 * zodiac years, commas inside company names, 其中 sentences. Each rule is checked for the correct
 * wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '第五届江州民族手工艺品博览会开幕',
  '2025-10-19 江州日报',
  '本报讯（记者林青）10月18日，第五届江州民族手工艺品博览会开幕，来自港澳台地区和欧美的采购商约300人到场。',
  '展会期间还举办世界献血者日主题宣传活动。川渝两地共有46家企业参展。',
  '考古人员介绍，出土的青铜器年代相当于商代晚期至西周早期。',
  '节假日单日客流最高达9860人次。机组最长连续满负荷运行47天。研究生每人每年贷款额度不超过25000元。',
  '3128B级棉花现货价格指数为14892元/吨。“流花东21-3”油田群投产。上半年海外营收103.5亿元，同比增长34.7%。',
  '全市1487所义务教育学校开展课后服务，参与学生162.3万人。农村在校生4.7万人。',
  '项目一期覆盖46座城市，发放电子卡约1280万张。外贸企业7416家，进出口额约1.9亿个标箱。',
  '今年二季度运价比一季度高出约一倍。',
].join('\n');

const PMI = [
  '5月份江州制造业PMI为51.3%',
  '2025-06-01 江州日报',
  '本报讯（记者林青）5月份，江州制造业采购经理指数（PMI）为51.3%，上月为50.7%。新出口订单指数为49.6%，比上月回升2.3个百分点。',
].join('\n');
const pmiIssues = summaryIssues(analyzeText(PMI, 'reading-rules-16-pmi', '2025-06-01'));

// Rules of the second round (after the first look at blind sets 52 to 55).
const ROUND_TWO = [
  '江州荔枝出口创新高',
  '2025-07-08 江州日报',
  '本报讯（记者林青）今年江州出口荔枝2.3万吨，出口额1.86亿元。另一家出口企业江州南峰农产品进出口有限公司出口量为3100吨，带动周边1.2万户果农增收。',
  '万联科技新工厂规划年产能300万只，目前月产能约5万只。全市新建避难场所156处，总投资约4.7亿元。',
  '去年全市获批城中村改造专项借款额度312亿元。国家开发银行已发放贷款86.5亿元。上半年月活跃用户平均约4200万，环比增长4.1%。',
  '重点区域活蚁巢密度降至每亩0.5个以下。窨井盖数字身份证覆盖率达92%。画室推出马年系列作品12款。',
].join('\n');
const NANFENG = { zh: '江州南峰农产品进出口有限公司', en: 'Jiangzhou Nanfeng Agricultural Products Import and Export Co., Ltd.', type: 'organization' as const };
const roundTwo = summaryIssues(analyzeText(ROUND_TWO, 'reading-rules-16-round-two', '2025-07-08'), [NANFENG]);

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-16', '2025-10-19'));

describe('reading rules of session 6', () => {
  it('takes ordinary words of a translated name through their dictionary sense, not invented ones', () => {
    expect(issues('en', 'The fifth Jiangzhou Ethnic Handicrafts Expo opened on October 18.')).toEqual([]);
    expect(issues('en', 'The expo also hosted a campaign for World Blood Donor Day.')).toEqual([]);
    // Silk (丝绸) and Beijing (北京) stand nowhere in the source.
    expect(issues('en', 'The fifth Jiangzhou Ethnic Silk Expo opened on October 18.').join(' ')).toContain('Silk');
    expect(issues('en', 'The fifth Beijing Ethnic Handicrafts Expo opened on October 18.').join(' ')).toContain('Beijing');
  });

  it('reads the short forms that join several places', () => {
    expect(issues('en', 'About 300 buyers came from Hong Kong, Macao and Taiwan, Europe and the United States.')).toEqual([]);
    expect(issues('en', 'A total of 46 companies from Sichuan and Chongqing took part.')).toEqual([]);
    expect(issues('en', 'A total of 46 companies from Sichuan and Guizhou took part.').join(' ')).toContain('Guizhou');
    expect(issues('en', 'About 300 buyers came from Hong Kong, Macao and Singapore.').join(' ')).toContain('Singapore');
  });

  it('reads dynasties the source names', () => {
    expect(issues('en', 'The bronzes date from the late Shang to the early Western Zhou.')).toEqual([]);
    expect(issues('en', 'The bronzes date from the late Shang to the early Tang.').join(' ')).toContain('Tang');
  });

  it('reads words that make a figure a maximum where the source gives a maximum', () => {
    expect(issues('en', 'Daily traffic peaked at 9,860 passengers during holidays.')).toEqual([]);
    expect(issues('en', 'Daily traffic was 9,860 passengers during holidays.').join(' ')).toContain('drops the qualifier');
    expect(issues('en', 'The units ran at full load for as long as 47 days.')).toEqual([]);
    expect(issues('en', 'The annual cap for graduate students is 25,000 yuan.')).toEqual([]);
    expect(issues('en', 'Graduate students borrow 25,000 yuan a year.').join(' ')).toContain('drops the qualifier');
  });

  it('takes the month before as the base of a change the source gives month on month', () => {
    expect(pmiIssues('en', 'The PMI rose to 51.3% in May from 50.7% in April.')).toEqual([]);
    expect(pmiIssues('en', 'New export orders rebounded 2.3 points from April.')).toEqual([]);
    expect(pmiIssues('en', 'New export orders rebounded 2.3 points from March.').join(' ')).toContain('March');
  });

  it('reads codes the source writes letter for letter as names, and "a half-year" as no fraction', () => {
    expect(issues('en', 'The 3128B cotton spot price index stood at 14,892 yuan per tonne.')).toEqual([]);
    expect(issues('en', 'The 3218B cotton spot price index stood at 14,892 yuan per tonne.')).not.toEqual([]);
    expect(issues('en', 'The Liuhua East 21-3 oilfield cluster has started production.')).toEqual([]);
    expect(issues('en', 'The Liuhua East 21-5 oilfield cluster has started production.')).not.toEqual([]);
    expect(issues('en', 'Overseas revenue rose 34.7% to 10.35 billion yuan in a half-year.')).toEqual([]);
  });

  it('takes no figure counted with another classifier as a rival of an English count', () => {
    expect(issues('en', 'Some 1.62 million students at the city\'s 1,487 compulsory-education schools take part.')).toEqual([]);
    expect(issues('en', 'The city\'s 1,487 compulsory-education schools offer after-school services to students.')).toEqual([]);
    expect(issues('en', 'The first phase covers 46 cities.')).toEqual([]);
    expect(issues('en', 'The city has 7,416 foreign-trade firms.')).toEqual([]);
    expect(issues('en', 'Some 1.62 million students at the city\'s 1,478 compulsory-education schools take part.')).not.toEqual([]);
  });

  it('reads 高出约一倍 as about double', () => {
    expect(issues('en', 'Second-quarter freight rates were roughly double the first-quarter level.')).toEqual([]);
    expect(issues('en', 'Second-quarter freight rates were roughly triple the first-quarter level.')).not.toEqual([]);
  });

  it('reads capacity, a project\'s cost, 借款 as loans and the previous six months as a base', () => {
    expect(roundTwo('en', 'The new factory has a planned annual capacity of 3 million units.')).toEqual([]);
    expect(roundTwo('en', 'The new factory has a planned annual capacity of 30 million units.')).not.toEqual([]);
    expect(roundTwo('en', 'The city built 156 shelters at a cost of about 470 million yuan.')).toEqual([]);
    expect(roundTwo('en', 'The city secured 31.2 billion yuan in special loan quotas last year.')).toEqual([]);
    expect(roundTwo('en', 'The city secured 32.1 billion yuan in special loan quotas last year.')).not.toEqual([]);
    expect(roundTwo('en', 'Monthly active users averaged about 42 million in the first half, up 4.1% from the previous six months.')).toEqual([]);
    expect(roundTwo('en', 'Monthly active users averaged about 42 million in the first half, up 4.1% over six months.')).not.toEqual([]);
  });

  it('reads a density per mu, ID, a zodiac year, and a company\'s name as no word of trade', () => {
    expect(roundTwo('en', 'Nest density in key areas is to fall below 0.5 per mu.')).toEqual([]);
    expect(roundTwo('en', 'Nest density in key areas is to fall below 0.8 per mu.')).not.toEqual([]);
    expect(roundTwo('en', 'About 92% of manhole covers carry a digital ID.')).toEqual([]);
    expect(roundTwo('en', 'The studio\'s Year of the Horse series includes 12 designs.')).toEqual([]);
    expect(roundTwo('en', 'The studio\'s Year of the Tiger series includes 12 designs.').join(' ')).toContain('Tiger');
    expect(roundTwo('en', 'Jiangzhou Nanfeng Agricultural Products Import and Export Co., Ltd. exported 3,100 tonnes of lychees.')).toEqual([]);
    expect(roundTwo('en', 'Exports by Jiangzhou Nanfeng Agricultural Products Import and Export Co., Ltd. helped 12,000 fruit-farming households.')).toEqual([]);
  });

  it('keeps a 其中 sentence with the statement before it', () => {
    const sea = summaryIssues(analyzeText([
      '江州沿海海平面创新高',
      '2025-04-08 江州日报',
      '本报讯（记者林青）2024年，江州东港、西港沿海海平面分别较常年高112毫米和87毫米。其中，东港沿海海平面比2023年上升11毫米。',
    ].join('\n'), 'reading-rules-16-sea', '2025-04-08'));
    expect(sea('zh', '东港沿海海平面较常年高112毫米，比2023年上升11毫米。')).toEqual([]);
  });
});
