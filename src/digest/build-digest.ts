import type { Fact, FactKind, FactSheet } from '../types.js';
import { DEFAULT_WINDOW, dayInTimeZone, describeWindow, inWindow, type DigestWindow } from './digest-window.js';
import { clusterNearDuplicates, type NearDuplicateOptions } from './near-duplicates.js';
import { rejectedFactIds, type ReviewFile } from './read-reviews.js';

/** One key figure of a story. */
export interface DigestFigure {
  readonly factId: string;
  readonly articleId: string;
  /** What the figure measures, in English ("revenue"), when known. */
  readonly measures: string | null;
  /** English rendering of the figure ("RMB170.36 billion"). */
  readonly en: string;
  /** The figure exactly as the source writes it ("1703.6亿元"). */
  readonly zh: string;
  /** Why verification flagged it, or null when it checked out. */
  readonly flagged: string | null;
}

/** One article behind a story, with relative links to its briefing. */
export interface DigestSource {
  readonly id: string;
  readonly titleZh: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly processedAt: string;
  /** Relative to the digests folder: `../articles/<id>.md`. */
  readonly briefing: string;
  /** Relative to the digests folder: `../articles/<id>.json`. */
  readonly factSheet: string;
}

/** The parts of a story's score (see {@link scoreStory}). */
export interface StoryScore {
  readonly total: number;
  readonly density: number;
  readonly salience: number;
  readonly recency: number;
}

/** One story: an article, or several near-duplicate articles merged. */
export interface DigestStory {
  /**
   * Stable id: the id of the first-processed article of the story, so a rewrite that
   * arrives later joins the story without changing its id (and its feed entry).
   */
  readonly id: string;
  /** The article the titles, summaries and figures come from (the one with most kept facts). */
  readonly primaryId: string;
  readonly rank: number;
  readonly score: StoryScore;
  readonly titleEn: string;
  readonly titleZh: string;
  readonly summaryEn: string;
  readonly summaryZh: string;
  /** Verification issues about the summaries, "⚠"-worthy, as `where: problem: claim`. */
  readonly warnings: readonly string[];
  readonly figures: readonly DigestFigure[];
  readonly sources: readonly DigestSource[];
  /** Latest processing time among the sources (the feed entry's `updated`). */
  readonly updated: string;
  /** Earliest publication (or processing) time among the sources. */
  readonly published: string;
}

export interface Digest {
  readonly schemaVersion: 1;
  /** The digest's day, `YYYY-MM-DD`: `--date`, or today in the digest's time zone. */
  readonly date: string;
  readonly title: string;
  readonly generatedAt: string;
  readonly timeZone: string;
  readonly window: DigestWindow;
  readonly windowDescription: string;
  readonly strict: boolean;
  readonly stories: readonly DigestStory[];
  readonly counts: {
    readonly articles: number;
    readonly stories: number;
    /** Facts left out because a reviewer rejected them. */
    readonly rejected: number;
    /** Flagged facts shown with ⚠ (or, with strict, left out: see `flaggedOmitted`). */
    readonly flagged: number;
    readonly flaggedOmitted: number;
  };
}

export interface BuildDigestOptions {
  /** The clock: the end of a `since` window, the digest's `generatedAt`. */
  readonly now: Date;
  /** @default the last 24 hours of processing ({@link DEFAULT_WINDOW}) */
  readonly window?: DigestWindow;
  /**
   * Leave out facts verification flagged (instead of marking them ⚠).
   * @default false
   */
  readonly strict?: boolean;
  /** @default `简报 Daily digest <date>` */
  readonly title?: string;
  /**
   * IANA time zone for the digest's day and for `--date` on undated articles.
   * @default 'UTC'
   */
  readonly timeZone?: string;
  /**
   * Key figures per story.
   * @default 5
   */
  readonly maxFigures?: number;
  /** Near-duplicate tuning; see near-duplicates.ts. */
  readonly nearDuplicates?: NearDuplicateOptions;
}

