/**
 * The local provider's task table, in the manner of transformers.js's SUPPORTED_TASKS:
 * one frozen entry per task with the default model for it and the `model_type`s
 * (from config.json) that run it. Everything else (the CLI's `models list`, mode
 * detection, `models pull`) reads this table instead of keeping its own lists.
 */
export type LocalTask = 'translation' | 'text-generation' | 'token-classification';

/** How the provider writes summaries with a model of this task; null: it cannot. */
export type SummaryMode = 'translation' | 'generation' | null;

export interface LocalTaskInfo {
  /** The transformers.js pipeline task. */
  readonly task: LocalTask;
  readonly mode: SummaryMode;
  /** What `jianbao models pull` suggests for this task. */
  readonly defaultModel: string;
  /** config.json `model_type`s that run this task in @xenova/transformers 2.17. */
  readonly modelTypes: readonly string[];
  readonly description: string;
}

export const LOCAL_MODEL_TASKS: Readonly<Record<LocalTask, LocalTaskInfo>> = Object.freeze({
  translation: Object.freeze({
    task: 'translation',
    mode: 'translation',
    defaultModel: 'Xenova/opus-mt-zh-en',
    // Marian only: m2m100 / nllb also translate, but need source and target language
    // codes the provider does not pass, and are 10× larger.
    modelTypes: Object.freeze(['marian']),
    description: 'zh→en translation of the extractive Chinese summary',
  }),
  'text-generation': Object.freeze({
    task: 'text-generation',
    mode: 'generation',
    defaultModel: 'Xenova/Qwen1.5-0.5B-Chat',
    modelTypes: Object.freeze(['qwen2', 'llama', 'mistral', 'phi', 'stablelm', 'gpt2']),
    description: 'abstractive bilingual summary from a small instruct model (JSON answer)',
  }),
  'token-classification': Object.freeze({
    task: 'token-classification',
    mode: null,
    defaultModel: 'Xenova/bert-base-NER',
    modelTypes: Object.freeze(['bert']),
    description: 'named-entity tagging (not a summariser)',
  }),
} satisfies Record<LocalTask, LocalTaskInfo>);

/** The model settings that decide the task; read from a model folder's config.json. */
export interface ModelConfigSummary {
  readonly model_type?: unknown;
  readonly architectures?: unknown;
}

/**
 * Guesses the task of a model from its config.json. `architectures` wins when it says
 * something specific (a BERT may be a token classifier or a masked LM), else
 * `model_type` is looked up in the table.
 */
export function guessTask(config: ModelConfigSummary | null | undefined): LocalTask | null {
  if (!config) return null;
  const architectures = Array.isArray(config.architectures)
    ? config.architectures.filter((a): a is string => typeof a === 'string')
    : [];
  if (architectures.some((a) => a.endsWith('ForTokenClassification'))) return 'token-classification';
  if (architectures.some((a) => a.endsWith('MTModel'))) return 'translation';
  if (architectures.some((a) => a.endsWith('ForCausalLM') || a.endsWith('LMHeadModel'))) return 'text-generation';
  const modelType = typeof config.model_type === 'string' ? config.model_type : null;
  if (modelType === null) return null;
  for (const info of Object.values(LOCAL_MODEL_TASKS)) {
    if (info.modelTypes.includes(modelType)) return info.task;
  }
  return null;
}
