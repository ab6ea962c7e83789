import type { Digest, DigestFigure, DigestSource, DigestStory } from './build-digest.js';
import { escapeHtml as h, facts, safeUrl } from './escape.js';

/**
 * Inline, self-contained styles: the page must read well offline, in a mail client, and
 * on paper, so no external fonts, scripts or images.
 */
const CSS = `
:root { color-scheme: light; }
body { font: 16px/1.6 -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.meta, .sources, .note { color: #555; font-size: .875rem; }
article { border-bottom: 1px solid #ddd; padding: 1rem 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
h2 { font-size: 1.2rem; margin: 0 0 .2rem; }
h2 .rank { color: #888; font-weight: normal; margin-right: .4rem; }
.zh-title { font-weight: 600; margin: 0 0 .6rem; }
.summary { margin: .4rem 0; }
.figures { margin: .5rem 0; padding-left: 1.2rem; }
.figures .zh { color: #555; }
.flagged { color: #8a4b00; }
.warning { background: #fff6e5; border-left: 3px solid #e0a030; padding: .3rem .6rem; margin: .5rem 0; font-size: .9rem; }
a { color: #0645ad; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .sources a[href]::after { content: " (" attr(href) ")"; font-size: .8em; color: #555; }
}
`.trim();

function figureHtml(f: DigestFigure): string {
  const label = f.measures ? `<strong>${h(f.measures)}</strong>: ` : '';
  const flag = f.flagged ? ` <span class="flagged" title="${h(f.flagged)}">⚠ ${h(f.flagged)}</span>` : '';
  return `<li${f.flagged ? ' class="flagged"' : ''}>${f.flagged ? '⚠ ' : ''}${label}<span lang="en">${h(f.en)}</span> <span class="zh" lang="zh-Hans">（${h(f.zh)}）</span>${flag}</li>`;
}

function sourceHtml(s: DigestSource): string {
  const meta = [s.outlet, s.publishedAt].filter((x): x is string => !!x).map(h);
  const url = safeUrl(s.url);
  const original = url ? ` · <a href="${h(url)}" rel="noopener noreferrer">original</a>` : '';
  return `<li><a href="${h(s.briefing)}" lang="zh-Hans">${h(s.titleZh ?? s.id)}</a>${meta.length ? ` · ${meta.join(' · ')}` : ''} · <a href="${h(s.factSheet)}">JSON</a>${original}</li>`;
}

function storyHtml(story: DigestStory): string {
  const parts = [
    `<article id="story-${h(story.id)}">`,
    `<h2 lang="en"><span class="rank">${story.rank}.</span>${h(story.titleEn)}</h2>`,
    `<p class="zh-title" lang="zh-Hans">${h(story.titleZh)}</p>`,
  ];
  if (story.summaryEn) parts.push(`<p class="summary" lang="en">${h(story.summaryEn)}</p>`);
  if (story.summaryZh) parts.push(`<p class="summary" lang="zh-Hans">${h(story.summaryZh)}</p>`);
  for (const w of story.warnings) parts.push(`<p class="warning">⚠ ${h(w)}</p>`);
  if (story.figures.length) parts.push(`<ul class="figures">${story.figures.map(figureHtml).join('')}</ul>`);
  parts.push(
    `<div class="sources">${story.sources.length > 1 ? `Sources · 来源 (${story.sources.length})` : 'Source · 来源'}<ul>${story.sources.map(sourceHtml).join('')}</ul></div>`,
    '</article>',
  );
  return parts.join('\n');
}

/** The digest as one self-contained HTML page (inline CSS, no scripts, every text escaped). */
export function renderDigestHtml(digest: Digest): string {
  const notes: string[] = [];
  if (digest.counts.rejected > 0) notes.push(`${facts(digest.counts.rejected)} rejected by reviewers left out.`);
  if (digest.strict && digest.counts.flaggedOmitted > 0) notes.push(`${facts(digest.counts.flaggedOmitted)} flagged by verification left out (strict).`);
  if (digest.counts.flagged > 0) notes.push(`⚠ marks ${facts(digest.counts.flagged)} verification could not confirm.`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jianbao">
<title>${h(digest.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<header>
<h1>${h(digest.title)}</h1>
<p class="meta">${h(digest.windowDescription)} · ${digest.counts.stories} stories from ${digest.counts.articles} articles · generated <time datetime="${h(digest.generatedAt)}">${h(digest.generatedAt)}</time></p>
${notes.length ? `<p class="note">${h(notes.join(' '))}</p>\n` : ''}</header>
<main>
${digest.stories.length ? digest.stories.map(storyHtml).join('\n') : '<p>No articles in this window. <span lang="zh-Hans">本时段没有文章。</span></p>'}
</main>
</body>
</html>
`;
}
