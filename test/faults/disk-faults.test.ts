/**
 * Disk and permission faults on the output folder: each gives one clear E_OUTPUT line
 * naming the path and the cause, and leaves the outputs of earlier runs whole.
 *
 * We run as root, so chmod does not block writes. What works here (and is used):
 * - "not a folder": the output path's parent is a file (ENOTDIR) — works anywhere;
 * - a full disk: `mount -t tmpfs -o size=256k tmpfs DIR`, then a filler file (ENOSPC);
 * - a read-only disk: the same tmpfs, `mount -o remount,ro` (EROFS).
 * The tmpfs cases need CAP_SYS_ADMIN (root in this container has it); where mount is
 * not permitted they are skipped with a message. Mounts are undone in afterAll.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/types.js';
import { ROOT, STACK_LINE, listFiles, offlineEnv, readJson, requireBuiltCli, runCli, tempDirs } from './helpers.js';

const dirs = tempDirs();
const mounts: string[] = [];

function tryMountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    mounts.push(dir);
    return true;
  } catch (error) {
    console.warn(`disk-faults: cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]}); skipping full/read-only disk cases`);
    return false;
  }
}

/** Fills the file system holding `dir` until `leaveBytes` or less are free. */
async function fill(dir: string, leaveBytes: number): Promise<void> {
  const free = Number(execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' }).trim().split('\n')[1]);
  const size = Math.max(0, free - leaveBytes);
  if (size > 0) await writeFile(join(dir, 'filler'), Buffer.alloc(size, 0x20)).catch(() => undefined);
  // tmpfs rounds to pages: top up byte by byte in 1 KiB steps until the free space is small enough.
  for (let i = 0; i < 64; i++) {
    const now = Number(execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' }).trim().split('\n')[1]);
    if (now <= leaveBytes) break;
    try {
      await writeFile(join(dir, `filler-${i}`), Buffer.alloc(Math.min(4096, now - leaveBytes), 0x20));
    } catch {
      break;
    }
  }
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await listFiles(dir)) if (!f.endsWith('.lock')) out.set(f, await readFile(f, 'latin1'));
  return out;
}

const env = offlineEnv();

beforeAll(() => requireBuiltCli());
afterAll(async () => {
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', [m], { stdio: 'pipe' });
    } catch {
      execFileSync('umount', ['-l', m], { stdio: 'pipe' });
    }
  }
  await dirs.cleanup();
});

describe('output folder faults', () => {
  it('an output path whose parent is a file: E_OUTPUT naming the path, "not a folder", exit 1', async () => {
    const base = await dirs.make('notdir');
    await mkdir(join(base, 'in'));
    await copyFile(join(ROOT, 'fixtures/articles/a16-industry-gbk.txt'), join(base, 'in', 'a.txt'));
    await writeFile(join(base, 'file'), 'not a folder');
    const r = await runCli(['run', 'in', '--out', 'file/out'], { cwd: base, env });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^E_OUTPUT: cannot create file\/out\/articles: a path component is not a folder \(ENOTDIR\)$/)]);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  describe('on a small tmpfs', () => {
    let base: string;
    let mnt: string;
    let mounted = false;
    let before: Map<string, string>;

    beforeAll(async () => {
      base = await dirs.make('tmpfs');
      mnt = join(base, 'mnt');
      await mkdir(mnt);
      await mkdir(join(base, 'in'));
      await copyFile(join(ROOT, 'fixtures/articles/a16-industry-gbk.txt'), join(base, 'in', 'a.txt'));
      mounted = tryMountTmpfs(mnt, '256k');
      if (!mounted) return;
      const r = await runCli(['run', 'in', '--out', 'mnt/out'], { cwd: base, env });
      expect(r.code, r.stderr).toBe(0);
      before = await snapshot(join(mnt, 'out'));
      expect([...before.keys()].some((f) => f.endsWith('a.json'))).toBe(true);
    });

    it('nearly full: the article that cannot be written fails with E_OUTPUT "no space left", earlier outputs stay whole', async (t) => {
      if (!mounted) t.skip();
      // A bigger article with the same id, so it would replace a.json / a.md.
      await copyFile(join(ROOT, 'fixtures/articles/n0-nvidia-china.txt'), join(base, 'in', 'a.txt'));
      await fill(mnt, 6 * 1024);
      const r = await runCli(['run', 'in', '--out', 'mnt/out', '--force'], { cwd: base, env });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stderr).toMatch(/E_OUTPUT: .*mnt\/out.*no space left on device \(ENOSPC\)/);
      // Every file of the earlier run is byte for byte what it was; no temporary files are left.
      const after = await snapshot(join(mnt, 'out'));
      for (const [file, content] of before) expect(after.get(file) === content, `${file} unchanged`).toBe(true);
      expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
      ManifestSchema.parse(await readJson(join(mnt, 'out', 'manifest.json')));
    });

    it('full: the lock cannot be taken → E_OUTPUT "no space left"; once space is freed the next run works', async (t) => {
      if (!mounted) t.skip();
      await fill(mnt, 0);
      const r = await runCli(['run', 'in', '--out', 'mnt/out', '--force'], { cwd: base, env });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim()).toMatch(/^E_OUTPUT: .*mnt\/out.*no space left on device \(ENOSPC\)$/);
      const after = await snapshot(join(mnt, 'out'));
      for (const [file, content] of before) expect(after.get(file) === content, `${file} unchanged`).toBe(true);
      // Free the space: the failed run must not have left a lock behind that blocks every later run.
      for (const f of await listFiles(mnt)) if (/filler/.test(f)) await rm(f);
      const again = await runCli(['run', 'in', '--out', 'mnt/out', '--force'], { cwd: base, env });
      expect(again.stderr).not.toMatch(/E_LOCKED/);
      expect(again.code, again.stderr).toBe(0);
    });

    it('read-only: E_OUTPUT "read-only file system" naming the folder, outputs whole', async (t) => {
      if (!mounted) t.skip();
      for (const f of await listFiles(mnt)) if (/filler/.test(f)) await rm(f);
      await rm(join(mnt, 'out', '.jianbao.lock'), { force: true }); // see the previous case's bug
      const current = await snapshot(join(mnt, 'out'));
      execFileSync('mount', ['-o', 'remount,ro', mnt], { stdio: 'pipe' });
      try {
        const r = await runCli(['run', 'in', '--out', 'mnt/out', '--force'], { cwd: base, env });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).not.toMatch(STACK_LINE);
        expect(r.stderr.trim()).toMatch(/^E_OUTPUT: .*mnt\/out.*read-only file system \(EROFS\)$/);
        const after = await snapshot(join(mnt, 'out'));
        expect(after).toEqual(current);
      } finally {
        execFileSync('mount', ['-o', 'remount,rw', mnt], { stdio: 'pipe' });
      }
    });
  });
});
