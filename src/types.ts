/**
 * The records that flow through jianbao's stages, and the fact sheet they end in.
 *
 * One zod schema per record is the single source of truth: the TypeScript types are
 * inferred from it, the CLI validates what it writes with it, and tests (and tools
 * downstream) can export it as JSON Schema (`z.toJSONSchema(FactSheetSchema)`).
 *
 * Every span is a pair of UTF-16 code-unit offsets into `source.text` (end exclusive),
 * so `source.text.slice(span.start, span.end)` is exactly the text it points at.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const InputFormatSchema = z.enum(['txt', 'md', 'html', 'json']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

/** What ingest knows about one source file. `text` is the cleaned text every span indexes into. */
export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  format: InputFormatSchema,
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  text: z.string(),
});
export type Source = z.infer<typeof SourceSchema>;

/** The output of ingest: one decoded, cleaned article. */
export interface Article {
  readonly id: string;
  readonly source: Source;
  readonly warnings: readonly string[];
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A jieba token with its part-of-speech tag and its place in `source.text`. */
export interface Token {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/** The output of segment. */
export interface Segmented {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

export const FactKindSchema = z.enum([
  'money',
  'percent',
  'percentage_point',
  'count',
  'measure',
  'duration',
  'fraction',
  'multiple',
  'date',
  'year',
  'period',
  'ordinal',
]);
export type FactKind = z.infer<typeof FactKindSchema>;

/**
 * A qualifier on a figure: 约/左右 about, 逾/超过/余/以上 over, 近/不到/以下 under,
 * 不低于/至少 at_least, 不超过/最高 at_most.
 */
export const ApproxSchema = z.enum(['about', 'over', 'under', 'at_least', 'at_most']).nullable();
export type Approx = z.infer<typeof ApproxSchema>;

export const FactSchema = z.object({
  id: z.string(),
  kind: FactKindSchema,
  /** Exactly `source.text.slice(span.start, span.end)`. */
  text: z.string().min(1),
  span: SpanSchema,
  /** A finite number for quantities; an ISO-ish string for date, year and period. */
  value: z.union([z.number().refine(Number.isFinite, 'value must be finite'), z.string()]),
  valueMax: z.number().refine(Number.isFinite, 'valueMax must be finite').nullable(),
  unit: z.string().nullable(),
  /** A rate's denominator: 310立方米每秒 has unit m3 and per s (78 km/h: km per h). Absent otherwise. */
  per: z.string().optional(),
  approx: ApproxSchema,
  /** English rendering of the figure alone: "US$18 billion", "230,000 units", "May 19". */
  en: z.string(),
  /** Index into the article's sentences. */
  sentence: z.number().int().nonnegative(),
  context: z.string(),
  /** What the figure measures when the sentence says so (营收 → "revenue"), in English. */
  measures: z.string().nullable().optional(),
  /** Where the fact came from: the extractor, or a quote the LLM proposed. */
  origin: z.enum(['extractor', 'llm']).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'product']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  zh: z.string().min(1),
  en: z.string().min(1),
  /** How `en` was found: the shipped glossary, pinyin of an unknown name, or the LLM's entity list. */
  enSource: z.enum(['glossary', 'pinyin', 'llm', 'verbatim']).optional(),
  mentions: z.array(SpanSchema).min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A topic keyword of the article with its English gloss (关税 → tariff). */
export interface TopicTerm {
  readonly zh: string;
  readonly en: string;
  readonly weight: number;
}

/** The output of extract. */
export interface Analyzed extends Segmented {
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  /** The article's topic keywords, strongest first. */
  readonly terms?: readonly TopicTerm[];
  /** The date 今年, 5月19日 … were resolved against: the publication date, else `--date`. */
  readonly referenceDate?: string | null;
  readonly warnings: readonly string[];
}

export const ProviderNameSchema = z.enum(['builtin', 'local', 'openai']);
export type ProviderName = z.infer<typeof ProviderNameSchema>;

export const SummarySchema = z.object({
  text: z.string(),
  provider: ProviderNameSchema,
  model: z.string().nullable(),
  /** For each summary sentence, the indices of the source sentences it rests on (review page). */
  sentences: z
    .array(z.object({ text: z.string(), sources: z.array(z.number().int().nonnegative()) }))
    .optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

export const VerificationIssueSchema = z.object({
  /** Where the claim stands: `summaries.en`, `summaries.zh`, `facts[3]`, `entities[2]`. */
  where: z.string(),
  claim: z.string(),
  problem: z.string(),
});
export type VerificationIssue = z.infer<typeof VerificationIssueSchema>;

export const VerificationSchema = z.object({
  status: z.enum(['ok', 'flagged']),
  checked: z.number().int().nonnegative(),
  supported: z.number().int().nonnegative(),
  issues: z.array(VerificationIssueSchema),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const FallbackSchema = z.object({
  provider: z.string(),
  reason: z.string(),
});
export type Fallback = z.infer<typeof FallbackSchema>;

export const UsageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
});
export type Usage = z.infer<typeof UsageSchema>;

export const ProvenanceSchema = z.object({
  version: z.string(),
  provider: ProviderNameSchema,
  model: z.string().nullable().optional(),
  promptHash: z.string().nullable(),
  durationMs: z.number().nonnegative(),
  fallbacks: z.array(FallbackSchema),
  usage: UsageSchema.nullable().optional(),
  /** The key the batch cache used for this output (see batch/). */
  cacheKey: z.string().optional(),
  generatedAt: z.string().optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const FactSheetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[A-Za-z0-9._\-\u4e00-\u9fff]+$/),
  source: SourceSchema,
  title: z.object({ zh: z.string().nullable(), en: z.string().nullable() }).optional(),
  summaries: z.object({ zh: SummarySchema, en: SummarySchema }),
  entities: z.array(EntitySchema),
  facts: z.array(FactSchema),
  verification: VerificationSchema,
  provenance: ProvenanceSchema,
  warnings: z.array(z.string()).optional(),
});
export type FactSheet = z.infer<typeof FactSheetSchema>;

export const ManifestItemSchema = z.object({
  path: z.string(),
  id: z.string().nullable(),
  status: z.enum(['ok', 'cached', 'failed']),
  provider: ProviderNameSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  facts: z.number().int().nonnegative().optional(),
  flagged: z.number().int().nonnegative().optional(),
  durationMs: z.number().nonnegative().optional(),
});
export type ManifestItem = z.infer<typeof ManifestItemSchema>;

export const ManifestSchema = z.object({
  runId: z.string(),
  version: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  counts: z.object({
    ok: z.number().int().nonnegative(),
    cached: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  usage: UsageSchema.optional(),
  items: z.array(ManifestItemSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Longest reviewer comment kept; longer ones are refused rather than cut. */
export const MAX_REVIEW_COMMENT_LENGTH = 2000;

export const ReviewDecisionSchema = z.object({
  status: z.enum(['approved', 'rejected']),
  comment: z.string().max(MAX_REVIEW_COMMENT_LENGTH).optional(),
  /** ISO 8601 time of the decision. */
  at: z.string(),
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** Reviewer decisions for one article: `reviews/<id>.json`, written by the review page, read by the digest. */
export const ReviewFileSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  updatedAt: z.string(),
  decisions: z.record(z.string(), ReviewDecisionSchema),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;
