import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { JianbaoError } from '../errors/index.js';

/** The characters an article id may hold (the same rule as FactSheetSchema's `id`). */
export const SAFE_ID = /^[A-Za-z0-9._\-\u4e00-\u9fff]+$/u;

/**
 * An id is safe when it matches SAFE_ID and is not made only of dots: `.` and `..`
 * match the character class but name directories, and a leading dot would reach hidden
 * temporary files such as the review writer's `.x.json.tmp`.
 */
export function isSafeId(id: string): boolean {
  return id.length <= 200 && SAFE_ID.test(id) && !id.startsWith('.');
}

/** Throws E_USAGE for an unsafe id; used by the exported file helpers. */
export function assertSafeId(id: string): void {
  if (!isSafeId(id)) throw new JianbaoError('E_USAGE', `invalid article id ${JSON.stringify(id)}`);
}

/** True when `child` is `root` itself or lies below it (both already resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Resolves `outDir/<dir>/<id><ext>` and proves it stays inside the real output folder,
 * following symlinks: a symlinked file or folder that points elsewhere is refused, so a
 * link planted in articles/ cannot make the server read /etc/passwd.
 *
 * Returns null when the id is unsafe or the path escapes; `mustExist: false` allows a file
 * that does not exist yet (a first review), checking its folder instead.
 */
export async function resolveInside(
  outDir: string,
  dir: string,
  id: string,
  ext: string,
  options: { mustExist: boolean } = { mustExist: true },
): Promise<string | null> {
  if (!isSafeId(id)) return null;
  let root: string;
  try {
    root = await realpath(outDir);
  } catch {
    return null;
  }
  const target = resolve(root, dir, `${id}${ext}`);
  if (!isInside(root, target)) return null;
  try {
    const real = await realpath(target);
    return isInside(root, real) ? target : null;
  } catch (error) {
    if (options.mustExist || (error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
  }
  // The file is missing. A dangling symlink also reports ENOENT from realpath: refuse it.
  try {
    await lstat(target);
    return null;
  } catch {
    // nothing there at all: fine, as long as the folder it would go in is inside.
  }
  try {
    const realDir = await realpath(resolve(root, dir));
    return isInside(root, realDir) ? target : null;
  } catch {
    // The folder does not exist yet; the writer creates it inside root.
    return target;
  }
}
