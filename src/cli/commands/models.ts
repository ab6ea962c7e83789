import { parseCommandArgs } from '../parse-command-args.js';
import type { CliIo, CommandModule } from '../command.js';
import { EXIT_OK, EXIT_USAGE } from '../command.js';
import { loadEnvironment } from '../load-env.js';
import { reportError } from '../report-error.js';

const HELP = `Usage: jianbao models list [--dir DIR] [--json]
       jianbao models pull <id> [--dir DIR]

Local models for the offline provider (--provider local, or auto when one is present).
A model is a folder <DIR>/<id>/ with config.json, tokenizer files and onnx/*.onnx, in the
layout transformers.js loads; runs never download anything.

  list              the models under DIR: name, task (from config.json), size on disk, files
  pull <id>         download a model from the Hugging Face hub into DIR/<id>/ (needs network),
                    e.g. jianbao models pull Xenova/opus-mt-zh-en   (zh→en translation, ~77 MB)
                    HF_ENDPOINT points it at a mirror (e.g. https://hf-mirror.com), HF_TOKEN
                    authenticates. Offline, copy a model folder into DIR by hand instead.

Options:
  --dir DIR         model folder (default: JIANBAO_LOCAL_MODEL_DIR, else ~/.cache/jianbao/models)
  --json            list: print JSON instead of a table
  --verbose         stack traces for unexpected errors
  -h, --help        this help

Use a model with JIANBAO_LOCAL_MODEL=<id> (default Xenova/opus-mt-zh-en).
Exit codes: 0 done, 1 the download failed, 2 usage error.
`;

export const modelsCommand: CommandModule = {
  name: 'models',
  summary: 'list or pull local models for the offline provider',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(
      'models',
      args,
      { allowPositionals: true, options: { dir: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } } },
      io,
    );
    if (!parsed) return EXIT_USAGE;
    const { values, positionals } = parsed;
    const [action, ...rest] = positionals;
    const verbose = values.verbose ?? false;
    if (action !== 'list' && action !== 'pull') {
      io.stderr.write(`E_USAGE: ${action === undefined ? 'missing' : `unknown`} action${action === undefined ? '' : ` "${action}"`}; use \`jianbao models list\` or \`jianbao models pull <id>\`\n`);
      return EXIT_USAGE;
    }
    if (action === 'list' && rest.length > 0) {
      io.stderr.write(`E_USAGE: models list takes no arguments; got "${rest.join(' ')}"\n`);
      return EXIT_USAGE;
    }
    if (action === 'pull' && rest.length !== 1) {
      io.stderr.write('E_USAGE: models pull needs exactly one model id, e.g. `jianbao models pull Xenova/opus-mt-zh-en`\n');
      return EXIT_USAGE;
    }
    try {
      const env = loadEnvironment(io.cwd, io.env);
      const { resolveConfig } = await import('../../config/index.js');
      const { config } = resolveConfig({}, env);
      const { resolve } = await import('node:path');
      const dir = resolve(io.cwd, values.dir ?? config.local.modelDir);
      if (action === 'list') return await list(dir, config.local.model, values.json ?? false, io);
      return await pull(rest[0]!, dir, env.HF_ENDPOINT?.trim() || undefined, io);
    } catch (error) {
      return reportError(error, io, verbose);
    }
  },
};

async function list(dir: string, configured: string, json: boolean, io: CliIo): Promise<number> {
  const { listInstalledModels } = await import('../../summarize/local/index.js');
  const models = await listInstalledModels(dir);
  if (json) {
    io.stdout.write(`${JSON.stringify({ dir, models })}\n`);
    return EXIT_OK;
  }
  if (models.length === 0) {
    io.stdout.write(`no models in ${dir}\nGet one with \`jianbao models pull Xenova/opus-mt-zh-en --dir ${dir}\` when online, or copy a model folder there.\n`);
    return EXIT_OK;
  }
  const nameWidth = Math.max(4, ...models.map((m) => m.name.length)) + 2;
  io.stdout.write(`models in ${dir}\n\n`);
  io.stdout.write(`${'name'.padEnd(nameWidth)}${'task'.padEnd(22)}${'size'.padStart(10)}  files\n`);
  for (const m of models) {
    const mark = m.name === configured ? '  (JIANBAO_LOCAL_MODEL)' : '';
    const task = m.task ?? `unknown${m.modelType ? ` (${m.modelType})` : ''}`;
    io.stdout.write(`${m.name.padEnd(nameWidth)}${task.padEnd(22)}${formatBytes(m.bytes).padStart(10)}  ${m.files.length}${mark}\n`);
    for (const f of m.files) io.stdout.write(`${''.padEnd(nameWidth)}  ${f.path} (${formatBytes(f.bytes)})\n`);
  }
  return EXIT_OK;
}

async function pull(id: string, dir: string, remoteHost: string | undefined, io: CliIo): Promise<number> {
  const { pullModel, LOCAL_MODEL_TASKS } = await import('../../summarize/local/index.js');
  io.stderr.write(`pulling ${id} from ${remoteHost ?? 'https://huggingface.co/'} into ${dir}\n`);
  // One line per file at 0/25/50/75/100 %, not a line per network chunk.
  const reported = new Map<string, number>();
  const info = await pullModel({
    id,
    dir,
    remoteHost,
    onProgress(event) {
      switch (event.status) {
        case 'progress': {
          const step = Math.floor(event.progress / 25) * 25;
          if ((reported.get(event.file) ?? -1) >= step) return;
          reported.set(event.file, step);
          io.stderr.write(`  ${event.file}  ${String(step).padStart(3)}%  ${formatBytes(event.loaded)} of ${formatBytes(event.total)}\n`);
          return;
        }
        case 'done':
          io.stderr.write(`  ${event.file}  done\n`);
          return;
        case 'ready':
          io.stderr.write(`  loaded as ${event.task}: the files work\n`);
          return;
        default:
          return;
      }
    },
  });
  const mode = info.task ? LOCAL_MODEL_TASKS[info.task].description : 'unknown task';
  io.stdout.write(
    `pulled ${id} into ${info.path} (${formatBytes(info.bytes)}, ${info.files.length} files; ${mode})\n` +
      `use it with JIANBAO_LOCAL_MODEL=${id}${dir ? ` JIANBAO_LOCAL_MODEL_DIR=${dir}` : ''}\n`,
  );
  return EXIT_OK;
}

/** 865 B, 240.5 kB, 77.4 MB: decimal units, as the hub shows sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}
