/**
 * The one file that touches @xenova/transformers. Its 2.x typings are loose (pipeline
 * outputs are unions of every task's output, `env` fields are untyped in places), so
 * the casts to the small shapes jianbao uses live here and nowhere else.
 *
 * Offline by construction: every load sets `env.allowRemoteModels = false`; only
 * `downloadModel` (used by `jianbao models pull`) turns it on, and turns it off again.
 */
import { parse as parsePath, relative, sep } from 'node:path';
import type { LocalTask } from './model-tasks.js';
import { hasQuantizedWeights } from './model-folder.js';
import { toProgressEvent, type ProgressListener } from './progress.js';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** A loaded transformers.js pipeline, reduced to the calls the provider makes. */
export interface LoadedPipeline {
  readonly task: LocalTask;
  /** Greedy (num_beams 1) translation of one text. */
  translate(text: string, maxNewTokens: number): Promise<string>;
  /** Greedy completion of a chat; returns the assistant's text. */
  generate(messages: readonly ChatMessage[], maxNewTokens: number): Promise<string>;
  dispose(): Promise<void>;
}

/** The parts of transformers.js's `env` jianbao sets. */
interface TransformersEnv {
  allowRemoteModels: boolean;
  allowLocalModels: boolean;
  localModelPath: string;
  remoteHost: string;
  useFSCache: boolean;
  cacheDir: string;
}

/** A pipeline object: callable, with dispose(). */
type PipelineFn = ((input: unknown, options?: Record<string, unknown>) => Promise<unknown>) & {
  dispose(): Promise<void>;
};

interface TransformersModule {
  env: TransformersEnv;
  pipeline(task: string, model: string, options: Record<string, unknown>): Promise<PipelineFn>;
  AutoConfig: { from_pretrained(model: string, options: Record<string, unknown>): Promise<Record<string, unknown>> };
}

async function loadTransformers(): Promise<TransformersModule> {
  // The package's declared types do not match these narrow shapes structurally (its
  // pipeline() is generic over a task union); the cast is the adapter's whole point.
  return (await import('@xenova/transformers')) as unknown as TransformersModule;
}

const HF_HOST = 'https://huggingface.co/';

/**
 * Loads a model folder into a pipeline, offline. The folder is addressed as
 * `localModelPath = <filesystem root>` plus the rest of its absolute path as the model
 * id, rather than by setting `localModelPath` to the model dir: the latter is process
 * global state, and two providers with different model dirs would race on it.
 */
export async function loadPipeline(options: {
  readonly folder: string;
  readonly task: LocalTask;
  readonly onProgress?: ProgressListener;
}): Promise<LoadedPipeline> {
  const { env, pipeline } = await loadTransformers();
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  // No cache writes under node_modules: the model folder is the only copy.
  env.useFSCache = false;
  const root = parsePath(options.folder).root;
  env.localModelPath = root;
  const id = relative(root, options.folder).split(sep).join('/');
  const pipe = await pipeline(options.task, id, {
    // Prefer the *_quantized.onnx files (2.x's default) but accept an fp32-only export.
    quantized: hasQuantizedWeights(options.folder),
    local_files_only: true,
    progress_callback: progressCallback(options.onProgress),
  });
  return {
    task: options.task,
    async translate(text, maxNewTokens) {
      const out = await pipe(text, { num_beams: 1, do_sample: false, max_new_tokens: maxNewTokens });
      const first = Array.isArray(out) ? (out[0] as { translation_text?: unknown } | undefined) : undefined;
      return typeof first?.translation_text === 'string' ? first.translation_text : '';
    },
    async generate(messages, maxNewTokens) {
      const out = await pipe(
        messages.map((m) => ({ role: m.role, content: m.content })),
        { num_beams: 1, do_sample: false, max_new_tokens: maxNewTokens },
      );
      // Chat input answers with the whole conversation; the last message is the model's.
      const first = Array.isArray(out) ? (out[0] as { generated_text?: unknown } | undefined) : undefined;
      const generated = first?.generated_text;
      if (typeof generated === 'string') return generated;
      if (Array.isArray(generated)) {
        const last = generated.at(-1) as { content?: unknown } | undefined;
        return typeof last?.content === 'string' ? last.content : '';
      }
      return '';
    },
    async dispose() {
      await pipe.dispose();
    },
  };
}

/**
 * Downloads a model from the Hugging Face hub (or a mirror) into `cacheDir/<id>/`, and
 * builds its pipeline once to prove the files load. Returns the task it loaded as.
 * `guess` maps config.json to the task (the caller's table, so this file stays thin).
 */
export async function downloadModel(options: {
  readonly id: string;
  readonly cacheDir: string;
  /** @default 'https://huggingface.co/' */
  readonly remoteHost?: string;
  readonly onProgress?: ProgressListener;
  readonly guess: (config: Record<string, unknown>) => LocalTask | null;
}): Promise<{ task: LocalTask | null; config: Record<string, unknown> }> {
  const { env, pipeline, AutoConfig } = await loadTransformers();
  const saved = { ...env };
  env.allowRemoteModels = true;
  // Never read a stray copy from transformers' default local path: only the hub.
  env.allowLocalModels = false;
  env.useFSCache = true;
  env.remoteHost = options.remoteHost ?? HF_HOST;
  const common = { cache_dir: options.cacheDir, progress_callback: progressCallback(options.onProgress) };
  try {
    const config = { ...(await AutoConfig.from_pretrained(options.id, common)) };
    const task = options.guess(config);
    if (task === null) return { task, config };
    const pipe = await pipeline(task, options.id, { ...common, quantized: true });
    await pipe.dispose();
    return { task, config };
  } finally {
    env.allowRemoteModels = false;
    env.allowLocalModels = saved.allowLocalModels;
    env.useFSCache = saved.useFSCache;
    env.remoteHost = saved.remoteHost;
  }
}

function progressCallback(listener: ProgressListener | undefined): ((raw: unknown) => void) | undefined {
  if (!listener) return undefined;
  return (raw) => {
    const event = toProgressEvent(raw);
    if (event) listener(event);
  };
}
