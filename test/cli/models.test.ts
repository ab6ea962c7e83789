import { createServer } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/command.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MODELS = join(ROOT, 'fixtures', 'models');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  // No .env in a fresh temp cwd, so only `env` counts.
  const cwd = mkdtempSync(join(tmpdir(), 'jianbao-models-cwd-'));
  temps.push(cwd);
  const io: CliIo = { stdout, stderr, env, cwd };
  const code = await main(['models', ...args], io);
  return { code, stdout: out, stderr: err };
}

/** A 127.0.0.1 port nobody listens on: bound, noted, closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('jianbao models list', () => {
  it('lists both tiny models with task, size and files (--dir)', async () => {
    const { code, stdout } = await runCli(['list', '--dir', MODELS]);
    expect(code).toBe(0);
    expect(stdout).toContain(`models in ${MODELS}`);
    expect(stdout).toMatch(/tiny-random-bert-ner-zh\s+token-classification\s+3\.\d MB\s+6/);
    expect(stdout).toMatch(/tiny-random-marian-zh-en\s+translation\s+7\d\d\.\d kB\s+8/);
    expect(stdout).toContain('onnx/decoder_model_merged_quantized.onnx (240.5 kB)');
  });

  it('reads JIANBAO_LOCAL_MODEL_DIR, marks the configured model, and prints JSON with --json', async () => {
    const { code, stdout } = await runCli(['list', '--json'], {
      JIANBAO_LOCAL_MODEL_DIR: MODELS, JIANBAO_LOCAL_MODEL: 'tiny-random-marian-zh-en',
    });
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { dir: string; models: { name: string; task: string; bytes: number; files: unknown[] }[] };
    expect(parsed.dir).toBe(MODELS);
    expect(parsed.models.map((m) => [m.name, m.task])).toEqual([
      ['tiny-random-bert-ner-zh', 'token-classification'],
      ['tiny-random-marian-zh-en', 'translation'],
      ['tiny-random-qwen2', 'text-generation'],
    ]);
    expect(parsed.models.every((m) => m.bytes > 0 && m.files.length > 0)).toBe(true);
    const table = await runCli(['list'], { JIANBAO_LOCAL_MODEL_DIR: MODELS, JIANBAO_LOCAL_MODEL: 'tiny-random-marian-zh-en' });
    expect(table.stdout).toMatch(/tiny-random-marian-zh-en .*\(JIANBAO_LOCAL_MODEL\)/);
  });

  it('says how to get a model when the folder is empty or absent', async () => {
    const { code, stdout } = await runCli(['list', '--dir', join(tmpdir(), 'jianbao-no-such-models-dir')]);
    expect(code).toBe(0);
    expect(stdout).toContain('no models in');
    expect(stdout).toContain('jianbao models pull Xenova/opus-mt-zh-en');
  });
});

describe('jianbao models pull (offline)', () => {
  it('cannot reach the hub: a clear error, exit 1, nothing left where the provider looks, remote models off again', async () => {
    const port = await closedPort();
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-pull-'));
    temps.push(dir);
    const { code, stderr } = await runCli(['pull', 'Xenova/opus-mt-zh-en', '--dir', dir], {
      HF_ENDPOINT: `http://127.0.0.1:${port}/`,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`E_MODEL_MISSING: cannot reach 127.0.0.1:${port} to download Xenova/opus-mt-zh-en: `);
    expect(stderr).toMatch(/ECONNREFUSED|fetch failed/);
    expect(stderr).toContain(`copy the model folder into ${join(dir, 'Xenova', 'opus-mt-zh-en')} by hand instead`);
    expect(existsSync(join(dir, 'Xenova', 'opus-mt-zh-en'))).toBe(false);
    const { env } = await import('@xenova/transformers');
    expect(env.allowRemoteModels).toBe(false);
  });

  it('rejects what is not a hub id, and usage errors exit 2', async () => {
    expect((await runCli(['pull', '../etc', '--dir', MODELS])).stderr).toMatch(/E_USAGE: "\.\.\/etc" is not a Hugging Face model id/);
    expect((await runCli(['pull'])).code).toBe(2);
    expect((await runCli(['fetch'])).code).toBe(2);
    expect((await runCli(['list', '--bogus'])).code).toBe(2);
  });
});
