/**
 * Rules added after auditors read every fact of blind sets 44 to 51 (fixtures/llm/blind44-articles
 * to blind51-articles): a price per kilometre, per piece or per fibre-core kilometre shown as a plain
 * amount, 至少有1家 without its "at least", 最长达 rendered as a ceiling, and 一、二类 (grades) read as
 * a count of two categories. Each rule is tested on a new sentence of the kind audited.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/extract/quantities/index.js';

const shown = (text: string): [string, number | string, string | null, string][] =>
  findQuantities(text, { referenceDate: '2025-09-16' }).map((q) => [q.text, q.value, q.approx, q.en]);

describe('fact-sheet readings after the audit of blind sets 44 to 51', () => {
  it('shows what a price is per: a kilometre, a piece, a fibre-core kilometre', () => {
    expect(shown('超过3公里后的里程单价由每公里1.8元调整为2元，超过10公里的部分按每公里2.6元计费。').map(([t, , , en]) => [t, en])).toEqual([
      ['超过3公里', 'more than 3 km'],
      ['1.8元', 'RMB 1.80 per km'],
      ['2元', 'RMB 2'],
      ['超过10公里', 'more than 10 km'],
      ['2.6元', 'RMB 2.60 per km'],
    ]);
    expect(shown('优质珍珠每颗售价约120元。')).toEqual([['约120元', 120, 'about', 'about RMB 120 per piece']]);
    expect(shown('本次集采最高限价为每芯公里56.8元。')).toEqual([['56.8元', 56.8, null, 'RMB 56.80 per fibre-core km']]);
  });

  it('keeps a bound across 有 and says "up to" for the most reached', () => {
    expect(shown('每个县至少有1家医院能开展该项手术。')).toEqual([['至少有1家', 1, 'at_least', 'at least one']]);
    expect(shown('约有300人参加培训。')).toEqual([['约有300人', 300, 'about', 'about 300']]);
    expect(shown('单井水平段最长达4286米。')).toEqual([['最长达4286米', 4286, 'at_most', 'up to 4,286 m']]);
    expect(shown('每户最多补贴2000元。')[0]?.[3]).toBe('up to RMB 2,000 per household');
    expect(shown('单笔金额不超过5000元。')[0]?.[3]).toBe('no more than RMB 5,000');
  });

  it('reads grades listed with 、 as no count, and a count of categories as one', () => {
    expect(shown('一、二类苗比例达到86%。')).toEqual([['86%', 86, null, '86%']]);
    expect(shown('共有三类产品入选。')).toEqual([['三类', 3, null, 'three categories']]);
  });
});
