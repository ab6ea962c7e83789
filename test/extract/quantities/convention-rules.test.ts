/**
 * Rules added after the first held-out measurement (fixtures/heldout/README.md, log of
 * changes). Each class is tested on invented sentences only: the held-out articles must not
 * enter the tests, or the set would measure its own tests.
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

describe('container units: 标准箱 is TEU, a measure; 自然箱 counts boxes', () => {
  it('reads 万标准箱 and 标箱 as TEU', () => {
    has('一季度该港完成集装箱吞吐量1250万标准箱，同比增长5%', ['1250万标准箱', 'measure', 12500000, null, 'TEU', null]);
    has('新码头年通过能力约30万标箱。', ['约30万标箱', 'measure', 300000, null, 'TEU', 'about']);
  });

  it('keeps physical boxes (自然箱) a count', () => {
    has('全年完成80万自然箱。', ['80万自然箱', 'count', 800000, null, '自然箱', null]);
  });
});

describe('块 is money only where the clause speaks of money', () => {
  it('counts screens, boards and chips', () => {
    has('全省影院银幕总数达到1.2万块，其中巨幕占一成', ['1.2万块', 'count', 12000, null, '块', null]);
    has('该厂去年新装光伏板640块。', ['640块', 'count', 640, null, '块', null]);
  });

  it('reads a price or a sale in 块 as yuan', () => {
    has('这台旧电脑最后卖了800块。', ['800块', 'money', 800, null, 'CNY', null]);
    has('门票价格也就50块，', ['50块', 'money', 50, null, 'CNY', null]);
    has('一顿饭两百块。', ['两百块', 'money', 200, null, 'CNY', null]); // a sum spelled as people say prices
  });

  it('does not borrow a price word from the previous clause', () => {
    has('均价42元，全市银幕增至3600块。', ['3600块', 'count', 3600, null, '块', null]);
  });
});

describe('前后 and 左右 after a month or a day', () => {
  it('reads them as about, like 2026年前后', () => {
    has('新车预计于9月前后上市。', ['9月前后', 'date', '2025-09', null, null, 'about'], '2025-03-10');
    has('稻谷将在10月20日左右收割完毕', ['10月20日左右', 'date', '2025-10-20', null, null, 'about'], '2025-09-01');
    has('二期工程2026年3月前后建成', ['2026年3月前后', 'date', '2026-03', null, null, 'about'], '2025-03-10');
  });

  it('leaves 月前 ("before") unqualified', () => {
    has('须在7月前完成整改', ['7月', 'date', '2025-07', null, null, null], '2025-03-10');
  });
});

describe('years come from the publication date, never from another sentence', () => {
  it('resolves a bare month-day and 去年 against the reference, whatever years the text recounts', () => {
    const text = '2019年、2020年公司连续亏损。4月24日晚公司公告，股票已于去年5月被实施风险警示。';
    const got = facts(text, '2025-04-25');
    expect(got).toContainEqual(['4月24日', 'date', '2025-04-24', null, null, null]);
    expect(got).toContainEqual(['去年5月', 'date', '2024-05', null, null, null]);
  });

  it('does not anchor a day without a month on a dated event of another year in an earlier sentence', () => {
    const got = facts('公司于2019年6月3日上市。该公司28日晚间公告称', '2025-05-09');
    expect(got).toContainEqual(['28日', 'date', '2025-04-28', null, null, null]);
    // In the same sentence the anchor still holds (新华社北京5月9日电 海关总署9日发布).
    has('新华社北京5月9日电 该公司28日晚间公告', ['28日', 'date', '2025-04-28', null, null, null], '2025-05-09');
  });

  it('lets the first end of a date range lend its year to the second', () => {
    has('在2019年3月1日至5月31日期间买入的投资者', ['5月31日', 'date', '2019-05-31', null, null, null], '2025-05-09');
    has('活动时间为2024年12月1日至1月5日', ['1月5日', 'date', '2025-01-05', null, null, null], '2025-05-09');
  });
});

describe('第N条/款/项 of a statute is a legal reference, not an ordinal', () => {
  it('drops the citation after a title in 《》 or a law-like name', () => {
    expect(facts('依据《反垄断法》第五十六条的规定，对其处以罚款')).toEqual([]);
    expect(facts('违反了《公司法》第147条第二款')).toEqual([]);
    expect(facts('按照本办法第十条、第十一条执行')).toEqual([]);
  });

  it('keeps ranks written with the same suffixes', () => {
    has('公司第二条生产线正式投产', ['第二条', 'ordinal', 2, null, null, null]);
    has('已完成第3项任务', ['第3项', 'ordinal', 3, null, null, null]);
  });
});
