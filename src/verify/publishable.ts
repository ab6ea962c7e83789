import type { Fact, FactSheet } from '../types.js';
import { splitSummarySentences } from './split-summary-sentences.js';

/**
 * What `--strict` rendering publishes: the summaries without any sentence that holds a
 * flagged claim, and the facts without LLM-proposed ones whose proposal was flagged. The
 * fact sheet JSON keeps everything; this only decides what a reader is shown.
 *
 * A sentence is dropped when an issue for its summary quotes a claim the sentence contains
 * (every such sentence: when in doubt, strict leaves it out).
 */
export function publishable(sheet: FactSheet): { zh: string; en: string; facts: Fact[] } {
  const issues = sheet.verification.issues;
  const keep = (where: string, text: string, lang: 'zh' | 'en'): string => {
    const claims = issues.filter((i) => i.where === where).map((i) => i.claim);
    if (claims.length === 0) return text;
    const sentences = splitSummarySentences(text, lang).filter((s) => !claims.some((c) => s.text.includes(c)));
    return sentences.map((s) => s.text).join(lang === 'zh' ? '' : ' ');
  };
  const flaggedProposals = new Set<number>();
  for (const issue of issues) {
    const m = /^llm\.facts\[(\d+)\]/.exec(issue.where);
    if (m) flaggedProposals.add(Number(m[1]));
  }
  const facts = sheet.facts.filter((f) => {
    if (f.origin !== 'llm') return true;
    const m = /^llm(\d+)-/.exec(f.id);
    return !(m && flaggedProposals.has(Number(m[1])));
  });
  return { zh: keep('summaries.zh', sheet.summaries.zh.text, 'zh'), en: keep('summaries.en', sheet.summaries.en.text, 'en'), facts };
}
