/**
 * Reading rules added with the first look at blind sets 80 to 83 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording). First, two that the sets' articles showed in the
 * builtin brief: 占道 (a road blocked) names no share, and a count whose classifier the claim names
 * ("more than 600 flights", 逾600架次) is tied to where the source counts that, not to another 600.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州今年航空医疗救援飞行逾600架次',
  '2025-06-20 江州日报',
  '本报讯（记者林青）今年以来，江州航空医疗救援累计飞行逾600架次。',
  '今年第一季度，上城区因事故占道导致的拥堵投诉下降38%。全市交通事故同比下降6.2%。',
  '按照规划，到2027年全省起降点将增至600个以上。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules-21', '2025-06-20');
const issues = summaryIssues(analyzed);

describe('readings the builtin brief of sets 80 to 83 showed', () => {
  it('reads a figure after 占道 as no share', () => {
    expect(analyzed.facts.find((f) => f.text === '38%')?.measures).toBe('decline');
    expect(issues('en', 'Congestion complaints caused by accidents fell 38% in the first quarter.')).toEqual([]);
  });

  it('ties a counted claim to the source figure that counts the same', () => {
    expect(issues('en', 'Air ambulances have flown more than 600 flights in 2025.')).toEqual([]);
    expect(issues('en', 'Air ambulances have flown more than 600 flights in 2027.')).not.toEqual([]);
    expect(issues('en', 'The province will have more than 600 landing sites by 2027.')).toEqual([]);
  });
});

describe('readings after the first look at sets 80 to 83', () => {
  it('reads a score after 以, "doubled as" a role, "a third-batch" city, a power of ten and January–February', async () => {
    const { findQuantities } = await import('../../src/extract/quantities/index.js');
    const { findEnglishQuantities } = await import('../../src/verify/english-quantities.js');
    expect(findQuantities('选手以9.76分夺冠', { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.unit])).toEqual([['9.76分', 'count', '分']]);
    expect(findQuantities('选手以逾9.76分夺冠', { referenceDate: '2025-06-20' }).map((q) => [q.text, q.approx])).toEqual([['逾9.76分', 'over']]);
    expect(findEnglishQuantities('The event doubled as a trial.')).toEqual([]);
    expect(findEnglishQuantities('Sales doubled as prices fell.').map((q) => q.value)).toEqual([2]);
    expect(findEnglishQuantities('Chengdu, a third-batch pilot city').map((q) => q.kind)).toEqual([]);
    expect(findEnglishQuantities('an uncertainty of 2.1×10⁻¹⁸ over 30 days').map((q) => q.text)).toEqual(['30 days']);
    expect(findEnglishQuantities('output fell in January and February').map((q) => [q.kind, q.value])).toEqual([['period', 'M01..M02']]);
    expect(findEnglishQuantities('output fell in January and May').map((q) => q.kind)).toEqual(['date', 'date']);
  });
});

const RECORDS = [
  '江州放归扬子鳄创纪录',
  '2025-06-20 江州日报',
  '本报讯（记者林青）这是保护区单次规模最大的一次放归，此前单次放归数量最多为32条。水葫芦在水温25℃至30℃时，5天左右即可增殖一倍。',
  '广州每千名儿童拥有儿科医生0.98名，仍低于1.12名的国家目标。南海试采历时62天，累计产气约158万立方米。',
  '江州1905文化创意园由原重型机器厂铸造车间改建。目前全市原料药出口企业达312家。',
].join('\n');

const recordIssues = summaryIssues(analyzeText(RECORDS, 'reading-rules-21b', '2025-06-20'));

describe('verifier readings after the first look at sets 80 to 83', () => {
  it('takes a past maximum as a record stated exactly, and a rise 一倍 as doubling', () => {
    expect(recordIssues('en', 'It topped the previous record of 32 animals.')).toEqual([]);
    expect(recordIssues('en', 'It topped the previous record of 23 animals.')).not.toEqual([]);
    expect(recordIssues('en', 'The plant can double in about five days.')).toEqual([]);
    expect(recordIssues('en', 'The plant can triple in about five days.')).not.toEqual([]);
  });

  it('reads a target after 低于…的 as the figure itself, and "over 62 days" as a span', () => {
    expect(recordIssues('zh', '广州每千名儿童拥有儿科医生0.98名，仍低于1.12名的国家目标。')).toEqual([]);
    expect(recordIssues('en', 'The trial yielded about 1.58 million cubic metres of gas over 62 days.')).toEqual([]);
    expect(recordIssues('en', 'The trial yielded about 1.58 million cubic metres of gas over 72 days.')).not.toEqual([]);
  });

  it('takes a number that opens a name in the source as part of the name, and API as no name to source', () => {
    expect(recordIssues('en', 'The 1905 Cultural and Creative Park was once a foundry workshop.')).toEqual([]);
    expect(recordIssues('en', 'The city has 312 API exporters.')).toEqual([]);
    expect(recordIssues('en', 'The city has 321 API exporters.')).not.toEqual([]);
  });
});

describe('a reading the articles of sets 84 to 87 showed', () => {
  it('reads an isotope (碘-125) as a name, not a figure of minus 125', async () => {
    const { findQuantities } = await import('../../src/extract/quantities/index.js');
    expect(findQuantities('建成的碘-125粒子产线，年产能约30万粒', { referenceDate: '2025-06-20' }).map((q) => q.text)).toEqual(['约30万粒']);
    expect(findQuantities('碳-14测年显示', { referenceDate: '2025-06-20' })).toEqual([]);
    expect(findQuantities('气温降至-5℃', { referenceDate: '2025-06-20' }).map((q) => q.value)).toEqual([-5]);
  });
});

describe('readings after the measurement of sets 84 to 87', () => {
  const INDEX = ['江州石材价格指数回落', '2025-10-20 江州日报', '本报讯（记者林青）9月份花岗岩板材价格指数为97.8点，同比下降4.5%。国家能源局煤炭司副司长李振华介绍，合同履约率保持在95%左右。从2027年起，艺术科目将以20分计入初中学业水平考试总分。'].join('\n');
  const check = summaryIssues(analyzeText(INDEX, 'reading-rules-21c', '2025-10-20'), [{ zh: '国家能源局', en: 'National Energy Administration', type: 'organization' }]);

  it("reads an index's points (97.8点) and a score counted in (以20分计入)", () => {
    expect(check('en', 'The granite slab price index stood at 97.8 points in September, down 4.5% year on year.')).toEqual([]);
    expect(check('en', 'The granite slab price index stood at 98.7 points in September, down 4.5% year on year.')).not.toEqual([]);
    expect(check('en', 'From 2027, art will count for 20 points in the exams.')).toEqual([]);
    expect(check('en', 'From 2027, art will count for 30 points in the exams.')).not.toEqual([]);
  });

  it("knows an acronym of a name the article gives (the NEA), and still flags one it does not", () => {
    expect(check('en', "The fulfilment rate stays at around 95%, said Li Zhenhua of the NEA's coal department.")).toEqual([]);
    expect(check('en', "The fulfilment rate stays at around 95%, said Li Zhenhua of the NEB's coal department.")).not.toEqual([]);
  });
});

describe('readings the builtin brief of sets 88 to 91 showed', () => {
  it('ends a sentence after a unit letter ("about 520 L.") and reads a label before a qualifier', async () => {
    const { splitSummarySentences } = await import('../../src/verify/split-summary-sentences.js');
    expect(splitSummarySentences('Donation (April): about 520 L. Growth (April): 18.6%.', 'en').map((s) => s.text)).toEqual([
      'Donation (April): about 520 L.',
      'Growth (April): 18.6%.',
    ]);
    expect(splitSummarySentences('J. Smith said so. Then he left.', 'en').map((s) => s.text)).toEqual(['J. Smith said so.', 'Then he left.']);
    const { englishMeasure } = await import('../../src/verify/figure-context.js');
    const text = 'Zhongshan Hospital demand: about 150 orders per day on average.';
    expect(englishMeasure(text, text.indexOf('150'), text.indexOf('150') + 3)).toBe('demand');
  });
});

describe('readings after the measurement of sets 88 to 91', () => {
  const ARTICLE2 = ['江州脑库样本突破万例', '2025-10-20 江州日报', '本报讯（记者林青）登记捐献者中60岁以下的约占三成。上海队以6分21秒47获得女子四人双桨冠军。'].join('\n');
  const check = summaryIssues(analyzeText(ARTICLE2, 'reading-rules-21d', '2025-10-20'));

  it('reads "under the age of" as a bound and quadruple sculls as a boat', () => {
    expect(check('en', 'About 30% of registered donors are under the age of 60.')).toEqual([]);
    expect(check('en', 'About 30% of registered donors are 60.').join(' ')).toContain('drops the qualifier');
    expect(check('en', "Shanghai won the women's quadruple sculls in 6:21.47.")).toEqual([]);
  });

  it('takes ICU, HIV, BC and Tibetan as no names to source', () => {
    expect(check('en', 'The HIV and ICU rules date back to 562 BC, for Tibetan donors too.').filter((i) => /name not found/.test(i))).toEqual([]);
  });
});
