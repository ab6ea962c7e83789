/**
 * Rules added after an auditor read every fact of blind sets 26 to 29 (fixtures/llm/blind26-articles
 * to blind29-articles; findings of class A1, a wrong figure). Each rule is tested on the audited
 * sentence and on a new sentence of the same kind; the English renderings are read back by the verifier.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';
import { verifyOutput } from '../../../src/verify/verify-output.js';
import { analyzeText } from '../../support/analyzed-fixture.js';

type Shown = [text: string, value: number | string, unit: string | null, en: string];

function shown(text: string): Shown[] {
  return findQuantities(text, { referenceDate: '2025-10-08' }).map((q) => [q.text, q.value, q.unit, q.en]);
}

describe('a measure per second, hour, kilogram or square metre is shown as a rate', () => {
  it('reads 每秒 written after the unit or before the figure (o05: 约310立方米每秒, 每秒45立方米)', () => {
    expect(shown('新建和扩建排涝泵站26座，新增排涝能力约310立方米每秒。')).toContainEqual(['约310立方米每秒', 310, 'm3', 'about 310 m3/s']);
    expect(shown('设计流量由每秒45立方米提高至每秒80立方米，可保障约12平方公里汇水区域的排水安全。')).toEqual([
      ['45立方米', 45, 'm3', '45 m3/s'],
      ['80立方米', 80, 'm3', '80 m3/s'],
      ['约12平方公里', 12, 'km2', 'about 12 km2'],
    ]);
    expect(shown('洪峰流量为每秒2860立方米至3950立方米。')).toContainEqual(['2860立方米至3950立方米', 2860, 'm3', '2,860 to 3,950 m3/s']);
  });

  it('reads a speed, and a change of it in the next clause (ab01: 每小时78公里，比去年同期提高2公里)', () => {
    expect(shown('假期全国高速公路平均通行速度为每小时78公里，比去年同期提高2公里；拥堵路段累计里程约1.9万公里。')).toEqual([
      ['78公里', 78, 'km', '78 km/h'],
      ['去年', '2024', null, '2024'],
      ['2公里', 2, 'km', '2 km/h'],
      ['约1.9万公里', 19000, 'km', 'about 19,000 km'],
    ]);
    expect(shown('最大风速达48米/秒，全程120公里。')).toEqual([
      ['48米/秒', 48, 'm', '48 m/s'],
      ['120公里', 120, 'km', '120 km'],
    ]);
  });

  it('reads an energy density and a heat load (o08: 每千克165瓦时; ac02: 每平方米约10兆瓦)', () => {
    expect(shown('能量密度达到每千克165瓦时，比公司2024年量产的第一代产品提高约15%。')).toContainEqual(['165瓦时', 165, 'Wh', '165 watt-hours per kg']);
    expect(shown('第一壁模块在实验中承受了每平方米约10兆瓦的热负荷。')).toContainEqual(['约10兆瓦', 10, 'MW', 'about 10 MW/m2']);
  });

  it('keeps a price per watt-hour (o08: 约每瓦时0.42元)', () => {
    expect(shown('目前出厂价约每瓦时0.42元。')).toEqual([['约每瓦时0.42元', 0.42, 'CNY', 'about RMB 0.42 per watt-hour']]);
  });

  it('reads nothing rather than half a rate it has no denominator for (5吨/手)', () => {
    expect(shown('交易单位为5吨/手。')).toEqual([]);
    expect(shown('年产能35万吨/年。')).toEqual([['35万吨/年', 350000, 't', '350,000 t/yr']]);
  });
});

describe('hours and minutes are one duration (o03: 6小时12分)', () => {
  it('reads them in minutes and shows them as written', () => {
    expect(shown('在万米海底的单次最长作业时间为6小时12分。')).toEqual([['6小时12分', 372, 'minute', '6 hours 12 minutes']]);
    expect(shown('全程耗时约3个小时20分钟。')).toEqual([['约3个小时20分钟', 200, 'minute', 'about 3 hours 20 minutes']]);
    // A race time with seconds stays one in seconds.
    expect(shown('他以2小时08分31秒夺冠。')).toEqual([['2小时08分31秒', 7711, 'second', '2:08:31']]);
  });
});

describe('the rates read back by the verifier', () => {
  const ARTICLE = [
    '长沙新增排涝能力约310立方米每秒',
    '2025-10-08 湖南日报',
    '新增排涝能力约310立方米每秒。圭塘河排涝泵站设计流量由每秒45立方米提高至每秒80立方米。',
    '假期全国高速公路平均通行速度为每小时78公里，比去年同期提高2公里。潜水器单次最长作业时间为6小时12分。',
    '能量密度达到每千克165瓦时，出厂价约每瓦时0.42元。模块承受了每平方米约10兆瓦的热负荷。',
  ].join('\n');
  const analyzed = analyzeText(ARTICLE, 'audit-blind26-29', '2025-10-08');
  const issues = (en: string): string[] =>
    verifyOutput(analyzed, { zh: '', en, entities: [], warnings: [] }).verification.issues.map((i) => `${i.claim}: ${i.problem}`);
  const en = (span: string): string => analyzed.facts.find((f) => f.text === span)?.en ?? `(no fact ${span})`;

  it('supports a summary quoting them, and catches a slip in the same wording', () => {
    const summary = [
      `Drainage capacity rose by ${en('约310立方米每秒')}; design flow rose from ${en('45立方米')} to ${en('80立方米')}.`,
      `Average speed was ${en('78公里')}, up ${en('2公里')}.`,
      `The longest single dive lasted ${en('6小时12分')}.`,
      `Energy density reached ${en('165瓦时')}, at ${en('约每瓦时0.42元')}.`,
      `The module withstood ${en('约10兆瓦')}.`,
    ].join(' ');
    expect(issues(summary)).toEqual([]);
    expect(issues('The longest single dive lasted six hours.')).not.toEqual([]);
    expect(issues('Average speed was 87 km/h.')).not.toEqual([]);
  });
});

describe('qualifiers and classifiers the audit found lost (class A2)', () => {
  it('keeps 以上 after 翻一番, 最高 before 补助, 首破, and 约 after 精简', () => {
    expect(shown('场次较去年同期翻了一番以上。')).toContainEqual(['翻了一番以上', 2, 'x', 'more than twice']);
    expect(shown('单个项目最高补助300万元。')).toEqual([['最高补助300万元', 3000000, 'CNY', 'up to RMB 3 million']]);
    expect(shown('海外收入首破百亿元。')).toEqual([['首破百亿元', 10000000000, 'CNY', 'more than RMB 10 billion']]);
    expect(shown('办事材料平均精简约六成。')).toEqual([['约六成', 60, '%', 'about 60%']]);
  });

  it('reads 高出约一倍 as a rise, not "about one time"', () => {
    expect(shown('二季度订单量比一季度高出约一倍。')).toContainEqual(['约一倍', 1, 'x', 'roughly doubled']);
  });

  it('counts 辆次 and 艘次 as trips and passages, not vehicles and ships', () => {
    expect(shown('广东省日均流量为586万辆次，三峡船闸通过8.73万艘次。')).toEqual([
      // After 日均 the trips are a day's average (see audit-blind44-51.test.ts).
      ['586万辆次', 5860000, '辆次', '5.86 million vehicle trips per day on average'],
      ['8.73万艘次', 87300, '艘次', '87,300 ship passages'],
    ]);
  });
});
