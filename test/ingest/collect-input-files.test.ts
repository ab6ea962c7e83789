import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputFiles } from '../../src/ingest/index.js';

const root = mkdtempSync(join(tmpdir(), 'jianbao-collect-'));
const ARTICLE = '国务院常务会议今天召开，部署稳就业政策措施。\n';

beforeAll(() => {
  const put = (rel: string, text = ARTICLE): void => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  put('in/b.txt');
  put('in/a.md');
  put('in/c.HTML');
  put('in/d.json', '{"text":"央行降准。"}');
  put('in/report.pdf', '%PDF-1.7');
  put('in/notes.docx', 'x');
  put('in/.hidden.txt');
  put('in/.git/config.txt');
  put('in/node_modules/pkg/readme.md');
  put('in/sub/深圳.txt');
  put('in/sub/deeper/z.htm');
  put('in/folder.txt/article.txt');
  symlinkSync('..', join(root, 'in/sub/loop')); // in/sub/loop → in: a loop
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'in/broken.txt'));
  symlinkSync(join(root, 'in/b.txt'), join(root, 'in/sub/alias.txt')); // same file twice
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectInputFiles', () => {
  it('walks folders recursively in sorted order, filters extensions, skips dot entries and node_modules, survives loops', async () => {
    const dir = join(root, 'in');
    const { files, errors } = await collectInputFiles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.md',
      'b.txt',
      'c.HTML',
      'd.json',
      'folder.txt/article.txt',
      'sub/deeper/z.htm',
      'sub/深圳.txt',
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('E_INPUT_NOT_FOUND');
    expect(errors[0]!.path).toBe(join(dir, 'broken.txt'));
    expect(errors[0]!.message).toMatch(/broken\.txt: is a broken symbolic link/);
  });

  it('is deterministic and keeps argument order, listing each file once', async () => {
    const dir = join(root, 'in');
    const first = await collectInputFiles([join(dir, 'sub/深圳.txt'), dir]);
    const second = await collectInputFiles([join(dir, 'sub/深圳.txt'), dir]);
    expect(second.files).toEqual(first.files);
    expect(first.files[0]).toBe(join(dir, 'sub/深圳.txt'));
    expect(first.files.filter((f) => f.endsWith('深圳.txt'))).toHaveLength(1);
  });

  it('reports a missing path and an unsupported explicit file, and goes on', async () => {
    const { files, errors } = await collectInputFiles([join(root, 'missing-dir'), join(root, 'in/report.pdf'), join(root, 'in/b.txt')]);
    expect(files).toEqual([join(root, 'in/b.txt')]);
    expect(errors.map((e) => e.code)).toEqual(['E_INPUT_NOT_FOUND', 'E_INPUT_FORMAT']);
    expect(errors[0]!.message).toMatch(/missing-dir: file or folder not found/);
    expect(errors[1]!.message).toMatch(/report\.pdf: unsupported file type; expected one of \.txt \.md/);
  });

  it('honours custom extensions', async () => {
    const { files } = await collectInputFiles([join(root, 'in')], { extensions: ['json', '.HTM'] });
    expect(files.map((f) => f.slice(root.length + 4))).toEqual(['d.json', 'sub/deeper/z.htm']);
  });

  it('collects the bad-input corpus, walking folder.txt/ as a folder', async () => {
    const { files, errors } = await collectInputFiles(['fixtures/bad']);
    expect(errors).toEqual([]);
    expect(files).toContain('fixtures/bad/folder.txt/article.txt');
    expect(files).toContain('fixtures/bad/带 空格 的 文件.txt');
    expect(files).not.toContain('fixtures/bad/make-bad-fixtures.mjs');
    expect(files).toHaveLength(17); // 16 files and folder.txt/article.txt
  });

  // Root reads everything, so a chmod 000 folder is only unreadable for other users.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder as E_INPUT_UNREADABLE', async () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.txt'), ARTICLE);
    chmodSync(locked, 0o000);
    try {
      const { files, errors } = await collectInputFiles([locked]);
      expect(files).toEqual([]);
      expect(errors[0]!.code).toBe('E_INPUT_UNREADABLE');
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
