import { resolve } from 'node:path';
import { ConfigurationError } from '../../errors/index.js';
import type { CliIo, CommandModule } from '../command.js';
import { EXIT_OK, EXIT_USAGE } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { loadEnvironment } from '../load-env.js';
import { reportError } from '../report-error.js';

const HELP = `Usage: jianbao digest [options]

Writes a bilingual digest of the processed articles: digests/<date>.md, digests/<date>.html,
digests/<date>.json and the Atom feed digests/feed.xml (the last 7 days' stories), in the
output folder. Near-duplicate articles about the same story become one item with all
their sources; stories are ranked by fact density, entity salience and recency.

Which articles:
  (default)            those processed in the last 24 hours (fact sheet provenance.generatedAt)
  --since DURATION     those processed in the last DURATION: 90m, 24h, 7d, 2w
  --date YYYY-MM-DD    those published on that day (source.publishedAt); undated articles
                       count on the day they were processed, in --timezone

Options:
  --out DIR            output folder holding articles/ (default: output, or JIANBAO_OUT)
  --title TEXT         digest title (default: 简报 Daily digest <date>)
  --strict             leave out facts verification flagged (default: shown with ⚠ and the reason)
  --timezone TZ        IANA zone for the digest's date (default: TZ or the system zone)
  --site-url URL       where the output folder is published, for absolute feed links
  --verbose            stack traces for unexpected errors
  -h, --help           this help

Facts a reviewer rejected (reviews/<id>.json) are always left out.
With nothing in the window nothing is written and the command says so (exit 0).
Exit codes: 0 done (also when empty), 1 output could not be written, 2 usage error.
`;

/** What the digest command takes from outside; tests pass a fixed clock. */
export interface DigestCommandDeps {
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/** Builds the `digest` command with its clock (the shipped command reads the system clock). */
export function createDigestCommand(deps: DigestCommandDeps = {}): CommandModule {
  const now = deps.now ?? ((): Date => new Date());
  return {
    name: 'digest',
    summary: 'write the bilingual digest of processed articles',
    help: HELP,
    async run(args: readonly string[], io: CliIo): Promise<number> {
      const parsed = parseCommandArgs('digest', args, {
        allowPositionals: false,
        options: {
          out: { type: 'string' },
          date: { type: 'string' },
          since: { type: 'string' },
          title: { type: 'string' },
          strict: { type: 'boolean' },
          timezone: { type: 'string' },
          'site-url': { type: 'string' },
          verbose: { type: 'boolean' },
        },
      }, io);
      if (!parsed) return EXIT_USAGE;
      const { values } = parsed;
      const verbose = values.verbose ?? false;
      try {
        const digest = await import('../../digest/index.js');
        const { writeFileAtomic } = await import('../../batch/atomic-write.js');
        if (values.date !== undefined && values.since !== undefined) {
          throw new ConfigurationError('--date and --since choose different windows; give one of them');
        }
        const window =
          values.date !== undefined ? digest.parseDate(values.date) : values.since !== undefined ? digest.parseSince(values.since) : digest.DEFAULT_WINDOW;
        const env = loadEnvironment(io.cwd, io.env);
        const blank = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());
        const timeZone = values.timezone ?? blank(env.TZ) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (!digest.isValidTimeZone(timeZone)) {
          throw new ConfigurationError(`--timezone expects an IANA zone such as Asia/Shanghai or UTC; got "${timeZone}"`);
        }
        const siteUrl = values['site-url'];
        if (siteUrl !== undefined && !/^https?:\/\/\S+$/iu.test(siteUrl)) {
          throw new ConfigurationError(`--site-url expects an http(s) URL; got "${siteUrl}"`);
        }
        const outDir = resolve(io.cwd, values.out ?? blank(env.JIANBAO_OUT) ?? 'output');

        const { sheets, warnings } = await digest.loadFactSheets(outDir);
        const clock = now();
        // Reviews only matter for sheets in the window; reading them all is cheap either way.
        const { reviews, warnings: reviewWarnings } = await digest.readReviews(outDir, sheets.map((s) => s.id));
        for (const w of [...warnings, ...reviewWarnings]) io.stderr.write(`warning: ${w}\n`);
        const built = digest.buildDigest(sheets, reviews, {
          now: clock,
          window,
          strict: values.strict ?? false,
          timeZone,
          ...(values.title !== undefined ? { title: values.title } : {}),
        });
        if (built.stories.length === 0) {
          io.stdout.write(`No ${built.windowDescription} in ${outDir}; nothing written.\n`);
          return EXIT_OK;
        }
        const written = await digest.writeDigest(built, {
          outDir,
          write: writeFileAtomic,
          ...(siteUrl !== undefined ? { siteUrl } : {}),
        });
        for (const path of written) io.stdout.write(`${path}\n`);
        io.stderr.write(
          `digest ${built.date}: ${built.counts.stories} stories from ${built.counts.articles} articles` +
            `${built.counts.flagged ? `, ${built.counts.flagged} flagged facts marked ⚠` : ''}` +
            `${built.counts.flaggedOmitted ? `, ${built.counts.flaggedOmitted} flagged facts left out` : ''}` +
            `${built.counts.rejected ? `, ${built.counts.rejected} rejected facts left out` : ''}\n`,
        );
        return EXIT_OK;
      } catch (error) {
        return reportError(error, io, verbose);
      }
    },
  };
}

/** `jianbao digest`. */
export const digestCommand: CommandModule = createDigestCommand();
