/**
 * `npx jianbao` runs the package's bin file directly, so the built file must be executable and
 * start with a node shebang; a build that forgets the mode breaks the README's first command
 * on a fresh clone ("jianbao: Permission denied").
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuiltCli, ROOT } from '../faults/helpers.js';

describe('the jianbao bin', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = join(ROOT, pkg.bin['jianbao']!);

  it('is an executable node script that runs on its own', () => {
    requireBuiltCli();
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(execFileSync(bin, ['--help'], { encoding: 'utf8' })).toMatch(/jianbao run/);
  });
});
