/**
 * Readings fixed after the first looks at blind sets 52 to 63 (fixtures/llm/blind52-articles …
 * blind63-articles), where the source figure itself was misread or not read. Each is tested on the
 * set's sentence and on a new sentence of the same kind.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';

function find(text: string, figure: string, referenceDate: string | null = null) {
  return findQuantities(text, { referenceDate }).find((q) => q.text === figure);
}

describe('readings after blind sets 52 to 55', () => {
  it('reads a fraction of a count in a density or rate (每亩0.5个以下), and no fraction of a plain count', () => {
    const bc02 = '学校、医院、公园等重点区域的活蚁巢密度降至每亩0.5个以下。';
    expect(find(bc02, '0.5个以下')).toMatchObject({ kind: 'count', value: 0.5, unit: '个', approx: 'under' });
    expect(find('全市每万人拥有公共厕所3.5座。', '3.5座')).toMatchObject({ kind: 'count', value: 3.5, unit: '座' });
    expect(find('全市共有公共厕所3.5座。', '3.5座')).toBeUndefined();
  });

  it("puts a month after the publication month in last year when the sentence names the year's high (为全年最高)", () => {
    const bc03 = '从月份看，8月沿海海平面较常年同期高163毫米，为全年最高。';
    expect(find(bc03, '8月', '2025-04-08')?.value).toBe('2024-08');
    expect(find('8月全市用电量为全年最低。', '8月', '2025-04-08')?.value).toBe('2024-08');
    // With no word of the past, a month four months ahead is still this year's.
    expect(find('8月，全市将举办第三届海洋文化节。', '8月', '2025-04-08')?.value).toBe('2025-08');
  });

  it('reads a magnitude alone after a qualifier as that round figure (不足百尾), and no word or vague amount', () => {
    const bh04 = '目前长江中华鲟野生繁殖群体数量估计不足百尾，葛洲坝下游产卵场已连续多年未监测到自然繁殖。';
    expect(find(bh04, '不足百尾')).toMatchObject({ kind: 'count', value: 100, unit: '尾', approx: 'under' });
    expect(find('全市近千家企业参与。', '近千家')).toMatchObject({ kind: 'count', value: 1000, unit: '家', approx: 'under' });
    expect(find('开幕式逾万人参加。', '逾万人')).toMatchObject({ kind: 'count', value: 10000, approx: 'over' });
    expect(findQuantities('千家万户受益，百年老店焕新，上百个项目落地。', { referenceDate: null })).toEqual([]);
  });

  it('reads 过 before a round magnitude as "over" (过亿元), and no 过 of a verb or an aspect', () => {
    const bm05 = '到2028年，曹县力争培育年销售额过亿元的企业30家。';
    expect(find(bm05, '过亿元')).toMatchObject({ kind: 'money', value: 1e8, unit: 'CNY', approx: 'over' });
    expect(find('公司营收过千万元。', '过千万元')).toMatchObject({ value: 1e7, approx: 'over' });
    expect(find('他获得过3次冠军。', '3次')).toMatchObject({ value: 3, approx: null });
    expect(find('项目通过千万元补贴完成改造。', '千万元')).toMatchObject({ value: 1e7, approx: null });
  });

  it('counts pairs with 副 (超百万副, 5000副), and no 副 of a title (副市长)', () => {
    const bk07 = '到2027年，深圳力争培育年出货量超百万副的企业5家以上。';
    expect(find(bk07, '超百万副')).toMatchObject({ kind: 'count', value: 1e6, unit: '副', approx: 'over' });
    expect(find('全市发放劳保手套5000副。', '5000副')).toMatchObject({ kind: 'count', value: 5000, unit: '副' });
    expect(findQuantities('全市有2副市长分管此项工作。', { referenceDate: null })).toEqual([]);
  });

  it('reads a run of days of the month (25日至28日) as two dates of the dateline\'s month', () => {
    const bh02 = '本报北京11月25日电 受强冷空气影响，25日至28日，我国中东部大部地区气温将先后下降8至12℃。';
    expect(find(bh02, '25日', '2025-11-25')?.value).toBe('2025-11-25');
    expect(find(bh02, '28日', '2025-11-25')?.value).toBe('2025-11-28');
    expect(findQuantities('比赛共有25至28人参加。', { referenceDate: '2025-11-25' }).map((q) => q.kind)).toEqual(['count']);
  });

  it('reads the points a player or team totals (积19分, 积18分屈居亚军), and no 积 of an area or a total time', () => {
    const bh08 = '来自广东的26岁棋手何子谦以8胜3和积19分的不败战绩夺得男子组冠军；上届冠军孙浩宇积18分屈居亚军。';
    expect(find(bh08, '19分')).toMatchObject({ kind: 'count', value: 19, unit: '分' });
    expect(find(bh08, '18分')).toMatchObject({ kind: 'count', value: 18, unit: '分' });
    expect(find('展厅面积19平方米，累积19分钟。', '19分钟')).toMatchObject({ kind: 'duration', value: 19 });
  });
});
