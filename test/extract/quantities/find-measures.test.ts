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
