/**
 * One test per class of miss or spurious fact found on the project gold, each on the real
 * sentence from the fixture article it came from (fixtures/articles/<id>), so a rule that
 * regresses names the article and the convention (fixtures/gold/README.md) it breaks.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, type QuantityMatch } from '../../../src/extract/quantities/index.js';

type Brief = [text: string, kind: string, value: number | string, valueMax: number | null, unit: string | null, approx: string | null];

function facts(text: string, referenceDate: string | null = null): Brief[] {
  return findQuantities(text, { referenceDate }).map((q: QuantityMatch) => [q.text, q.kind, q.value, q.valueMax, q.unit, q.approx]);
}

function has(text: string, want: Brief, referenceDate: string | null = null): void {
  expect(facts(text, referenceDate)).toContainEqual(want);
}

describe('dates (a01, a02, a25)', () => {
  it('reads a dateline 2025-04-28 as a date, not an identifier', () => {
    has('2025-04-28 第一财经', ['2025-04-28', 'date', '2025-04-28', null, null, null]);
    expect(facts('客服热线400-820-8820')).toEqual([]);
    expect(facts('2025-13-45')).toEqual([]); // no such month or day
  });

  it('places a day without a month after the dateline it follows (a02)', () => {
    const got = facts('新华社北京5月9日电 海关总署9日发布数据显示，今年4月，我国货物贸易进出口总值3.84万亿元人民币', '2025-05-09');
    expect(got).toContainEqual(['5月9日', 'date', '2025-05-09', null, null, null]);
    expect(got).toContainEqual(['9日', 'date', '2025-05-09', null, null, null]);
    // A later day than the anchor's falls in the month before; with no year at all, --MM-DD.
    has('新华社北京5月9日电 该公司28日晚间公告', ['28日', 'date', '2025-04-28', null, null, null], '2025-05-09');
    has('新华社北京5月9日电 海关总署9日发布数据', ['9日', 'date', '--05-09', null, null, null]);
    // No verb of announcing or holding: 日 is not placed (每月9日 is a rule, not a date).
    expect(facts('每月9日还款', '2025-05-09')).toEqual([]);
  });

  it('keeps a future month in the publication year (a25: 预计持续至10月中旬)', () => {
    has('全年发行工作预计持续至10月中旬。', ['10月中旬', 'date', '2025-10', null, null, null], '2025-03-06');
    has('去年10月，出口增长', ['去年10月', 'date', '2024-10', null, null, null], '2025-03-06');
    has('10月，出口增长', ['10月', 'date', '2024-10', null, null, null], '2025-03-06');
  });

  it('reads 2025届 as a year and 2026年前后 as about a year (a12, a13)', () => {
    has('2025届高校毕业生规模预计达1222万人', ['2025届', 'year', '2025', null, null, null]);
    has('嫦娥七号将于2026年前后发射', ['2026年前后', 'year', '2026', null, null, 'about']);
    has('将于2026年前发射', ['2026年', 'year', '2026', null, null, null]);
  });

  it('reads YYYY年同期 as the half or quarter its sentence names (a17, a28)', () => {
    has('上半年新开立的港股交易账户约18万户，较2024年同期增加百分之三十五。', ['2024年同期', 'period', '2024-H1', null, null, null], '2025-07-02');
    has('营业利润率为3.7%，较2024年同期的6.0%下降', ['2024年', 'year', '2024', null, null, null]);
  });
});

describe('qualifiers (a07, a09, a12, a13, a17, a21, a28, a30)', () => {
  it('reads a qualifier a verb away from its figure', () => {
    has('每辆最高补贴2万元', ['最高补贴2万元', 'money', 20000, null, 'CNY', 'at_most']);
    has('募资总额最高可达410亿港元', ['最高可达410亿港元', 'money', 41e9, null, 'HKD', 'at_most']);
    has('每类产品最多补贴1件', ['最多补贴1件', 'count', 1, null, '件', 'at_most']);
    has('贴息期限最长2年', ['最长2年', 'duration', 2, null, 'year', 'at_most']);
    has('覆盖面积约占三分之一', ['约占三分之一', 'fraction', 0.3333, null, null, 'about']);
    // A noun between is not a verb: 最高温度 is no "up to".
    has('最高温度35摄氏度，增长12%', ['12%', 'percent', 12, null, '%', null]);
  });

  it('reads traditional qualifiers and currencies, and 兆 as 10^12 before a currency (a17)', () => {
    has('集資總額約1,067億港元', ['約1,067億港元', 'money', 106.7e9, null, 'HKD', 'about']);
    has('其中約四成為科技及醫療企業', ['約四成', 'percent', 40, null, '%', 'about']);
    has('上半年累計營收約新台幣1.77兆元', ['約新台幣1.77兆元', 'money', 1.77e12, null, 'TWD', 'about']);
    has('台積電公佈6月營收為新台幣2,637億元', ['新台幣2,637億元', 'money', 263.7e9, null, 'TWD', null]);
    has('平均每家募資不足20億元新台幣。', ['不足20億元新台幣', 'money', 2e9, null, 'TWD', 'under']);
    has('新增装机1.5兆瓦', ['1.5兆瓦', 'measure', 1.5, null, 'MW', null]);
  });

  it('does not read a comparison (高于) as a qualifier (a21)', () => {
    has('生产指数和新订单指数均高于50%的临界点', ['50%', 'percent', 50, null, '%', null]);
  });

  it('reads 翻了一番多, 5年期以上 and 超过2万架次 whole (a28, a30, a29)', () => {
    has('比亚迪海外销量同比翻了一番多', ['翻了一番多', 'multiple', 2, null, 'x', 'over']);
    has('5年期以上首套房公积金贷款利率由2.85%降至2.6%', ['5年期以上', 'duration', 5, null, 'year', 'over']);
    has('假期民航日均保障航班超过2万架次', ['超过2万架次', 'count', 20000, null, '架次', 'over']);
  });
});

describe('fractions, ordinals, ranges and durations (a02, a09, a18, a20, a23, a25, a26, a27)', () => {
  it('reads 一半 with its qualifier as one half', () => {
    has('占比已超过一半。', ['超过一半', 'fraction', 0.5, null, null, 'over']);
    has('占发售股份的一半左右。', ['一半左右', 'fraction', 0.5, null, null, 'about']);
    has('单价在过去两年已下降近一半', ['近一半', 'fraction', 0.5, null, null, 'under']);
    expect(facts('他的另一半')).toEqual([]);
  });

  it('reads a rank that closes a clause, not an enumeration', () => {
    has('宁德时代以超过四成的份额位居第一，比亚迪位列第二', ['第一', 'ordinal', 1, null, null, null]);
    has('OPPO出货量约1100万台，位列第三。', ['第三', 'ordinal', 3, null, null, null]);
    expect(facts('第一，要稳住外贸。').filter((f) => f[1] === 'ordinal')).toEqual([]);
  });

  it('reads an elliptical pair as two percentage points (a20)', () => {
    const got = facts('分别较上年上升0.4个和1.2个百分点。');
    expect(got).toContainEqual(['0.4个', 'percentage_point', 0.4, null, 'pp', null]);
    expect(got).toContainEqual(['1.2个百分点', 'percentage_point', 1.2, null, 'pp', null]);
    expect(facts('3、4月', '2025-05-09').every((f) => f[1] === 'date')).toBe(true);
  });

  it('reads ranges of 百分之 and of 成 (a23, a26)', () => {
    has('占比提升至百分之三十至百分之四十。', ['百分之三十至百分之四十', 'percent', 30, 40, '%', null]);
    has('受灾地块平均减产一至两成', ['一至两成', 'percent', 10, 20, '%', null]);
  });

  it('never starts a number with 点 (a25: 年初低点1.60%)', () => {
    has('较年初低点1.60%上行约0.19个百分点', ['1.60%', 'percent', 1.6, null, '%', null]);
  });

  it('reads decimal hours and bare-一 durations, not 上一年 (a05, a27, a04, n0)', () => {
    has('平均储能时长2.3小时。', ['2.3小时', 'duration', 2.3, null, 'hour', null]);
    has('约6.5小时后与空间站对接', ['约6.5小时', 'duration', 6.5, null, 'hour', 'about']);
    has('A股股价过去一年上涨超过40%', ['一年', 'duration', 1, null, 'year', null]);
    has('两年半', ['两年半', 'duration', 2.5, null, 'year', null]);
    has('期限3.5年', ['3.5年', 'duration', 3.5, null, 'year', null]);
    expect(facts('比上一年增长66%').filter((f) => f[1] === 'duration')).toEqual([]);
    expect(facts('一年一度的盛会')).toEqual([]);
  });
});

describe('counts and identifiers (a04, a06, a07, a08, a12, a13, a17, a18)', () => {
  it('reads nouns used as classifiers and traditional classifiers', () => {
    has('共推出地块9幅', ['9幅', 'count', 9, null, '幅', null]);
    has('上海、杭州、北京三城出让金合计', ['三城', 'count', 3, null, '城', null]);
    has('对购买12类家电产品的', ['12类', 'count', 12, null, '类', null]);
    has('当日成交十二万五千手', ['十二万五千手', 'count', 125000, null, '手', null]);
    has('人社部等三部门联合印发通知', ['三部门', 'count', 3, null, '部门', null]);
    has('今年上半年香港共有42隻新股上市', ['42隻', 'count', 42, null, '隻', null]);
    has('新開立的港股交易賬戶約18萬戶', ['約18萬戶', 'count', 180000, null, '戶', 'about']);
    expect(facts('二手房成交量为２６３６８套').map((f) => f[0])).toEqual(['２６３６８套']);
  });

  it('reads 亿块 as chips, not yuan (a04)', () => {
    has('2024年我国集成电路产量达4514亿块，同比增长22.2%', ['4514亿块', 'count', 451.4e9, null, '块', null]);
    has('花了三百块。', ['三百块', 'money', 300, null, 'CNY', null]);
  });

  it('never reads 三元 (battery chemistry) or 着陆场 as a figure (a18, a13)', () => {
    expect(facts('其中，三元电池装车量10.9GWh').map((f) => f[0])).toEqual(['10.9GWh']);
    expect(facts('在内蒙古四子王旗着陆场成功着陆')).toEqual([]);
    has('单价三元钱', ['三元钱', 'money', 3, null, 'CNY', null]);
  });
});
