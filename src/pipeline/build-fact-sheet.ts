import type { SummarizeResult } from '../summarize/provider.js';
import { SCHEMA_VERSION, type Analyzed, type Fallback, type FactSheet, type ProviderName, type Summary } from '../types.js';
import type { VerifyOutput } from '../verify/index.js';

export interface FactSheetMeta {
  readonly version: string;
  readonly durationMs: number;
  readonly cacheKey?: string;
  readonly generatedAt: string;
}

/**
 * What the provider chain produced, as plain data (a ChainOutcome is one): which provider
 * answered, its result, and why earlier ones were skipped. Plain so it can cross threads.
 */
export interface SummaryOutcome {
  readonly result: SummarizeResult;
  readonly provider: { readonly provider: ProviderName; readonly modelId: string | null };
  readonly fallbacks: readonly Fallback[];
}

/** Assembles the schema-v1 fact sheet from the stage records. */
export function buildFactSheet(
  analyzed: Analyzed,
  outcome: SummaryOutcome,
  verified: VerifyOutput,
  meta: FactSheetMeta,
): FactSheet {
  const { result, provider } = outcome;
  const model = provider.modelId;
  const zhProvider = result.zhProvider ?? provider.provider;
  const zh: Summary = {
    text: result.zh,
    provider: zhProvider,
    model: zhProvider === provider.provider ? model : null,
    ...(result.zhSentences ? { sentences: result.zhSentences.map((s) => ({ text: s.text, sources: [...s.sources] })) } : {}),
  };
  const en: Summary = {
    text: result.en,
    provider: provider.provider,
    model,
    ...(result.enSentences ? { sentences: result.enSentences.map((s) => ({ text: s.text, sources: [...s.sources] })) } : {}),
  };
  const source = analyzed.article.source;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: analyzed.article.id,
    source: { ...source },
    title: { zh: source.title, en: result.titleEn ?? null },
    summaries: { zh, en },
    entities: analyzed.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m })) })),
    facts: verified.facts.map((f) => ({ ...f, span: { ...f.span } })),
    verification: verified.verification,
    provenance: {
      version: meta.version,
      provider: provider.provider,
      model,
      promptHash: result.promptHash ?? null,
      durationMs: meta.durationMs,
      fallbacks: [...outcome.fallbacks],
      usage: result.usage ?? null,
      ...(meta.cacheKey ? { cacheKey: meta.cacheKey } : {}),
      generatedAt: meta.generatedAt,
    },
    warnings: [...analyzed.warnings, ...result.warnings],
  };
}
