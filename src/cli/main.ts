#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { EXIT_USAGE, type CliIo, type CommandModule } from './command.js';
import { VERSION } from '../version.js';

/**
 * Subcommands load lazily: `jianbao --help` must start about as fast as bare node, so
 * nothing heavy (transformers.js, the openai SDK, the HTML parser) is imported here.
 */
const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<CommandModule> }>> = {
  run: { summary: 'process articles into fact sheets and briefings', load: async () => (await import('./commands/run.js')).runCommand },
  digest: { summary: 'write the bilingual digest of processed articles', load: async () => (await import('./commands/digest.js')).digestCommand },
  review: { summary: 'review page: check fact sheets against their sources', load: async () => (await import('./commands/review.js')).reviewCommand },
  eval: { summary: 'score extraction against gold annotations', load: async () => (await import('./commands/eval.js')).evalCommand },
  models: { summary: 'list or pull local models for the offline provider', load: async () => (await import('./commands/models.js')).modelsCommand },
  schedule: { summary: 'run `run` then `digest` on a cron schedule', load: async () => (await import('./commands/schedule.js')).scheduleCommand },
};

export const MAIN_HELP = `jianbao ${VERSION} — bilingual briefings from Chinese news articles

Usage: jianbao <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run \`jianbao <command> --help\` for a command's options.
Quick start: jianbao run fixtures/articles   (writes output/articles/*.json and *.md)

Exit codes: 0 all articles succeeded, 1 some failed (the rest were written), 2 usage or configuration error.
`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(MAIN_HELP);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`E_USAGE: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help);
    return 0;
  }
  return command.run(rest, io);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `jianbao run … --json | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Only bugs reach here: commands turn expected failures into exit codes themselves.
      process.stderr.write(`E_INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
