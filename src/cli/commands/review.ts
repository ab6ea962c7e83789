import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { JianbaoError, isJianbaoError } from '../../errors/index.js';
import { EXIT_OK, EXIT_USAGE, type CliIo, type CommandModule } from '../command.js';

const HELP = `Usage: jianbao review [--out DIR] [--port 8080] [--host 127.0.0.1] [--static]

Opens the review page: each fact sheet beside its highlighted source text. Approve,
reject or comment on every fact; decisions are saved at once to DIR/reviews/<id>.json.

Options:
  --out DIR      output folder written by \`jianbao run\` (default: output)
  --port N       port to listen on, 0 for any free port (default: 8080)
  --host H       interface to listen on (default: 127.0.0.1). Anything but loopback
                 makes the page reachable from the network: only do it on a trusted one
  --static       write read-only pages to DIR/review-static/ instead of serving
  -h, --help     this help

Keys on the article page: j/k next/previous fact, n next flagged item, a approve,
r reject, c comment, u clear, ? help. Stop the server with Ctrl+C.
`;

/** `jianbao review`: serve the review page, or with --static write it as files. */
export const reviewCommand: CommandModule = {
  name: 'review',
  summary: 'review page: check fact sheets against their sources',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    try {
      const options = parseOptions(args, io.cwd);
      await assertOutDir(options.outDir);
      // Loaded here, not at the top: `jianbao review --help` should not pay for zod schemas.
      const review = await import('../../review/index.js');
      if (options.static) {
        const { pages, dir } = await review.writeStaticReview(options.outDir);
        io.stdout.write(`wrote ${pages} page${pages === 1 ? '' : 's'} to ${dir}\n`);
        return EXIT_OK;
      }
      const server = await review.startReviewServer(options).catch((error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new JianbaoError('E_CONFIG', `port ${options.port} is in use; pass --port with another one (or 0)`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new JianbaoError('E_CONFIG', `cannot listen on host ${options.host}`);
        if (code === 'EACCES') throw new JianbaoError('E_CONFIG', `no permission to listen on port ${options.port}`);
        throw error;
      });
      io.stdout.write(`review page: ${server.url}\n`);
      if (options.hostGiven && !isLoopback(options.host)) {
        io.stderr.write(`warning: listening on ${options.host}; anyone who can reach it can read the articles\n`);
      }
      io.stdout.write('press Ctrl+C to stop\n');
      await waitForSignal();
      await server.close();
      io.stdout.write('review server stopped\n');
      return EXIT_OK;
    } catch (error) {
      if (isJianbaoError(error)) {
        io.stderr.write(`${error.code}: ${error.message}\n`);
        return error.code === 'E_USAGE' || error.code === 'E_CONFIG' ? EXIT_USAGE : 1;
      }
      throw error;
    }
  },
};

interface ReviewOptions {
  readonly outDir: string;
  readonly port: number;
  readonly host: string;
  readonly hostGiven: boolean;
  readonly static: boolean;
}

function parseOptions(args: readonly string[], cwd: string): ReviewOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        static: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new JianbaoError('E_USAGE', `${(error as Error).message}; see jianbao review --help`);
  }
  const portText = values.port ?? '8080';
  if (!/^\d{1,5}$/u.test(portText) || Number(portText) > 65535) {
    throw new JianbaoError('E_USAGE', `--port expects a number from 0 to 65535, got "${portText}"`);
  }
  if (values.host !== undefined && values.host.trim() === '') throw new JianbaoError('E_USAGE', '--host expects a host name or address');
  if (values.static && (values.port !== undefined || values.host !== undefined)) {
    throw new JianbaoError('E_USAGE', '--static writes files and serves nothing; drop --port and --host');
  }
  return {
    outDir: resolve(cwd, values.out ?? 'output'),
    port: Number(portText),
    host: values.host ?? '127.0.0.1',
    hostGiven: values.host !== undefined,
    static: values.static ?? false,
  };
}

async function assertOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new JianbaoError('E_CONFIG', `output folder ${outDir} not found; run \`jianbao run <folder>\` first or pass --out`);
  }
}

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function waitForSignal(): Promise<void> {
  return new Promise((ok) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      ok();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
