import type { SummarizeRequest, SummarizeResult, SummaryProvider } from '../provider.js';

/** The bump that invalidates cached builtin outputs when its algorithm changes. */
export const BUILTIN_CACHE_IDENTITY = 'builtin-2';

/**
 * The summarisers, loaded on the first summary: every run builds this provider (it is the last
 * fallback of every chain), and a main thread that leaves the work to its workers never calls it.
 */
let summarisers: Promise<[typeof import('./english-brief.js'), typeof import('./extractive-summary.js')]> | null = null;

/**
 * The builtin provider needs nothing: an extractive Chinese summary and an English brief
 * built from the extracted facts and the glossary. It is the default and the last
 * fallback of every chain, so a run always produces output.
 */
export function createBuiltinProvider(): SummaryProvider {
  return {
    specificationVersion: 'v2',
    provider: 'builtin',
    modelId: null,
    cacheIdentity: BUILTIN_CACHE_IDENTITY,
    async summarize(request: SummarizeRequest): Promise<SummarizeResult> {
      summarisers ??= Promise.all([import('./english-brief.js'), import('./extractive-summary.js')]);
      const [{ englishBrief }, { extractiveSummary }] = await summarisers;
      const analyzed = await request.getAnalyzed();
      const zhSentences = extractiveSummary(analyzed, request.lengths);
      const en = englishBrief(analyzed, request.lengths);
      return {
        zh: zhSentences.map((s) => s.text).join(''),
        en,
        zhSentences,
        warnings: zhSentences.length === 0 ? ['no sentence with Chinese text to summarise'] : [],
      };
    },
  };
}
