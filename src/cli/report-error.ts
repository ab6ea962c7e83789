import { isJianbaoError } from '../errors/index.js';
import type { CliIo } from './command.js';
import { EXIT_SOME_FAILED, EXIT_USAGE } from './command.js';

/**
 * Prints an error the way the CLI promises: `code: message` for expected errors, a
 * stack only with --verbose. Returns the exit code: 2 for configuration problems,
 * 1 for output problems (nothing more could be written), 70 for bugs.
 */
export function reportError(error: unknown, io: CliIo, verbose: boolean): number {
  if (isJianbaoError(error)) {
    io.stderr.write(`${error.code}: ${error.message}\n`);
    if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.code === 'E_CONFIG' || error.code === 'E_USAGE' ? EXIT_USAGE : EXIT_SOME_FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`E_INTERNAL: ${message}${verbose ? '' : ' (run with --verbose for details)'}\n`);
  if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 70;
}
