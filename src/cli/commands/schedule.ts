// Static: croner is small, and this module itself only loads for `jianbao schedule`.
import { startSchedule } from '../../schedule/index.js';
import type { CliIo, CommandModule } from '../command.js';
import { EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportError } from '../report-error.js';

const HELP = `Usage: jianbao schedule --cron "EXPR" [options] <folders…>

Runs \`jianbao run <folders…>\` then \`jianbao digest\` on a cron schedule, until stopped
with Ctrl-C (SIGINT) or SIGTERM. Each run logs one line when it starts and one when it
ends, with its exit code. A failing run is logged and the schedule goes on; a tick that
comes while the previous run is still going is skipped (and logged).
On SIGINT/SIGTERM the run in flight finishes, then the command exits 0; a second signal
exits at once (130).

Options:
  --cron EXPR          cron expression: minute hour day month weekday, e.g. "0 7 * * *"
                       (daily at 07:00); an optional sixth leading field is seconds
  --timezone TZ        IANA zone the expression is read in (default: the system zone);
                       also the zone of the digest's date
  --out DIR            output folder for both commands (default: output, or JIANBAO_OUT)
  --run-on-start       run once immediately, then on the schedule
  -h, --help           this help

Each scheduled run is \`run <folders…> [--out DIR]\` followed by \`digest [--out DIR]\`,
so the digest covers what was processed in the last 24 hours.
`;

/** What the schedule command takes from outside; tests replace the signals and commands. */
export interface ScheduleCommandDeps {
  /** @default dynamic import of './run.js' */
  readonly loadRun?: () => Promise<CommandModule>;
  /** @default dynamic import of './digest.js' */
  readonly loadDigest?: () => Promise<CommandModule>;
  /**
   * Calls `handler` on each stop signal; returns an unsubscribe function.
   * @default SIGINT and SIGTERM of the process
   */
  readonly onSignal?: (handler: (signal: string) => void) => () => void;
  /** Ends the process at once on a second signal. @default process.exit */
  readonly forceExit?: (code: number) => void;
  /** @default () => new Date() */
  readonly clock?: () => Date;
}

function processSignals(handler: (signal: string) => void): () => void {
  const onSignal = (signal: NodeJS.Signals): void => handler(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** Builds the `schedule` command; the shipped one listens to process signals. */
export function createScheduleCommand(deps: ScheduleCommandDeps = {}): CommandModule {
  const loadRun = deps.loadRun ?? (async (): Promise<CommandModule> => (await import('./run.js')).runCommand);
  const loadDigest = deps.loadDigest ?? (async (): Promise<CommandModule> => (await import('./digest.js')).digestCommand);
  const onSignal = deps.onSignal ?? processSignals;
  // The one place the CLI ends the process itself: a second Ctrl-C must not wait.
  const forceExit = deps.forceExit ?? ((code: number): void => process.exit(code));
  return {
    name: 'schedule',
    summary: 'run `run` then `digest` on a cron schedule',
    help: HELP,
    async run(args: readonly string[], io: CliIo): Promise<number> {
      const parsed = parseCommandArgs('schedule', args, {
        allowPositionals: true,
        options: {
          cron: { type: 'string' },
          timezone: { type: 'string' },
          out: { type: 'string' },
          'run-on-start': { type: 'boolean' },
          verbose: { type: 'boolean' },
        },
      }, io);
      if (!parsed) return EXIT_USAGE;
      const { values, positionals } = parsed;
      if (values.cron === undefined || values.cron.trim() === '') {
        io.stderr.write('E_USAGE: jianbao schedule needs --cron, e.g. --cron "0 7 * * *" (daily at 07:00)\n');
        return EXIT_USAGE;
      }
      if (positionals.length === 0) {
        io.stderr.write('E_USAGE: jianbao schedule needs at least one folder of articles, e.g. `jianbao schedule --cron "0 7 * * *" articles/`\n');
        return EXIT_USAGE;
      }
      const outArgs = values.out !== undefined ? ['--out', values.out] : [];
      const tzArgs = values.timezone !== undefined ? ['--timezone', values.timezone] : [];
      const job = async (): Promise<number> => {
        const run = await loadRun();
        const runCode = await run.run([...positionals, ...outArgs], io);
        // The digest runs even after a partly failed run: it covers whatever was written.
        const digest = await loadDigest();
        const digestCode = await digest.run([...outArgs, ...tzArgs], io);
        return runCode !== 0 ? runCode : digestCode;
      };
      try {
        const schedule = startSchedule({
          cron: values.cron,
          ...(values.timezone !== undefined ? { timezone: values.timezone } : {}),
          job,
          log: (line) => io.stdout.write(`${line}\n`),
          ...(deps.clock ? { clock: deps.clock } : {}),
          runOnStart: values['run-on-start'] ?? false,
        });
        await new Promise<void>((resolveStopped) => {
          let signals = 0;
          const unsubscribe = onSignal((signal) => {
            signals++;
            if (signals === 1) {
              io.stdout.write(`${signal}: stopping after the current run (send again to exit now)\n`);
              void schedule.stop().then(() => {
                unsubscribe();
                resolveStopped();
              });
            } else {
              io.stdout.write(`${signal}: exiting now\n`);
              unsubscribe();
              forceExit(130);
            }
          });
        });
        return EXIT_OK;
      } catch (error) {
        return reportError(error, io, values.verbose ?? false);
      }
    },
  };
}

/** `jianbao schedule`. */
export const scheduleCommand: CommandModule = createScheduleCommand();
