import type { Analyzed } from '../../types.js';
import { ProviderError } from '../../errors/index.js';
import { extractiveSummary } from '../builtin/index.js';
// Imported file by file, not through ../openai/index.js, which would load the openai SDK.
import { parseLLMResponse, toSummarizeResult } from '../openai/llm-response.js';
import { fenceArticle, loadPromptTemplates, renderTemplate, type PromptTemplates } from '../openai/prompt-templates.js';
import type { SummarizeRequest, SummarizeResult, SummaryLengths, SummaryProvider, SummarySentence } from '../provider.js';
import { diagnoseOnnxFiles, modelFingerprint, modelFolderPath, readModelConfig } from './model-folder.js';
import { defaultInferenceWhere, loadModelRuntime, type InferenceWhere, type ModelRuntime, type RuntimeLoader } from './model-runtime.js';
import { guessTask, LOCAL_MODEL_TASKS, type SummaryMode } from './model-tasks.js';
import type { ProgressListener } from './progress.js';

/** The bump that invalidates cached local outputs when this provider's method changes. */
const LOCAL_REVISION = 'local-1';

/** Marian's positional table is 512 long; a longer output cannot be produced anyway. */
const MAX_TRANSLATION_TOKENS = 512;

/**
 * An upper bound on the tokens one translated sentence may take. opus-mt's SentencePiece
 * cuts Chinese into roughly one token per 1–1.5 characters and the English comes out at
 * about as many tokens, so twice the character count plus a margin never cuts a real
 * translation short, while a model stuck in a loop ("and m and m and …") stops early.
 */
export function maxTranslationTokens(text: string): number {
  return Math.min(MAX_TRANSLATION_TOKENS, 16 + 2 * [...text].length);
}

export interface LocalProviderOptions {
  /** The folder holding model folders (`JIANBAO_LOCAL_MODEL_DIR`). */
  readonly modelDir: string;
  /** The model's folder under modelDir, e.g. `Xenova/opus-mt-zh-en` (`JIANBAO_LOCAL_MODEL`). */
  readonly model: string;
  readonly lengths: SummaryLengths;
  /**
   * Where inference runs. @default 'worker' when running compiled JS, 'in-process' when
   * this module is TypeScript (vitest); see model-runtime.ts for why.
   */
  readonly inference?: InferenceWhere;
  /** Loads the model; tests pass a counting or failing loader. @default loadModelRuntime */
  readonly loadRuntime?: RuntimeLoader;
  /** Load progress (files read, pipeline ready). */
  readonly onProgress?: ProgressListener;
  /** Generation mode: the most tokens one answer may take. @default 768 */
  readonly maxNewTokens?: number;
  /** Generation mode: longer articles are cut to this many characters. @default 4000 */
  readonly maxArticleChars?: number;
}

/**
 * The local provider: an ONNX model run by transformers.js from a folder on disk, never
 * downloading. Creating it never fails and loads nothing; the model loads on the first
 * summarize, once (concurrent articles wait on the same load), and a missing or broken
 * model becomes one ProviderError `E_MODEL_MISSING` that every article gets at once, so
 * the chain falls back to builtin with that reason in provenance.fallbacks.
 *
 * Two modes, chosen from config.json:
 * - translation (Marian, e.g. Xenova/opus-mt-zh-en): builtin's extractive Chinese summary
 *   is translated sentence by sentence into the English summary;
 * - generation (a small instruct model, e.g. Qwen2): the prompts in prompts/ ask for the
 *   same JSON answer as the openai provider.
 *
 * @example
 * const local = await createLocalProvider({ modelDir: 'fixtures/models', model: 'tiny-random-marian-zh-en', lengths });
 * const result = await local.summarize(requestForAnalyzed(analyzed, lengths));   // result.zhProvider === 'builtin'
 * await local.dispose();
 */
