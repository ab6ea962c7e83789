import type { ProposedEntity } from '../../src/summarize/provider.js';
import type { Analyzed } from '../../src/types.js';
import { verifyOutput } from '../../src/verify/verify-output.js';

/**
 * The verifier's issues for one summary sentence in one language, as "claim: problem" lines,
 * against an analysed article (and the entity list an LLM would send with it).
 */
export function summaryIssues(analyzed: Analyzed, entities: readonly ProposedEntity[] = []): (lang: 'zh' | 'en', text: string) => string[] {
  return (lang, text) =>
    verifyOutput(analyzed, { zh: lang === 'zh' ? text : '', en: lang === 'en' ? text : '', entities: [...entities], warnings: [] }).verification.issues.map(
      (i) => `${i.claim}: ${i.problem}`,
    );
}
