import { Feed } from 'feed';
import type { Digest, DigestStory } from './build-digest.js';
import { escapeHtml as h, stripInvalidXmlChars } from './escape.js';

export interface AtomFeedOptions {
  /**
   * Absolute URL where the output folder is published (`https://example.org/briefings/`).
   * Without it, links are relative to `digests/feed.xml`, which feed readers resolve
   * against the feed's own URL.
   * @default undefined
   */
  readonly siteUrl?: string;
  /** @default '简报 jianbao digests' */
  readonly title?: string;
  /**
   * Most entries in the feed, newest digest first, by rank within a digest.
   * @default 50
   */
  readonly maxEntries?: number;
}

function join(base: string | undefined, path: string): string {
  if (base === undefined) return path;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}

/** Stable across runs and days: the story id, which is the id of its first-processed article. */
export function storyEntryId(story: Pick<DigestStory, 'id'>): string {
  return `urn:jianbao:story:${encodeURIComponent(story.id)}`;
}

function entryContent(story: DigestStory, base: string | undefined): string {
  const figures = story.figures
    .map((f) => `<li>${f.flagged ? '⚠ ' : ''}${f.measures ? `<strong>${h(f.measures)}</strong>: ` : ''}${h(f.en)}（${h(f.zh)}）${f.flagged ? ` — ⚠ ${h(f.flagged)}` : ''}</li>`)
    .join('');
  const sources = story.sources
    .map((s) => `<li><a href="${h(base ? join(base, `articles/${s.id}.md`) : s.briefing)}">${h(s.titleZh ?? s.id)}</a>${s.outlet ? ` · ${h(s.outlet)}` : ''}</li>`)
    .join('');
  return [
    `<p lang="zh-Hans"><strong>${h(story.titleZh)}</strong></p>`,
    story.summaryEn ? `<p lang="en">${h(story.summaryEn)}</p>` : '',
    story.summaryZh ? `<p lang="zh-Hans">${h(story.summaryZh)}</p>` : '',
    ...story.warnings.map((w) => `<p>⚠ ${h(w)}</p>`),
    figures ? `<ul>${figures}</ul>` : '',
    `<ul>${sources}</ul>`,
  ].join('');
}

/**
 * An Atom 1.0 feed with one entry per story over one or more digests (pass the recent
 * days' digests to keep a rolling feed). A story in several digests appears once, from
 * the newest digest. Entry titles and content are `type="html"`, so every text in them
 * is HTML-escaped here before the feed library wraps it in CDATA.
 */
export function renderAtomFeed(digests: readonly Digest[], options: AtomFeedOptions = {}): string {
  const base = options.siteUrl;
  // Relative links resolve against digests/feed.xml; absolute ones against the site root.
  const digestPath = (date: string): string => (base ? join(base, `digests/${date}.html`) : `${date}.html`);
  const ordered = [...digests].sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || b.date.localeCompare(a.date));
  const newest = ordered[0];
  const feed = new Feed({
    id: base ? join(base, 'digests/feed.xml') : 'urn:jianbao:digests',
    title: stripInvalidXmlChars(options.title ?? '简报 jianbao digests'),
    description: 'Bilingual digests of Chinese news articles, every figure checked against its source.',
    updated: newest ? new Date(newest.generatedAt) : new Date(0),
    generator: 'jianbao',
    link: newest ? digestPath(newest.date) : (base ?? 'index.html'),
    ...(base ? { feedLinks: { atom: join(base, 'digests/feed.xml') } } : {}),
    author: { name: 'jianbao' },
    copyright: '',
  });
  const seen = new Set<string>();
  let count = 0;
  const max = options.maxEntries ?? 50;
  for (const digest of ordered) {
    for (const story of digest.stories) {
      if (count >= max) break;
      const id = storyEntryId(story);
      if (seen.has(id)) continue;
      seen.add(id);
      count++;
      const link = `${digestPath(digest.date)}#story-${encodeURIComponent(story.id)}`;
      feed.addItem({
        title: h(story.titleEn === story.titleZh ? story.titleEn : `${story.titleEn} · ${story.titleZh}`),
        id,
        link,
        date: new Date(story.updated),
        published: new Date(story.published),
        description: h(story.summaryEn || story.summaryZh),
        content: entryContent(story, base),
      });
    }
  }
  return feed.atom1();
}
