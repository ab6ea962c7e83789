import { Worker } from 'node:worker_threads';
import type { ModelRuntime, RuntimeLoadOptions } from './model-runtime.js';
import type { ProgressListener } from './progress.js';
import type { FromWorker, ToWorker, WorkerError, WorkerRequest } from './worker-protocol.js';

/**
 * The process's one inference worker, shared by every model and started on first use.
 *
 * Why one, never restarted: onnxruntime-node 1.14's native binding is not context-aware,
 * so it loads into one thread per process only. A second worker (or a replacement for a
 * terminated one, or the main thread after a worker) fails with "Module did not
 * self-register". So dispose() unloads a model's ONNX sessions inside the worker and the
 * idle worker stays, unref'd: it holds no model memory and does not keep the process
 * alive, and a later provider in the same process can still load a model.
 */
class WorkerHost {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve: (value: string | number | null) => void; reject: (error: Error) => void; onProgress?: ProgressListener }
  >();
  private nextId = 1;
  private stopped: Error | null = null;

  constructor() {
    this.worker = new Worker(new URL('./inference-worker.js', import.meta.url), {
      // A worker inherits the parent's node flags; --input-type (from `node -e`) makes
      // loading its file fail, and means nothing to it.
      execArgv: process.execArgv.filter((arg) => !arg.startsWith('--input-type')),
    });
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.stop(error));
    this.worker.on('exit', (code) => this.stop(new Error(`the inference worker stopped (exit code ${code})`)));
  }

  request(message: WorkerRequest, onProgress?: ProgressListener): Promise<string | number | null> {
    if (this.stopped) {
      return Promise.reject(new Error(`${this.stopped.message}; onnxruntime-node cannot be loaded again in this process, so restart it`));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      // Ref'd while an answer is awaited: an idle worker must not keep the process alive,
      // but a pending one must, or the process could exit with a summary half done.
      this.worker.ref();
      this.worker.postMessage({ ...message, id } satisfies ToWorker);
    });
  }

  private receive(message: FromWorker): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.event);
      return;
    }
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.worker.unref();
    if (message.ok) p.resolve(message.value);
    else p.reject(fromWorker(message.error));
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

function fromWorker(e: WorkerError): Error {
  return Object.assign(new Error(e.message), { name: e.name });
}

let host: WorkerHost | null = null;

/** Loads a model in the shared inference worker (starting it if need be). */
export async function loadWorkerRuntime(options: RuntimeLoadOptions): Promise<ModelRuntime> {
  host ??= new WorkerHost();
  const h = host;
  const handle = await h.request({ type: 'load', folder: options.folder, task: options.task }, options.onProgress);
  if (typeof handle !== 'number') throw new Error('the inference worker answered a load without a handle');
  const text = async (request: WorkerRequest): Promise<string> => {
    const value = await h.request(request);
    return typeof value === 'string' ? value : '';
  };
  let disposed = false;
  return {
    where: 'worker',
    task: options.task,
    translate: (t, maxNewTokens) => text({ type: 'translate', handle, text: t, maxNewTokens }),
    generate: (messages, maxNewTokens) => text({ type: 'generate', handle, messages, maxNewTokens }),
    async dispose() {
      if (disposed) return;
      disposed = true;
      await h.request({ type: 'unload', handle }).catch(() => undefined);
    },
  };
}
