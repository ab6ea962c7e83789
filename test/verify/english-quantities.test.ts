import { describe, expect, it } from 'vitest';
import { findEnglishQuantities } from '../../src/verify/index.js';

const one = (text: string) => {
  const found = findEnglishQuantities(text, { referenceDate: '2025-05-20' });
  expect(found, `${text} → ${JSON.stringify(found)}`).toHaveLength(1);
  const q = found[0]!;
  return { kind: q.kind, value: q.value, valueMax: q.valueMax, unit: q.unit, approx: q.approx };
};

describe('findEnglishQuantities', () => {
  it.each([
    ['$18 billion', 'money', 18e9, null, 'USD', null],
    ['US$18bn', 'money', 18e9, null, 'USD', null],
    ['18 billion dollars', 'money', 18e9, null, 'USD', null],
    ['USD 18 billion', 'money', 18e9, null, 'USD', null],
    ['RMB 2.4 billion', 'money', 2.4e9, null, 'CNY', null],
    ['2.4 billion yuan', 'money', 2.4e9, null, 'CNY', null],
    ['HK$111.5 billion', 'money', 111.5e9, null, 'HKD', null],
    ['US$153.10', 'money', 153.1, null, 'USD', null],
    ['US$17.1 billion', 'money', 17.1e9, null, 'USD', null],
    ['230,000 chips', 'count', 230000, null, null, null],
    ['one-third', 'fraction', 0.3333, null, null, null],
    ['a third of its value', 'fraction', 0.3333, null, null, null],
    ['66%', 'percent', 66, null, '%', null],
    ['66 percent', 'percent', 66, null, '%', null],
    ['6.6 percentage points', 'percentage_point', 6.6, null, 'pp', null],
    ['two to three years', 'duration', 2, 3, 'year', null],
    ['90 days', 'duration', 90, null, 'day', null],
    ['more than 4,000 employees', 'count', 4000, null, null, 'over'],
    ['nearly 40 executives', 'count', 40, null, null, 'under'],
    ['about US$50 billion', 'money', 50e9, null, 'USD', 'about'],
    ['over 20%', 'percent', 20, null, '%', 'over'],
    // A level word: "doubled" is 增长一倍, not 增长2倍 (see src/verify/multiples.ts).
    ['twice as many', 'multiple', 2, null, 'x-level', null],
    ['five million vehicles', 'count', 5e6, null, null, null],
    ['500,000 to 600,000 cars', 'count', 500000, 600000, null, null],
    // The scale written once belongs to both ends, unless the first end is written in full.
    ['18 to 20 billion yuan', 'money', 18e9, 20e9, 'CNY', null],
    ['RMB 800,000 to RMB 1.5 million', 'money', 800000, 1.5e6, 'CNY', null],
    ['between 20 and 50 yuan', 'money', 20, 50, 'CNY', null],
    ['for 16 consecutive years', 'duration', 16, null, 'year', null],
  ] as const)('%s', (text, kind, value, valueMax, unit, approx) => {
    expect(one(text)).toEqual({ kind, value, valueMax, unit, approx });
  });

  it.each([
    ['on May 19', 'date', '--05-19'],
    ['on May 19, 2025', 'date', '2025-05-19'],
    ['in April', 'date', '--04'],
    ['in August 2022', 'date', '2022-08'],
    ['in fiscal 2024', 'period', 'FY2024'],
    ['in the first quarter', 'period', 'Q1'],
    ['in the first three quarters of 2024', 'period', '2024-Q1..Q3'],
    ['in 2024', 'year', '2024'],
  ] as const)('%s is a date, compared as a date', (text, kind, value) => {
    expect(one(text)).toMatchObject({ kind, value });
  });

  it('reads model and product codes as names, not numbers', () => {
    const text = 'H20 and H100 chips, shown at Computex2025, beat the RTX 4090 and BR100; see No. 16.';
    expect(findEnglishQuantities(text)).toEqual([]);
  });

  it('keeps spans on the input', () => {
    const text = 'Revenue rose 66% to US$17.1 billion in fiscal 2024.';
    for (const q of findEnglishQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads "from 2020 to 2022" as two years, not a range of counts', () => {
    const found = findEnglishQuantities('inflated revenue from 2020 to 2022', { referenceDate: '2025-05-20' });
    expect(found.map((q) => [q.kind, q.value, q.text])).toEqual([
      ['year', '2020', '2020'],
      ['year', '2022', '2022'],
    ]);
  });
});
