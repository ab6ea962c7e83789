import { readFileSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { OutputError } from '../errors/index.js';
import { describeFsError } from './atomic-write.js';

export interface OutputLock {
  release(): Promise<void>;
}

const LOCK_NAME = '.jianbao.lock';
const EMPTY_LOCK_GRACE_MS = 5_000;

/**
 * Takes the output folder for one run, so two runs cannot interleave their writes. The
 * lock is a file created exclusively, holding the owner's pid; a lock left by a process
 * that no longer exists (a run killed with -9) is taken over rather than blocking forever.
 * With `waitMs` the second run waits for the first; otherwise it fails with E_LOCKED.
 */
export async function acquireOutputLock(outDir: string, options: { waitMs?: number } = {}): Promise<OutputLock> {
  const path = join(outDir, LOCK_NAME);
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    let created = false;
    try {
      const handle = await open(path, 'wx');
      created = true;
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      // A lock we created but could not fill (a full disk) must not outlive us: an empty
      // lock would block every later run.
      if (created) await rm(path, { force: true }).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new OutputError('E_OUTPUT', `cannot lock ${outDir}: ${describeFsError(error)}`, { cause: error });
      }
    }
    const owner = await readOwner(path);
    if (owner !== null ? !isAlive(owner) : await isAbandonedEmptyLock(path)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new OutputError(
        'E_LOCKED',
        `${outDir} is in use by another jianbao run (pid ${owner ?? 'unknown'}); wait for it to finish, or pass --wait`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * A lock without a pid is either being written right now (a few microseconds) or was left
 * by a run that died between creating and filling it; after a few seconds it is the latter.
 */
async function isAbandonedEmptyLock(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    return Date.now() - info.mtimeMs > EMPTY_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

async function readOwner(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A run killed with -9 stays a zombie until its parent reaps it (and forever under an init
 * that never reaps, as in some containers); kill(pid, 0) still succeeds for it. On Linux,
 * /proc tells: state Z. Elsewhere, assume alive.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S …": comm may hold spaces and parentheses, so read after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}
