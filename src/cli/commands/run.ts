import { parseArgs } from 'node:util';
import type { CliIo, CommandModule } from '../command.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../command.js';
import { reportError } from '../report-error.js';
import { loadEnvironment } from '../load-env.js';
import { createProgressReporter, summaryLine } from '../progress-reporter.js';

const HELP = `Usage: jianbao run <files or folders…> [options]

Processes every article found (folders are walked recursively: .txt .md .html .htm .json),
writes articles/<id>.json (fact sheet) and articles/<id>.md (briefing) and manifest.json,
and skips articles that are unchanged since the last run (same bytes, path, jianbao version,
provider chain, model, prompts and options). An article whose LLM call fell back to another
provider is written, but redone on the next run so the LLM gets another chance; a killed run
loses nothing: rerun it and it finishes the rest.

Options:
  --out DIR            output folder (default: output, or JIANBAO_OUT)
  --provider NAME      auto | openai | local | builtin (default: auto, or JIANBAO_PROVIDER)
                       auto = openai if OPENAI_API_KEY or OPENAI_BASE_URL is set, then a local
                       model if one is present, then builtin (always available, offline)
  --model NAME         LLM model for the openai provider (JIANBAO_MODEL)
  --base-url URL       OpenAI-compatible endpoint (OPENAI_BASE_URL)
  --concurrency N      articles processed at once (default 4, or JIANBAO_CONCURRENCY)
  --date YYYY-MM-DD    reference date for articles that state none (今年, 5月19日 …)
  --force              redo articles even if unchanged
  --strict             leave flagged facts and sentences out of the published briefings
  --max-bytes N        largest input file in bytes (default 5 MiB, or JIANBAO_MAX_INPUT_BYTES)
  --deadline MS        per-article deadline for LLM/local providers before falling back (default 120000)
  --workers N          worker threads for the CPU-bound stages; 0 = none (default: one per core
                       beyond the first with the builtin provider, at least one; one per core
                       with an LLM; one with a local model; each holds its own copy of the
                       pipeline, about 60 MB)
  --wait               wait for another run on the same output folder instead of failing
  --json               print the manifest summary as JSON on stdout
  --verbose            stack traces for unexpected errors
  -h, --help           this help

Exit codes: 0 all articles succeeded (fallbacks count as success), 1 some failed, 2 usage error.
`;

export const runCommand: CommandModule = {
  name: 'run',
  summary: 'process articles into fact sheets and briefings',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          out: { type: 'string' },
          provider: { type: 'string' },
          model: { type: 'string' },
          'base-url': { type: 'string' },
          concurrency: { type: 'string' },
          date: { type: 'string' },
          force: { type: 'boolean' },
          strict: { type: 'boolean' },
          'max-bytes': { type: 'string' },
          deadline: { type: 'string' },
          wait: { type: 'boolean' },
          workers: { type: 'string' },
          json: { type: 'boolean' },
          verbose: { type: 'boolean' },
        },
      });
    } catch (error) {
      io.stderr.write(`E_USAGE: ${(error as Error).message}\nRun \`jianbao run --help\` for the options.\n`);
      return EXIT_USAGE;
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
      io.stderr.write('E_USAGE: jianbao run needs at least one file or folder, e.g. `jianbao run fixtures/articles`\n');
      return EXIT_USAGE;
    }
    const verbose = values.verbose ?? false;
    let workers: number | undefined;
    if (values.workers !== undefined) {
      workers = Number(values.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
        io.stderr.write(`E_USAGE: --workers must be a whole number from 0 to 64; got "${values.workers}"\n`);
        return EXIT_USAGE;
      }
    }
    try {
      const { resolveConfig } = await import('../../config/index.js');
      const env = loadEnvironment(io.cwd, io.env);
      const { config } = resolveConfig(
        {
          out: values.out,
          provider: values.provider,
          model: values.model,
          baseUrl: values['base-url'],
          concurrency: values.concurrency,
          date: values.date,
          force: values.force,
          strict: values.strict,
          maxBytes: values['max-bytes'],
          deadline: values.deadline,
          json: values.json,
          verbose,
        },
        env,
      );
      const [{ runBatch }, { createProviderChain }] = await Promise.all([
        // run-batch.js, not the barrel: the main thread of a run loads no pipeline of its own.
        import('../../batch/run-batch.js'),
        import('../../summarize/create-provider-chain.js'),
      ]);
      const chain = await createProviderChain(config);
      try {
        // No analysis context here: runBatch loads jieba and the pipeline only when an article
        // needs analysing (in its worker threads when compiled), so a cached rerun starts fast.
        const manifest = await runBatch({
          inputs: positionals,
          config,
          chain,
          workers,
          onEvent: createProgressReporter({ stream: io.stderr, quiet: config.json }),
          lockWaitMs: values.wait ? 24 * 3600 * 1000 : 0,
        });
        if (config.json) {
          io.stdout.write(`${JSON.stringify({ outDir: config.outDir, ...manifest, items: undefined, failed: manifest.items.filter((i) => i.status === 'failed') })}\n`);
        } else {
          io.stderr.write(`${summaryLine(manifest, config.outDir)}\n`);
        }
        return manifest.counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
      } finally {
        await Promise.all(chain.map((p) => p.dispose?.()));
      }
    } catch (error) {
      return reportError(error, io, verbose);
    }
  },
};
