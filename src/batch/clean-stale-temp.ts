import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The temporary names writeFileAtomic uses: `.<name>.<pid>.<random>.tmp`. */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files a killed run left behind (it never got to rename them). Called
 * while holding the output lock, so no live jianbao run is writing them. Returns how many
 * were removed.
 */
export async function cleanStaleTempFiles(dirs: readonly string[]): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!TEMP_NAME.test(name)) continue;
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
