import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors/index.js';

/**
 * Writes a file so that readers (and a rerun after `kill -9`) only ever see the old
 * whole file or the new whole file: the data goes to a temporary file in the same
 * folder, is flushed to disk, and is renamed over the target in one step.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    let handle;
    try {
      handle = await open(tmp, 'w');
    } catch (error) {
      // The folder usually exists (the batch creates it once); creating it on every write
      // cost a syscall per file at archive scale, so only do it when the open says so.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dir, { recursive: true });
      handle = await open(tmp, 'w');
    }
    try {
      await handle.writeFile(data);
      // Flushed before the rename, so that after a power cut the name never points at an
      // empty file (a kill -9 alone would not need it: the page cache survives the process).
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new OutputError('E_OUTPUT', `cannot write ${path}: ${describeFsError(error)}`, { cause: error });
  }
}

/** "no space left on device (ENOSPC)" rather than a stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a path component is not a folder',
    EISDIR: 'is a folder',
    EDQUOT: 'disk quota exceeded',
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
