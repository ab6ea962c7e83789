import type { LocalTask } from './model-tasks.js';
import type { ProgressListener } from './progress.js';
import type { ChatMessage } from './transformers-adapter.js';

/** Where inference runs. */
export type InferenceWhere = 'worker' | 'in-process';

/** A loaded model, wherever it runs. */
export interface ModelRuntime {
  readonly where: InferenceWhere;
  readonly task: LocalTask;
  translate(text: string, maxNewTokens: number): Promise<string>;
  generate(messages: readonly ChatMessage[], maxNewTokens: number): Promise<string>;
  /**
   * Frees the model's ONNX sessions. The shared worker thread stays, idle and unref'd:
   * see worker-runtime.ts for why it cannot be ended and started again.
   */
  dispose(): Promise<void>;
}

export interface RuntimeLoadOptions {
  /** Absolute path of the model folder. */
  readonly folder: string;
  readonly task: LocalTask;
  readonly where: InferenceWhere;
  readonly onProgress?: ProgressListener;
}

/** Loads a model; the provider takes one as an option so tests can count loads. */
export type RuntimeLoader = (options: RuntimeLoadOptions) => Promise<ModelRuntime>;

/**
 * Where inference runs by default. onnxruntime-node 1.14 (what transformers.js 2.17
 * brings) runs `session.run` and model loading synchronously on the calling thread, and
 * the generation loop (logits processing, KV-cache bookkeeping) is JavaScript too; on the
 * main thread a real model would block the event loop for seconds per article, stalling
 * file reads, progress output and the other articles' work. So the compiled CLI runs it
 * in a worker thread. Under vitest the module is TypeScript, which a plain worker cannot
 * import, so it runs in-process there (the same adapter code; the worker is exercised by
 * the compiled bench and the end-to-end run). One process must stay with one choice:
 * onnxruntime-node loads into one thread per process only.
 */
export function defaultInferenceWhere(moduleUrl: string = import.meta.url): InferenceWhere {
  return moduleUrl.endsWith('.ts') ? 'in-process' : 'worker';
}

/** The shipped loader: a worker thread or an in-process pipeline, as asked. */
export const loadModelRuntime: RuntimeLoader = async (options) => {
  if (options.where === 'worker') {
    const { loadWorkerRuntime } = await import('./worker-runtime.js');
    return loadWorkerRuntime(options);
  }
  const { loadPipeline } = await import('./transformers-adapter.js');
  const pipe = await loadPipeline(options);
  return {
    where: 'in-process',
    task: pipe.task,
    translate: (text, maxNewTokens) => pipe.translate(text, maxNewTokens),
    generate: (messages, maxNewTokens) => pipe.generate(messages, maxNewTokens),
    dispose: () => pipe.dispose(),
  };
};
