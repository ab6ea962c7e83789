import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';

describe('what a figure measures', () => {
  it('reads the keyword in simplified and in traditional script alike', () => {
    const simplified = findQuantities('台积电上半年营收新台币2637亿元，同比增长40.6%。', { referenceDate: '2025-07-02' });
    const traditional = findQuantities('台積電上半年營收新台幣2637億元，同比增長40.6%。', { referenceDate: '2025-07-02' });
    const money = (qs: ReturnType<typeof findQuantities>) => qs.find((q) => q.kind === 'money');
    expect(money(simplified)).toMatchObject({ value: 263_700_000_000, unit: 'TWD', measures: 'revenue' });
    expect(money(traditional)).toMatchObject({ value: 263_700_000_000, unit: 'TWD', measures: 'revenue', text: '新台幣2637億元' });
  });
});

describe('a change word measures the change, not the levels around it', () => {
  const measured = (text: string) =>
    findQuantities(text, { referenceDate: '2024-09-05' }).filter((q) => q.kind !== 'year' && q.kind !== 'date').map((q) => [q.text, q.measures ?? null]);

  it('leaves the levels of 从…下降到… unmeasured', () => {
    expect(measured('营养不良率从18.3%下降到7.1%。')).toEqual([['18.3%', null], ['7.1%', null]]);
  });

  it('reads the level a change reached as what reached it', () => {
    expect(measured('公司营收增长至120亿元。')).toEqual([['120亿元', 'revenue']]);
  });

  it('still reads the size of a change as the change', () => {
    expect(measured('营收120亿元，同比增长8.4%。')).toEqual([['120亿元', 'revenue'], ['8.4%', 'growth']]);
    expect(measured('投后估值较2023年的27亿元增长约1.3倍。')).toEqual([['27亿元', 'valuation'], ['约1.3倍', 'growth']]);
  });
});
