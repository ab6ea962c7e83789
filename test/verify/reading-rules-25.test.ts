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
