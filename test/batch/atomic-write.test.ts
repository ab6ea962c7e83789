import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/batch/atomic-write.js';
import { OutputError } from '../../src/errors/index.js';

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-atomic-'));
    const path = join(dir, 'nested', 'n0.json');
    await writeFileAtomic(path, '{"text":"英伟达"}\n');
    expect(await readFile(path, 'utf8')).toBe('{"text":"英伟达"}\n');
    expect(await readdir(join(dir, 'nested'))).toEqual(['n0.json']);
  });

  it('keeps the earlier file whole when the folder is read-only', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; the read-only case is covered by a file in place of the folder below.
      const dir = await mkdtemp(join(tmpdir(), 'jianbao-atomic-'));
      await writeFile(join(dir, 'blocker'), 'x');
      const error = await writeFileAtomic(join(dir, 'blocker', 'n0.json'), 'new').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputError);
      expect((error as OutputError).message).toContain(join(dir, 'blocker', 'n0.json'));
      expect(await readFile(join(dir, 'blocker'), 'utf8')).toBe('x');
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-atomic-'));
    const path = join(dir, 'n0.json');
    await writeFileAtomic(path, 'old whole file');
    await chmod(dir, 0o500);
    const error = await writeFileAtomic(path, 'new').catch((e: unknown) => e);
    await chmod(dir, 0o700);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toMatch(/permission denied/);
    expect(await readFile(path, 'utf8')).toBe('old whole file');
  });
});
