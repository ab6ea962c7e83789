/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** One subcommand, loaded lazily by the CLI so start-up costs only what is used. */
export interface CommandModule {
  readonly name: string;
  readonly summary: string;
  /** Full help text for `jianbao <name> --help`. */
  readonly help: string;
  /** Returns the exit code: 0 success, 1 some articles failed, 2 usage or configuration error. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
