/**
 * Readings fixed after the first look at blind sets 52 to 55 (fixtures/llm/blind52-articles …
 * blind55-articles), where the source figure itself was misread. Each is tested on the set's
 * sentence and on a new sentence of the same kind.
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
});
