import { ConfigurationError } from '../errors/index.js';

/**
 * Which articles a digest covers.
 *
 * - `since`: articles *processed* (fact sheet `provenance.generatedAt`) in the half-open
 *   interval (now − duration, now]. The default is the last 24 hours, which is what a
 *   daily scheduled `run` then `digest` wants: whatever that run just produced.
 * - `date`: articles *published* on that calendar day — `source.publishedAt` starts with
 *   `YYYY-MM-DD`. Articles that state no publication date fall back to the day they were
 *   processed, in the digest's time zone.
 */
export type DigestWindow =
  | { readonly kind: 'since'; readonly ms: number; readonly label: string }
  | { readonly kind: 'date'; readonly date: string };

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Parses `--since` values: a positive integer and a unit, m(inutes), h(ours), d(ays), w(eeks).
 *
 * @example parseSince('90m') // { kind: 'since', ms: 5400000, label: '90m' }
 */
export function parseSince(value: string): DigestWindow {
  const m = /^\s*(\d+)\s*([mhdw])\s*$/iu.exec(value);
  const n = m?.[1] !== undefined ? Number(m[1]) : NaN;
  const unit = UNIT_MS[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined || !Number.isSafeInteger(n) || n <= 0) {
    throw new ConfigurationError(`--since expects a duration such as 24h, 7d or 90m; got "${value}"`);
  }
  return { kind: 'since', ms: n * unit, label: `${n}${(m[2] ?? '').toLowerCase()}` };
}

/** Parses `--date YYYY-MM-DD`, rejecting impossible days such as 2025-02-30. */
export function parseDate(value: string): DigestWindow {
  const ok = /^\d{4}-\d{2}-\d{2}$/u.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new ConfigurationError(`--date expects a calendar day YYYY-MM-DD; got "${value}"`);
  return { kind: 'date', date: value };
}

/** The default window: the last 24 hours of processing. */
export const DEFAULT_WINDOW: DigestWindow = Object.freeze({ kind: 'since', ms: 86_400_000, label: '24h' });

/** `YYYY-MM-DD` of `instant` in `timeZone` (an IANA name such as `Asia/Shanghai`). */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Whether an article falls in `window`. `processedAt` is an ISO instant. */
export function inWindow(
  article: { readonly publishedAt: string | null; readonly processedAt: string },
  window: DigestWindow,
  now: Date,
  timeZone: string,
): boolean {
  const processed = Date.parse(article.processedAt);
  if (window.kind === 'since') {
    if (!Number.isFinite(processed)) return false;
    return processed > now.getTime() - window.ms && processed <= now.getTime();
  }
  if (article.publishedAt !== null && /^\d{4}-\d{2}-\d{2}/u.test(article.publishedAt)) {
    return article.publishedAt.startsWith(window.date);
  }
  return Number.isFinite(processed) && dayInTimeZone(new Date(processed), timeZone) === window.date;
}

/** A one-line English description of `window`, for headers and messages. */
export function describeWindow(window: DigestWindow, now: Date): string {
  if (window.kind === 'date') return `articles published on ${window.date}`;
  const from = new Date(now.getTime() - window.ms).toISOString();
  return `articles processed in the last ${window.label} (${from} – ${now.toISOString()})`;
}
