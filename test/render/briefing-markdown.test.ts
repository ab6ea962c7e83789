import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { analyzeArticle, buildFactSheet } from '../../src/pipeline/index.js';
import { createAnalysisContext } from '../../src/pipeline/create-analysis-context.js';
import { renderBriefingMarkdown } from '../../src/render/index.js';
import { createBuiltinProvider } from '../../src/summarize/builtin/index.js';
import { DEFAULT_SUMMARY_LENGTHS, requestForAnalyzed } from '../../src/summarize/provider.js';
import type { Analyzed, FactSheet } from '../../src/types.js';
import { verifyOutput } from '../../src/verify/index.js';

const root = resolve(import.meta.dirname, '../..');
let analyzed: Analyzed;

beforeAll(() => {
  const path = resolve(root, 'fixtures/articles/n0-nvidia-china.txt');
  const article = ingestBytes(readFileSync(path), path, { id: 'n0-nvidia-china' });
  analyzed = analyzeArticle(article, createAnalysisContext({ referenceDate: '2025-05-20' }));
});

async function sheetWithEnglish(en: string): Promise<FactSheet> {
  const provider = createBuiltinProvider();
  const base = await provider.summarize(requestForAnalyzed(analyzed, DEFAULT_SUMMARY_LENGTHS));
  const result = { ...base, en };
  const verified = verifyOutput(analyzed, result);
  return buildFactSheet(analyzed, { result, provider, fallbacks: [] }, verified, {
    version: 'test',
    durationMs: 1,
    generatedAt: '2025-05-20T00:00:00.000Z',
  });
}

describe('renderBriefingMarkdown', () => {
  it('renders both summaries, the verdict and a fact table quoting each figure in its sentence', async () => {
    const sheet = await sheetWithEnglish('Nvidia faces a loss of US$5.5 billion on H20 orders worth US$18 billion.');
    const md = renderBriefingMarkdown(sheet);
    expect(sheet.verification.status).toBe('ok');
    expect(md).toContain('# 180亿美元订单命悬一线');
    expect(md).toContain('## 摘要');
    expect(md).toContain('Nvidia faces a loss of US$5.5 billion');
    expect(md).toMatch(/✅ All \d+ checked claims were found in the source/);
    expect(md).toMatch(/\| f\d+ \| 180亿美元 \| US\$18 billion \| money \| 18000000000 USD \| orders \| \*\*180亿美元\*\*订单命悬一线/);
  });

  it('with --strict leaves a flagged English sentence out of the briefing but lists the issue', async () => {
    const wrong = 'Nvidia booked H20 orders worth US$180 billion.';
    const sheet = await sheetWithEnglish(`${wrong} It faces a loss of US$5.5 billion.`);
    expect(sheet.verification.status).toBe('flagged');
    const lenient = renderBriefingMarkdown(sheet);
    const strict = renderBriefingMarkdown(sheet, { strict: true });
    expect(lenient).toContain(wrong);
    const summary = strict.split('## Summary')[1]!.split('## Verification')[0]!;
    expect(summary).not.toContain('US$180 billion');
    expect(summary).toContain('It faces a loss of US$5.5 billion.');
    expect(strict).toMatch(/⚠️ \d+ issue/);
  });

  it('shows a rate with its denominator in the value column, not as a total', async () => {
    // 对集中连片50亩以上的种植主体每亩补助80元 (fixtures/llm/blind47-articles)
    const path = resolve(root, 'fixtures/llm/blind47-articles/av04-rapeseed-expansion.txt');
    const article = ingestBytes(readFileSync(path), path, { id: 'av04-rapeseed-expansion' });
    const rapeseed = analyzeArticle(article, createAnalysisContext({ referenceDate: '2026-03-12' }));
    const provider = createBuiltinProvider();
    const result = await provider.summarize(requestForAnalyzed(rapeseed, DEFAULT_SUMMARY_LENGTHS));
    const sheet = buildFactSheet(rapeseed, { result, provider, fallbacks: [] }, verifyOutput(rapeseed, result), {
      version: 'test',
      durationMs: 1,
      generatedAt: '2026-03-12T00:00:00.000Z',
    });
    const md = renderBriefingMarkdown(sheet);
    expect(md).toMatch(/\| f\d+ \| 80元 \| RMB 80 per mu \| money \| 80 CNY\/mu \|/);
    expect(md).toMatch(/\| f\d+ \| 50亩以上 \| more than 50 mu \| measure \| 50 mu \(over\) \|/);
  });

  it('escapes markup from the article so it renders as text', async () => {
    const sheet = await sheetWithEnglish('A summary.');
    const hostile: FactSheet = { ...sheet, source: { ...sheet.source, title: '<script>alert(1)</script> [x](javascript:alert(1))' } };
    const md = renderBriefingMarkdown(hostile);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toContain('[x](javascript');
  });
});
