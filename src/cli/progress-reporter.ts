import type { BatchEvent } from '../batch/index.js';
import type { Manifest } from '../types.js';

export interface ReporterOptions {
  readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Nothing but errors (with --json the summary goes to stdout as JSON instead). */
  readonly quiet: boolean;
  readonly now?: () => number;
}

/**
 * A live progress bar with counts, rate and ETA on a terminal; one plain line per
 * article when the output is a file or a pipe (cron logs, CI).
 */
export function createProgressReporter(options: ReporterOptions): (event: BatchEvent) => void {
  const now = options.now ?? (() => performance.now());
  const tty = options.stream.isTTY === true;
  let started = now();
  let counts = { ok: 0, cached: 0, failed: 0 };
  let lastDraw = 0;
  return (event) => {
    if (event.status === 'start') {
      started = now();
      counts = { ok: 0, cached: 0, failed: 0 };
      return;
    }
    if (event.status === 'done') {
      if (tty && !options.quiet) options.stream.write('\r\x1b[K');
      return;
    }
    const { item, done, total } = event;
    counts[item.status]++;
    if (item.status === 'failed') {
      if (tty) options.stream.write('\r\x1b[K');
      options.stream.write(`failed ${item.path}: ${item.error?.code ?? 'E_INTERNAL'}: ${stripPath(item.error?.message ?? '', item.path)}\n`);
    } else if (!tty && !options.quiet) {
      const extra = item.status === 'ok' ? ` (${item.provider ?? '?'}, ${item.facts ?? 0} facts${item.flagged ? `, ${item.flagged} flagged` : ''})` : '';
      options.stream.write(`${item.status.padEnd(6)} ${item.path}${extra}\n`);
    }
    if (tty && !options.quiet) {
      const t = now();
      if (t - lastDraw < 80 && done < total) return;
      lastDraw = t;
      const elapsed = (t - started) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = rate > 0 ? (total - done) / rate : 0;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      options.stream.write(
        `\r\x1b[K${bar} ${done}/${total} · ok ${counts.ok} · cached ${counts.cached} · failed ${counts.failed} · ${rate.toFixed(1)}/s · ETA ${formatSeconds(eta)}`,
      );
    }
  };
}

/** The final one-line summary: ok / cached / failed, tokens used, time. */
export function summaryLine(manifest: Manifest, outDir: string): string {
  const ms = Date.parse(manifest.finishedAt) - Date.parse(manifest.startedAt);
  const tokens = manifest.usage && manifest.usage.promptTokens + manifest.usage.completionTokens > 0
    ? ` · ${manifest.usage.promptTokens + manifest.usage.completionTokens} tokens (${manifest.usage.promptTokens} prompt, ${manifest.usage.completionTokens} completion)`
    : '';
  const { ok, cached, failed } = manifest.counts;
  return `jianbao: ${ok} ok · ${cached} cached · ${failed} failed${tokens} · ${formatSeconds(ms / 1000)} → ${outDir}`;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${Math.round(seconds - m * 60)}s`;
}

/** Error messages already start with the path; don't print it twice. */
function stripPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