/** Figures that say most about a story come first; dates and years say least. */
const KIND_PRIORITY: Readonly<Record<FactKind, number>> = {
  money: 0,
  percent: 1,
  count: 2,
  measure: 3,
  percentage_point: 4,
  multiple: 5,
  fraction: 6,
  duration: 7,
  ordinal: 8,
  period: 9,
  year: 10,
  date: 11,
};

const ENTITY_WEIGHT = { organization: 1, person: 1, product: 0.75, place: 0.5 } as const;

interface Prepared {
  readonly sheet: FactSheet;
  readonly processedAt: string;
  /** Facts left after reviewer rejections (and, with strict, verification flags). */
  readonly kept: readonly { fact: Fact; flagged: string | null }[];
  readonly rejected: number;
  readonly flagged: number;
  readonly flaggedOmitted: number;
}

/** Verification problems per fact id, from issues whose `where` is `facts[3]` or `facts[f3]` / `facts.f3`. */
export function flaggedFacts(sheet: FactSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of sheet.verification.issues) {
    const m = /^facts(?:\[([^\]]+)\]|\.([\w-]+))/u.exec(issue.where);
    const key = m?.[1] ?? m?.[2];
    if (key === undefined) continue;
    const fact = /^\d+$/u.test(key) ? sheet.facts[Number(key)] : sheet.facts.find((f) => f.id === key);
    if (!fact) continue;
    const prev = out.get(fact.id);
    out.set(fact.id, prev ? `${prev}; ${issue.problem}` : issue.problem);
  }
  return out;
}

function prepare(sheet: FactSheet, review: ReviewFile | undefined, strict: boolean): Prepared {
  const rejectedIds = rejectedFactIds(review);
  const flags = flaggedFacts(sheet);
  const kept: { fact: Fact; flagged: string | null }[] = [];
  let rejected = 0;
  let flagged = 0;
  let flaggedOmitted = 0;
  for (const fact of sheet.facts) {
    if (rejectedIds.has(fact.id)) {
      rejected++;
      continue;
    }
    const flag = flags.get(fact.id) ?? null;
    if (flag !== null && strict) {
      flaggedOmitted++;
      continue;
    }
    if (flag !== null) flagged++;
    kept.push({ fact, flagged: flag });
  }
  return { sheet, processedAt: sheet.provenance.generatedAt ?? '', kept, rejected, flagged, flaggedOmitted };
}

