/**
 * Reading rules added after blind sets 6 and 7 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): clock and race times, kV and °C, hyphenated money, "N and a
 * half", "-fold" as a level, "past", 当月, quarters as months, one-digit rounding under a
 * qualifier, bare numbers with any classifier, figures derived as a difference, a qualifier before
 * a noun phrase, a rate in its anchor's own clause or a from–to change, rivals of another
 * classifier, times beside another time of the clause, and turnover as its own measure. Each rule
 * is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { extraReadings } from '../../src/verify/extra-readings.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '某市10月城市运行简报',
  '2025-11-03 本报记者',
  '11月2日，市统计局公布10月数据：当月全市新增登记企业3260家，同比增长8.4%。6月开业的东湖商场当月客流超过12万人次。',
  '前三季度，全市实现地区生产总值1986亿元；研发投入9.85亿元，占比从2022年的1.9%提高到2.4%，提高0.5个百分点。',
  '10月12日凌晨3时25分，城区发生暴雨内涝，截至当日18时，共调派抢险车辆146辆，搭建临时帐篷860余顶，覆盖沿江8区。',
  '城市马拉松男子冠军成绩为2小时11分05秒，比去年冠军2小时12分40秒快了95秒。全市夜间最低气温降至零下2摄氏度左右。',
  '新建110千伏变电站2座，新增5兆瓦屋顶光伏。全年共发生火灾37起，比上年减少12起。',
  '超过全市总量的一半企业集中在高新区，年龄在20至29岁之间的员工超过四成。',
  '市场交易额达到86亿元，全市营业收入约4200亿元。地铁三号线建设历时五年半，客流量增长4倍多。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-6', '2025-11-03');
const issues = summaryIssues(analyzed);

describe('reading rules after blind sets 6 and 7', () => {
  it('reads clock times and race times on both sides', () => {
    expect(findEnglishQuantities('at 3:25 a.m. on October 12').map((q) => [q.kind, q.value, q.unit])[0]).toEqual(['duration', 205, 'clock']);
    expect(extraReadings('截至当日18时').map((r) => [r.value, r.unit])).toEqual([[1080, 'clock']]);
    expect(issues('en', 'Flooding hit the city at 3:25 a.m. on October 12, and 146 vehicles had been sent by 6 p.m.')).toEqual([]);
    expect(issues('en', 'Flooding hit the city at 4:25 a.m. on October 12.')).not.toEqual([]);
    expect(issues('en', 'The men\'s winner finished in 2:11:05.')).toEqual([]);
    expect(issues('en', 'The men\'s winner finished in 2 hours 11 minutes 5 seconds.')).toEqual([]);
    expect(issues('zh', '男子冠军成绩为2小时11分05秒。')).toEqual([]);
    expect(issues('en', 'The men\'s winner finished in 2:11:15.')).not.toEqual([]);
  });

  it('reads kV, °C below zero, hyphenated money and "N and a half"', () => {
    expect(issues('en', 'Two 110 kV substations and 5 MW of rooftop solar were added.')).toEqual([]);
    expect(issues('en', 'Two 220 kV substations were added.')).not.toEqual([]);
    expect(issues('en', 'Night temperatures fell to around minus 2°C.')).toEqual([]);
    expect(issues('en', 'Night temperatures fell to minus 2°C.')).not.toEqual([]);
    expect(issues('en', 'Market transactions reached an 8.6-billion-yuan total.')).toEqual([]);
    expect(issues('en', 'Market transactions reached a 9.6-billion-yuan total.')).not.toEqual([]);
    expect(issues('en', 'The third metro line took five and a half years to build.')).toEqual([]);
    expect(issues('en', 'The third metro line took six and a half years to build.')).not.toEqual([]);
  });

  it('reads "-fold" as a level and "past" as a qualifier', () => {
    expect(issues('en', 'Passenger numbers rose more than fivefold.')).toEqual([]);
    expect(issues('en', 'Passenger numbers rose fourfold.')).not.toEqual([]);
    expect(findEnglishQuantities('taking the total past 5.1 million')[0]?.approx).toBe('over');
    expect(findEnglishQuantities('in the past 5 years')[0]?.approx).toBe(null);
  });

  it('reads 当月 as the month the report is about, and quarters as their months', () => {
    expect(issues('en', 'The Donghu mall drew more than 120,000 visits in October.')).toEqual([]);
    expect(issues('zh', '6月开业的东湖商场10月客流超过12万人次。')).toEqual([]);
    expect(issues('en', 'The Donghu mall drew more than 120,000 visits in November.')).not.toEqual([]);
    expect(issues('en', 'GDP came to 198.6 billion yuan in January-September.')).toEqual([]);
    expect(issues('en', 'GDP came to 198.6 billion yuan in the first nine months.')).toEqual([]);
    expect(issues('en', 'GDP came to 198.6 billion yuan in the first eight months.')).not.toEqual([]);
  });

  it('lets a qualified figure round to one digit, and reads bare numbers with any classifier', () => {
    expect(issues('zh', '前三季度研发投入近10亿元。')).toEqual([]);
    expect(issues('zh', '前三季度研发投入约10亿元。')).toEqual([]);
    expect(issues('zh', '前三季度研发投入10亿元。')).not.toEqual([]);
    expect(issues('en', 'More than 860 temporary tents were put up across eight riverside districts.')).toEqual([]);
    expect(issues('en', 'More than 960 temporary tents were put up.')).not.toEqual([]);
  });

  it('accepts a difference or sum of two figures the source states as a change, nothing looser', () => {
    expect(issues('en', 'Fires fell to 37 from 49 the year before.')).toEqual([]);
    expect(issues('en', 'Fires fell to 37 from 59 the year before.')).not.toEqual([]);
    expect(issues('zh', '男子冠军比去年冠军快了95秒。')).toEqual([]);
    // A sum with no change in the source (3260家 + 146辆) or no comparison in the claim is no figure.
    expect(issues('en', 'The city registered 25 new firms.')).not.toEqual([]);
  });

  it('reads a qualifier before a noun phrase, and pairs rates within a source clause or a change', () => {
    expect(issues('en', 'More than half of the firms are in the high-tech zone.')).toEqual([]);
    expect(issues('en', 'Nearly half of the firms are in the high-tech zone.')).not.toEqual([]);
    expect(issues('zh', '年龄在20至29岁之间的员工超过四成。')).toEqual([]);
    expect(issues('en', 'R&D spending rose to 2.4% of output, up 0.5 percentage points from 1.9% in 2022.')).toEqual([]);
    expect(issues('en', 'R&D spending rose to 2.4% of output, up 0.6 percentage points from 1.9% in 2022.')).not.toEqual([]);
  });

  it('keeps rivals to what is counted alike, and reads a time beside another time of its clause', () => {
    // 8区 is no rival of a count of vehicles, nor 2座 of 146辆.
    expect(issues('zh', '截至18时，共调派抢险车辆146辆。')).toEqual([]);
    expect(issues('zh', '6月开业的东湖商场10月客流超过12万人次，新增登记企业3260家。')).toEqual([]);
    expect(issues('zh', '6月开业的东湖商场9月客流超过12万人次。')).not.toEqual([]);
  });

  it('keeps turnover (交易额) apart from revenue', () => {
    expect(issues('en', 'Market turnover reached 8.6 billion yuan.')).toEqual([]);
    expect(issues('en', 'Market revenue reached 8.6 billion yuan.')).not.toEqual([]);
  });
});
