import { describe, expect, it } from 'vitest';
import { countsOtherThings } from '../../src/verify/counted-things.js';

describe('countsOtherThings', () => {
  it('tells counts of different kinds of things apart by the English noun and the classifier', () => {
    expect(countsOtherThings(' compulsory-education schools now take part', '人')).toBe(true);
    expect(countsOtherThings(' higher vocational colleges in Shandong', '名')).toBe(true);
    expect(countsOtherThings(' bicycles and e-bikes a year', '家')).toBe(true);
    expect(countsOtherThings(' guest rooms', '家')).toBe(true);
  });

  it('keeps counts of the same kind, and says nothing where either side is unknown or general', () => {
    expect(countsOtherThings(' local farmers and herders', '人')).toBe(false);
    expect(countsOtherThings(' students', '人次')).toBe(false);
    expect(countsOtherThings(' projects', '人')).toBe(false);
    expect(countsOtherThings(' schools', '个')).toBe(false);
    expect(countsOtherThings(' schools', null)).toBe(false);
    // The noun phrase ends at "of": "300 of the students" counts students, not what follows.
    expect(countsOtherThings(' of the companies', '人')).toBe(false);
  });
});
