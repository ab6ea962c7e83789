import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactSheetSchema, ManifestSchema } from '../../src/types.js';

const execFileAsync = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/main.js');
const fixtures = join(root, 'fixtures/articles');
const TOTAL = 300;

function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JIANBAO_LOCAL_MODEL_DIR: join(tmpdir(), 'jianbao-no-models') };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'JIANBAO_PROVIDER', 'JIANBAO_MODEL', 'JIANBAO_OUT']) delete env[name];
  return env;
}

/** TOTAL articles built from the UTF-8 .txt fixtures, each with distinct bytes (a numbered line appended). */
async function generateCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jianbao-crash-in-'));
  const sources: string[] = [];
  for (const name of (await readdir(fixtures)).sort()) {
    if (!name.endsWith('.txt')) continue;
    const text = await readFile(join(fixtures, name), 'utf8');
    if (!text.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(text.slice(0, 200))) sources.push(text);
  }
  for (let i = 0; i < TOTAL; i++) {
    const sub = join(dir, `batch-${Math.floor(i / 100)}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `article-${String(i).padStart(4, '0')}.txt`), `${sources[i % sources.length]!}\n（稿件编号 ${i}）\n`);
  }
  return dir;
}

async function countJson(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).length;
  } catch {
    return 0;
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, limitMs = 120_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function runCli(args: string[]) {
  return execFileAsync(process.execPath, [cli, 'run', ...args], { env: offlineEnv(), maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('jianbao run: kill -9 mid-run, then rerun', () => {
  let corpus: string;
  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)');
    corpus = await generateCorpus();
  }, 60_000);

  it('leaves only whole, valid fact sheets, and the rerun finishes the rest without redoing any', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jianbao-crash-out-'));
    const articles = join(out, 'articles');
    const child = spawn(process.execPath, [cli, 'run', corpus, '--out', out, '--date', '2025-05-20'], {
      env: offlineEnv(),
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
    await waitFor(async () => (await countJson(articles)) >= 5, 'the first outputs');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const written = (await readdir(articles)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    expect(written.length).toBeGreaterThanOrEqual(5);
    expect(written.length).toBeLessThan(TOTAL);
    for (const name of written) {
      const sheet = FactSheetSchema.parse(JSON.parse(await readFile(join(articles, name), 'utf8')));
      expect(existsSync(join(articles, `${sheet.id}.md`))).toBe(true);
    }

    const rerun = await runCli([corpus, '--out', out, '--date', '2025-05-20', '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { counts: { ok: number; cached: number; failed: number } };
    expect(summary.counts.failed).toBe(0);
    expect(summary.counts.ok + summary.counts.cached).toBe(TOTAL);
    expect(summary.counts.cached).toBeGreaterThanOrEqual(written.length);

    const names = await readdir(articles);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(TOTAL);
    expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(TOTAL);
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      FactSheetSchema.parse(JSON.parse(await readFile(join(articles, name), 'utf8')));
    }
    const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.items).toHaveLength(TOTAL);
  }, 300_000);

  it('lets only one of two concurrent runs write (E_LOCKED), and with --wait both finish without corrupting anything', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jianbao-crash-out-'));
    const first = runCli([corpus, '--out', out, '--date', '2025-05-20']);
    await waitFor(async () => existsSync(join(out, '.jianbao.lock')), 'the first run to take the lock');
    const second = await runCli([corpus, '--out', out, '--date', '2025-05-20']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^E_LOCKED: .* is in use by another jianbao run \(pid \d+\); wait for it to finish, or pass --wait/m);
    const waiting = runCli([corpus, '--out', out, '--date', '2025-05-20', '--wait', '--json']);
    expect((await first).code).toBe(0);
    const waited = await waiting;
    expect(waited.code).toBe(0);
    const summary = JSON.parse(waited.stdout) as { counts: { ok: number; cached: number; failed: number } };
    expect(summary.counts).toEqual({ ok: 0, cached: TOTAL, failed: 0 });
    const names = await readdir(join(out, 'articles'));
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(TOTAL);
    expect(existsSync(join(out, '.jianbao.lock'))).toBe(false);
  }, 300_000);
});
