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

  it('keeps the texts used last: a hit counts as a use, so an article read again stays while older ones go', () => {
    let scans = 0;
    const scan = recentScans(2, (text: string) => {
      scans++;
      return [{ text }];
    });
    for (const t of ['source', 'sentence 1', 'source', 'sentence 2', 'source']) scan(t, null);
    // 'source' was used again before 'sentence 2' came, so 'sentence 1' was the one to go.
    expect(scans).toBe(3);
    scan('sentence 1', null);
    expect(scans).toBe(4);
  });

  it('keeps a scan without a reference date apart from one with', () => {
    let scans = 0;
    const scan = recentScans(4, (text: string, date: string | null) => {
      scans++;
      return [{ text, date }];
    });
    expect(scan('今年', null)[0]).toEqual({ text: '今年', date: null });
    expect(scan('今年', '2025-01-01')[0]).toEqual({ text: '今年', date: '2025-01-01' });
    expect(scans).toBe(2);
  });
});
