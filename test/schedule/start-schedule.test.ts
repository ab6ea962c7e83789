import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/errors/index.js';
import { startSchedule } from '../../src/schedule/index.js';

const HOUR = 3_600_000;

/** A promise whose resolution the test controls. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-05-20T00:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startSchedule', () => {
  it('fires once per cron tick over a simulated period', async () => {
    const log: string[] = [];
    const job = vi.fn(async () => 0);
    const s = startSchedule({ cron: '0 * * * *', timezone: 'UTC', job, log: (l) => log.push(l) });
    expect(s.nextRun()?.toISOString()).toBe('2025-05-20T01:00:00.000Z');
    await vi.advanceTimersByTimeAsync(5 * HOUR + 1000);
    expect(job).toHaveBeenCalledTimes(5);
    expect(s.nextRun()?.toISOString()).toBe('2025-05-20T06:00:00.000Z');
    expect(log.filter((l) => / run \d+ start$/u.test(l))).toHaveLength(5);
    expect(log).toContain('2025-05-20T01:00:00.000Z schedule: run 1 start');
    expect(log.some((l) => l.startsWith('2025-05-20T01:00:00.000Z schedule: run 1 end exit=0 in 0.0s; next 2025-05-20T02:00:00.000Z'))).toBe(true);
    await s.stop();
    expect(s.nextRun()).toBeNull();
  });

  it('reads the expression in the given time zone', async () => {
    const job = vi.fn(async () => 0);
    const daily = startSchedule({ cron: '0 7 * * *', timezone: 'Asia/Shanghai', job, log: () => {} });
    expect(daily.nextRun()?.toISOString()).toBe('2025-05-20T23:00:00.000Z');
    await daily.stop();
    // India is UTC+5:30, so "on the hour" there is half past in UTC.
    const hourly = startSchedule({ cron: '0 * * * *', timezone: 'Asia/Kolkata', job, log: () => {} });
    expect(hourly.nextRun()?.toISOString()).toBe('2025-05-20T00:30:00.000Z');
    await vi.advanceTimersByTimeAsync(2.5 * HOUR);
    expect(job).toHaveBeenCalledTimes(3);
    await hourly.stop();
  });

  it('survives a throwing or failing job: the next tick still fires', async () => {
    const log: string[] = [];
    let n = 0;
    const job = vi.fn(async () => {
      n++;
      if (n === 1) throw new Error('disk on fire\nsecond line');
      return n === 2 ? 1 : 0;
    });
    const s = startSchedule({ cron: '0 * * * *', timezone: 'UTC', job, log: (l) => log.push(l) });
    await vi.advanceTimersByTimeAsync(3 * HOUR + 1000);
    expect(job).toHaveBeenCalledTimes(3);
    const ends = log.filter((l) => l.includes(' end '));
    expect(ends[0]).toMatch(/run 1 end exit=70 error=E_INTERNAL: disk on fire second line in /u);
    expect(ends[1]).toMatch(/run 2 end exit=1 in /u);
    expect(ends[2]).toMatch(/run 3 end exit=0 in /u);
    await s.stop();
  });

  it('skips a tick while the previous run is still going, and logs it', async () => {
    const log: string[] = [];
    const slow = deferred<number>();
    const job = vi.fn().mockReturnValueOnce(slow.promise).mockResolvedValue(0);
    const s = startSchedule({ cron: '0 * * * *', timezone: 'UTC', job, log: (l) => log.push(l) });
    await vi.advanceTimersByTimeAsync(2 * HOUR + 1000); // ticks at 01:00 (starts) and 02:00 (skipped)
    expect(job).toHaveBeenCalledTimes(1);
    expect(log).toContain('2025-05-20T02:00:00.000Z schedule: run 2 skipped: run 1 still running');
    slow.resolve(0);
    await vi.advanceTimersByTimeAsync(HOUR); // 03:00 runs again
    expect(job).toHaveBeenCalledTimes(2);
    await s.stop();
  });

  it('stop() waits for the run in flight, then fires no more', async () => {
    const log: string[] = [];
    const slow = deferred<number>();
    const job = vi.fn(() => slow.promise);
    const s = startSchedule({ cron: '0 * * * *', timezone: 'UTC', job, log: (l) => log.push(l) });
    await vi.advanceTimersByTimeAsync(HOUR + 1000);
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    expect(log.at(-1)).toMatch(/stopping: waiting for run 1 to finish$/u);
    slow.resolve(0);
    await stopping;
    expect(log.at(-2)).toMatch(/run 1 end exit=0/u);
    expect(log.at(-1)).toMatch(/schedule: stopped$/u);
    await vi.advanceTimersByTimeAsync(5 * HOUR);
    expect(job).toHaveBeenCalledTimes(1);
    expect(s.stop()).toBe(s.stop()); // idempotent
  });

  it('runs once at start with runOnStart', async () => {
    const job = vi.fn(async () => 0);
    const s = startSchedule({ cron: '0 7 * * *', timezone: 'UTC', job, log: () => {}, runOnStart: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(job).toHaveBeenCalledTimes(1);
    await s.stop();
  });

  it('rejects a bad expression or time zone as a configuration error', () => {
    expect(() => startSchedule({ cron: 'every morning', job: async () => 0, log: () => {} })).toThrow(ConfigurationError);
    expect(() => startSchedule({ cron: '0 7 * * *', timezone: 'Mars/Base', job: async () => 0, log: () => {} })).toThrow(/Mars\/Base/u);
  });
});
