/**
 * The inference worker's entry (compiled runs only, see model-runtime.ts). One worker per
 * process hosts every loaded model, addressed by handle; requests run one at a time, in
 * order, so one model never runs two generations at once.
 */
import { parentPort } from 'node:worker_threads';
import { loadPipeline, type LoadedPipeline } from './transformers-adapter.js';
import { toWorkerError, type FromWorker, type ToWorker } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('inference-worker.js must run as a worker thread');
const post = (message: FromWorker): void => port.postMessage(message);

const models = new Map<number, LoadedPipeline>();
let nextHandle = 1;

async function handle(message: ToWorker): Promise<string | number | null> {
  if (message.type === 'load') {
    const pipe = await loadPipeline({
      folder: message.folder,
      task: message.task,
      onProgress: (event) => post({ type: 'progress', id: message.id, event }),
    });
    const h = nextHandle++;
    models.set(h, pipe);
    return h;
  }
  const pipe = models.get(message.handle);
  if (!pipe) throw new Error('the model is not loaded (disposed?)');
  switch (message.type) {
    case 'translate':
      return pipe.translate(message.text, message.maxNewTokens);
    case 'generate':
      return pipe.generate(message.messages, message.maxNewTokens);
    case 'unload':
      models.delete(message.handle);
      await pipe.dispose();
      return null;
  }
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(async () => {
    try {
      post({ type: 'result', id: message.id, ok: true, value: await handle(message) });
    } catch (error) {
      post({ type: 'result', id: message.id, ok: false, error: toWorkerError(error) });
    }
  });
});
