import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressReporter, summaryLine } from '../../src/cli/progress-reporter.js';
import type { Manifest, ManifestItem } from '../../src/types.js';

/** A stream that records what was written, and says it is (or is not) a terminal. */
function fakeStream(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      text += chunk.toString();
      done();
    },
  }) as Writable & { isTTY: boolean; text: () => string };
  stream.isTTY = isTTY;
  stream.text = () => text;
  return stream;
}

const ok = (path: string): ManifestItem => ({ path, id: path, status: 'ok', provider: 'builtin', facts: 12, flagged: 1 });
const cached = (path: string): ManifestItem => ({ path, id: path, status: 'cached', provider: null });
const failed = (path: string): ManifestItem => ({
  path, id: null, status: 'failed', provider: null, error: { code: 'E_INPUT_EMPTY', message: `${path}: file is empty (0 bytes)` },
});

describe('progress reporter', () => {
  it('draws a live bar with counts, rate and ETA on a terminal', () => {
    const stream = fakeStream(true);
    let clock = 0;
    const report = createProgressReporter({ stream, quiet: false, now: () => clock });
    report({ status: 'start', total: 4 });
    clock = 1000;
    report({ status: 'item', item: ok('a.txt'), done: 1, total: 4 });
    clock = 2000;
    report({ status: 'item', item: cached('b.txt'), done: 2, total: 4 });
    const text = stream.text();
    expect(text).toContain('\r\x1b[K');
    expect(text).toMatch(/1\/4 · ok 1 · cached 0 · failed 0 · 1\.0\/s · ETA 3\.0s/);
    expect(text).toMatch(/2\/4 · ok 1 · cached 1 · failed 0 · 1\.0\/s · ETA 2\.0s/);
    expect(text).toContain('████████████░░░░░░░░░░░░');
    expect(text).not.toContain('\n');
  });

  it('prints failures on their own line above the bar, and clears the bar at the end', () => {
    const stream = fakeStream(true);
    let clock = 0;
    const report = createProgressReporter({ stream, quiet: false, now: () => clock });
    report({ status: 'start', total: 2 });
    clock = 500;
    report({ status: 'item', item: failed('x.txt'), done: 1, total: 2 });
    expect(stream.text()).toContain('failed x.txt: E_INPUT_EMPTY: file is empty (0 bytes)\n');
    report({ status: 'done', manifest: {} as Manifest });
    expect(stream.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes one plain line per article when not a terminal (cron logs, CI)', () => {
    const stream = fakeStream(false);
    const report = createProgressReporter({ stream, quiet: false, now: () => 0 });
    report({ status: 'start', total: 3 });
    report({ status: 'item', item: ok('a.txt'), done: 1, total: 3 });
    report({ status: 'item', item: cached('b.txt'), done: 2, total: 3 });
    report({ status: 'item', item: failed('c.txt'), done: 3, total: 3 });
    expect(stream.text().split('\n')).toEqual([
      'ok     a.txt (builtin, 12 facts, 1 flagged)',
      'cached b.txt',
      'failed c.txt: E_INPUT_EMPTY: file is empty (0 bytes)',
      '',
    ]);
    expect(stream.text()).not.toContain('\x1b');
  });

  it('stays quiet with --json except for failures', () => {
    const stream = fakeStream(true);
    const report = createProgressReporter({ stream, quiet: true, now: () => 0 });
    report({ status: 'start', total: 2 });
    report({ status: 'item', item: ok('a.txt'), done: 1, total: 2 });
    expect(stream.text()).toBe('');
    report({ status: 'item', item: failed('c.txt'), done: 2, total: 2 });
    expect(stream.text()).toContain('failed c.txt');
  });

  it('ends with a one-line summary of counts, tokens and time', () => {
    const manifest: Manifest = {
      runId: 'r', version: '0.1.0', startedAt: '2025-05-20T08:00:00.000Z', finishedAt: '2025-05-20T08:01:05.000Z',
      counts: { ok: 3, cached: 5, failed: 1 }, usage: { promptTokens: 1200, completionTokens: 300 }, items: [],
    };
    expect(summaryLine(manifest, 'output')).toBe(
      'jianbao: 3 ok · 5 cached · 1 failed · 1500 tokens (1200 prompt, 300 completion) · 1m5s → output',
    );
  });
});
