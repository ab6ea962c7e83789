import { describe, expect, it } from 'vitest';
import {
  charShingles,
  clusterNearDuplicates,
  estimateContainment,
  estimateJaccard,
  isNearDuplicate,
  minHashSketch,
} from '../../src/digest/index.js';
import { readFixture } from './build-test-sheet.js';

const F = {
  a01: readFixture('fixtures/articles/a01-byd-q1-earnings.txt'),
  bydRewrite: readFixture('test/digest/fixtures/byd-q1-rewrite.txt'),
  bydHungary: readFixture('test/digest/fixtures/byd-hungary-plant.txt'),
  n0: readFixture('fixtures/articles/n0-nvidia-china.txt'),
  nvRewrite: readFixture('test/digest/fixtures/nvidia-shanghai-rewrite.txt'),
  nvH20: readFixture('test/digest/fixtures/nvidia-h20-charge.txt'),
  a02: readFixture('fixtures/articles/a02-customs-april-trade.txt'),
  a03: readFixture('fixtures/articles/a03-ev-startups-may-deliveries.txt'),
  a04: readFixture('fixtures/articles/a04-smic-annual-results.txt'),
  a05: readFixture('fixtures/articles/a05-renewable-capacity-2024.txt'),
};

function exactJaccard(a: string, b: string): number {
  const A = charShingles(a);
  const B = charShingles(b);
  let i = 0;
  for (const x of A) if (B.has(x)) i++;
  return i / (A.size + B.size - i);
}

describe('charShingles', () => {
  it('ignores punctuation, whitespace and full-width forms', () => {
    expect(charShingles('４５０６７辆，同比')).toEqual(charShingles('45067辆 同比'));
    expect([...charShingles('英伟达公司')]).toEqual(['英伟达', '伟达公', '达公司']);
  });
});

describe('MinHash near-duplicates', () => {
  it('estimates the Jaccard index of real article pairs closely', () => {
    for (const [a, b] of [
      [F.a01, F.bydRewrite],
      [F.n0, F.nvRewrite],
      [F.a01, F.bydHungary],
    ] as const) {
      expect(Math.abs(estimateJaccard(minHashSketch(a), minHashSketch(b)) - exactJaccard(a, b))).toBeLessThan(0.1);
    }
  });

  it('is deterministic', () => {
    expect([...minHashSketch(F.a01).signature]).toEqual([...minHashSketch(F.a01).signature]);
  });

  it('merges two rewrites of the same story, including a short rewrite of a long feature', () => {
    expect(isNearDuplicate(minHashSketch(F.a01), minHashSketch(F.bydRewrite))).toBe(true);
    expect(isNearDuplicate(minHashSketch(F.n0), minHashSketch(F.nvRewrite))).toBe(true);
    // Plain Jaccard would miss the second: the rewrite is a tenth of the feature's length.
    expect(exactJaccard(F.n0, F.nvRewrite)).toBeLessThan(0.2);
    expect(estimateContainment(minHashSketch(F.n0), minHashSketch(F.nvRewrite))).toBeGreaterThan(0.5);
  });

  it('keeps different stories about the same company apart', () => {
    expect(isNearDuplicate(minHashSketch(F.a01), minHashSketch(F.bydHungary))).toBe(false);
    expect(isNearDuplicate(minHashSketch(F.bydRewrite), minHashSketch(F.bydHungary))).toBe(false);
    expect(isNearDuplicate(minHashSketch(F.n0), minHashSketch(F.nvH20))).toBe(false);
    expect(isNearDuplicate(minHashSketch(F.nvRewrite), minHashSketch(F.nvH20))).toBe(false);
  });

  it('clusters a mixed set into stories', () => {
    const names = Object.keys(F) as (keyof typeof F)[];
    const clusters = clusterNearDuplicates(names.map((n) => F[n])).map((c) => c.map((i) => names[i]));
    expect(clusters).toContainEqual(['a01', 'bydRewrite']);
    expect(clusters).toContainEqual(['n0', 'nvRewrite']);
    expect(clusters).toHaveLength(names.length - 2);
  });

  it('judges very short texts on Jaccard, not containment', () => {
    const brief = '英伟达上海研究中心';
    expect(isNearDuplicate(minHashSketch(brief), minHashSketch(F.n0))).toBe(false);
    expect(isNearDuplicate(minHashSketch(brief), minHashSketch(brief))).toBe(true);
  });
});
