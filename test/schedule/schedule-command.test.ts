import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIo, CommandModule } from '../../src/cli/command.js';
import { createScheduleCommand } from '../../src/cli/commands/schedule.js';

function captureIo(): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString()));
  stderr.on('data', (d: Buffer) => (e += d.toString()));
  return { io: { stdout, stderr, env: {}, cwd: '/tmp' }, out: () => o, err: () => e };
}

function fakeCommand(name: string, calls: string[], code = 0): CommandModule {
  return {
    name,
    summary: name,
    help: name,
    run: async (args) => {
      calls.push(`${name} ${args.join(' ')}`);
      return code;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-05-20T06:59:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('jianbao schedule', () => {
  it('runs `run` then `digest` on each tick and exits 0 after a stop signal', async () => {
    const calls: string[] = [];
    let signal: ((s: string) => void) | undefined;
    const unsubscribe = vi.fn();
    const command = createScheduleCommand({
      loadRun: async () => fakeCommand('run', calls, 1),
      loadDigest: async () => fakeCommand('digest', calls),
      onSignal: (h) => {
        signal = h;
        return unsubscribe;
      },
      forceExit: () => {
        throw new Error('must not force-exit');
      },
    });
    const { io, out } = captureIo();
    const done = command.run(['--cron', '0 7 * * *', '--timezone', 'UTC', '--out', 'o', '--run-on-start', 'articles/', 'more/'], io);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(calls).toEqual([
      'run articles/ more/ --out o',
      'digest --out o --timezone UTC',
      'run articles/ more/ --out o',
      'digest --out o --timezone UTC',
    ]);
    signal?.('SIGTERM');
    expect(await done).toBe(0);
    expect(unsubscribe).toHaveBeenCalled();
    const lines = out().trim().split('\n');
    expect(lines[0]).toMatch(/schedule: started: cron "0 7 \* \* \*" \(UTC\); next 2025-05-20T07:00:00.000Z$/u);
    expect(lines.filter((l) => / end exit=1 /u.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/schedule: stopped$/u);
  });

  it('needs --cron and at least one folder', async () => {
    const command = createScheduleCommand({ onSignal: () => () => {} });
    for (const args of [['articles/'], ['--cron', '0 7 * * *'], ['--cron', 'nonsense', 'articles/']]) {
      const { io, err } = captureIo();
      expect(await command.run(args, io)).toBe(2);
      expect(err()).toMatch(/^E_(USAGE|CONFIG): /u);
    }
  });
});
