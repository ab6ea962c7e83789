import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRoute, readReviewDecisions, saveReviewDecision, buildArticleView, isSafeId } from '../../src/review/index.js';
import { markup, type MarkInterval } from '../../src/review/source-markup.js';
import { reviewCommand } from '../../src/cli/commands/review.js';
import type { CliIo } from '../../src/cli/command.js';
import { nvidiaSheet } from './fixture-sheets.js';

const tag = (name: string, start: number, end: number, rank: number): MarkInterval => ({
  start,
  end,
  rank,
  open: (continued) => `<${name}${continued ? ' c' : ''}>`,
  close: `</${name}>`,
});

describe('markup', () => {
  const text = '英伟达营收1305亿美元<b>';
  it('escapes text and nests a fact inside an entity mention', () => {
    expect(markup(text, [tag('e', 0, 12, 2), tag('f', 5, 12, 1)])).toBe('<e>英伟达营收<f>1305亿美元</f></e>&lt;b&gt;');
  });
  it('puts the lower rank outside when two spans are equal', () => {
    expect(markup(text, [tag('e', 0, 3, 2), tag('f', 0, 3, 1)])).toBe('<f><e>英伟达</e></f>营收1305亿美元&lt;b&gt;');
  });
  it('cuts a crossing span into two well-nested pieces', () => {
    expect(markup('abcdef', [tag('s', 0, 3, 0), tag('f', 2, 5, 1)])).toBe('<s>ab<f>c</f></s><f c>de</f>f');
  });
  it('drops empty and out-of-range spans', () => {
    expect(markup('abc', [tag('x', 2, 2, 1), tag('y', 1, 9, 1), tag('z', -1, 1, 1)])).toBe('abc');
  });
});

describe('parseRoute', () => {
  it('decodes Chinese ids and drops a trailing slash', () => {
    expect(parseRoute('/a/%E8%8B%B1%E4%BC%9F%E8%BE%BE-1/?x=1')).toEqual(['a', '英伟达-1']);
    expect(parseRoute('/')).toEqual([]);
  });
  it.each(['/a/..', '/a/%2e%2e', '/a/.', '/a/..%2fx', '/a/x%5cy', '/a//x', 'a/x', '//x', '/a/%zz', '/a/x%00'])('refuses %s', (p) => {
    expect(parseRoute(p)).toBeNull();
  });
  it('isSafeId refuses dot names and separators', () => {
    expect(isSafeId('n0-nvidia-china')).toBe(true);
    expect(isSafeId('英伟达')).toBe(true);
    for (const bad of ['..', '.', '.hidden', 'a/b', 'a\\b', '', 'a b', '%2e']) expect(isSafeId(bad)).toBe(false);
  });
});

describe('buildArticleView', () => {
  it('lists flagged facts first and links summary sentences to source sentences', async () => {
    const sheet = await nvidiaSheet();
    const view = buildArticleView(sheet, { id: sheet.id, updatedAt: null, decisions: { f2: { status: 'rejected', at: '2025-05-21T00:00:00.000Z' } } });
    expect(view.facts[0]?.fact.text).toBe('三分之一');
    expect(view.facts[0]?.issues[0]?.problem).toMatch(/two different figures/u);
    expect(view.facts.every((f) => f.spanOk)).toBe(true);
    expect(view.counts).toEqual({ facts: 16, flagged: 2, approved: 0, rejected: 1 });
    const flaggedEn = view.summaries.en.find((s) => s.issues.length > 0);
    expect(flaggedEn?.text).toContain('US$20 billion');
    expect(view.sentences[flaggedEn?.sources[0] ?? -1]?.text).toContain('55亿美元');
  });
});

describe('review decisions on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jianbao-review-unit-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a missing file as no decisions, and refuses unsafe ids', async () => {
    expect(await readReviewDecisions(dir, 'n0-nvidia-china')).toEqual({ id: 'n0-nvidia-china', updatedAt: null, decisions: {} });
    await expect(readReviewDecisions(dir, '../etc')).rejects.toThrow(/invalid article id/u);
  });

  it('writes the documented shape and keeps a comment across status changes', async () => {
    const at = () => new Date('2025-05-21T08:00:00.000Z');
    await saveReviewDecision(dir, 'n0', { factId: 'f1', status: 'approved', comment: '核对过' }, at);
    await saveReviewDecision(dir, 'n0', { factId: 'f1', status: 'rejected' }, at);
    expect(JSON.parse(await readFile(join(dir, 'reviews', 'n0.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      id: 'n0',
      updatedAt: '2025-05-21T08:00:00.000Z',
      decisions: { f1: { status: 'rejected', comment: '核对过', at: '2025-05-21T08:00:00.000Z' } },
    });
  });

  it('reports a broken review file instead of throwing, and will not overwrite it', async () => {
    await mkdir(join(dir, 'reviews'), { recursive: true });
    await writeFile(join(dir, 'reviews', 'bad.json'), '{oops');
    const state = await readReviewDecisions(dir, 'bad');
    expect(state.decisions).toEqual({});
    expect(state.error).toMatch(/not valid JSON/u);
    await expect(saveReviewDecision(dir, 'bad', { factId: 'f1', status: 'approved' })).rejects.toMatchObject({ code: 'E_OUTPUT' });
    expect(await readFile(join(dir, 'reviews', 'bad.json'), 'utf8')).toBe('{oops');
  });
});

describe('jianbao review (command)', () => {
  function io(): CliIo & { out: () => string; err: () => string } {
    let out = '';
    let err = '';
    return {
      stdout: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream,
      stderr: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream,
      env: {},
      cwd: tmpdir(),
      out: () => out,
      err: () => err,
    };
  }
  it.each([
    [['--port', 'abc'], /E_USAGE: --port expects a number/u],
    [['--port', '70000'], /E_USAGE: --port/u],
    [['--bogus'], /E_USAGE: Unknown option '--bogus'/u],
    [['extra'], /E_USAGE/u],
    [['--out', '/nonexistent/jianbao-out'], /E_CONFIG: output folder .* not found/u],
  ])('exits 2 on %j', async (args, message) => {
    const x = io();
    expect(await reviewCommand.run(args, x)).toBe(2);
    expect(x.err()).toMatch(message);
  });

  it('--static writes the pages and says where', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-review-cli-'));
    try {
      await mkdir(join(dir, 'articles'));
      await writeFile(join(dir, 'articles', 'n0-nvidia-china.json'), JSON.stringify(await nvidiaSheet()));
      const x = io();
      expect(await reviewCommand.run(['--out', dir, '--static'], x)).toBe(0);
      expect(x.out()).toBe(`wrote 2 pages to ${join(dir, 'review-static')}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
