import type { Analyzed, Fact, Verification, VerificationIssue } from '../types.js';
import type { SummarizeResult } from '../summarize/provider.js';

export interface VerifyOutput {
  readonly verification: Verification;
  /** The extractor's facts, followed by provider-proposed facts grounded in the source. */
  readonly facts: readonly Fact[];
}

/**
 * Checks a provider's output against the source. This first version checks that every
 * Chinese summary sentence stands in the source; number and name checks come with the
 * LLM provider work.
 */
export function verifyOutput(analyzed: Analyzed, result: SummarizeResult): VerifyOutput {
  const text = analyzed.article.source.text;
  const issues: VerificationIssue[] = [];
  const sentences = result.zhSentences ?? [];
  let supported = 0;
  for (const s of sentences) {
    if (text.includes(s.text.replace(/…$/u, ''))) supported++;
    else issues.push({ where: 'summaries.zh', claim: s.text, problem: 'sentence not found in source' });
  }
  return {
    verification: {
      status: issues.length > 0 ? 'flagged' : 'ok',
      checked: sentences.length,
      supported,
      issues,
    },
    facts: analyzed.facts,
  };
}
