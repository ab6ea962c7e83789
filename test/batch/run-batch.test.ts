import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchEvent } from '../../src/batch/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { createAnalysisContext } from '../../src/pipeline/create-analysis-context.js';
import type { AnalysisContext } from '../../src/pipeline/index.js';
import { createBuiltinProvider } from '../../src/summarize/builtin/index.js';
import type { SummarizeRequest, SummarizeResult, SummaryProvider } from '../../src/summarize/provider.js';
import { FactSheetSchema, ManifestSchema } from '../../src/types.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/articles');
const NAMES = ['n0-nvidia-china.txt', 'a01-byd-q1-earnings.txt', 'a15-catering-gb18030.txt', 'a19-tariff-html.html'];

let analysis: AnalysisContext;
beforeAll(() => {
  analysis = createAnalysisContext({ referenceDate: '2025-05-20' });
});

/** A mock LLM provider at the provider interface that records every call. */
function countingProvider(identity: string, behaviour: 'answer' | 'fail' = 'answer'): SummaryProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    specificationVersion: 'v2',
    provider: 'openai',
    modelId: 'mock-model',
    cacheIdentity: identity,
    calls,
    async summarize(request: SummarizeRequest): Promise<SummarizeResult> {
      calls.push(request.article.id);
      if (behaviour === 'fail') throw new Error('mock: 503 upstream unavailable');
      const first = (await request.getAnalyzed()).sentences[0]?.text ?? '';
      return { zh: first, en: 'A summary.', usage: { promptTokens: 100, completionTokens: 20 }, warnings: [] };
    },
  };
}

async function articleFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jianbao-batch-in-'));
  for (const name of NAMES) await cp(join(fixtures, name), join(dir, name));
  return dir;
}

function configFor(out: string, extra: { force?: boolean; date?: string } = {}) {
  return resolveConfig({ out, date: extra.date ?? '2025-05-20', force: extra.force, concurrency: 3 }, {}).config;
}

async function run(inputs: string, out: string, chain: SummaryProvider[], extra: { force?: boolean; date?: string } = {}) {
  const events: BatchEvent[] = [];
  const manifest = await runBatch({
    inputs: [inputs],
    config: configFor(out, extra),
    chain,
    analysis,
    workers: 0,
    now: () => new Date('2025-05-20T08:00:00Z'),
    onEvent: (e) => events.push(e),
  });
  return { manifest, events };
}

