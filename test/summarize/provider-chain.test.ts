import { describe, expect, it } from 'vitest';
import { summarizeWithChain } from '../../src/summarize/provider-chain.js';
import type { SummarizeRequest, SummarizeResult, SummaryProvider } from '../../src/summarize/provider.js';
import { DEFAULT_SUMMARY_LENGTHS as lengths } from '../../src/summarize/provider.js';
import type { Analyzed, Article } from '../../src/types.js';

const article = { id: 'a', source: { text: '正文。', title: null }, warnings: [] } as unknown as Article;
const analyzedRecord = { article, sentences: [], tokens: [] } as unknown as Analyzed;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** An LLM-like provider: "sends" at once, then awaits the analysis after `latencyMs`. */
function llmLike(latencyMs: number, log: string[]): SummaryProvider {
  return {
    specificationVersion: 'v2', provider: 'openai', modelId: 'm', cacheIdentity: 'm',
    async summarize(request: SummarizeRequest): Promise<SummarizeResult> {
      log.push(`sent ${request.article.id}`);
      await new Promise((r) => setTimeout(r, latencyMs));
      await request.getAnalyzed();
      return { zh: 'zh', en: 'en', warnings: [] };
    },
  };
}
const last: SummaryProvider = {
  specificationVersion: 'v2', provider: 'builtin', modelId: null, cacheIdentity: 'b',
  summarize: async (request) => ({ zh: (await request.getAnalyzed()).article.id, en: 'b', warnings: [] }),
};

describe('summarizeWithChain with the analysis still running (specification v2)', () => {
  it('lets a provider start before the analysis is done, and tells when it waits on the analysis only', async () => {
    const analysis = deferred<Analyzed>();
    const log: string[] = [];
    const waits: boolean[] = [];
    const outcome = summarizeWithChain([llmLike(5, log), last], { article, analyzed: analysis.promise, lengths }, {
      deadlineMs: 1000, onWaitingForAnalysis: (w) => waits.push(w),
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(log).toEqual(['sent a']);
    expect(waits).toEqual([true]);
    analysis.resolve(analyzedRecord);
    expect((await outcome).provider.provider).toBe('openai');
    expect(waits).toEqual([true, false]);
  });

  it('starts the deadline once the analysis is ready, not before', async () => {
    const analysis = deferred<Analyzed>();
    const outcome = summarizeWithChain([llmLike(5, []), last], { article, analyzed: analysis.promise, lengths }, { deadlineMs: 20 });
    setTimeout(() => analysis.resolve(analyzedRecord), 60);
    const result = await outcome;
    expect(result.provider.provider).toBe('openai');
    expect(result.fallbacks).toEqual([]);
  });

  it('still falls back when the provider is past the deadline after the analysis is ready', async () => {
    const outcome = await summarizeWithChain([llmLike(200, []), last], { article, analyzed: Promise.resolve(analyzedRecord), lengths }, { deadlineMs: 20 });
    expect(outcome.provider.provider).toBe('builtin');
    expect(outcome.fallbacks[0]?.reason).toMatch(/deadline of 20 ms/);
  });

  it('fails the article with the analysis error, aborting the provider, without a fallback', async () => {
    const analysis = deferred<Analyzed>();
    let aborted = false;
    const hanging: SummaryProvider = {
      specificationVersion: 'v2', provider: 'openai', modelId: 'm', cacheIdentity: 'm',
      summarize: (request) => new Promise((_, reject) => request.signal?.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted'))))),
    };
    const outcome = summarizeWithChain([hanging, last], { article, analyzed: analysis.promise, lengths }, { deadlineMs: 1000 });
    analysis.reject(new Error('jieba exploded'));
    await expect(outcome).rejects.toThrow('jieba exploded');
    expect(aborted).toBe(true);
  });

  it('refuses a provider of another specification version', async () => {
    const old = { ...last, specificationVersion: 'v1' } as unknown as SummaryProvider;
    await expect(summarizeWithChain([old], { article, analyzed: Promise.resolve(analyzedRecord), lengths }, { deadlineMs: 10 })).rejects.toThrow(/specification v1/);
  });
});
