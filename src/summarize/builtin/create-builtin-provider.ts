import type { SummarizeRequest, SummarizeResult, SummaryProvider } from '../provider.js';
import { englishBrief } from './english-brief.js';
import { extractiveSummary } from './extractive-summary.js';

/** The bump that invalidates cached builtin outputs when its algorithm changes. */
const BUILTIN_REVISION = 'builtin-1';

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
    cacheIdentity: BUILTIN_REVISION,
    async summarize(request: SummarizeRequest): Promise<SummarizeResult> {
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
