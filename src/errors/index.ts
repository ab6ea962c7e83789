/**
 * One error root with a code. Expected failures (a bad input file, a misconfiguration,
 * a provider that cannot answer) are JianbaoErrors: the CLI prints `code: message`
 * for them and a stack only with --verbose. Anything else is a bug.
 */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_CONFIG'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_FORMAT'
  | 'E_INPUT_NO_TEXT'
  | 'E_PROVIDER'
  | 'E_PROVIDER_TIMEOUT'
  | 'E_PROVIDER_RESPONSE'
  | 'E_MODEL_MISSING'
  | 'E_OUTPUT'
  | 'E_LOCKED'
  | 'E_INTERNAL';

export class JianbaoError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JianbaoError';
    this.code = code;
  }
}

/** Bad flags, unknown commands, invalid option values: exit code 2. */
export class ConfigurationError extends JianbaoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_CONFIG', message, options);
    this.name = 'ConfigurationError';
  }
}

/** One input file cannot be turned into an article; the batch goes on without it. */
export class InputFileError extends JianbaoError {
  readonly path: string;

  constructor(code: ErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(code, `${path}: ${message}`, options);
    this.name = 'InputFileError';
    this.path = path;
  }
}

/** A summary provider failed; `retryable` says whether the same call may succeed later. */
export class ProviderError extends JianbaoError {
  readonly provider: string;
  readonly status: number | null;
  readonly retryable: boolean;

  constructor(
    provider: string,
    message: string,
    options: { code?: ErrorCode; status?: number | null; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(options.code ?? 'E_PROVIDER', message, { cause: options.cause });
    this.name = 'ProviderError';
    this.provider = provider;
    this.status = options.status ?? null;
    this.retryable = options.retryable ?? false;
  }
}

/** Writing to the output folder failed (read-only, disk full, locked by another run). */
export class OutputError extends JianbaoError {
  constructor(code: 'E_OUTPUT' | 'E_LOCKED', message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'OutputError';
  }
}

export function isJianbaoError(error: unknown): error is JianbaoError {
  return error instanceof JianbaoError;
}

/** A one-line description of any thrown value, for logs and the manifest. */
export function describeError(error: unknown): { code: string; message: string } {
  if (isJianbaoError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'E_INTERNAL', message: error.message };
  return { code: 'E_INTERNAL', message: String(error) };
}
