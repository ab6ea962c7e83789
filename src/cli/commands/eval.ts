import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo, CommandModule } from '../command.js';
import { EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportError } from '../report-error.js';

const HELP = `Usage: jianbao eval [options]

Scores extraction against gold annotations and prints a table: precision, recall and F1
per fact kind, identifiers read as quantities, English renderings of money, entities per
type, and every miss and spurious fact with its sentence. Exit code 0 whatever the scores.

Options:
  --gold DIR           gold folder (default: fixtures/gold)
  --number-cases DIR   cn2an / JioNLP cases (default: fixtures/number-cases; "none" skips)
  --msra PATH          MSRA NER JSONL to score entities on (e.g. ../shared/data/ner_zh/msra_ner_val_first500.jsonl)
  --cluener PATH       CLUENER2020 dev JSONL (e.g. ../shared/data/ner_zh/cluener2020_dev.jsonl)
  --limit N            misses and spurious facts listed (default 40)
  --json               the whole report as JSON
`;

/** fixtures/ of the installed package, for runs outside the repository. */
function packageFixtures(): string {
  return fileURLToPath(new URL('../../../fixtures', import.meta.url));
}

export const evalCommand: CommandModule = {
  name: 'eval',
  summary: 'score extraction against gold annotations',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs('eval', args, {
      options: {
        gold: { type: 'string' },
        'number-cases': { type: 'string' },
        msra: { type: 'string' },
        cluener: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    }, io);
    if (!parsed) return EXIT_USAGE;
    const { values } = parsed;
    const fixtures = existsSync(join(io.cwd, 'fixtures', 'gold')) ? join(io.cwd, 'fixtures') : packageFixtures();
    const goldDir = resolve(io.cwd, values.gold ?? join(fixtures, 'gold'));
    if (!existsSync(goldDir)) {
      io.stderr.write(`E_USAGE: gold folder ${goldDir} not found (--gold DIR)\n`);
      return EXIT_USAGE;
    }
    const numberCases = values['number-cases'] === 'none' ? null : resolve(io.cwd, values['number-cases'] ?? join(fixtures, 'number-cases'));
    const nerSets = [
      ...(values.msra ? [{ name: 'MSRA', path: resolve(io.cwd, values.msra) }] : []),
      ...(values.cluener ? [{ name: 'CLUENER2020 dev', path: resolve(io.cwd, values.cluener) }] : []),
    ];
    for (const set of nerSets) {
      if (!existsSync(set.path)) {
        io.stderr.write(`E_USAGE: ${set.name} file ${set.path} not found\n`);
        return EXIT_USAGE;
      }
    }
    const limit = Number(values.limit ?? 40);
    try {
      const { runEval, formatEvalReport } = await import('../../eval/index.js');
      const report = await runEval({ goldDir, numberCasesDir: numberCases, nerSets });
      io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report, Number.isFinite(limit) ? limit : 40));
      return EXIT_OK;
    } catch (error) {
      return reportError(error, io, values.verbose ?? false);
    }
  },
};