export async function createLocalProvider(options: LocalProviderOptions): Promise<SummaryProvider> {
  const folder = modelFolderPath(options.modelDir, options.model);
  const label = `local:${options.model}`;
  const where = options.inference ?? defaultInferenceWhere();
  const loadRuntime = options.loadRuntime ?? loadModelRuntime;
  // Read now only to name the cache identity; a missing model is reported on use.
  const config = readModelConfig(folder);
  const task = guessTask(config);
  const mode: SummaryMode = task === null ? null : LOCAL_MODEL_TASKS[task].mode;
  let templates: PromptTemplates | null = null;
  let templatesError: unknown = null;
  if (mode === 'generation') {
    try {
      templates = loadPromptTemplates();
    } catch (error) {
      templatesError = error;
    }
  }
  const cacheIdentity = [LOCAL_REVISION, options.model, modelFingerprint(folder), templates?.hash.slice(0, 16)]
    .filter((part) => part !== undefined)
    .join(':');

  let loading: Promise<ModelRuntime> | null = null;
  let disposed = false;

  const modelError = (message: string, cause?: unknown): ProviderError =>
    new ProviderError(label, message, { code: 'E_MODEL_MISSING', cause });

  async function load(): Promise<ModelRuntime> {
    // Re-read at load time: the folder may have been filled since creation (a pull).
    const current = readModelConfig(folder);
    if (current === null) {
      throw modelError(
        `local model "${options.model}" is not installed: no readable config.json in ${folder} ` +
          `(model folder ${options.modelDir}). ${howToGet(options.model, options.modelDir)}`,
      );
    }
    const currentTask = guessTask(current);
    if (currentTask === null || LOCAL_MODEL_TASKS[currentTask].mode === null) {
      const kind = currentTask ?? `model_type "${String(current.model_type)}"`;
      throw modelError(
        `local model "${options.model}" in ${folder} is a ${kind} model; the local provider needs a translation ` +
          `model (${LOCAL_MODEL_TASKS.translation.modelTypes.join(', ')}) or a text-generation model ` +
          `(${LOCAL_MODEL_TASKS['text-generation'].modelTypes.join(', ')}). ${howToGet(options.model, options.modelDir)}`,
      );
    }
    try {
      return await loadRuntime({ folder, task: currentTask, where, onProgress: options.onProgress });
    } catch (error) {
      const reason = [describe(error), ...diagnoseOnnxFiles(folder)].join('; ');
      throw modelError(
        `local model "${options.model}" in ${folder} could not be loaded (${reason.slice(0, 500)}); the folder may be ` +
          `incomplete or damaged. ${howToGet(options.model, options.modelDir)}`,
        error,
      );
    }
  }

  /** The one shared load: every article awaits the same promise, failure included. */
  function ensureLoaded(): Promise<ModelRuntime> {
    if (disposed) return Promise.reject(new ProviderError(label, 'the local provider was disposed', { code: 'E_PROVIDER' }));
    loading ??= load();
    return loading;
  }

  async function summarize(request: SummarizeRequest): Promise<SummarizeResult> {
    const runtime = await ensureLoaded();
    // Both modes work from the analysis (builtin's extractive summary, the linked answer).
    const analyzed = await request.getAnalyzed();
    const runtimeMode = LOCAL_MODEL_TASKS[runtime.task].mode;
    if (runtimeMode === 'translation') return translateSummary(runtime, analyzed, request, label);
    if (templatesError !== null || templates === null) {
      throw new ProviderError(label, `prompt templates for generation mode could not be loaded: ${describe(templatesError)}`, {
        code: 'E_PROVIDER',
        cause: templatesError,
      });
    }
    return generateSummary(runtime, analyzed, request, label, templates, {
      maxNewTokens: options.maxNewTokens ?? 768,
      maxArticleChars: options.maxArticleChars ?? 4000,
    });
  }

  return {
    specificationVersion: 'v2',
    provider: 'local',
    modelId: options.model,
    cacheIdentity,
    summarize,
    async dispose() {
      disposed = true;
      const pending = loading;
      loading = null;
      if (!pending) return;
      const runtime = await pending.catch(() => null);
      await runtime?.dispose();
    },
  };
}

function howToGet(model: string, modelDir: string): string {
  const hubId = model.includes('/') ? model : LOCAL_MODEL_TASKS.translation.defaultModel;
  const pull = `jianbao models pull ${hubId}${modelDir ? ` --dir ${modelDir}` : ''}`;
  return model.includes('/')
    ? `Get it with \`${pull}\` when online, or copy the model folder there by hand.`
    : `Copy the model folder there by hand, or get a real one with \`${pull}\` when online and set JIANBAO_LOCAL_MODEL=${hubId}.`;
}

