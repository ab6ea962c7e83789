import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  MAX_REVIEW_COMMENT_LENGTH,
  ReviewDecisionSchema,
  ReviewFileSchema,
  type ReviewDecision,
  type ReviewFile,
} from '../types.js';
import { OutputError } from '../errors/index.js';
import { assertSafeId, resolveInside } from './safe-path.js';

export const REVIEW_SCHEMA_VERSION = 1 as const;

/** Longest reviewer comment kept; longer ones are refused rather than cut. */
export const MAX_COMMENT_LENGTH = MAX_REVIEW_COMMENT_LENGTH;

export const DecisionStatusSchema = ReviewDecisionSchema.shape.status;
export type DecisionStatus = ReviewDecision['status'];
export { ReviewDecisionSchema, ReviewFileSchema, type ReviewDecision, type ReviewFile };

/** What a reader gets: the decisions, or none with the reason the file could not be used. */
export interface ReviewState {
  readonly id: string;
  /** null when nobody has reviewed the article yet. */
  readonly updatedAt: string | null;
  readonly decisions: Readonly<Record<string, ReviewDecision>>;
  /** Set when reviews/<id>.json exists but is unreadable or invalid; decisions is then empty. */
  readonly error?: string;
}

/**
 * The reviewer's decisions for one article, for the digest (which leaves rejected facts
 * out) and the review page. A missing file means no decisions; a broken one is reported
 * in `error` rather than thrown, so one bad file never stops a digest.
 *
 * @example
 * const { decisions } = await readReviewDecisions('output', 'n0-nvidia-china');
 * const kept = sheet.facts.filter((f) => decisions[f.id]?.status !== 'rejected');
 */
export async function readReviewDecisions(outDir: string, id: string): Promise<ReviewState> {
  assertSafeId(id);
  const path = await resolveInside(outDir, 'reviews', id, '.json', { mustExist: false });
  if (path === null) return { id, updatedAt: null, decisions: {}, error: 'review file is outside the output folder' };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { id, updatedAt: null, decisions: {} };
    return { id, updatedAt: null, decisions: {}, error: `cannot read ${path}: ${(error as Error).message}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { id, updatedAt: null, decisions: {}, error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = ReviewFileSchema.safeParse(raw);
  if (!parsed.success || parsed.data.id !== id) {
    return { id, updatedAt: null, decisions: {}, error: 'not a schema-v1 review file for this article' };
  }
  return { id, updatedAt: parsed.data.updatedAt, decisions: parsed.data.decisions };
}

/** One change a reviewer makes: a status (null clears the decision) and optionally a comment. */
export interface DecisionChange {
  readonly factId: string;
  readonly status: DecisionStatus | null;
  /** undefined keeps the current comment; '' removes it. */
  readonly comment?: string;
}

const writeLocks = new Map<string, Promise<unknown>>();

/**
 * Applies one change to reviews/<id>.json and writes it atomically (temporary file in the
 * same folder, fsync, rename), so a crash leaves the old file or the new one, never half.
 * Changes to the same article are serialized in this process: each is a read-modify-write,
 * and two quick keystrokes must not lose one another's decision.
 *
 * Refuses (E_OUTPUT) to overwrite an existing file it cannot parse, so a hand-edited file
 * with a typo is not silently replaced by an almost empty one.
 */
export async function saveReviewDecision(
  outDir: string,
  id: string,
  change: DecisionChange,
  now: () => Date = () => new Date(),
): Promise<ReviewFile> {
  assertSafeId(id);
  const key = `${outDir}\u0000${id}`;
  const previous = writeLocks.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => applyChange(outDir, id, change, now));
  writeLocks.set(key, next);
  try {
    return await next;
  } finally {
    if (writeLocks.get(key) === next) writeLocks.delete(key);
  }
}

async function applyChange(
  outDir: string,
  id: string,
  change: DecisionChange,
  now: () => Date,
): Promise<ReviewFile> {
  const path = await resolveInside(outDir, 'reviews', id, '.json', { mustExist: false });
  if (path === null) throw new OutputError('E_OUTPUT', `reviews/${id}.json would be outside the output folder`);
  const current = await readReviewDecisions(outDir, id);
  if (current.error) throw new OutputError('E_OUTPUT', `reviews/${id}.json: ${current.error}; fix or remove it first`);
  const at = now().toISOString();
  const decisions: Record<string, ReviewDecision> = { ...current.decisions };
  if (change.status === null) {
    delete decisions[change.factId];
  } else {
    const comment = change.comment === undefined ? decisions[change.factId]?.comment : change.comment;
    decisions[change.factId] = { status: change.status, ...(comment ? { comment } : {}), at };
  }
  const file: ReviewFile = { schemaVersion: REVIEW_SCHEMA_VERSION, id, updatedAt: at, decisions };
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
  return file;
}

/** Writes `path` through a hidden temporary file beside it, then renames it into place. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.${process.pid}.tmp`);
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw new OutputError('E_OUTPUT', `cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