describe('runBatch: incremental runs', () => {
  it('makes zero provider calls for unchanged articles, and redoes only what changed', async () => {
    const input = await articleFolder();
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    const llm = countingProvider('mock:v1');
    const first = await run(input, out, [llm, createBuiltinProvider()]);
    expect(first.manifest.counts).toEqual({ ok: 4, cached: 0, failed: 0 });
    expect(llm.calls).toHaveLength(4);
    expect(first.manifest.usage).toEqual({ promptTokens: 400, completionTokens: 80 });

    llm.calls.length = 0;
    const second = await run(input, out, [llm, createBuiltinProvider()]);
    expect(second.manifest.counts).toEqual({ ok: 0, cached: 4, failed: 0 });
    expect(llm.calls).toEqual([]);
    ManifestSchema.parse(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')));

    // One article's bytes change: only it is redone.
    await writeFile(join(input, 'a01-byd-q1-earnings.txt'), `${await readFile(join(input, 'a01-byd-q1-earnings.txt'), 'utf8')}\n补充：本文有更新。\n`);
    const third = await run(input, out, [llm, createBuiltinProvider()]);
    expect(third.manifest.counts).toEqual({ ok: 1, cached: 3, failed: 0 });
    expect(llm.calls).toEqual(['a01-byd-q1-earnings']);

    // --force redoes everything.
    llm.calls.length = 0;
    const forced = await run(input, out, [llm, createBuiltinProvider()], { force: true });
    expect(forced.manifest.counts).toEqual({ ok: 4, cached: 0, failed: 0 });
    expect(llm.calls).toHaveLength(4);
  });

  it('redoes everything when the chain identity (model, prompt) or an output option changes', async () => {
    const input = await articleFolder();
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    await run(input, out, [countingProvider('mock:model-a;prompt=1'), createBuiltinProvider()]);
    const newPrompt = countingProvider('mock:model-a;prompt=2');
    expect((await run(input, out, [newPrompt, createBuiltinProvider()])).manifest.counts.ok).toBe(4);
    expect(newPrompt.calls).toHaveLength(4);
    const again = countingProvider('mock:model-a;prompt=2');
    expect((await run(input, out, [again, createBuiltinProvider()], { date: '2025-06-01' })).manifest.counts.ok).toBe(4);
  });

  it('does not cache an article whose LLM call fell back: the rerun asks the LLM again', async () => {
    const input = await articleFolder();
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    const failing = countingProvider('mock:v1', 'fail');
    const first = await run(input, out, [failing, createBuiltinProvider()]);
    expect(first.manifest.counts).toEqual({ ok: 4, cached: 0, failed: 0 });
    const sheet = FactSheetSchema.parse(JSON.parse(await readFile(join(out, 'articles', 'n0-nvidia-china.json'), 'utf8')));
    expect(sheet.provenance.provider).toBe('builtin');
    expect(sheet.provenance.fallbacks[0]?.reason).toContain('503');

    const healthy = countingProvider('mock:v1');
    const second = await run(input, out, [healthy, createBuiltinProvider()]);
    expect(second.manifest.counts).toEqual({ ok: 4, cached: 0, failed: 0 });
    expect(healthy.calls).toHaveLength(4);
    const third = await run(input, out, [healthy, createBuiltinProvider()]);
    expect(third.manifest.counts.cached).toBe(4);
    expect(healthy.calls).toHaveLength(4);
  });
});

describe('runBatch: crash safety', () => {
  it('knows finished articles from the journal and the sheets themselves when the index was never written', async () => {
    const input = await articleFolder();
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    const llm = countingProvider('mock:v1');
    await run(input, out, [llm, createBuiltinProvider()]);
    // As if killed before the index was rewritten: no index, and a journal with a torn last line.
    await rm(join(out, '.jianbao-cache.json'));
    await writeFile(join(out, '.jianbao-cache.log'), 'n0-nvidia-china\tdeadbe');
    llm.calls.length = 0;
    const rerun = await run(input, out, [llm, createBuiltinProvider()]);
    expect(rerun.manifest.counts).toEqual({ ok: 0, cached: 4, failed: 0 });
    expect(llm.calls).toEqual([]);
  });

  it('removes temporary files a killed run left behind, and only those', async () => {
    const input = await articleFolder();
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    await run(input, out, [createBuiltinProvider()]);
    const stale = join(out, 'articles', '.n0-nvidia-china.json.99999.0a1b2c3d.tmp');
    await writeFile(stale, '{"half');
    await writeFile(join(out, '.manifest.json.99999.deadbeef.tmp'), '{');
    await writeFile(join(out, 'articles', 'notes.tmp'), 'mine');
    await run(input, out, [createBuiltinProvider()]);
    const names = [...(await readdir(join(out, 'articles'))), ...(await readdir(out))];
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual(['notes.tmp']);
  });

  it('refuses a second run on the same output folder with E_LOCKED while the first holds it', async () => {
    const input = await articleFolder();
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow: SummaryProvider = {
      ...countingProvider('mock:slow'),
      summarize: async () => {
        await gate;
        return { zh: '摘要。', en: 'Summary.', warnings: [] };
      },
    };
    const first = run(input, out, [slow, createBuiltinProvider()]);
    await new Promise((r) => setTimeout(r, 50));
    const second = await run(input, out, [createBuiltinProvider()]).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'E_LOCKED' });
    release();
    expect((await first).manifest.counts.ok).toBe(4);
  });
});

describe('runBatch: results', () => {
  it('streams items as they finish and records unreadable inputs as failed', async () => {
    const input = await articleFolder();
    await writeFile(join(input, 'empty.txt'), '');
    const out = await mkdtemp(join(tmpdir(), 'jianbao-batch-out-'));
    const { manifest, events } = await run(input, out, [createBuiltinProvider()]);
    expect(manifest.counts).toEqual({ ok: 4, cached: 0, failed: 1 });
    expect(manifest.items.find((i) => i.status === 'failed')?.error?.code).toBe('E_INPUT_EMPTY');
    expect(events[0]).toEqual({ status: 'start', total: 5 });
    expect(events.filter((e) => e.status === 'item').map((e) => (e as { done: number }).done)).toEqual([1, 2, 3, 4, 5]);
    expect(events.at(-1)?.status).toBe('done');
  });
});
