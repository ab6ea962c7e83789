import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireOutputLock } from '../../src/batch/output-lock.js';
import { OutputError } from '../../src/errors/index.js';

describe('acquireOutputLock', () => {
  it('refuses a second holder with E_LOCKED and allows it after release', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-lock-'));
    const first = await acquireOutputLock(dir);
    const error = await acquireOutputLock(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).code).toBe('E_LOCKED');
    expect((error as OutputError).message).toContain(String(process.pid));
    await first.release();
    const second = await acquireOutputLock(dir);
    await second.release();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-lock-'));
    // pid 2^22+ is above Linux's pid_max default, so no such process exists.
    await writeFile(join(dir, '.jianbao.lock'), '4194999\n');
    const lock = await acquireOutputLock(dir);
    await lock.release();
  });

  it('waits for the holder when asked to', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-lock-'));
    const first = await acquireOutputLock(dir);
    setTimeout(() => void first.release(), 300);
    const second = await acquireOutputLock(dir, { waitMs: 5000 });
    await second.release();
  });
});
