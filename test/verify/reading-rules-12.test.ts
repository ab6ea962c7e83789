/**
 * Reading rules added after blind sets 34 and 35 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): concentrations per litre and per cubic metre, picometres and
 * "N times brighter", a level a change started from, "picked up" as no rise, 用户规模 as users, a
 * share restated in rounder words before a change in points, 八折 as "20% off", a cap written
 * "capping … at", and TB, CPR and the Antarctic where the source names them. Each rule is checked
 * for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州湖区水质持续改善 南极考察队今日出发',
  '2025-11-02 江州日报',
  '本报讯（记者周敏）上半年江州湖总磷平均浓度为0.072毫克/升，细颗粒物平均浓度为31微克/立方米。力争到2027年总磷浓度降至0.05毫克/升以下。',
  '新光源设计发射度低于90皮米·弧度，亮度较上一代装置提高约80倍。',
  '重点修复区活珊瑚覆盖率由修复前的不到9%提高到21.6%。',
  '全市发现活动性肺结核患者3120例，其中通过主动筛查发现的患者占比达到34.2%，比2023年提高7.5个百分点。',
  '截至9月底，微短剧用户规模达5.8亿人。新能源车型订单占比达到32.6%，首次超过三成，比去年同期提高8.1个百分点。',
  '持江州公交卡的乘客可享受八折优惠。新规要求单张预付卡金额不超过3000元、期限不超过2年。',
  '今年全市开展心肺复苏培训12.5万人次。我国第42次南极考察队约460人今日从上海出发。',
].join('\n');

const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-12', '2025-11-02'));

describe('reading rules after blind sets 34 and 35', () => {
  it('reads concentrations per litre and per cubic metre on both sides', () => {
    expect(findQuantities('总磷平均浓度为0.072毫克/升', { referenceDate: '2025-11-02' }).map((q) => [q.value, q.unit, q.per, q.en])).toEqual([[0.072, 'mg', 'L', '0.072 mg/L']]);
    expect(issues('en', 'The lake aims to bring total phosphorus below 0.05 milligrams per litre by 2027.')).toEqual([]);
    expect(issues('en', 'The lake aims to bring total phosphorus below 0.5 milligrams per litre by 2027.')).not.toEqual([]);
    expect(issues('en', 'Fine particulate matter averaged 31 micrograms per cubic metre in the first half.')).toEqual([]);
    expect(issues('en', 'Fine particulate matter averaged 13 micrograms per cubic metre in the first half.')).not.toEqual([]);
  });

  it('reads picometres as a unit and "N times brighter" as a factor', () => {
    expect(issues('en', 'The new light source is about 80 times brighter than the previous one.')).toEqual([]);
    expect(issues('en', 'The new light source is about 90 times brighter than the previous one.')).not.toEqual([]);
  });

  it('reads a level a change started from, and "picked up", as no rise', () => {
    expect(issues('en', 'Live coral cover rose to 21.6% from less than 9%.')).toEqual([]);
    expect(issues('en', 'Live coral cover rose to 21.6% from less than 19%.')).not.toEqual([]);
    expect(issues('en', 'Active screening picked up 34.2% of the 3,120 TB cases, up 7.5 percentage points from 2023.')).toEqual([]);
    expect(issues('en', 'Active screening picked up 43.2% of the 3,120 TB cases, up 7.5 percentage points from 2023.')).not.toEqual([]);
  });

  it('reads 用户规模 as users and a share restated in rounder words as the same share', () => {
    expect(issues('en', 'Micro-drama users numbered 580 million at the end of September.')).toEqual([]);
    expect(issues('en', 'New energy vehicles accounted for 32.6% of orders, up 8.1 percentage points from a year earlier.')).toEqual([]);
    expect(issues('en', 'New energy vehicles accounted for 23.6% of orders, up 8.1 percentage points from a year earlier.')).not.toEqual([]);
  });

  it('reads 八折 as "20% off" and "capping … at" as a cap', () => {
    expect(issues('en', 'Holders of a Jiangzhou transport card get 20% off.')).toEqual([]);
    expect(issues('en', 'Holders of a Jiangzhou transport card get 30% off.')).not.toEqual([]);
    expect(issues('en', 'New rules cap single prepaid cards at 3,000 yuan and two years.')).toEqual([]);
    expect(issues('en', 'New rules capping single prepaid cards at 3,000 yuan and two years took effect.')).toEqual([]);
    expect(issues('en', 'New rules set single prepaid cards at 3,000 yuan and two years.')).not.toEqual([]);
  });

  it('knows TB, CPR and the Antarctic where the source names 结核, 心肺复苏 and 南极', () => {
    expect(issues('en', 'About 125,000 people took CPR training this year.')).toEqual([]);
    expect(issues('en', "China's 42nd Antarctic expedition of about 460 members set out from Shanghai.")).toEqual([]);
    expect(issues('en', "China's 42nd Arctic expedition of about 460 members set out from Shanghai.")).not.toEqual([]);
  });
});
