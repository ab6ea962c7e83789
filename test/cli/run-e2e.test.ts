import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactSheetSchema, ManifestSchema, type Fact, type FactSheet } from '../../src/types.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/main.js');
const articlesDir = join(root, 'fixtures/articles');
const CJK = /[\u3400-\u9fff]/u;

/** The environment of a user with no key, no model and no network configured. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JIANBAO_LOCAL_MODEL_DIR: join(tmpdir(), 'jianbao-no-models') };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'JIANBAO_PROVIDER', 'JIANBAO_MODEL', 'JIANBAO_OUT']) delete env[name];
  return env;
}

describe('jianbao run over fixtures/articles (offline, builtin)', () => {
  let out: string;
  let stderr: string;
  let sheets: Map<string, FactSheet>;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)');
    out = await mkdtemp(join(tmpdir(), 'jianbao-e2e-'));
    const result = await run(process.execPath, [cli, 'run', articlesDir, '--out', out, '--date', '2025-05-20'], {
      env: offlineEnv(),
      cwd: out,
    });
    stderr = result.stderr;
    sheets = new Map();
    for (const name of await readdir(join(out, 'articles'))) {
      if (!name.endsWith('.json')) continue;
      const sheet = FactSheetSchema.parse(JSON.parse(await readFile(join(out, 'articles', name), 'utf8')));
      sheets.set(sheet.id, sheet);
    }
  }, 120_000);

  it('writes a valid fact sheet and a briefing for every fixture article', async () => {
    const inputs = (await readdir(articlesDir)).filter((n) => /\.(txt|md|html?|json)$/.test(n));
    expect(inputs.length).toBeGreaterThanOrEqual(11);
    expect(sheets.size).toBe(inputs.length);
    for (const id of sheets.keys()) expect(existsSync(join(out, 'articles', `${id}.md`))).toBe(true);
    const manifest = ManifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.counts).toEqual({ ok: inputs.length, cached: 0, failed: 0 });
    expect(stderr).toMatch(new RegExp(`${inputs.length} ok · 0 cached · 0 failed`));
  });

  it('points every fact and every entity mention at exactly its text', () => {
    for (const sheet of sheets.values()) {
      for (const fact of sheet.facts) expect(sheet.source.text.slice(fact.span.start, fact.span.end)).toBe(fact.text);
      for (const entity of sheet.entities) {
        for (const m of entity.mentions) expect(sheet.source.text.slice(m.start, m.end).length).toBe(m.end - m.start);
      }
      expect(sheet.provenance.provider).toBe('builtin');
      // The builtin brief is built from the source's own facts: the verifier must find every one.
      expect(sheet.verification.issues, sheet.id).toEqual([]);
      expect(sheet.summaries.zh.text.length).toBeGreaterThan(0);
      expect(CJK.test(sheet.summaries.en.text.replace(/\([^)]*\)/g, ''))).toBe(false);
    }
  });

  it('finds the seed article’s figures with the right values', () => {
    const sheet = sheets.get('n0-nvidia-china');
    expect(sheet).toBeDefined();
    const facts = sheet!.facts;
    const find = (text: string): Fact[] => facts.filter((f) => f.text.includes(text));
    const expectFigure = (text: string, count: number, check: Partial<Fact>): void => {
      const found = find(text);
      expect(found, `${text} should be found ${count}×`).toHaveLength(count);
      for (const f of found) expect(f).toMatchObject(check);
    };
    expectFigure('180亿美元', 2, { kind: 'money', value: 18_000_000_000, unit: 'USD' });
    expectFigure('1305亿美元', 1, { kind: 'money', value: 130_500_000_000, unit: 'USD' });
    expectFigure('171.08亿美元', 1, { kind: 'money', value: 17_108_000_000, unit: 'USD' });
    expectFigure('55亿美元', 1, { kind: 'money', value: 5_500_000_000, unit: 'USD' });
    expectFigure('500亿美元', 1, { kind: 'money', value: 50_000_000_000, unit: 'USD' });
    expectFigure('153.10美元', 1, { kind: 'money', value: 153.1, unit: 'USD' });
    for (const [text, value] of [['125%', 125], ['34%', 34], ['24%', 24], ['66%', 66]] as const) {
      expectFigure(text, 1, { kind: 'percent', value, unit: '%' });
    }
    expect(facts.filter((f) => f.kind === 'percent' && f.value === 10)).toHaveLength(1);
    expectFigure('23万枚', 2, { kind: 'count', value: 230_000, unit: '枚' });
    expectFigure('4000余名', 1, { kind: 'count', value: 4000, unit: '名', approx: 'over' });
    expectFigure('近40人', 1, { kind: 'count', value: 40, unit: '人', approx: 'under' });
    expectFigure('三分之一', 2, { kind: 'fraction' });
    for (const f of find('三分之一')) expect(f.value as number).toBeCloseTo(1 / 3, 3);
    expectFigure('90天', 1, { kind: 'duration', value: 90, unit: 'day' });
    expectFigure('3个月', 1, { kind: 'duration', value: 3, unit: 'month' });
    expectFigure('两到三年', 1, { kind: 'duration', value: 2, valueMax: 3, unit: 'year' });
    const money = find('180亿美元')[0]!;
    expect(money.en).toBe('US$18 billion');
  });

  it('reads no quantity out of product codes or document numbers', () => {
    const sheet = sheets.get('n0-nvidia-china')!;
    const text = sheet.source.text;
    for (const code of ['H20', 'H100', 'H200', 'T20', 'BR100', 'Computex2025', '第16号']) {
      for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
        const overlapping = sheet.facts.filter((f) => f.span.start < at + code.length && at < f.span.end);
        expect(overlapping, `no fact inside ${code}`).toEqual([]);
      }
    }
  });

  it('gives the seed article an English brief with its actors and measured figures', () => {
    const en = sheets.get('n0-nvidia-china')!.summaries.en.text;
    expect(en).toMatch(/Nvidia/);
    expect(en).toMatch(/Jensen Huang/);
    expect(en).toMatch(/US\$18 billion/);
    expect(en).toMatch(/revenue/i);
    const zh = sheets.get('n0-nvidia-china')!.summaries.zh.text;
    expect(zh.length).toBeGreaterThanOrEqual(150);
    expect(zh.length).toBeLessThanOrEqual(300);
  });

  it('skips unchanged articles on a rerun', async () => {
    const again = await run(process.execPath, [cli, 'run', articlesDir, '--out', out, '--date', '2025-05-20', '--json'], {
      env: offlineEnv(),
      cwd: out,
    });
    const summary = JSON.parse(again.stdout) as { counts: { ok: number; cached: number; failed: number } };
    expect(summary.counts).toEqual({ ok: 0, cached: sheets.size, failed: 0 });
  }, 120_000);
});
