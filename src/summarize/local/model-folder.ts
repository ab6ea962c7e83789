import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { guessTask, type LocalTask, type ModelConfigSummary } from './model-tasks.js';

/**
 * Where a model lives: `<modelDir>/<model>`, the layout transformers.js loads from a
 * local model path and `jianbao models pull` writes (`Xenova/opus-mt-zh-en` is a folder
 * `Xenova/` holding `opus-mt-zh-en/`). Always absolute, so no later chdir changes it.
 */
export function modelFolderPath(modelDir: string, model: string): string {
  return resolve(modelDir, model);
}

export interface ModelFile {
  /** Relative to the model folder, with `/` separators. */
  readonly path: string;
  readonly bytes: number;
}

export interface ModelFolderInfo {
  /** As given to JIANBAO_LOCAL_MODEL: the folder relative to the model dir. */
  readonly name: string;
  readonly path: string;
  readonly task: LocalTask | null;
  readonly modelType: string | null;
  readonly bytes: number;
  readonly files: readonly ModelFile[];
}

/** Reads a model folder's config.json, or null when it is missing or not JSON. */
export function readModelConfig(folder: string): (ModelConfigSummary & Record<string, unknown>) | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as ModelConfigSummary & Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * A cheap fingerprint of the model's weights and settings for the batch cache key:
 * config.json's bytes plus the size and mtime of every ONNX file. Hashing hundreds of
 * megabytes of weights on every start would cost seconds; a re-pulled or swapped model
 * changes size or mtime. `missing` when there is no config.json.
 */
export function modelFingerprint(folder: string): string {
  const hash = createHash('sha256');
  try {
    hash.update(readFileSync(join(folder, 'config.json')));
  } catch {
    return 'missing';
  }
  const onnxDir = join(folder, 'onnx');
  const names = existsSync(onnxDir) ? readdirSync(onnxDir).filter((n) => n.endsWith('.onnx')).sort() : [];
  for (const name of names) {
    try {
      const s = statSync(join(onnxDir, name));
      hash.update(`\u0000${name}:${s.size}:${Math.trunc(s.mtimeMs)}`);
    } catch {
      hash.update(`\u0000${name}:unreadable`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Everything about one model folder that `models list` shows. */
export async function inspectModelFolder(folder: string, name: string): Promise<ModelFolderInfo> {
  const files = await listFiles(folder);
  const config = readModelConfig(folder);
  return {
    name,
    path: folder,
    task: guessTask(config),
    modelType: typeof config?.model_type === 'string' ? config.model_type : null,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files,
  };
}

/**
 * The models installed under a model dir: every folder holding a config.json, one or
 * two levels down (`tiny-random-marian-zh-en/`, `Xenova/opus-mt-zh-en/`). Folders
 * starting with a dot (pull's staging area) are skipped. Sorted by name.
 */
export async function listInstalledModels(modelDir: string): Promise<ModelFolderInfo[]> {
  const root = resolve(modelDir);
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (depth > 0 && entries.some((e) => e.isFile() && e.name === 'config.json')) {
      found.push(dir);
      return;
    }
    if (depth >= 2) return;
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(join(dir, e.name), depth + 1);
    }
  };
  await walk(root, 0);
  const infos = await Promise.all(found.map((dir) => inspectModelFolder(dir, relative(root, dir).split(sep).join('/'))));
  return infos.sort((a, b) => a.name.localeCompare(b.name));
}

async function listFiles(folder: string): Promise<ModelFile[]> {
  const out: ModelFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) out.push({ path: relative(folder, full).split(sep).join('/'), bytes: (await stat(full)).size });
    }
  };
  await walk(folder);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether the folder holds the quantized ONNX files transformers.js 2.x loads by default. */
export function hasQuantizedWeights(folder: string): boolean {
  const onnxDir = join(folder, 'onnx');
  return existsSync(onnxDir) && readdirSync(onnxDir).some((n) => n.endsWith('_quantized.onnx'));
}


/**
 * Finds which ONNX file of a model is damaged, for the error message when loading fails:
 * ONNX Runtime says only "protobuf parsing failed", and transformers.js then retries on
 * the wasm backend, whose "Can't create a session" hides even that. An ONNX file is one
 * protobuf message; walking its top-level fields (a handful: the graph is one huge
 * length-delimited field) shows a truncated or non-ONNX file without reading the weights.
 * Returns one line per damaged file; empty when every file looks whole.
 */
export function diagnoseOnnxFiles(folder: string): string[] {
  const onnxDir = join(folder, 'onnx');
  if (!existsSync(onnxDir)) return ['there is no onnx/ folder with the weights'];
  const names = readdirSync(onnxDir).filter((n) => n.endsWith('.onnx')).sort();
  if (names.length === 0) return ['onnx/ holds no .onnx file'];
  const problems: string[] = [];
  for (const name of names) {
    const problem = checkProtobufFile(join(onnxDir, name));
    if (problem) problems.push(`onnx/${name} ${problem}`);
  }
  return problems;
}

function checkProtobufFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return `cannot be read (${(error as Error).message})`;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 'is empty';
    const head = Buffer.alloc(20);
    let offset = 0;
    for (let fields = 0; offset < size; fields++) {
      if (fields > 10_000) return 'does not look like an ONNX model';
      const got = readSync(fd, head, 0, head.length, offset);
      let at = 0;
      const varint = (): number | null => {
        let value = 0;
        for (let shift = 0; shift < 63; shift += 7) {
          if (at >= got) return null;
          const byte = head[at++]!;
          value += (byte & 0x7f) * 2 ** shift;
          if ((byte & 0x80) === 0) return value;
        }
        return null;
      };
      const tag = varint();
      if (tag === null || tag < 8) return `is not an ONNX model (unreadable bytes at offset ${offset})`;
      const wire = tag % 8;
      let length: number | null;
      if (wire === 0) length = varint() === null ? null : 0;
      else if (wire === 1) length = 8;
      else if (wire === 5) length = 4;
      else if (wire === 2) length = varint();
      else return `is not an ONNX model (unexpected field type at offset ${offset})`;
      if (length === null) return `ends in the middle of a field at offset ${offset} (truncated)`;
      const end = offset + at + length;
      if (end > size) return `is truncated: ${size} bytes, but a field at offset ${offset} runs to byte ${end}`;
      offset = end;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}