function isoOrNull(value: string | null): number | null {
  if (value === null) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

/**
 * A story's rank score, in [0, 1]:
 *
 *   score = 0.45·D + 0.35·S + 0.20·R
 *
 * - D, fact density: d/(d+1) where d is the primary article's kept facts per 100
 *   characters of source text (a figure-dense report beats a long opinion piece).
 * - S, entity salience: s/(s+10) where s sums, over the story's three most-mentioned
 *   organizations/people/products/places (mentions summed over all its sources, weighted
 *   org/person 1, product 0.75, place 0.5), mentions × the number of stories in the digest
 *   naming that entity — a company in several stories today is salient.
 * - R, recency: 2^(−age/24h) of the story's newest publication date (processing time
 *   when undated), age measured from `now` and never negative.
 *
 * The saturating forms keep each part in [0, 1) without knowing the whole corpus.
 * Ties break on the story id so the order never depends on file-system order.
 */
export function scoreStory(
  parts: { keptFacts: number; textLength: number; entityMentions: readonly { zh: string; weight: number; mentions: number }[]; newest: number },
  coverage: ReadonlyMap<string, number>,
  now: Date,
): StoryScore {
  const d = parts.keptFacts / Math.max(1, parts.textLength / 100);
  const density = d / (d + 1);
  const top = [...parts.entityMentions].sort((a, b) => b.mentions * b.weight - a.mentions * a.weight || a.zh.localeCompare(b.zh)).slice(0, 3);
  const s = top.reduce((sum, e) => sum + e.mentions * e.weight * (coverage.get(e.zh) ?? 1), 0);
  const salience = s / (s + 10);
  const ageHours = Math.max(0, now.getTime() - parts.newest) / 3_600_000;
  const recency = Math.pow(2, -ageHours / 24);
  const round = (x: number): number => Math.round(x * 10_000) / 10_000;
  return { total: round(0.45 * density + 0.35 * salience + 0.2 * recency), density: round(density), salience: round(salience), recency: round(recency) };
}

/** Picks up to `max` key figures: with a `measures` label first, then by kind, then source order; shown in source order. */
export function selectFigures(prepared: Prepared, max: number): DigestFigure[] {
  const seen = new Set<string>();
  const candidates = prepared.kept.filter(({ fact }) => {
    const key = `${fact.text}\u0000${fact.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = [...candidates]
    .sort(
      (a, b) =>
        Number(!a.fact.measures) - Number(!b.fact.measures) ||
        KIND_PRIORITY[a.fact.kind] - KIND_PRIORITY[b.fact.kind] ||
        a.fact.span.start - b.fact.span.start,
    )
    .slice(0, max)
    .sort((a, b) => a.fact.span.start - b.fact.span.start);
  return chosen.map(({ fact, flagged }) => ({
    factId: fact.id,
    articleId: prepared.sheet.id,
    measures: fact.measures ?? null,
    en: fact.en,
    zh: fact.text,
    flagged,
  }));
}

function firstSentence(text: string, max: number): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  const m = /^(.+?[.!?。！？])(\s|$)/u.exec(t);
  const s = m?.[1] ?? t;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * The English headline: `title.en` when a provider wrote one; otherwise the top entities'
 * English names and the lead figure ("BYD, Wang Chuanfu: revenue RMB170.36 billion");
 * otherwise the English summary's first sentence; otherwise the id.
 */
export function englishTitle(sheet: FactSheet, figures: readonly DigestFigure[]): string {
  const given = sheet.title?.en?.trim();
  if (given) return given;
  const entities = [...sheet.entities]
    .filter((e) => e.type !== 'place' || sheet.entities.length < 3)
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .slice(0, 2)
    .map((e) => e.en);
  const lead = figures.find((f) => f.measures !== null && f.flagged === null);
  if (entities.length > 0) return lead ? `${entities.join(', ')}: ${lead.measures} ${lead.en}` : entities.join(', ');
  const summary = sheet.summaries.en.text.trim();
  if (summary) return firstSentence(summary, 120);
  return sheet.id;
}

function chineseTitle(sheet: FactSheet): string {
  return sheet.title?.zh?.trim() || sheet.source.title?.trim() || firstSentence(sheet.summaries.zh.text, 60) || sheet.id;
}

function summaryWarnings(sheet: FactSheet): string[] {
  return sheet.verification.issues
    .filter((i) => i.where.startsWith('summaries.'))
    .map((i) => `${i.where}: ${i.problem}: ${i.claim}`);
}

function toSource(p: Prepared): DigestSource {
  const s = p.sheet.source;
  return {
    id: p.sheet.id,
    titleZh: s.title,
    outlet: s.outlet,
    url: s.url,
    publishedAt: s.publishedAt,
    processedAt: p.processedAt,
    briefing: `../articles/${p.sheet.id}.md`,
    factSheet: `../articles/${p.sheet.id}.json`,
  };
}

/**
 * Builds the digest of the fact sheets in `options.window` — pure: same sheets, reviews
 * and options, same digest.
 *
 * Steps: keep sheets in the window → drop rejected facts (and flagged ones with strict) →
 * merge near-duplicates into stories → score and rank → pick titles, summaries and up to
 * five key figures from each story's primary article.
 */
export function buildDigest(
  sheets: readonly FactSheet[],
  reviews: ReadonlyMap<string, ReviewFile>,
  options: BuildDigestOptions,
): Digest {
  const now = options.now;
  const window = options.window ?? DEFAULT_WINDOW;
  const strict = options.strict ?? false;
  const timeZone = options.timeZone ?? 'UTC';
  const maxFigures = options.maxFigures ?? 5;
  const date = window.kind === 'date' ? window.date : dayInTimeZone(now, timeZone);

  const selected = sheets
    .filter((sheet) =>
      inWindow({ publishedAt: sheet.source.publishedAt, processedAt: sheet.provenance.generatedAt ?? '' }, window, now, timeZone),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
  const prepared = selected.map((sheet) => prepare(sheet, reviews.get(sheet.id), strict));

  const clusters = clusterNearDuplicates(
    prepared.map((p) => `${p.sheet.source.title ?? ''}\n${p.sheet.source.text}`),
    options.nearDuplicates,
  ).map((idx) => idx.map((i) => prepared[i]).filter((p): p is Prepared => p !== undefined));

  // How many stories name each entity, for salience.
  const coverage = new Map<string, number>();
  for (const cluster of clusters) {
    const names = new Set(cluster.flatMap((p) => p.sheet.entities.map((e) => e.zh)));
    for (const n of names) coverage.set(n, (coverage.get(n) ?? 0) + 1);
  }

  const scored = clusters.map((members) => {
    const byProcessed = [...members].sort((a, b) => a.processedAt.localeCompare(b.processedAt) || a.sheet.id.localeCompare(b.sheet.id));
    const primary = [...members].sort(
      (a, b) => b.kept.length - a.kept.length || (a.sheet.source.publishedAt ?? '~').localeCompare(b.sheet.source.publishedAt ?? '~') || a.sheet.id.localeCompare(b.sheet.id),
    )[0] as Prepared; // a cluster is never empty
    const mentions = new Map<string, { zh: string; weight: number; mentions: number }>();
    for (const p of members) {
      for (const e of p.sheet.entities) {
        const m = mentions.get(e.zh) ?? { zh: e.zh, weight: ENTITY_WEIGHT[e.type], mentions: 0 };
        m.mentions += e.mentions.length;
        mentions.set(e.zh, m);
      }
    }
    const times = members.map((p) => isoOrNull(p.sheet.source.publishedAt) ?? isoOrNull(p.processedAt) ?? 0);
    const score = scoreStory(
      { keptFacts: primary.kept.length, textLength: primary.sheet.source.text.length, entityMentions: [...mentions.values()], newest: Math.max(...times) },
      coverage,
      now,
    );
    const figures = selectFigures(primary, maxFigures);
    const processed = members.map((p) => p.processedAt).sort();
    const published = [...times].sort((a, b) => a - b)[0] ?? 0;
    const story: Omit<DigestStory, 'rank'> = {
      id: (byProcessed[0] ?? primary).sheet.id,
      primaryId: primary.sheet.id,
      score,
      titleEn: englishTitle(primary.sheet, figures),
      titleZh: chineseTitle(primary.sheet),
      summaryEn: primary.sheet.summaries.en.text.trim(),
      summaryZh: primary.sheet.summaries.zh.text.trim(),
      warnings: summaryWarnings(primary.sheet),
      figures,
      // The primary first, then the others in processing order.
      sources: [primary, ...byProcessed.filter((p) => p !== primary)].map(toSource),
      updated: processed[processed.length - 1] ?? now.toISOString(),
      published: new Date(published).toISOString(),
    };
    return story;
  });

  const stories: DigestStory[] = scored
    .sort((a, b) => b.score.total - a.score.total || a.id.localeCompare(b.id))
    .map((s, i) => ({ ...s, rank: i + 1 }));

  return {
    schemaVersion: 1,
    date,
    title: options.title ?? `简报 Daily digest ${date}`,
    generatedAt: now.toISOString(),
    timeZone,
    window,
    windowDescription: describeWindow(window, now),
    strict,
    stories,
    counts: {
      articles: prepared.length,
      stories: stories.length,
      rejected: prepared.reduce((n, p) => n + p.rejected, 0),
      flagged: prepared.reduce((n, p) => n + p.flagged, 0),
      flaggedOmitted: prepared.reduce((n, p) => n + p.flaggedOmitted, 0),
    },
  };
}
