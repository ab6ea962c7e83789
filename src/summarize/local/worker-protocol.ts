import type { LocalTask } from './model-tasks.js';
import type { LocalModelProgress } from './progress.js';
import type { ChatMessage } from './transformers-adapter.js';

/** An error crossing the thread boundary (Error objects lose their class on the way). */
export interface WorkerError {
  readonly name: string;
  readonly message: string;
}

/** One request to the inference worker, before the client numbers it. */
export type WorkerRequest =
  | { readonly type: 'load'; readonly folder: string; readonly task: LocalTask }
  | { readonly type: 'translate'; readonly handle: number; readonly text: string; readonly maxNewTokens: number }
  | { readonly type: 'generate'; readonly handle: number; readonly messages: readonly ChatMessage[]; readonly maxNewTokens: number }
  | { readonly type: 'unload'; readonly handle: number };

export type ToWorker = WorkerRequest & { readonly id: number };

/** `load` answers with the model's handle, translate/generate with text, unload with null. */
export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly event: LocalModelProgress }
  | { readonly type: 'result'; readonly id: number; readonly ok: true; readonly value: string | number | null }
  | { readonly type: 'result'; readonly id: number; readonly ok: false; readonly error: WorkerError };

export function toWorkerError(error: unknown): WorkerError {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}