/** Translation mode: builtin's Chinese summary, translated sentence by sentence. */
async function translateSummary(
  runtime: ModelRuntime,
  analyzed: Analyzed,
  request: SummarizeRequest,
  label: string,
): Promise<SummarizeResult> {
  const { lengths, signal } = request;
  const zhSentences = extractiveSummary(analyzed, lengths);
  if (zhSentences.length === 0) {
    throw new ProviderError(label, 'no Chinese sentence to translate', { code: 'E_PROVIDER_RESPONSE' });
  }
  const warnings: string[] = [];
  const enSentences: SummarySentence[] = [];
  for (const sentence of zhSentences) {
    signal?.throwIfAborted();
    const raw = await runtime.translate(sentence.text, maxTranslationTokens(sentence.text));
    const { text, repeated } = cleanTranslation(raw);
    if (repeated) warnings.push(`a repeated phrase was cut from the translation of source sentence ${sentence.sources.join(',')}`);
    if (text === '') {
      warnings.push(`source sentence ${sentence.sources.join(',')} translated to nothing and was left out of the English summary`);
      continue;
    }
    enSentences.push({ text, sources: sentence.sources });
  }
  if (enSentences.length === 0) {
    throw new ProviderError(label, 'the model translated every summary sentence to nothing', { code: 'E_PROVIDER_RESPONSE' });
  }
  const title = analyzed.article.source.title;
  let titleEn: string | null = null;
  if (title !== null && title.trim() !== '') {
    signal?.throwIfAborted();
    titleEn = cleanTranslation(await runtime.translate(title, maxTranslationTokens(title))).text || null;
  }
  return {
    zh: zhSentences.map((s) => s.text).join(''),
    en: enSentences.map((s) => s.text).join(' '),
    zhSentences,
    enSentences,
    titleEn,
    zhProvider: 'builtin',
    warnings,
  };
}

/**
 * Collapses whitespace, and a phrase of one to four words repeated three or more times
 * in a row to a single copy: small greedy decoders fall into such loops, and the
 * verifier would otherwise check the same words again and again.
 */
export function cleanTranslation(raw: string): { text: string; repeated: boolean } {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w !== '');
  let repeated = false;
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + 3 * n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      let copies = 1;
      while (words.slice(i + copies * n, i + (copies + 1) * n).join(' ') === phrase) copies++;
      if (copies >= 3) {
        words.splice(i + n, (copies - 1) * n);
        repeated = true;
      }
    }
  }
  return { text: words.join(' '), repeated };
}

/** Generation mode: one greedy answer to the shared prompts, parsed as the openai provider's JSON. */
async function generateSummary(
  runtime: ModelRuntime,
  analyzed: Analyzed,
  request: SummarizeRequest,
  label: string,
  templates: PromptTemplates,
  limits: { maxNewTokens: number; maxArticleChars: number },
): Promise<SummarizeResult> {
  const { lengths, signal } = request;
  const source = analyzed.article.source;
  const warnings: string[] = [];
  let article = source.text;
  if (article.length > limits.maxArticleChars) {
    // A 0.5B model on a CPU slows with every prompt token and loses the thread long
    // before its context window ends; the lead paragraphs carry most of the facts.
    article = article.slice(0, limits.maxArticleChars);
    warnings.push(`the article was cut to its first ${limits.maxArticleChars} characters for the local model`);
  }
  const values = {
    article: fenceArticle(article),
    title: source.title ?? '(none)',
    published_at: source.publishedAt ?? '(unknown)',
    zh_min: lengths.zhChars.min,
    zh_max: lengths.zhChars.max,
    en_min: lengths.enWords.min,
    en_max: lengths.enWords.max,
  };
  signal?.throwIfAborted();
  const raw = await runtime.generate(
    [
      { role: 'system', content: renderTemplate(templates.system, values) },
      { role: 'user', content: renderTemplate(templates.user, values) },
    ],
    limits.maxNewTokens,
  );
  const parsed = parseLLMResponse(raw);
  if (!parsed.ok) {
    throw new ProviderError(label, `the local model's answer was not the JSON asked for: ${parsed.error}`, {
      code: 'E_PROVIDER_RESPONSE',
    });
  }
  return toSummarizeResult(parsed.value, { usage: null, promptHash: templates.hash, warnings });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

