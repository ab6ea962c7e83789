/**
 * Reading rules added after blind sets 26 and 27 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): a year-earlier level stated after the figure (去年同期为), a
 * level compared with after a change in points, one English name for two Chinese forms, months
 * of a year, base times (自…以来, 高于…同期), days listed with "and", spelled durations, seasons
 * written 2024/25, "at one point", bounds before "another", adjectives of continents, "N% of"
 * a measure, 连续第N个月, 万米 and 翻了一番以上. Each rule is checked for the correct wording and
 * for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { blindArticleAnalyzer } from '../support/detection-measurement.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州演出市场持续升温 大型演唱会票房创新高',
  '2025-10-15 江州日报',
  '本报讯（记者陈晨）今年1月至9月，江州举办大型演唱会97场，票房收入14.2亿元，去年同期为9.6亿元，增长47.9%；北京市举办141场，票房收入28.9亿元。',
  '9月13日至14日，歌手林一在江州体育场举办两场演唱会。演唱会场次较去年同期翻了一番以上。',
  '全市流感样病例百分比为6.2%，较前一周上升0.5个百分点，高于2024年同期的4.9%。北京朝阳医院日均接诊量约1200人次。',
  '“江州号”科考船自2022年交付使用以来已执行11个远洋航次，本航次历时86天，于10月12日返回江州港，在万米海底的单次最长作业时间为6小时12分。',
  '江州电信网络诈骗案件发案数连续第12个月下降。2024/25榨季全市产糖116万吨。按照规划，到2030年全市将再营造修复红树林2000公顷以上。',
  '江州光明陶瓷出口额2.15亿元，占公司营业收入的55.7%，产品销往欧洲30余家零售商。',
  '全市高效节水灌溉面积占比约72%，较“十三五”末提高11个百分点，灌溉水有效利用系数由目前的0.578提高到0.59以上。新评定的甲级、乙级民宿分别奖励20万元和10万元。围棋等课程报名人数超过1万人。',
  '江州港年设计通过能力将从1.6亿吨提升至2.4亿吨。江州商业REIT公众发售部分认购倍数高达213倍。前三季度中证REITs全收益指数上涨11.7%，同期沪深300指数上涨9.6%。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-10', '2025-10-15'));

describe('reading rules after blind sets 26 and 27', () => {
  it('takes a level stated after the figure with 去年同期为 as where the change started', () => {
    expect(issues('zh', '江州演唱会票房收入从去年同期的9.6亿元增至14.2亿元，增长47.9%。')).toEqual([]);
    expect(issues('zh', '江州演唱会票房收入从去年同期的14.2亿元降至9.6亿元。')).not.toEqual([]);
    expect(issues('en', 'Concert ticket revenue in Jiangzhou rose 47.9% to 1.42 billion yuan from 960 million yuan a year earlier.')).toEqual([]);
  });

  it('does not pair a level compared with after a change in points with that change', () => {
    expect(issues('zh', '全市流感样病例百分比为6.2%，较前一周上升0.5个百分点，高于2024年同期的4.9%。')).toEqual([]);
  });

  it('takes two Chinese forms of one English name as one word of the claim', () => {
    // Blind set 27's flu article names 北京市 beside a weekly count and 北京朝阳医院 beside a daily one.
    const flu = blindArticleAnalyzer('blind27-articles')('ab04-influenza-season-clinics.txt');
    const fluIssues = summaryIssues(flu, [
      { zh: '北京市', en: 'Beijing', type: 'place' },
      { zh: '北京朝阳医院', en: 'Beijing Chao-Yang Hospital', type: 'organization' },
    ]);
    expect(fluIssues('en', 'The respiratory and critical care clinic at Beijing Chao-Yang Hospital was seeing about 1,200 patients a day, down nearly 20% from its mid-December peak.')).toEqual([]);
  });

  it('reads months of a year, base times and days listed with "and"', () => {
    expect(issues('en', 'Jiangzhou hosted 97 large concerts in the first nine months of the year.')).toEqual([]);
    expect(issues('en', 'The research ship returned to port on October 12, ending an 86-day voyage.')).toEqual([]);
    expect(issues('en', 'Lin Yi gave two concerts in Jiangzhou on September 13 and 14.')).toEqual([]);
    expect(issues('en', 'Lin Yi gave two concerts in Jiangzhou on September 13 and 15.')).not.toEqual([]);
  });

  it('reads spelled durations, seasons written short, and bounds before "another"', () => {
    expect(issues('en', 'Its longest session on the seabed at 10,000 metres lasted six hours and 12 minutes.')).toEqual([]);
    expect(issues('en', 'Its longest session on the seabed lasted six hours and 21 minutes.')).not.toEqual([]);
    expect(issues('en', 'The city made 1.16 million tonnes of sugar in the 2024/25 crushing season.')).toEqual([]);
    expect(issues('en', 'The city made 1.16 million tonnes of sugar in the 2023/24 crushing season.')).not.toEqual([]);
    expect(issues('en', 'The city plans to restore at least another 2,000 hectares of mangroves by 2030.')).toEqual([]);
    expect(issues('en', 'Fraud cases have fallen for 12 consecutive months.')).toEqual([]);
    expect(issues('en', 'Fraud cases have fallen for 13 consecutive months.')).not.toEqual([]);
  });

  it('reads the plan periods by number, grades, games and coefficients', () => {
    expect(issues('en', 'Such systems cover about 72% of irrigated land, 11 percentage points more than at the end of the 13th Five-Year Plan period.')).toEqual([]);
    expect(issues('en', 'The water efficiency coefficient is to rise from 0.578 to above 0.59.')).toEqual([]);
    expect(issues('en', 'The water efficiency coefficient is to rise from 0.587 to above 0.59.')).not.toEqual([]);
    expect(issues('en', 'Newly rated Grade A and Grade B homestays receive 200,000 yuan and 100,000 yuan respectively.')).toEqual([]);
    expect(issues('en', 'Classes such as Go each drew more than 10,000 sign-ups.')).toEqual([]);
  });

  it('reads a change with a long subject, oversubscription, half-years and index names', () => {
    expect(issues('en', "The new lock will raise the port's designed annual capacity from 160 million to 240 million tonnes.")).toEqual([]);
    expect(issues('en', "The new lock will raise the port's designed annual capacity from 160 million to 250 million tonnes.")).not.toEqual([]);
    expect(issues('en', 'The public tranche of the REIT was 213 times oversubscribed.')).toEqual([]);
    expect(issues('en', 'The public tranche of the REIT was 231 times oversubscribed.')).not.toEqual([]);
    expect(issues('en', 'Exports topped 200 million yuan in a half-year for the first time.')).not.toEqual([]);
    expect(issues('zh', '前三季度中证REITs全收益指数上涨11.7%，同期沪深300指数上涨9.6%。')).toEqual([]);
  });

  it('keeps a qualifier on a doubling, before a decade or a Chinese multiple word', () => {
    const auction = summaryIssues(analyzeText(['江州春拍落槌', '2025-06-10 江州日报', '本报讯（记者李然）江州春季拍卖会成交额18.6亿元。“90后”买家数量同比翻了一番。'].join('\n'), 'reading-rules-10-auction', '2025-06-10'));
    expect(auction('en', 'The number of buyers born in the 1990s doubled year on year.')).toEqual([]);
    expect(auction('en', 'The number of buyers born in the 1990s more than doubled year on year.')).not.toEqual([]);
    expect(auction('zh', '“90后”买家数量同比翻了一番。')).toEqual([]);
    expect(auction('zh', '“90后”买家数量同比逾翻了一番。')).not.toEqual([]);
  });

  it('reads "at one point", continents, and "N% of" a measure', () => {
    expect(issues('en', 'The number of concerts more than doubled from a year earlier, at one point selling out in minutes.')).toEqual([]);
    expect(issues('en', 'The ceramics maker sells to more than 30 European retailers.')).toEqual([]);
    expect(issues('en', 'Ceramics exports brought in 215 million yuan, or 55.7% of revenue.')).toEqual([]);
    expect(issues('en', 'Ceramics exports brought in 215 million yuan, or 57.5% of revenue.')).not.toEqual([]);
  });
});
