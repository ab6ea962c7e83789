/**
 * Shared helpers for the fault-injection suites: spawn the built CLI, an offline
 * environment, temporary folders that are always removed, and readers for outputs.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/main.js');
/** A stack-trace line as V8 prints it. */
export const STACK_LINE = /^\s{4}at /m;

export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)');
}

/** A user with no key, no model, no network configured; `extra` is merged last. */
export function offlineEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JIANBAO_LOCAL_MODEL_DIR: join(tmpdir(), 'jianbao-no-models') };
  for (const name of Object.keys(env)) {
    if (name.startsWith('OPENAI_') || (name.startsWith('JIANBAO_') && name !== 'JIANBAO_LOCAL_MODEL_DIR')) delete env[name];
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli/main.js …args` and resolves with its exit code and output, never
 * rejecting on a non-zero exit. `killAfterMs` is a safety net against hangs (the
 * process is killed and the result says so with signal SIGKILL), not a timing assertion.
 */
export function runCli(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs?: number }): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 120_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export const execFileText = (cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> =>
  new Promise((res, rej) => execFile(cmd, args, (e, stdout, stderr) => (e ? rej(e) : res({ stdout, stderr }))));

/** Temporary folders created by a suite, removed by `cleanup()` in afterAll. */
export function tempDirs(): { make: (prefix: string) => Promise<string>; cleanup: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: async (prefix) => {
      const dir = await mkdtemp(join(tmpdir(), `jianbao-faults-${prefix}-`));
      made.push(dir);
      return dir;
    },
    cleanup: async () => {
      if (process.env.JIANBAO_KEEP_TMP === '1') return; // for debugging a failure by hand
      for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Every regular file under `dir` (recursive), as absolute paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  if (existsSync(dir)) await walk(dir);
  return out.sort();
}

export async function readJson<T = unknown>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
