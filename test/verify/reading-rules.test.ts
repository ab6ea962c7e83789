/**
 * General reading rules added after the second blind measurement (see fixtures/llm/README.md):
 * each is checked on a small synthetic article, for the correct wording and for the slip it guards.
 */
import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '新能源政策加码 多项指标创新高',
  '2025年5月20日 本报记者',
  '3月上海新建商品住宅成交面积约86万平方米，环比增长1.5倍；某公司股价去年累计上涨超过两倍。',
  '报废旧车并购买新能源乘用车的，每辆最高补贴2万元；家电单件补贴不超过2000元。',
  '该电池续航可达1000公里，年销量超过160架，座级158至192座。',
  '提出到2027年，设备投资规模较2023年增长25%以上。',
  '集团4月30日发布2025年第一季度财报。',
  '期内，集团销售收入为776亿欧元，同比增长2.8%；营业利润28.7亿欧元，同比下降37%；营业利润率为3.7%，较2024年同期的6.0%下降2.3个百分点。',
  '空间站运行在距地面约400公里的近地轨道，组合体总质量近100吨。',
  'C919标准航程4075公里。',
  '大型企业PMI为51.2%，中型企业PMI为48.6%。制造业PMI为49.7%。',
].join('\n');

const analyzed = analyzeText(ARTICLE, 'reading-rules');
const issues = summaryIssues(analyzed);

describe('reading rules', () => {
  it('reads a rise by a multiple as a percentage (增长1.5倍 = up 150%)', () => {
    expect(issues('en', 'New-home sales jumped 150% month on month in March.')).toEqual([]);
    expect(issues('en', 'The shares gained more than 200% last year.')).toEqual([]);
    expect(issues('en', 'New-home sales jumped 250% month on month in March.')).not.toEqual([]);
  });

  it('reads 最高 across a few verbs and "capped at" as bounds', () => {
    expect(issues('zh', '报废旧车并购买新能源乘用车的，每辆最高可获补贴2万元。')).toEqual([]);
    expect(issues('zh', '报废旧车并购买新能源乘用车的，每辆可获补贴2万元。')).not.toEqual([]);
    expect(findEnglishQuantities('capped at 2,000 yuan')[0]?.approx).toBe('at_most');
  });

  it('takes 可达 as "up to" and keeps range ends exact', () => {
    expect(issues('en', 'The battery offers a range of up to 1,000 km.')).toEqual([]);
    expect(issues('en', 'The battery offers a range of more than 1,000 km.')).not.toEqual([]);
    expect(issues('en', '160 jets were sold.').join()).toMatch(/qualifier/);
  });

  it('does not tie a claim to a comparison base year (较2023年, 较2024年同期)', () => {
    expect(issues('zh', '到2027年设备投资规模较2023年增长25%以上。')).toEqual([]);
    expect(issues('zh', '到2026年设备投资规模较2023年增长25%以上。')).not.toEqual([]);
    expect(issues('zh', '集团一季度销售收入为776亿欧元，同比增长2.8%。')).toEqual([]);
  });

  it('does not pair a rate with the figure of the clause before when its own clause names its measure', () => {
    expect(issues('zh', '营业利润同比下降37%至28.7亿欧元，营业利润率降至3.7%。')).toEqual([]);
  });

  it('flags a power-of-ten slip that lands on a figure stated elsewhere', () => {
    expect(issues('en', 'The space station orbits about 400 km up, and the complex weighs nearly 100 tonnes.')).toEqual([]);
    expect(issues('en', 'The space station orbits about 4000 km up, and the complex weighs nearly 100 tonnes.')).not.toEqual([]);
  });

  it('reads units of measure in English and keeps counts of things apart from them', () => {
    const [q] = findEnglishQuantities('nearly 150 million tonnes');
    expect(q).toMatchObject({ kind: 'measure', unit: 't', value: 150e6, approx: 'under' });
    expect(findEnglishQuantities('22.6 GWh')[0]).toMatchObject({ kind: 'measure', unit: 'GWh' });
  });

  it('reads "Long March 5" as a name, not a date', () => {
    expect(findEnglishQuantities('The Long March 5 can carry about 25 tonnes.').map((q) => q.text)).toEqual(['25 tonnes']);
    expect(findEnglishQuantities('On March 5 it flew.').map((q) => q.kind)).toEqual(['date']);
  });

  it('ties a named index or enterprise size to the figure the source gives for it', () => {
    expect(issues('zh', '大型企业PMI为51.2%。')).toEqual([]);
    expect(issues('zh', '大型企业PMI为49.7%。')).not.toEqual([]);
    expect(issues('en', 'The PMI for large enterprises was 48.6%.')).not.toEqual([]);
  });

  it('does not pass a 万/亿 figure it cannot read', () => {
    expect(issues('zh', '集团销售收入为776亿欧美元。').join()).toMatch(/not read/);
  });
});
