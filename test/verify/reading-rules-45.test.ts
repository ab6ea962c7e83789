/**
 * Reading rules added in session 23 after the first look at blind sets 452 to 459 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 23, third round', () => {
  const chinese = (text: string): [string, string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.approx]);
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads 几乎翻番 as nearly doubled, and points a dive earned (拿到) or a team lost (被扣)', () => {
    expect(chinese('出口订单同比几乎翻番')).toEqual([['几乎翻番', 'multiple', 2, 'under']]);
    expect(chinese('他的第三跳拿到92.40分')).toContainEqual(['92.40分', 'count', 92.4, null]);
    expect(chinese('动作失误会被扣0.5分')).toContainEqual(['0.5分', 'count', 0.5, null]);
  });

  it('reads races held and rounds shot over a distance, "out of a maximum of", burns over a share of a body, and a curling takeout', () => {
    expect(english('all finals were held over 1,000 meters')).toEqual([['1,000 meters', 'measure', 1000, 'm', null]]);
    expect(english('ranking rounds were shot over 60 meters')).toEqual([['60 meters', 'measure', 60, 'm', null]]);
    expect(english('sales were over 60 meters of cloth')).toEqual([['60 meters', 'measure', 60, 'm', 'over']]);
    expect(english('scored out of a maximum of 10 points').map((q) => q[4])).toEqual([null]);
    expect(english('scored a maximum of 10 points').map((q) => q[4])).toEqual(['at_most']);
    expect(english('a welder burned over 35% of his body')).toEqual([['35%', 'percent', 35, '%', null]]);
    expect(english('they practiced the double takeout')).toEqual([]);
    expect(english('outside the normal range of 2 to 6 degrees')).toEqual([['2 to 6 degrees', 'measure', 2, '°', 'over']]);
  });
});

const ARTICLE = [
  '临江县产业与民生简讯',
  '2025-11-20 临江日报',
  '到2028年，全县将打造2个百亿级柑橘产业集群。',
  '东岭镇、西岭镇和南岭镇是主产区，三地产量合计占全县的近七成。',
  '最终，城关龙狮队以9.52分夺得冠军，河口龙狮队以9.41分位居第二，两队仅相差0.11分。',
  '作为全省最大的茶油产区，临江茶油产量约占全省总量的六成。1至10月，全县茶油产量达3.8万吨，同比增长6.1%。',
  '就诊患者中，体重指数超过30的肥胖患者约占四成。',
  '县冷链中心一处冷库温度达到12摄氏度，超出0至10摄氏度的规定范围，被当场责令整改。',
].join('\n');

describe('summaries of the session 23 third-round article (sets 452–459)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-45', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('reads a class of cluster in yuan, places counted with 地, and a gap 与X仅差', () => {
    expect(issues('en', 'The county will build two 10-billion-yuan citrus industry clusters by 2028.')).toEqual([]);
    expect(issues('en', 'The county will build two 100-billion-yuan citrus industry clusters by 2028.')).not.toEqual([]);
    expect(issues('zh', '东岭镇、西岭镇和南岭镇三个主产区的产量合计占全县近七成。')).toEqual([]);
    expect(issues('zh', '东岭镇、西岭镇和南岭镇四个主产区的产量合计占全县近七成。')).not.toEqual([]);
    expect(issues('zh', '城关龙狮队以9.52分夺冠，与第二名河口龙狮队仅差0.11分。')).toEqual([]);
    expect(issues('zh', '城关龙狮队以9.52分夺冠，与第二名河口龙狮队仅差0.21分。')).not.toEqual([]);
  });

  it('pairs no share of a whole named without 的 with the count after it', () => {
    expect(issues('zh', '临江茶油产量约占全省六成，1至10月全县茶油产量达3.8万吨，同比增长6.1%。')).toEqual([]);
    expect(issues('zh', '临江茶油产量约占全省6.1%，1至10月全县茶油产量达3.8万吨，同比增长六成。')).not.toEqual([]);
  });

  it('reads an index past a bare level and a range a reading fell outside', () => {
    expect(issues('en', 'About 40% of patients are obese, with a body mass index above 30.')).toEqual([]);
    expect(issues('en', 'About 40% of patients are obese, with a body mass index above 28.')).not.toEqual([]);
    expect(issues('en', 'A cold store reached 12 degrees Celsius, outside the required range of 0 to 10 degrees.')).toEqual([]);
    expect(issues('en', 'A cold store reached 12 degrees Celsius, outside the required range of 0 to 8 degrees.')).not.toEqual([]);
  });
});
