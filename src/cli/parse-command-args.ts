import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './command.js';

/**
 * node:util parseArgs in strict mode, with the CLI's usage error: an unknown or malformed
 * flag prints `E_USAGE: …` and where to find the options, and returns null so the command
 * can exit with code 2.
 */
export function parseCommandArgs<const C extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  command: string,
  args: readonly string[],
  config: C,
  io: CliIo,
): ReturnType<typeof parseArgs<C & { args: string[]; strict: true }>> | null {
  try {
    return parseArgs({ ...config, args: [...args], strict: true as const });
  } catch (error) {
    io.stderr.write(`E_USAGE: ${(error as Error).message}\nRun \`jianbao ${command} --help\` for the options.\n`);
    return null;
  }
}
