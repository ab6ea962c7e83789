/**
 * Reading rules added in session 17 after the first look at blind sets 300 to 303 (see
 * fixtures/llm/README.md), on synthetic articles (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 17', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-10-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);

  it('reads a fraction of a person as a rate where the sentence set one up before it (每千人口…4.2人以上)', () => {
    expect(chinese('全市每千人口注册护士数为3.6人，计划到2027年提高到4.2人以上。')).toContainEqual(['4.2人以上', 'count', 4.2, 'over']);
    expect(chinese('参赛人数达到4.2人。')).toEqual([]);
  });
});

const ARTICLE = [
  '青河财税与民生简讯',
  '2025-10-20 青河日报',
  '前三季度青河市税收收入完成181.5亿元，占财政总收入的约三分之一。',
  '分税种看，增值税完成78.4亿元，同比增长7.1%；企业所得税完成29.7亿元，同比下降2.3%。',
  '全市每千人口注册护士数为3.6人，计划到2027年提高到4.2人以上。',
  '按照护理员与失能老人1比4的配比测算，全区至少还缺护理员1500名。',
  '从成交结构看，智能照明产品占比首次超过三成，达到31.5%，比去年提高6.2个百分点。',
  '一位62岁的消费者花1280元购买的“降糖茶”实为普通代用茶，经调解后获得“退一赔三”。',
  '沿湖各地今年新建码头泊位12个，其中千吨级以上泊位8个。',
  '2023年，学校与德国一家护理培训中心合作开设“中德护理班”。首批32名学员将于7月前往德国工作。',
].join('\n');

describe('summaries of the session 17 article', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-34', '2025-10-20');
  const issues = summaryIssues(analyzed);

  it('takes "value-added tax receipts" for the kind of tax the source names, not its total tax revenue', () => {
    expect(issues('en', 'Value-added tax receipts rose 7.1% to 7.84 billion yuan.')).toEqual([]);
    expect(issues('en', 'Value-added tax receipts rose 2.3% to 2.97 billion yuan.')).not.toEqual([]);
    expect(issues('en', 'Tax revenue reached 7.84 billion yuan.')).not.toEqual([]);
  });

  it('reads 至少 before the verb as a floor on the figure after it', () => {
    expect(issues('en', 'The district is short of at least 1,500 caregivers.')).toEqual([]);
    expect(issues('en', 'The district is short of at least 1,600 caregivers.')).not.toEqual([]);
    expect(issues('en', 'The district is short of 1,500 caregivers.')).not.toEqual([]);
    expect(issues('zh', '全区至少还缺护理员1500名。')).toEqual([]);
    expect(issues('zh', '全区至少还缺护理员逾1500名。')).not.toEqual([]);
  });

  it('checks a fraction of a nurse per 1,000 people, with its bound', () => {
    expect(issues('en', 'The city plans to raise its registered nurses per 1,000 people to 4.2 or more by 2027.')).toEqual([]);
    expect(issues('en', 'The city plans to raise its registered nurses per 1,000 people to 4.5 or more by 2027.')).not.toEqual([]);
  });

  it('takes a bound the level passed beside the level and its change', () => {
    expect(issues('en', 'Smart lighting accounted for 31.5% of deals, the first time its share has exceeded 30%, and 6.2 percentage points more than last year.')).toEqual([]);
    expect(issues('en', 'Smart lighting accounted for 31.5% of deals, the first time its share has exceeded 30%, and 6.5 percentage points more than last year.')).not.toEqual([]);
  });

  it('reads 退一赔三 as three times the price and 千吨级以上 as 1,000 tonnes or more', () => {
    expect(issues('en', 'A consumer who paid 1,280 yuan for the tea received a refund plus three times the price.')).toEqual([]);
    expect(issues('en', 'A consumer who paid 1,280 yuan for the tea received a refund plus four times the price.')).not.toEqual([]);
    expect(issues('en', 'The lakeside towns built 12 new berths this year, eight of them for vessels of 1,000 tonnes or more.')).toEqual([]);
    expect(issues('en', 'The lakeside towns built 12 new berths this year, eight of them for vessels of 10,000 tonnes or more.')).not.toEqual([]);
  });

  it('takes the year in ", set up in 2023 with …," for that event, not the time of the trainees', () => {
    expect(issues('en', 'The first 32 trainees of the nursing class, set up in 2023 with a German training centre, will start work in Germany in July.')).toEqual([]);
    expect(issues('en', 'The first 32 trainees of the nursing class will start work in Germany in 2023.')).not.toEqual([]);
  });
});

const COUNTY = [
  '乡村幼儿园教师暑期培训启动',
  '2025-07-20 西北日报',
  '甘肃省临夏回族自治州东乡族自治县今年暑期启动第三期乡村幼儿园教师全员培训，来自全县24个乡镇的612名幼儿园教师分三批参训，由来自兰州、临夏等地的18名专家授课。',
  '临夏回族自治州今年共有幼儿园教师5200名。',
].join('\n');

describe('a county named with the prefecture it lies in (session 17)', () => {
  const analyzed = analyzeText(COUNTY, 'reading-rules-34b', '2025-07-20');
  const issues = summaryIssues(analyzed, [
    { zh: '临夏回族自治州', en: 'Linxia Hui Autonomous Prefecture', type: 'place' },
    { zh: '临夏', en: 'Linxia', type: 'place' },
    { zh: '东乡族自治县', en: 'Dongxiang Autonomous County', type: 'place' },
    { zh: '兰州', en: 'Lanzhou', type: 'place' },
  ]);

  it('takes "County in Gansu\'s Linxia …" for where the county lies, not whose figures these are', () => {
    expect(issues('en', "Dongxiang Autonomous County in Gansu's Linxia Hui Autonomous Prefecture is training 612 rural kindergarten teachers from its 24 townships.")).toEqual([]);
    expect(issues('en', 'Linxia Hui Autonomous Prefecture has 612 kindergarten teachers.')).not.toEqual([]);
  });
});
