import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors/index.js';
import { DEFAULT_SUMMARY_LENGTHS, type SummaryLengths } from '../summarize/provider.js';
import { Secret } from './secret.js';

export type ProviderChoice = 'auto' | 'openai' | 'local' | 'builtin';
const PROVIDER_CHOICES: readonly ProviderChoice[] = ['auto', 'openai', 'local', 'builtin'];

export interface OpenAIConfig {
  /** `OPENAI_API_KEY`. Never printed. */
  readonly apiKey: Secret | null;
  /** `OPENAI_BASE_URL`, e.g. https://api.deepseek.com/v1 or http://127.0.0.1:11434/v1. */
  readonly baseURL: string | null;
  /** `JIANBAO_MODEL`. @default 'gpt-4o-mini' */
  readonly model: string;
  /** One request's timeout. @default 60000 */
  readonly timeoutMs: number;
  /** Retries on 408/409/429/5xx and dropped connections. @default 3 */
  readonly maxRetries: number;
  /** Requests started per minute at most; 0 is unlimited. @default 0 */
  readonly requestsPerMinute: number;
}

export interface LocalModelConfig {
  /** `JIANBAO_LOCAL_MODEL_DIR`. @default ~/.cache/jianbao/models */
  readonly modelDir: string;
  /** `JIANBAO_LOCAL_MODEL`. @default 'Xenova/opus-mt-zh-en' */
  readonly model: string;
}

/** Everything a run needs, resolved once and frozen; stages read this, never process.env. */
export interface JianbaoConfig {
  readonly outDir: string;
  readonly provider: ProviderChoice;
  /** Articles processed at once. @default 4 */
  readonly concurrency: number;
  readonly force: boolean;
  /** `--date`: the reference date for 今年, 5月19日 … when an article states none. */
  readonly referenceDate: string | null;
  readonly json: boolean;
  readonly verbose: boolean;
  /** `--strict`: flagged facts and sentences are left out of what is published. */
  readonly strict: boolean;
  /** Larger input files fail with E_INPUT_TOO_LARGE. @default 5 MiB */
  readonly maxInputBytes: number;
  /** Per-article deadline for the provider chain, after which it falls back. @default 120000 */
  readonly articleDeadlineMs: number;
  readonly lengths: SummaryLengths;
  readonly openai: OpenAIConfig;
  readonly local: LocalModelConfig;
}

/** The flags a command passed; undefined means "not given". */
export interface ConfigFlags {
  readonly out?: string;
  readonly provider?: string;
  readonly concurrency?: string | number;
  readonly force?: boolean;
  readonly date?: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
  readonly strict?: boolean;
  readonly maxBytes?: string | number;
  readonly model?: string;
  readonly baseUrl?: string;
  readonly deadline?: string | number;
}

export interface ResolvedConfig {
  readonly config: JianbaoConfig;
  /** Which layers supplied values, in the order they were applied (lowest first). */
  readonly layers: readonly ('defaults' | 'env' | 'flags')[];
}

const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * Resolves configuration once: flags > environment (`.env` loaded into it by the CLI) > defaults.
 * Blank environment values count as unset. Invalid values throw a ConfigurationError that
 * names both the flag and the variable, and says what was expected and what came.
 */
export function resolveConfig(flags: ConfigFlags, env: Readonly<Record<string, string | undefined>>): ResolvedConfig {
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const layers: ('defaults' | 'env' | 'flags')[] = ['defaults'];
  const envNames = [
    'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'JIANBAO_MODEL', 'JIANBAO_PROVIDER', 'JIANBAO_LOCAL_MODEL_DIR',
    'JIANBAO_LOCAL_MODEL', 'JIANBAO_CONCURRENCY', 'JIANBAO_MAX_INPUT_BYTES', 'JIANBAO_RPM', 'JIANBAO_TIMEOUT_MS',
    'JIANBAO_OUT',
  ];
  if (envNames.some((n) => read(n) !== undefined)) layers.push('env');
  if (Object.values(flags).some((v) => v !== undefined)) layers.push('flags');

  const providerRaw = flags.provider ?? read('JIANBAO_PROVIDER') ?? 'auto';
  if (!PROVIDER_CHOICES.includes(providerRaw as ProviderChoice)) {
    throw new ConfigurationError(
      `--provider / JIANBAO_PROVIDER must be one of ${PROVIDER_CHOICES.join(', ')}; got "${providerRaw}"`,
    );
  }
  const date = flags.date ?? null;
  if (date !== null && !isIsoDate(date)) {
    throw new ConfigurationError(`--date must be a date as YYYY-MM-DD; got "${date}"`);
  }
  const apiKey = read('OPENAI_API_KEY');
  const config: JianbaoConfig = {
    outDir: flags.out ?? read('JIANBAO_OUT') ?? 'output',
    provider: providerRaw as ProviderChoice,
    concurrency: positiveInt(flags.concurrency ?? read('JIANBAO_CONCURRENCY'), 4, '--concurrency', 'JIANBAO_CONCURRENCY', 256),
    force: flags.force ?? false,
    referenceDate: date,
    json: flags.json ?? false,
    verbose: flags.verbose ?? false,
    strict: flags.strict ?? false,
    maxInputBytes: positiveInt(
      flags.maxBytes ?? read('JIANBAO_MAX_INPUT_BYTES'), DEFAULT_MAX_INPUT_BYTES, '--max-bytes', 'JIANBAO_MAX_INPUT_BYTES',
      1024 * 1024 * 1024,
    ),
    articleDeadlineMs: positiveInt(flags.deadline, 120_000, '--deadline', '(none)', 3_600_000),
    lengths: DEFAULT_SUMMARY_LENGTHS,
    openai: {
      apiKey: apiKey === undefined ? null : new Secret(apiKey),
      baseURL: flags.baseUrl ?? read('OPENAI_BASE_URL') ?? null,
      model: flags.model ?? read('JIANBAO_MODEL') ?? 'gpt-4o-mini',
      timeoutMs: positiveInt(read('JIANBAO_TIMEOUT_MS'), 60_000, '(none)', 'JIANBAO_TIMEOUT_MS', 3_600_000),
      maxRetries: 3,
      requestsPerMinute: nonNegativeInt(read('JIANBAO_RPM'), 0, 'JIANBAO_RPM'),
    },
    local: {
      modelDir: expandHome(read('JIANBAO_LOCAL_MODEL_DIR') ?? join(homedir(), '.cache', 'jianbao', 'models')),
      model: read('JIANBAO_LOCAL_MODEL') ?? 'Xenova/opus-mt-zh-en',
    },
  };
  return { config: deepFreeze(config), layers };
}

function positiveInt(
  raw: string | number | undefined, fallback: number, flag: string, variable: string, max: number,
): number {
  if (raw === undefined) return fallback;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigurationError(`${flag} / ${variable} must be a whole number from 1 to ${max}; got "${raw}"`);
  }
  return value;
}

function nonNegativeInt(raw: string | undefined, fallback: number, variable: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(`${variable} must be a whole number of 0 or more; got "${raw}"`);
  }
  return value;
}

/** `~/models` as written in a .env file, where no shell expands the tilde. */
function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Secret)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
