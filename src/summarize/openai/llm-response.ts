import { z } from 'zod';
import type { Usage } from '../../types.js';
import type { SummarizeResult } from '../provider.js';

/**
 * The one JSON object the model answers with. The zod schema validates it; the JSON
 * Schema below is what `response_format: json_schema` sends (strict mode: every property
 * required, no others), and is part of the prompt hash.
 */
export const LLMResponseSchema = z.object({
  title_en: z.string(),
  summary_zh: z.string().trim().min(1, 'summary_zh is empty'),
  summary_en: z.string().trim().min(1, 'summary_en is empty'),
  entities: z.array(
    z.object({
      zh: z.string().min(1),
      en: z.string().min(1),
      type: z.enum(['person', 'organization', 'place', 'product']),
    }),
  ),
  facts: z.array(
    z.object({
      quote: z.string().min(1),
      statement_en: z.string(),
      statement_zh: z.string(),
    }),
  ),
});
export type LLMResponse = z.infer<typeof LLMResponseSchema>;

/** Strict JSON Schema for `response_format: { type: 'json_schema' }`. */
export const LLM_RESPONSE_JSON_SCHEMA = {
  name: 'jianbao_briefing',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['title_en', 'summary_zh', 'summary_en', 'entities', 'facts'],
    properties: {
      title_en: { type: 'string' },
      summary_zh: { type: 'string' },
      summary_en: { type: 'string' },
      entities: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['zh', 'en', 'type'],
          properties: {
            zh: { type: 'string' },
            en: { type: 'string' },
            type: { type: 'string', enum: ['person', 'organization', 'place', 'product'] },
          },
        },
      },
      facts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['quote', 'statement_en', 'statement_zh'],
          properties: {
            quote: { type: 'string' },
            statement_en: { type: 'string' },
            statement_zh: { type: 'string' },
          },
        },
      },
    },
  },
} as const;

export type ParsedLLMResponse = { readonly ok: true; readonly value: LLMResponse } | { readonly ok: false; readonly error: string };

/**
 * Parses and validates the model's message content. Local servers (Ollama, llama.cpp)
 * in json_object mode sometimes wrap the object in a ```json fence or add a sentence
 * around it, so the outermost {...} is taken; anything still invalid is reported in
 * words the model can act on in the repair request.
 */
export function parseLLMResponse(content: string | null | undefined): ParsedLLMResponse {
  if (content === null || content === undefined || content.trim() === '') {
    return { ok: false, error: 'the message content was empty' };
  }
  const first = content.indexOf('{');
  const last = content.lastIndexOf('}');
  if (first < 0) return { ok: false, error: 'the answer contained no JSON object' };
  let json: unknown;
  try {
    // No closing brace: parse from the first one anyway, for the parser's own error message.
    json = JSON.parse(last > first ? content.slice(first, last + 1) : content.slice(first));
  } catch (error) {
    return { ok: false, error: `the answer was not valid JSON (${(error as Error).message})` };
  }
  const parsed = LLMResponseSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: `the JSON did not match the required shape (${details})` };
  }
  return { ok: true, value: parsed.data };
}

/**
 * A validated structured answer as the provider result: trimmed texts and the proposed
 * entities and facts (which the verifier checks). The summary sentences are linked to the
 * source sentences they rest on when the article is finished, in the thread that holds its
 * analysis. Shared by the openai provider and the local generation mode.
 */
export function toSummarizeResult(
  value: LLMResponse,
  extra: { usage: Usage | null; promptHash: string; warnings: readonly string[] },
): SummarizeResult {
  return {
    zh: value.summary_zh.trim(),
    en: value.summary_en.trim(),
    titleEn: value.title_en.trim() === '' ? null : value.title_en.trim(),
    entities: value.entities.map((e) => ({ zh: e.zh.trim(), en: e.en.trim(), type: e.type })),
    facts: value.facts.map((f) => ({ quote: f.quote, statementEn: f.statement_en.trim(), statementZh: f.statement_zh.trim() })),
    usage: extra.usage,
    promptHash: extra.promptHash,
    warnings: [...extra.warnings],
  };
}
