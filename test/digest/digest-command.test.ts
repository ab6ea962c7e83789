import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { createDigestCommand } from '../../src/cli/commands/digest.js';
import { corpus } from './build-test-sheet.js';

function captureIo(cwd: string): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString()));
  stderr.on('data', (d: Buffer) => (e += d.toString()));
  return { io: { stdout, stderr, env: {}, cwd }, out: () => o, err: () => e };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function outputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-digest-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'out', 'articles'), { recursive: true });
  for (const sheet of Object.values(corpus())) {
    writeFileSync(join(dir, 'out', 'articles', `${sheet.id}.json`), JSON.stringify(sheet));
  }
  return dir;
}

const now = (): Date => new Date('2025-05-20T12:00:00.000Z');

describe('jianbao digest', () => {
  it('writes md, html, json and feed.xml atomically and prints the paths', async () => {
    const dir = outputFolder();
    mkdirSync(join(dir, 'out', 'reviews'));
    writeFileSync(
      join(dir, 'out', 'reviews', 'a01-byd-q1-earnings.json'),
      JSON.stringify({ schemaVersion: 1, id: 'a01-byd-q1-earnings', updatedAt: 'x', decisions: { f1: { status: 'rejected', at: 'x' } } }),
    );
    const { io, out, err } = captureIo(dir);
    const code = await createDigestCommand({ now }).run(['--out', 'out', '--timezone', 'UTC'], io);
    expect(code).toBe(0);
    const digests = join(dir, 'out', 'digests');
    expect(out().trim().split('\n')).toEqual(['md', 'html', 'json'].map((x) => join(digests, `2025-05-20.${x}`)).concat(join(digests, 'feed.xml')));
    expect(readdirSync(digests).sort()).toEqual(['2025-05-20.html', '2025-05-20.json', '2025-05-20.md', 'feed.xml']);
    const md = readFileSync(join(digests, '2025-05-20.md'), 'utf8');
    expect(md).not.toContain('RMB170.36 billion（1703.6亿元）'); // rejected by the reviewer
    expect(md).toContain('RMB9.155 billion（91.55亿元）');
    expect(err()).toContain('digest 2025-05-20: 4 stories from 6 articles');
    expect(err()).toContain('1 rejected facts left out');
  });

  it('says so, writes nothing and exits 0 when nothing is in the window', async () => {
    const dir = outputFolder();
    const { io, out } = captureIo(dir);
    const code = await createDigestCommand({ now }).run(['--out', 'out', '--date', '2024-01-01'], io);
    expect(code).toBe(0);
    expect(out()).toMatch(/^No articles published on 2024-01-01 in .*; nothing written\.\n$/u);
    expect(existsSync(join(dir, 'out', 'digests'))).toBe(false);
  });

  it('treats a missing output folder as an empty digest', async () => {
    const dir = outputFolder();
    const { io, out } = captureIo(dir);
    expect(await createDigestCommand({ now }).run(['--out', 'nowhere'], io)).toBe(0);
    expect(out()).toContain('nothing written');
  });

  it('exits 2 on bad options', async () => {
    const dir = outputFolder();
    for (const args of [['--since', 'soon'], ['--date', '2025-05-20', '--since', '24h'], ['--timezone', 'Mars/Base'], ['--bogus']]) {
      const { io, err } = captureIo(dir);
      expect(await createDigestCommand({ now }).run(['--out', 'out', ...args], io)).toBe(2);
      expect(err()).toMatch(/^E_(CONFIG|USAGE): /u);
    }
  });

  it('skips an invalid fact sheet with a warning', async () => {
    const dir = outputFolder();
    writeFileSync(join(dir, 'out', 'articles', 'broken.json'), '{"schemaVersion": 1}');
    const { io, err } = captureIo(dir);
    expect(await createDigestCommand({ now }).run(['--out', 'out', '--since', '7d'], io)).toBe(0);
    expect(err()).toMatch(/warning: .*broken\.json: not a fact sheet/u);
  });
});
