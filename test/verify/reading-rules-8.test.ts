/**
 * Reading rules added after blind sets 16 to 19 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): the body dateline's date, a 其中 sentence that goes on with
 * the one before, a role before a name, acronyms for Chinese terms, the Five-Year Plan by its
 * number, digit multiples with "-fold", frequencies, comparisons in points, milestones stated
 * without a digit, a qualifier before a list, units abbreviated after a hyphen, rivals that
 * count other things, temperatures below zero (零下) and a span of years (2025/2026产季). Each rule is checked for the correct wording and for the slip it must
 * still catch.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '青石镇茶旅小镇开街 年接待游客有望突破百万人次',
  '2025-10-21 新华社',
  '新华社杭州10月20日电（记者林晓峰）历时3年改造的浙江省安吉县青石镇茶旅小镇19日正式开街，首批入驻知识产权服务站、磁共振体检中心等机构12家。',
  '2024年青石镇茶叶销售额首次突破亿元，茶园面积达到4.6万亩，比五年前增加1.2万亩，茶农户均增收近1.4倍。',
  '今年前三季度，全镇接待游客86.5万人次，同比增长18.2%。其中，节假日单日接待游客1.35万人次，全镇民宿共有两个片区；去年新开业民宿32家。',
  '镇区往返县城的旅游专线每周两班，全长18.6公里；镇内污水处理厂出水中化学需氧量、氨氮、总磷浓度分别控制在每升30毫克、1.5毫克和0.3毫克以下。',
  '2025/2026产季全镇春茶产值预计约3.6亿元。茶叶冷藏库温度保持在零下18摄氏度。',
  '茶园有机肥补贴标准由每亩60元提高到80元，采茶机补贴每台80元。安吉县茶产业带动就业约2.8万人，全县茶叶合作社35个。茶旅小镇总投资12.5亿元，全镇去年碳排放约3.1万吨，比上年减少4%。',
  '徽派建筑修缮工匠王春生说，茶旅小镇带动200余名村民就业。“十五五”期间，全镇计划再投入不少于5亿元。茶园灌溉用水量较五年前下降了19个百分点。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-8', '2025-10-21');
const issues = summaryIssues(analyzed);

describe('reading rules after blind sets 16 to 19', () => {
  it('takes the body dateline as the day of the report, not of the event', () => {
    expect(issues('zh', '历时3年改造的青石镇茶旅小镇于10月19日正式开街。')).toEqual([]);
    expect(issues('zh', '历时3年改造的青石镇茶旅小镇于10月20日正式开街。')).not.toEqual([]);
    expect(issues('zh', '历时3年改造的青石镇茶旅小镇于10月18日正式开街。')).not.toEqual([]);
  });

  it('reads a 其中 sentence with the time and subject of the sentence before', () => {
    expect(issues('zh', '今年前三季度节假日青石镇单日接待游客1.35万人次。')).toEqual([]);
    expect(issues('zh', '今年上半年节假日青石镇单日接待游客1.35万人次。')).not.toEqual([]);
    expect(issues('zh', '今年前三季度节假日青石镇单日接待游客1.53万人次。')).not.toEqual([]);
  });

  it('takes a role before a name for no part of it, and acronyms for the terms they translate', () => {
    expect(issues('en', 'Craftsman Wang Chunsheng said the town employs more than 200 villagers.')).toEqual([]);
    expect(issues('en', 'The first 12 tenants include an IP service station and an MRI health-check centre.')).toEqual([]);
    expect(issues('en', 'Hui-style craftsman Wang Chunsheng said the town employs more than 200 villagers.')).toEqual([]);
    expect(issues('en', 'Craftsman Wang Chunming said the town employs more than 200 villagers.')).not.toEqual([]);
    expect(issues('en', 'The first 12 tenants include an MRI centre run by Lingfeng Health.')).not.toEqual([]);
  });

  it('reads "the 15th Five-Year Plan" as a name, not as five years', () => {
    expect(issues('en', 'The town plans to invest at least 500 million yuan more during the 15th Five-Year Plan period.')).toEqual([]);
    expect(issues('en', 'The town plans to invest at least 5 billion yuan more during the 15th Five-Year Plan period.')).not.toEqual([]);
  });

  it('reads "1.4-fold" as written, a frequency as no multiple, and "points more than five years ago" as a comparison', () => {
    expect(issues('en', "Tea farmers' household income rose nearly 1.4-fold.")).toEqual([]);
    expect(issues('en', "Tea farmers' household income rose nearly 2.4-fold.")).not.toEqual([]);
    expect(issues('en', 'A twice-weekly tourist bus runs the 18.6-km route to the county seat.')).toEqual([]);
    expect(issues('en', 'A twice-weekly tourist bus runs the 16.8-km route to the county seat.')).not.toEqual([]);
    expect(issues('en', 'Irrigation water use is 19 percentage points lower than five years ago.')).toEqual([]);
    expect(issues('en', 'Irrigation water use is 19 percentage points lower than more than five years ago.')).not.toEqual([]);
  });

  it('reads a milestone stated without a digit (首次突破亿元)', () => {
    expect(issues('en', "Qingshi's tea sales topped 100 million yuan for the first time in 2024.")).toEqual([]);
    expect(issues('zh', '2024年青石镇茶叶销售额首次突破亿元。')).toEqual([]);
    expect(issues('en', "Qingshi's tea sales topped 1 billion yuan for the first time in 2024.")).not.toEqual([]);
  });

  it('holds a qualifier before a list for every figure of it', () => {
    expect(issues('en', 'COD, ammonia nitrogen and total phosphorus in the treated water are kept below 30, 1.5 and 0.3 milligrams per litre respectively.')).toEqual([]);
    expect(issues('en', 'COD, ammonia nitrogen and total phosphorus in the treated water are kept at 30, 1.5 and 0.3 milligrams per litre respectively.')).not.toEqual([]);
  });

  it('does not take a count of other things, or one the sentence itself states, for a swapped figure', () => {
    expect(issues('zh', '青石镇节假日单日接待游客1.35万人次。')).toEqual([]);
    expect(issues('en', 'Twelve organisations, including an IP service station, moved in first, and visitors reached 865,000 in the first three quarters.')).toEqual([]);
    expect(issues('en', 'Visitors reached 856,000 in the first three quarters.')).not.toEqual([]);
  });

  it('reads 零下 as a minus sign on both sides, and a span of years as both its years', () => {
    expect(issues('en', 'The tea cold store is kept at minus 18 degrees Celsius.')).toEqual([]);
    expect(issues('en', 'The tea cold store is kept at -18°C.')).toEqual([]);
    expect(issues('zh', '茶叶冷藏库温度保持在零下18摄氏度。')).toEqual([]);
    expect(issues('en', 'The tea cold store is kept at 18 degrees Celsius.')).not.toEqual([]);
    expect(issues('zh', '茶叶冷藏库温度保持在18摄氏度。')).not.toEqual([]);
    expect(issues('en', 'Spring tea output in the 2025/2026 season is expected to be worth about 360 million yuan.')).toEqual([]);
    expect(issues('en', 'Spring tea output in the 2024/2025 season is expected to be worth about 360 million yuan.')).not.toEqual([]);
  });

  it('checks a dateline copied into a summary against the dateline of the source', () => {
    expect(issues('zh', '新华社杭州10月20日电（记者林晓峰）历时3年改造的浙江省安吉县青石镇茶旅小镇19日正式开街。')).toEqual([]);
    expect(issues('zh', '新华社杭州10月21日电（记者林晓峰）历时3年改造的浙江省安吉县青石镇茶旅小镇19日正式开街。')).not.toEqual([]);
  });

  it('reads a cost as no loss and carbon emissions as emissions, and still catches a count swapped in', () => {
    expect(issues('en', 'The tea industry in Anji County employs about 28,000 people.')).toEqual([]);
    expect(issues('en', 'The tea industry in Anji County employs about 35 people.')).not.toEqual([]);
    expect(issues('en', 'The tea town was built at a total cost of 1.25 billion yuan.')).toEqual([]);
    expect(issues('en', 'The town emitted about 31,000 tonnes of carbon dioxide last year, 4% less than the year before.')).toEqual([]);
    expect(issues('en', 'The town emitted about 13,000 tonnes of carbon dioxide last year, 4% less than the year before.')).not.toEqual([]);
  });

  it('flags a change from a figure to the same figure', () => {
    expect(issues('zh', '今年前三季度，全镇接待游客86.5万人次，同比增长18.2%。')).toEqual([]);
    expect(issues('zh', '茶园有机肥补贴标准由每亩60元提高到80元。')).toEqual([]);
    expect(issues('zh', '茶园有机肥补贴标准由每亩80元提高到80元。')).toEqual(['80元: a change from 80元 to the same figure']);
    expect(issues('en', 'The organic fertiliser subsidy for tea gardens rose from 80 yuan to 80 yuan a mu.')).toEqual(['80 yuan: a change from 80 yuan to the same figure']);
  });
});
