/**
 * `jianbao run` over the bad-input corpus (fixtures/bad/) plus cases made at run time:
 * every input is processed or fails with ONE line naming the file and the problem, the
 * batch goes on, manifest.json records each outcome, the exit code is 1 when any input
 * failed, and no stack trace reaches stderr without --verbose.
 */
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactSheetSchema, ManifestSchema, type Manifest, type ManifestItem } from '../../src/types.js';
import { ROOT, STACK_LINE, isFile, offlineEnv, readJson, requireBuiltCli, runCli, tempDirs, type CliResult } from './helpers.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** Expected outcome per input path (relative to the run's cwd). */
type Expect = { status: 'ok' } | { status: 'failed'; code: string; says?: RegExp };
const CORPUS: Record<string, Expect> = {
  'bad/empty.txt': { status: 'failed', code: 'E_INPUT_EMPTY', says: /empty/ },
  'bad/whitespace.txt': { status: 'failed', code: 'E_INPUT_EMPTY', says: /whitespace/ },
  'bad/binary.txt': { status: 'failed', code: 'E_INPUT_BINARY', says: /binary/ },
  'bad/utf16-bom.txt': { status: 'ok' },
  'bad/gbk-nohint.txt': { status: 'ok' },
  'bad/big5.txt': { status: 'ok' },
  'bad/mixed-encodings.txt': { status: 'ok' },
  'bad/nul-inside.txt': { status: 'ok' },
  'bad/deep-nesting.html': { status: 'ok' },
  'bad/no-body.html': { status: 'ok' },
  'bad/invalid.json': { status: 'failed', code: 'E_INPUT_FORMAT', says: /invalid JSON/ },
  'bad/wrong-shape.json': { status: 'failed', code: 'E_INPUT_FORMAT', says: /got an array/ },
  'bad/带 空格 的 文件.txt': { status: 'ok' },
  'bad/no-chinese.txt': { status: 'ok' },
  'bad/only-numbers.txt': { status: 'ok' },
  'bad/long-lines.txt': { status: 'ok' },
  'bad/folder.txt/article.txt': { status: 'ok' },
  // Made at run time:
  'bad/broken-link.txt': { status: 'failed', code: 'E_INPUT_NOT_FOUND', says: /broken symbolic link/ },
  'bad/huge-10mib.txt': { status: 'failed', code: 'E_INPUT_TOO_LARGE', says: /10\.0 MiB \(10485760 bytes\).*5\.0 MiB.*--max-bytes.*JIANBAO_MAX_INPUT_BYTES/ },
  'bad/loop/article.txt': { status: 'ok' },
  'missing/nowhere.txt': { status: 'failed', code: 'E_INPUT_NOT_FOUND', says: /not found/ },
  'bad/README': { status: 'failed', code: 'E_INPUT_FORMAT', says: /unsupported file type/ },
};

const ARTICLE = (): Promise<string> => readFile(join(ROOT, 'fixtures/articles/a01-byd-q1-earnings.txt'), 'utf8');

/** 10 MiB of real article text (the seed article repeated), cut on a character boundary. */
async function tenMebibyteArticle(): Promise<Buffer> {
  const unit = Buffer.from(`${await readFile(join(ROOT, 'fixtures/articles/n0-nvidia-china.txt'), 'utf8')}\n`);
  const size = 10 * 1024 * 1024;
  const out = Buffer.alloc(size, 0x0a); // trailing newlines pad the last partial copy
  for (let at = 0; at + unit.length <= size; at += unit.length) unit.copy(out, at);
  return out;
}

