/**
 * Reading rules added after the first look at blind sets 68 to 71 (see fixtures/llm/README.md), on
 * synthetic articles (not the sets' wording): 不小于/不大于, days counted with 日 (5日以上10日以下, 前7日),
 * a floor and a ceiling written back to back as one span, 学年 and 赛季 years, GPa, "as many as",
 * "days' supply or more", a release day an hour before the report's name, a sentence that points back
 * (该基地…), a rival figure at another time, a name inside a longer name (浙江 in a company's name,
 * "Science" in a centre's), 电动工具 no new-energy word, HFC for HFCs, "Award" and "Leaf".
 * Each rule is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { wordsWithoutGloss } from '../../src/verify/gloss-words.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const read = (text: string) => findQuantities(text, { referenceDate: '2025-06-20' }).map((q) => [q.text, q.kind, q.value, q.valueMax, q.unit, q.approx]);

describe('extractor readings after blind sets 68 to 71', () => {
  it('reads 不小于, 不大于 and 不多于 as bounds', () => {
    expect(read('与灶台的距离不小于0.8米')).toEqual([['不小于0.8米', 'measure', 0.8, null, 'm', 'at_least']]);
    expect(read('管径不大于0.3米')).toEqual([['不大于0.3米', 'measure', 0.3, null, 'm', 'at_most']]);
  });

  it('reads days counted with 日 as durations, and a day of the month as before', () => {
    expect(read('可处5日以上10日以下拘留')).toEqual([['5日以上10日以下', 'duration', 5, 10, 'day', null]]);
    expect(read('该商品前7日最低成交价为299元')[0]).toEqual(['7日', 'duration', 7, null, 'day', null]);
    expect(read('应在15日内办结')).toEqual([['15日', 'duration', 15, null, 'day', null]]);
    expect(read('6月15日内蒙古召开会议')[0]).toEqual(['6月15日', 'date', '2025-06-15', null, null, null]);
  });

  it('reads a floor and a ceiling written back to back as one span', () => {
    expect(read('处3年以上7年以下有期徒刑')).toEqual([['3年以上7年以下', 'duration', 3, 7, 'year', null]]);
    expect(read('补贴1万元以上5万元以下')).toEqual([['1万元以上5万元以下', 'money', 10000, 50000, 'CNY', null]]);
    // Apart, each keeps its own bound.
    expect(read('3年以上的和7年以下的')).toEqual([
      ['3年以上', 'duration', 3, null, 'year', 'over'],
      ['7年以下', 'duration', 7, null, 'year', 'under'],
    ]);
  });

  it('reads a school year and a season as the year that names them, and a span of two as a period', () => {
    expect(read('2024学年全省')).toEqual([['2024学年', 'year', '2024', null, null, null]]);
    expect(read('CBA2024—2025赛季常规赛')).toEqual([['2024—2025赛季', 'period', '2024..2025', null, null, null]]);
    // A slip that makes the span run nowhere is still one period, checked as such.
    expect(read('2024—2024赛季')).toEqual([['2024—2024赛季', 'period', '2024..2024', null, null, null]]);
  });

  it('reads pressures in 吉帕 and gigapascals alike', () => {
    expect(read('最高30吉帕')).toEqual([['最高30吉帕', 'measure', 30, null, 'GPa', 'at_most']]);
    expect(findEnglishQuantities('up to 30 gigapascals').map((q) => [q.value, q.unit])).toEqual([[30, 'GPa']]);
  });

  it('reads "as many as" on a count as the figure itself, and as a ceiling after a modal or on an amount', () => {
    expect(findEnglishQuantities('One caller rang as many as 1,860 times.').map((q) => q.approx)).toEqual([null]);
    expect(findEnglishQuantities('The toll could reach as many as 300 people.').map((q) => q.approx)).toEqual(['at_most']);
    expect(findEnglishQuantities('Prices fell by as much as 93%.').map((q) => q.approx)).toEqual(['at_most']);
    expect(findEnglishQuantities("Stocks covered 20 days' supply or more.").map((q) => q.approx)).toEqual(['over']);
  });
});

const ARTICLE = [
  '江州海鸣电路泰国工厂投产',
  '2025-06-20 江州日报',
  '本报讯（记者林青）6月17日上午，江州海鸣电路科技股份有限公司泰国生产基地举行投产仪式。该基地总投资约3.6亿美元，分两期建设，首期年产能120万平方米；二期计划于2027年上半年建成。',
  '6月18日下午3时，2025年江州游戏产业报告在京发布。报告显示，今年一季度江州游戏海外收入12.4亿美元，同比增长8.7%。',
  '江州市去年出口电动工具214.6亿元。其中对美国出口56.9亿元，对“一带一路”沿线国家出口72.5亿元，同比增长21.8%。在园区的江州锐拓工具有限公司，前5个月出口额约9.8亿元，同比增长26%。',
  '白鹭景区去年接待游客162万人次，今年一季度接待游客41.3万人次，同比增长15.6%。第九届白鹭奖书法作品展共收到投稿4.36万件。第十届江州红叶节10月26日开幕。',
  '根据配额方案，今年第三代氟制冷剂（HFCs）生产配额总量为79.7万吨。江州强磁场科学中心混合磁体于3月16日产生46.3特斯拉的稳态磁场，中心用户在《科学》等期刊发表论文37篇。',
].join('\n');

const ENTITIES = [
  { zh: '江州强磁场科学中心', en: 'Jiangzhou High Magnetic Field Science Center', type: 'organization' as const },
  { zh: '《科学》', en: 'Science', type: 'organization' as const },
  { zh: '江州锐拓工具有限公司', en: 'Jiangzhou Ruituo Tools', type: 'organization' as const },
  { zh: '白鹭景区', en: 'Bailu Scenic Area', type: 'place' as const },
];

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-18', '2025-06-20'), ENTITIES);

describe('verifier readings after blind sets 68 to 71', () => {
  it('reads a time the sentence before states for a sentence that points back to it (该基地…)', () => {
    expect(issues('en', 'The Thailand plant, an investment of about $360 million, started production on June 17.')).toEqual([]);
    expect(issues('en', 'The Thailand plant, an investment of about $360 million, started production on June 19.')).not.toEqual([]);
  });

  it('takes a release day stated an hour and a report name before 发布 as the day of release', () => {
    expect(issues('en', 'Overseas game revenue reached $1.24 billion in the first quarter, according to a report released on June 18.')).toEqual([]);
    expect(issues('en', 'Overseas game revenue reached $1.24 billion in the first quarter, according to a report released on June 16.')).not.toEqual([]);
  });

  it('reads 电动工具 as power tools, a name inside a longer name as that name, and a rival at another time as none', () => {
    expect(issues('zh', '江州市对“一带一路”沿线国家出口电动工具72.5亿元，同比增长21.8%。')).toEqual([]);
    expect(issues('zh', '江州锐拓工具有限公司前5个月出口额约9.8亿元，同比增长26%。')).toEqual([]);
    expect(issues('zh', '白鹭景区今年一季度接待游客41.3万人次，同比增长15.6%。')).toEqual([]);
    expect(issues('zh', '白鹭景区去年接待游客41.3万人次。')).not.toEqual([]);
    expect(issues('en', 'A hybrid magnet at the Jiangzhou High Magnetic Field Science Center produced a steady field of 46.3 tesla on March 16.')).toEqual([]);
  });

  it('knows HFC where the source writes HFCs, and "Award" and "Leaf" of translated names', () => {
    expect(issues('en', 'The HFC production quota totals 797,000 tonnes this year.')).toEqual([]);
    expect(issues('en', 'The HFC production quota totals 979,000 tonnes this year.')).not.toEqual([]);
    expect(issues('en', 'The ninth Bailu Award calligraphy exhibition drew 43,600 entries.')).toEqual([]);
    expect(wordsWithoutGloss(['Leaf'], '第十届江州红叶节')).toEqual([]);
    expect(wordsWithoutGloss(['Leaf'], '第十届江州红灯节')).toEqual(['Leaf']);
  });
});
