/**
 * The analysis workers run under a heap cap (JIANBAO_WORKER_HEAP_MB) so a long batch stays small;
 * an article too large for the cap must not fail for it: it is analysed again on the main thread.
 * Runs the built CLI with a cap far below what a 0.5 MB article needs, beside a normal article,
 * and compares the fact sheets with an uncapped run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerHeapMb } from '../../src/batch/article-runner.js';
import { offlineEnv, readJson, requireBuiltCli, ROOT, runCli, tempDirs } from './helpers.js';

const dirs = tempDirs();
afterAll(dirs.cleanup);

interface Manifest {
  readonly items: readonly { readonly path: string; readonly status: string; readonly output?: string | null }[];
}

describe('worker heap cap', () => {
  let input = '';
  beforeAll(async () => {
    requireBuiltCli();
    input = await dirs.make('jianbao-heap-in-');
    const articles = join(ROOT, 'fixtures/articles');
    const seed = readFileSync(join(articles, readdirSync(articles).find((f) => f.startsWith('a01'))!), 'utf8');
    const body = seed.split('\n').slice(2).join('\n');
    // About 0.5 MB: its analysis needs far more than an 8 MB old generation.
    await writeFile(join(input, 'long.txt'), `${seed}\n${Array.from({ length: 400 }, () => body).join('\n')}`);
    await writeFile(join(input, 'short.txt'), seed);
  });

  it('reads the cap from JIANBAO_WORKER_HEAP_MB, with a sane default for bad values', () => {
    expect(workerHeapMb({})).toBe(128);
    expect(workerHeapMb({ JIANBAO_WORKER_HEAP_MB: '256' })).toBe(256);
    expect(workerHeapMb({ JIANBAO_WORKER_HEAP_MB: 'lots' })).toBe(128);
    expect(workerHeapMb({ JIANBAO_WORKER_HEAP_MB: '2' })).toBe(128);
  });

  it('finishes an article that outgrows a worker on the main thread, with the same fact sheet', async () => {
    const capped = await dirs.make('jianbao-heap-capped-');
    const free = await dirs.make('jianbao-heap-free-');
    const args = (out: string) => ['run', input, '--out', out, '--provider', 'builtin', '--max-bytes', '5000000', '--workers', '1'];
    const a = await runCli(args(capped), { cwd: ROOT, env: offlineEnv({ JIANBAO_WORKER_HEAP_MB: '8' }), killAfterMs: 240_000 });
    const b = await runCli(args(free), { cwd: ROOT, env: offlineEnv({ JIANBAO_WORKER_HEAP_MB: '4096' }), killAfterMs: 240_000 });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    for (const out of [capped, free]) {
      const manifest = await readJson<Manifest>(join(out, 'manifest.json'));
      expect(manifest.items.map((i) => i.status)).toEqual(['ok', 'ok']);
    }
    for (const name of ['long', 'short']) {
      const sheet = (dir: string) => {
        const file = readdirSync(join(dir, 'articles')).find((f) => f.startsWith(name) && f.endsWith('.json'))!;
        const json = JSON.parse(readFileSync(join(dir, 'articles', file), 'utf8')) as { facts: unknown[]; summaries: unknown };
        return { facts: json.facts, summaries: json.summaries };
      };
      expect(sheet(capped)).toEqual(sheet(free));
    }
    // Two CLI runs over a 0.5 MB article: about 17 s alone, and past the suite's 30 s while the other fork
    // runs the blind sets on the second core.
  }, 120_000);
});
