/**
 * Rules added after auditing the fact sheets of blind sets 18 and 19 (fixtures/llm/blind18-articles,
 * blind19-articles). Each class is tested on invented sentences only, never the articles' own
 * wording, so the sets can still measure the extractor.
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

function en(text: string, referenceDate: string | null = null): string[] {
  return findQuantities(text, { referenceDate }).map((q) => q.en);
}

describe('units the scanner did not know', () => {
  it('reads 毫克, 微克, 兆帕 and 千帕 as measures', () => {
    has('车间粉尘浓度降到每立方米8毫克。', ['8毫克', 'measure', 8, null, 'mg', null]);
    has('全年PM10均值为每立方米46微克。', ['46微克', 'measure', 46, null, 'μg', null]);
    has('储罐工作压力为6.3兆帕，', ['6.3兆帕', 'measure', 6.3, null, 'MPa', null]);
    has('轮胎气压保持在250千帕。', ['250千帕', 'measure', 250, null, 'kPa', null]);
  });

  it('counts birds (羽), orders (单), voyages (航次) and services (班次)', () => {
    has('今年已为家禽接种疫苗860万羽。', ['860万羽', 'count', 8600000, null, '羽', null]);
    has('双十一当天该仓发出包裹42万单，', ['42万单', 'count', 420000, null, '单', null]);
    has('全年客轮共执行3200航次，', ['3200航次', 'count', 3200, null, '航次', null]);
    has('节假日加开夜间班次15班次。', ['15班次', 'count', 15, null, '班次', null]);
    // 单元, 单位 and 羽毛 are words, not a classifier after a number.
    expect(facts('住在3单元的居民，')).toEqual([]);
    expect(facts('共有12单位参加，')).toEqual([]);
  });

  it('reads 个工作日 as working days, not a bare 个', () => {
    has('审批时限压缩到4.5个工作日，', ['4.5个工作日', 'duration', 4.5, null, 'workday', null]);
    has('退款将在3至5个工作日内到账。', ['3至5个工作日', 'duration', 3, 5, 'workday', null]);
    expect(en('审批时限压缩到4.5个工作日，')).toEqual(['4.5 working days']);
  });
});

describe('magnitudes written without a leading digit or without a classifier', () => {
  it('reads 百亿, 千万 and 千亿 as one hundred or one thousand of the magnitude', () => {
    has('该园区年产值超百亿元。', ['超百亿元', 'money', 1e10, null, 'CNY', 'over']);
    has('项目共获得千万元级投资，合同额近千亿元', ['近千亿元', 'money', 1e11, null, 'CNY', 'under']);
    has('平台注册用户突破百万人。', ['突破百万人', 'count', 1e6, null, '人', 'over']);
    // Vague (上百亿, 数千万) stays no figure, and after 每 it is a rate's base, not a figure.
    expect(facts('投资规模达上百亿元')).toEqual([]);
    expect(facts('发病率为每百万人口3例').map((f) => f[0])).toEqual(['3例']);
  });

  it('reads a 万/亿 head count closing its clause after the noun it counts', () => {
    has('景区全年接待人次3.6亿，同比增长', ['3.6亿', 'count', 3.6e8, null, null, null]);
    has('全市常住人口约1350万。', ['约1350万', 'count', 1.35e7, null, null, 'about']);
    // A bare number with no head-count noun before it, or not closing its clause, stays out.
    expect(facts('合同金额1.2亿，')).toEqual([]);
    expect(facts('人口1350万的城市')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it('reads a share or bound stated of a whole named before 的, keeping the span on the figure', () => {
    has('出口额约占全省外贸总额的38.5%。', ['38.5%', 'percent', 38.5, null, '%', 'about']);
    has('保证金不低于合同金额的20%。', ['20%', 'percent', 20, null, '%', 'at_least']);
    has('单笔贷款不超过企业净资产的一半。', ['一半', 'fraction', 0.5, null, null, 'at_most']);
    has('发行规模上限为公司净资产的40%。', ['40%', 'percent', 40, null, '%', 'at_most']);
    // A year inside the noun phrase stays its own fact.
    const got = facts('今年订单量约为去年全年的3倍。', '2025-06-01');
    expect(got).toContainEqual(['去年', 'year', '2024', null, null, null]);
    expect(got).toContainEqual(['3倍', 'multiple', 3, null, 'x', 'about']);
    // 超过 across a noun compares two figures: the average is given exactly.
    has('增速超过全国平均水平的4.8%。', ['4.8%', 'percent', 4.8, null, '%', null]);
  });

  it('reads 上限 and 下限 as bounds, and a qualifier before a rate’s 每', () => {
    has('补贴上限为3000元。', ['上限为3000元', 'money', 3000, null, 'CNY', 'at_most']);
    has('年化收益下限为2%，', ['下限为2%', 'percent', 2, null, '%', 'at_least']);
    has('收购价约每斤4.2元，', ['约每斤4.2元', 'money', 4.2, null, 'CNY', 'about']);
    has('新能源车最高每辆补贴1.5万元', ['最高每辆补贴1.5万元', 'money', 15000, null, 'CNY', 'at_most']);
  });

  it('does not read 约 closing a word (签约, 节约, 预约) as "about"', () => {
    has('本次论坛现场签约38个项目，', ['38个', 'count', 38, null, '个', null]);
    has('改造后每年节约15%的燃料。', ['15%', 'percent', 15, null, '%', null]);
    has('门票已预约2000人次。', ['2000人次', 'count', 2000, null, '人次', null]);
    has('耕地面积折合约三十亩。', ['约三十亩', 'measure', 30, null, 'mu', 'about']);
  });

  it('lends a qualifier written once after a list to each figure after 分别', () => {
    const got = facts('污染物浓度分别控制在每升2毫克、6毫克和15毫克以下。');
    expect(got).toEqual([
      ['2毫克', 'measure', 2, null, 'mg', 'under'],
      ['6毫克', 'measure', 6, null, 'mg', 'under'],
      ['15毫克以下', 'measure', 15, null, 'mg', 'under'],
    ]);
    // Without 分别, tiers stay what they are: only the last is "over".
    expect(facts('贷款期限分为1年、3年和5年以上。')).toEqual([
      ['1年', 'duration', 1, null, 'year', null],
      ['3年', 'duration', 3, null, 'year', null],
      ['5年以上', 'duration', 5, null, 'year', 'over'],
    ]);
  });

  it('does not read 多 starting a word after a unit as "more than"', () => {
    has('冷库可在5℃多温区切换。', ['5℃', 'measure', 5, null, '°C', null]);
    has('耗时3天多，', ['3天多', 'duration', 3, null, 'day', 'over']);
  });
});

describe('words that only look like figures', () => {
  it('keeps 过去 + 年轻 out of 去年, and 二次 (secondary) out of counts', () => {
    expect(facts('过去年轻人少，如今回流了', '2025-06-01')).toEqual([]);
    has('收入超过去年同期水平', ['去年', 'year', '2024', null, null, null], '2025-06-01');
    expect(facts('推动二次开发利用')).toEqual([]);
    has('该产品已两次提价', ['两次', 'count', 2, null, '次', null]);
  });
});

describe('time', () => {
  it('places a bare day before a trading session (11日早盘, 12日尾盘)', () => {
    has('该股11日早盘一度涨停', ['11日', 'date', '2025-06-11', null, null, null], '2025-06-12');
    has('指数12日尾盘翻红', ['12日', 'date', '2025-06-12', null, null, null], '2025-06-12');
  });

  it('reads a run of months with 月 written once as one period', () => {
    has('今年1—4月，全市新增就业', ['今年1—4月', 'period', '2025-M01..M04', null, null, null], '2025-05-20');
    has('3至5月降水偏少', ['3至5月', 'period', '2025-M03..M05', null, null, null], '2025-06-01');
    has('2023年2-6月，该港', ['2-6月', 'period', '2023-M02..M06', null, null, null], '2025-06-01');
    expect(en('今年1—4月，全市新增就业', '2025-05-20')).toEqual(['January to April 2025']);
    // Two months each written with 月 stay two dates.
    expect(facts('6月至9月为汛期', '2025-05-20').map((f) => f[1])).toEqual(['date', 'date']);
  });

  it('reads 前N个月 after a year as the first N months, and leaves 提前3个月 a duration', () => {
    has('今年前7个月，出口增长', ['今年前7个月', 'period', '2025-M01..M07', null, null, null], '2025-08-20');
    has('2024年前11个月，销量', ['2024年前11个月', 'period', '2024-M01..M11', null, null, null], '2025-08-20');
    expect(en('今年前7个月，出口增长', '2025-08-20')).toEqual(['the first seven months of 2025']);
    has('工程提前3个月完工', ['3个月', 'duration', 3, null, 'month', null], '2025-08-20');
  });

  it('reads a season across two years (2024/2025榨季, 2024/25赛季) as a period', () => {
    has('2024/2025榨季全省产糖', ['2024/2025', 'period', '2024..2025', null, null, null]);
    has('2024/25赛季联赛', ['2024/25', 'period', '2024..2025', null, null, null]);
    expect(facts('比分2020/2025')).toEqual([]); // not two consecutive years
  });
});

describe('English renderings', () => {
  it('says "nearly doubled" for a rise of nearly one time (增长近1倍), not "nearly one time"', () => {
    expect(en('销量增长近1倍')).toEqual(['nearly doubled']);
  });
});

describe('近 before a span of years (found on blind set 21)', () => {
  it('reads 近3年来, 创近六年新高 and 近5年 before what happened in them as "the past", and 历时近3年 as "nearly"', () => {
    has('近5年来，全县新增茶园2万亩。', ['5年', 'duration', 5, null, 'year', null]);
    has('他说，近4年国内收购价格涨幅均超过两成。', ['4年', 'duration', 4, null, 'year', null]);
    has('近3个月以来，门店销量持续回升。', ['3个月', 'duration', 3, null, 'month', null]);
    has('10月全市新车销量创近六年单月新高。', ['六年', 'duration', 6, null, 'year', null]);
    has('新校区工程历时近3年。', ['近3年', 'duration', 3, null, 'year', 'under']);
    // Before what the county did in them, the two years are the past two (session 9); closing a clause they last.
    has('该县近2年累计投入5亿元。', ['2年', 'duration', 2, null, 'year', null]);
    has('项目建设近两年，投资5亿元。', ['近两年', 'duration', 2, null, 'year', 'under']);
  });
});
