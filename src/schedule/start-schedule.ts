import { Cron } from 'croner';
import { ConfigurationError, describeError } from '../errors/index.js';

export interface ScheduleOptions {
  /**
   * A cron expression, five fields (minute hour day month weekday) or six with seconds first.
   * @example '0 7 * * *' // every day at 07:00
   */
  readonly cron: string;
  /**
   * IANA time zone the expression is read in.
   * @default the system time zone
   */
  readonly timezone?: string;
  /** One scheduled run; resolves to its exit code. A throw counts as a failed run, not a stop. */
  readonly job: () => Promise<number>;
  /** Receives one line per event (no trailing newline). */
  readonly log: (line: string) => void;
  /**
   * Timestamps for the log lines. The schedule itself follows croner's timers and `Date`,
   * which vitest's fake timers replace in tests.
   * @default () => new Date()
   */
  readonly clock?: () => Date;
  /**
   * Start one run immediately, besides the schedule.
   * @default false
   */
  readonly runOnStart?: boolean;
}

export interface ScheduleHandle {
  /** Stops firing, waits for the run in flight (if any) to finish, then resolves. Idempotent. */
  stop(): Promise<void>;
  /** When the next run fires, or null once stopped. */
  nextRun(): Date | null;
  /** Fires a run now, as the schedule would (skipped while one is in flight). Resolves when it ends. */
  trigger(): Promise<void>;
}

/**
 * Runs `job` on a cron schedule with croner.
 *
 * - A failing run (non-zero exit or a throw) is logged and the schedule goes on.
 * - Runs never overlap: a tick that comes while the previous run is still going is
 *   skipped and logged (the next tick tries again) — two `run`s on one output folder
 *   would only fight over its lock.
 * - `stop()` lets the run in flight finish (it writes atomically, so aborting it would
 *   only waste work) and resolves after it.
 *
 * Log lines: `<ISO time> schedule: run 3 start`, `… run 3 end exit=0 in 12.3s`,
 * `… run 4 skipped: run 3 still running`.
 *
 * @example
 * const schedule = startSchedule({ cron: '0 7 * * *', timezone: 'Asia/Shanghai', job, log: console.log });
 * process.once('SIGTERM', () => void schedule.stop());
 */
export function startSchedule(options: ScheduleOptions): ScheduleHandle {
  const clock = options.clock ?? ((): Date => new Date());
  const log = (line: string): void => options.log(`${clock().toISOString()} schedule: ${line}`);
  let cron: Cron;
  try {
    cron = new Cron(options.cron, { paused: true, ...(options.timezone !== undefined ? { timezone: options.timezone } : {}) });
    // croner checks the time zone only when it computes a date.
    cron.nextRun();
  } catch (error) {
    throw new ConfigurationError(`--cron "${options.cron}"${options.timezone ? ` / --timezone "${options.timezone}"` : ''}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  cron.stop();

  let stopped = false;
  let runs = 0;
  let inFlight: { n: number; done: Promise<void> } | null = null;

  const fire = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    runs++;
    const n = runs;
    if (inFlight) {
      log(`run ${n} skipped: run ${inFlight.n} still running`);
      return Promise.resolve();
    }
    const started = clock().getTime();
    log(`run ${n} start`);
    const done = (async (): Promise<void> => {
      let line: string;
      try {
        const code = await options.job();
        line = `run ${n} end exit=${code}`;
      } catch (error) {
        const { code, message } = describeError(error);
        line = `run ${n} end exit=70 error=${code}: ${message.replace(/\s+/gu, ' ')}`;
      }
      const seconds = ((clock().getTime() - started) / 1000).toFixed(1);
      const next = stopped ? null : cron.nextRun();
      log(`${line} in ${seconds}s${next ? `; next ${next.toISOString()}` : ''}`);
    })().finally(() => {
      inFlight = null;
    });
    inFlight = { n, done };
    return done;
  };

  cron = new Cron(options.cron, { ...(options.timezone !== undefined ? { timezone: options.timezone } : {}) }, () => {
    // Not awaited: croner must not block on the job; overlap is handled in fire().
    void fire();
  });
  log(`started: cron "${options.cron}"${options.timezone ? ` (${options.timezone})` : ''}; next ${cron.nextRun()?.toISOString() ?? 'never'}`);
  if (options.runOnStart) void fire();

  let stopping: Promise<void> | null = null;
  return {
    stop(): Promise<void> {
      if (stopping) return stopping;
      stopped = true;
      cron.stop();
      const current = inFlight;
      stopping = (async (): Promise<void> => {
        if (current) {
          log(`stopping: waiting for run ${current.n} to finish`);
          await current.done;
        }
        log('stopped');
      })();
      return stopping;
    },
    nextRun(): Date | null {
      return stopped ? null : cron.nextRun();
    },
    trigger: fire,
  };
}
