import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';

/**
 * The environment a command sees: the process environment over the values of `.env` in
 * the working folder (the process environment wins, as dotenv does by default). Returned
 * as a new object; process.env is never modified, so stages cannot come to depend on it.
 */
export function loadEnvironment(cwd: string, env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const path = join(cwd, '.env');
  const fromFile = existsSync(path) ? parse(readFileSync(path)) : {};
  return { ...fromFile, ...env };
}
