/**
 * Reading rules added with the first look at blind sets 112 to 115 (see fixtures/llm/README.md), on a
 * synthetic article (not the sets' wording).
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州硅锰产量下降 绿氢项目投产',
  '2025-07-20 江州日报',
  '本报讯（记者林青）上半年全国硅锰产量约455万吨，同比减少近一成；其中江州产量下降5.3%。',
  '江州绿能集团总投资约57亿元，建设光伏80万千瓦、风电45万千瓦，年产绿氢约7.2万吨。',
  '远程心电监测系统今年提前预警心梗患者2760例。睡眠不足6小时人群患高血压风险高出约19%。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-25', '2025-07-20'));

describe('readings after the first look at sets 112 to 115', () => {
  it('reads 减少近一成 as a fall', () => {
    expect(issues('en', 'National output in the first half totalled around 4.55 million tonnes, down nearly 10% year on year.')).toEqual([]);
  });

  it('takes no figure in tonnes as the right one for a capacity in megawatts', () => {
    expect(issues('en', 'The project includes 800 megawatts of solar and 450 megawatts of wind capacity.')).toEqual([]);
  });

  it('reads "about a 19%" as about 19%, and ECG as no name to source', () => {
    expect(findEnglishQuantities('had about a 19% higher risk').map((q) => [q.value, q.approx])).toEqual([[19, 'about']]);
    expect(issues('en', 'The remote ECG system flagged 2,760 heart attack patients in advance this year.')).toEqual([]);
  });
});

const SELF = [
  '江州冷冻薯条产能扩大',
  '2025-09-20 江州日报',
  '本报讯（记者林青）今年前8个月我国冷冻薯条进口量为5.2万吨。省公安厅今年6月侦破的“5·17”专案涉案金额约1.06亿元。',
].join('\n');

describe('readings after the first look at sets 116 to 119', () => {
  const analyzed = analyzeText(SELF, 'reading-rules-25b', '2025-09-20');

  it('finds China where the article says 我国, and nowhere else', () => {
    const withChina = summaryIssues(analyzed, [{ zh: '中国', en: 'China', type: 'place' }]);
    expect(withChina('en', 'China imported 52,000 tonnes of frozen fries in the first eight months.')).toEqual([]);
    const withJapan = summaryIssues(analyzed, [{ zh: '日本', en: 'Japan', type: 'place' }]);
    expect(withJapan('en', 'Frozen fry imports reached 52,000 tonnes in the first eight months.')).not.toEqual([]);
  });

  it('reads a quoted date before "case" as the case name, and "Under" opening a sentence as no name', () => {
    const issues = summaryIssues(analyzed);
    expect(issues('en', 'The "May 17" case, cracked in June, involved about 106 million yuan.')).toEqual([]);
    expect(issues('en', 'Under the new rules, the "May 17" case involved about 106 million yuan.')).toEqual([]);
  });
});

describe('readings after the measurement of sets 120 to 123', () => {
  const SALES = [
    '江州步行街销售额增长',
    '2025-10-20 江州日报',
    '本报讯（记者林青）今年前三季度，江州8条步行街实现营业收入386.5亿元，同比增长8.9%。其中，春熙路营业收入142.3亿元。全市夜间消费销售额突破100亿元。',
  ].join('\n');
  const issues = summaryIssues(analyzeText(SALES, 'reading-rules-25c', '2025-10-20'));

  it('reads "sales" of a street or company as its 营业收入, not as another 销售额', () => {
    expect(issues('en', 'Their combined sales rose 8.9% to 38.65 billion yuan.')).toEqual([]);
    expect(issues('en', 'Chunxi Road led with sales of 14.23 billion yuan.')).toEqual([]);
    expect(issues('en', 'Their combined sales rose 8.9% to 38.65 million yuan.')).not.toEqual([]);
  });
});
