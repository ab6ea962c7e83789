import { describe, expect, it } from 'vitest';
import { recentScans } from '../../src/util/recent-scans.js';

describe('recent scans', () => {
  it('answers a second scan of the same text and date without scanning, with a fresh array', () => {
    let scans = 0;
    const scan = recentScans(2, (text: string, date: string | null) => {
      scans++;
      return [{ text, date }];
    });
    const first = scan('营收100亿元', '2025-05-20');
    const second = scan('营收100亿元', '2025-05-20');
    expect(scans).toBe(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(Object.isFrozen(second[0])).toBe(true);
    // Another date is another reading (今年 resolves against it).
    scan('营收100亿元', '2024-05-20');
    expect(scans).toBe(2);
  });

  it('keeps only the last few texts', () => {
    let scans = 0;
    const scan = recentScans(2, (text: string) => {
      scans++;
      return [{ text }];
    });
    for (const t of ['a', 'b', 'c', 'a']) scan(t, null);
    expect(scans).toBe(4);
  });
});
