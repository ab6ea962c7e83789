import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactSheetSchema } from '../../src/types.js';
import { loadLLMFixture, startLLMServer, type LLMServer } from '../support/llm-server.js';

const execFileAsync = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/main.js');
const fixtures = join(root, 'fixtures/articles');
const NAMES = ['n0-nvidia-china.txt', 'a01-byd-q1-earnings.txt', 'a04-smic-annual-results.txt'];

describe('jianbao run --provider openai against the loopback server: reruns cost nothing', () => {
  let server: LLMServer;
  let input: string;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)');
    // Every request gets the recorded answer for n0 (the other articles' quotes are then
    // flagged by verification, which is not a fallback: the LLM did answer).
    server = await startLLMServer({ fallback: { type: 'json', body: loadLLMFixture('n0-correct') } });
    input = await mkdtemp(join(tmpdir(), 'jianbao-llm-in-'));
    for (const name of NAMES) await cp(join(fixtures, name), join(input, name));
  });
  afterAll(async () => {
    await server.close();
  });

  function runCli(out: string, extra: string[] = []) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_API_KEY: 'sk-test-loopback',
      JIANBAO_LOCAL_MODEL_DIR: join(tmpdir(), 'jianbao-no-models'),
    };
    delete env.JIANBAO_PROVIDER;
    delete env.JIANBAO_OUT;
    return execFileAsync(process.execPath, [cli, 'run', input, '--out', out, '--provider', 'openai', '--model', 'test-model', '--date', '2025-05-20', '--json', ...extra], { env });
  }

  it('makes one request per article, then zero on the rerun, and again one each with --force', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jianbao-llm-out-'));
    const first = await runCli(out);
    const firstSummary = JSON.parse(first.stdout) as { counts: unknown; usage: { promptTokens: number } };
    expect(firstSummary.counts).toEqual({ ok: NAMES.length, cached: 0, failed: 0 });
    const afterFirst = server.requests.length;
    expect(afterFirst).toBe(NAMES.length);
    expect(firstSummary.usage.promptTokens).toBeGreaterThan(0);
    const sheet = FactSheetSchema.parse(JSON.parse(await readFile(join(out, 'articles', 'n0-nvidia-china.json'), 'utf8')));
    expect(sheet.provenance.provider).toBe('openai');
    expect(sheet.provenance.fallbacks).toEqual([]);
    expect(first.stdout).not.toContain('sk-test-loopback');

    const second = await runCli(out);
    expect((JSON.parse(second.stdout) as { counts: unknown }).counts).toEqual({ ok: 0, cached: NAMES.length, failed: 0 });
    expect(server.requests.length).toBe(afterFirst);

    await runCli(out, ['--force']);
    expect(server.requests.length).toBe(afterFirst + NAMES.length);
  }, 120_000);

  it('redoes the articles under another model (the model is part of the cache key)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jianbao-llm-out-'));
    await runCli(out);
    const before = server.requests.length;
    const other = await runCli(out, ['--model', 'other-model']);
    expect((JSON.parse(other.stdout) as { counts: { ok: number } }).counts.ok).toBe(NAMES.length);
    expect(server.requests.length).toBe(before + NAMES.length);
  }, 120_000);
});
