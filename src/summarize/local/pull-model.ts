import { existsSync } from 'node:fs';
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { JianbaoError } from '../../errors/index.js';
import { inspectModelFolder, type ModelFolderInfo } from './model-folder.js';
import { guessTask, LOCAL_MODEL_TASKS } from './model-tasks.js';
import type { ProgressListener } from './progress.js';

export interface PullOptions {
  /** Hub id, e.g. `Xenova/opus-mt-zh-en`. */
  readonly id: string;
  /** The model dir; the model lands in `<dir>/<id>/`. */
  readonly dir: string;
  /**
   * The hub, or a mirror such as https://hf-mirror.com (`HF_ENDPOINT`).
   * @default 'https://huggingface.co/'
   */
  readonly remoteHost?: string;
  readonly onProgress?: ProgressListener;
}

const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

/**
 * Downloads a model into the model dir, the only place jianbao ever goes online for a
 * model. Files go to a staging folder (`<dir>/.partial/<id>`) and move into place only
 * after the pipeline has been built from them once, so an interrupted or failed pull
 * never leaves a half model where the provider would find it. Re-running resumes: files
 * already in the staging folder are not fetched again.
 */
export async function pullModel(options: PullOptions): Promise<ModelFolderInfo> {
  if (!HUB_ID.test(options.id) || options.id.split('/').some((part) => part === '..' || part === '.')) {
    throw new JianbaoError('E_USAGE', `"${options.id}" is not a Hugging Face model id; expected owner/name, e.g. ${LOCAL_MODEL_TASKS.translation.defaultModel}`);
  }
  const dir = resolve(options.dir);
  const staging = join(dir, '.partial');
  const target = join(dir, options.id);
  const host = options.remoteHost ?? 'https://huggingface.co/';
  await mkdir(staging, { recursive: true });
  const { downloadModel } = await import('./transformers-adapter.js');
  let task;
  try {
    ({ task } = await downloadModel({
      id: options.id,
      cacheDir: staging,
      remoteHost: host,
      onProgress: options.onProgress,
      guess: (config) => guessTask(config),
    }));
  } catch (error) {
    // Keep a partial download for the next try to resume; drop the staging folder if empty.
    await rmdir(staging).catch(() => undefined);
    throw toPullError(error, options.id, host, dir);
  }
  if (task === null) {
    throw new JianbaoError(
      'E_MODEL_MISSING',
      `${options.id} is not a model type the local provider runs (translation: ${LOCAL_MODEL_TASKS.translation.modelTypes.join(', ')}; ` +
        `text-generation: ${LOCAL_MODEL_TASKS['text-generation'].modelTypes.join(', ')}); its config.json is in ${join(staging, options.id)}`,
    );
  }
  const staged = join(staging, options.id);
  // transformers.js's file cache logs and swallows write errors (a full disk): check.
  const info = await inspectModelFolder(staged, options.id);
  if (!info.files.some((f) => f.path === 'config.json') || !info.files.some((f) => f.path.endsWith('.onnx'))) {
    throw new JianbaoError('E_OUTPUT', `the download of ${options.id} did not leave config.json and ONNX weights in ${staged}; is the disk full?`);
  }
  await mkdir(dirname(target), { recursive: true });
  if (existsSync(target)) await rm(target, { recursive: true, force: true });
  await rename(staged, target);
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  return inspectModelFolder(target, options.id);
}

/** Network failures become the error `models pull` promises; others keep their words. */
function toPullError(error: unknown, id: string, host: string, dir: string): JianbaoError {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const hostName = safeHost(host);
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|EHOSTUNREACH|socket/i.test(`${message} ${cause}`)) {
    return new JianbaoError(
      'E_MODEL_MISSING',
      `cannot reach ${hostName} to download ${id}: ${cause || message}; copy the model folder into ${join(dir, id)} by hand instead`,
      { cause: error },
    );
  }
  if (/Could not locate file|Unauthorized|Forbidden|not found/i.test(message)) {
    return new JianbaoError(
      'E_MODEL_MISSING',
      `${hostName} has no ONNX model "${id}" (${message}); models for transformers.js usually live under Xenova/ or onnx-community/, e.g. ${LOCAL_MODEL_TASKS.translation.defaultModel}`,
      { cause: error },
    );
  }
  return new JianbaoError('E_MODEL_MISSING', `downloading ${id} from ${hostName} failed: ${message}`, { cause: error });
}

function safeHost(host: string): string {
  try {
    return new URL(host).host;
  } catch {
    return host;
  }
}
