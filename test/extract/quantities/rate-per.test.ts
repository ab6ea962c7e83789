import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';
import { FactSchema } from '../../../src/types.js';

describe('a rate keeps its denominator in the fact, not only in the English', () => {
  const rates = (text: string) =>
    findQuantities(text, { referenceDate: '2025-08-01' })
      .filter((q) => q.kind === 'measure')
      .map((q) => [q.unit, q.per ?? null, q.en]);

  it('says per what a flow, a speed or a load is', () => {
    expect(rates('新增排涝能力约310立方米每秒。')).toEqual([['m3', 's', 'about 310 m3/s']]);
    expect(rates('列车最高运行速度达到78公里/小时。')).toEqual([['km', 'h', expect.stringContaining('78 km/h')]]);
  });

  it('leaves a plain quantity without one', () => {
    expect(rates('水库库容约310立方米。')).toEqual([['m3', null, 'about 310 m3']]);
  });

  it('is part of the fact-sheet schema', () => {
    const fact = { id: 'f1', kind: 'measure', text: '310立方米每秒', span: { start: 0, end: 9 }, value: 310, valueMax: null, unit: 'm3', per: 's', approx: null, en: '310 m3/s', sentence: 0, context: '' };
    expect(FactSchema.parse(fact).per).toBe('s');
  });
});