describe('jianbao run over fixtures/bad plus run-time cases', () => {
  let cwd: string;
  let result: CliResult;
  let manifest: Manifest;

  beforeAll(async () => {
    requireBuiltCli();
    cwd = await dirs.make('bad');
    await cp(join(ROOT, 'fixtures/bad'), join(cwd, 'bad'), { recursive: true });
    await symlink(join(cwd, 'bad', 'no-such-target.txt'), join(cwd, 'bad', 'broken-link.txt'));
    await writeFile(join(cwd, 'bad', 'huge-10mib.txt'), await tenMebibyteArticle());
    await mkdir(join(cwd, 'bad', 'loop'));
    await writeFile(join(cwd, 'bad', 'loop', 'article.txt'), await ARTICLE());
    await symlink('..', join(cwd, 'bad', 'loop', 'back-up')); // a folder symlink loop: bad/loop/back-up → bad
    await writeFile(join(cwd, 'bad', 'README'), '这是说明文件，不是文章。');
    result = await runCli(['run', 'bad', 'missing/nowhere.txt', 'bad/README', '--out', 'out', '--date', '2025-05-20'], { cwd, env: offlineEnv() });
    manifest = ManifestSchema.parse(await readJson(join(cwd, 'out', 'manifest.json')));
  }, 180_000);

  it('exits 1 (some failed), prints no stack trace and ends with the summary line', () => {
    expect(result.signal).toBeNull();
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/E_INTERNAL/);
    const okCount = Object.values(CORPUS).filter((e) => e.status === 'ok').length;
    const failed = Object.keys(CORPUS).length - okCount;
    expect(result.stderr).toMatch(new RegExp(`${okCount} ok · 0 cached · ${failed} failed`));
  });

  it('records every input in the manifest with the expected outcome', () => {
    const byPath = new Map(manifest.items.map((i) => [i.path, i]));
    for (const [path, want] of Object.entries(CORPUS)) {
      const item = byPath.get(path);
      expect(item, `manifest item for ${path}; have ${[...byPath.keys()].join(', ')}`).toBeDefined();
      expect(item!.status, `${path}: ${JSON.stringify(item!.error)}`).toBe(want.status);
      if (want.status === 'failed') {
        expect(item!.error?.code, path).toBe(want.code);
        expect(item!.error?.message.startsWith(`${path}: `), item!.error?.message).toBe(true);
        if (want.says) expect(item!.error?.message).toMatch(want.says);
      }
    }
    // The symlink loop was walked once: bad/loop/article.txt is listed, not bad/loop/back-up/loop/…
    expect(manifest.items.filter((i) => i.path.includes('back-up'))).toEqual([]);
    expect(manifest.items).toHaveLength(Object.keys(CORPUS).length);
    expect(manifest.counts.failed).toBe(Object.values(CORPUS).filter((e) => e.status === 'failed').length);
  });

  it('prints exactly one line per failed input, naming the file, the code and the problem', () => {
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('failed '));
    const failed = manifest.items.filter((i): i is ManifestItem & { error: { code: string; message: string } } => i.status === 'failed');
    expect(lines).toHaveLength(failed.length);
    for (const item of failed) {
      const line = lines.find((l) => l.startsWith(`failed ${item.path}: ${item.error.code}: `));
      expect(line, `a line for ${item.path}`).toBeDefined();
      expect(line!.length).toBeLessThan(400);
    }
  });

  it('writes a valid fact sheet and a briefing for every processed input, and nothing for failed ones', async () => {
    for (const item of manifest.items) {
      const json = join(cwd, 'out', 'articles', `${item.id}.json`);
      if (item.status === 'ok') {
        const sheet = FactSheetSchema.parse(await readJson(json));
        expect(sheet.source.path).toBe(item.path);
        expect(await isFile(join(cwd, 'out', 'articles', `${item.id}.md`))).toBe(true);
        for (const f of sheet.facts) expect(sheet.source.text.slice(f.span.start, f.span.end)).toBe(f.text);
      } else if (item.id !== null) {
        expect(await isFile(json), `no output for failed ${item.path}`).toBe(false);
      }
    }
    const spaced = FactSheetSchema.parse(await readJson(join(cwd, 'out', 'articles', '带-空格-的-文件.json')));
    expect(spaced.source.path).toBe('bad/带 空格 的 文件.txt');
    const longLines = FactSheetSchema.parse(await readJson(join(cwd, 'out', 'articles', 'long-lines.json')));
    expect(longLines.source.text.length).toBe(200_000); // kept whole, not truncated
  });
});

describe('input size limit: configurable, reported, never a silent truncation', () => {
  let cwd: string;
  let size: number;

  beforeAll(async () => {
    requireBuiltCli();
    cwd = await dirs.make('limit');
    await mkdir(join(cwd, 'in'));
    const text = await ARTICLE();
    await writeFile(join(cwd, 'in', 'article.txt'), text);
    size = Buffer.byteLength(text);
  });

  it('JIANBAO_MAX_INPUT_BYTES below the size fails the file with E_INPUT_TOO_LARGE giving size and limit', async () => {
    const r = await runCli(['run', 'in', '--out', 'out1'], { cwd, env: offlineEnv({ JIANBAO_MAX_INPUT_BYTES: '1024' }) });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const m = ManifestSchema.parse(await readJson(join(cwd, 'out1', 'manifest.json')));
    expect(m.items[0]?.error?.code).toBe('E_INPUT_TOO_LARGE');
    expect(m.items[0]?.error?.message).toContain(`(${size} bytes)`);
    expect(m.items[0]?.error?.message).toContain('(1024 bytes)');
  });

  it('--max-bytes wins over the variable; the article is processed whole', async () => {
    const r = await runCli(['run', 'in', '--out', 'out2', '--max-bytes', String(size)], { cwd, env: offlineEnv({ JIANBAO_MAX_INPUT_BYTES: '1024' }) });
    expect(r.code, r.stderr).toBe(0);
    const sheet = FactSheetSchema.parse(await readJson(join(cwd, 'out2', 'articles', 'article.json')));
    expect(sheet.source.text.length).toBeGreaterThan(size / 4);
  });

  it('an invalid limit is a usage error (exit 2) naming the flag and the variable', async () => {
    for (const [args, env] of [[['--max-bytes', 'lots'], {}], [['--max-bytes=0'], {}], [[], { JIANBAO_MAX_INPUT_BYTES: '5MB' }]] as const) {
      const r = await runCli(['run', 'in', '--out', 'out3', ...args], { cwd, env: offlineEnv(env) });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^E_CONFIG: .*--max-bytes \/ JIANBAO_MAX_INPUT_BYTES/m);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });

  /**
   * A real 10 MiB article with the limit raised. Opt-in (JIANBAO_SLOW_FAULTS=1): today it
   * fails with "E_INTERNAL: Maximum call stack size exceeded" after ~45 s
   * (extractEntities → findMentions `candidates.push(...glossaryCandidates(…))` spreads
   * ~10^5 candidates into one call), and past that the builtin TextRank
   * (rankSentences) is O(n²) in sentences: 0.74 MB already takes 31 s.
   */
  it.runIf(process.env.JIANBAO_SLOW_FAULTS === '1')('a 10 MiB article processes with --max-bytes raised', async () => {
    await mkdir(join(cwd, 'huge'));
    await writeFile(join(cwd, 'huge', 'huge.txt'), await tenMebibyteArticle());
    const r = await runCli(['run', 'huge', '--out', 'out4', '--max-bytes', String(20 * 1024 * 1024)], { cwd, env: offlineEnv(), killAfterMs: 600_000 });
    expect(r.stderr).not.toMatch(/E_INTERNAL/);
    expect(r.code, r.stderr).toBe(0);
  }, 650_000);
});

