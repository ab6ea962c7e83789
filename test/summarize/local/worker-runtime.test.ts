import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARIAN, MODELS, ROOT } from './helpers.js';

const DIST = join(ROOT, 'dist', 'summarize', 'local', 'index.js');

/**
 * The worker thread runs compiled JS only, and onnxruntime-node loads into one thread per
 * process (this test process may already hold it on its main thread), so the worker path
 * is checked in a child node process on the build (`npm test` builds first).
 */
describe.skipIf(!existsSync(DIST))('local provider in a worker thread (compiled build)', () => {
  it('loads once in the worker, translates, unloads, and the process exits on its own', () => {
    const script = `
      import { createLocalProvider, loadModelRuntime } from ${JSON.stringify(DIST)};
      const lengths = { zhChars: { min: 20, max: 80 }, enWords: { min: 5, max: 40 } };
      let loads = 0;
      const provider = await createLocalProvider({
        modelDir: ${JSON.stringify(MODELS)}, model: ${JSON.stringify(MARIAN)}, lengths,
        loadRuntime: async (o) => { loads++; const r = await loadModelRuntime(o); where = r.where; return r; },
      });
      let where = null;
      const text = '5月19日，据媒体报道，英伟达计划在上海建立一个研究中心。';
      const analyzed = {
        article: { id: 'x', source: { text, title: null }, warnings: [] },
        sentences: [{ index: 0, start: 0, end: text.length, text }],
        tokens: [], entities: [], facts: [], warnings: [],
      };
      const request = { article: analyzed.article, getAnalyzed: async () => analyzed, lengths };
      const [a, b] = await Promise.all([provider.summarize(request), provider.summarize(request)]);
      await provider.dispose();
      console.log(JSON.stringify({ loads, where, en: a.en, same: a.en === b.en, sources: a.enSentences.map((s) => s.sources) }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { loads: number; where: string; en: string; same: boolean; sources: number[][] };
    expect(result.where).toBe('worker');
    expect(result.loads).toBe(1);
    expect(result.en.length).toBeGreaterThan(0);
    expect(result.same).toBe(true);
    expect(result.sources).toEqual([[0]]);
  });
});
