import type { Digest, DigestFigure, DigestSource, DigestStory } from './build-digest.js';
import { escapeMarkdownBlock as mdBlock, escapeMarkdown as md, facts } from './escape.js';

/** `**revenue**: RMB170.36 billion（1703.6亿元）`, with ⚠ and the reason when flagged. */
export function formatFigureMarkdown(f: DigestFigure): string {
  const label = f.measures ? `**${md(f.measures)}**: ` : '';
  const flag = f.flagged ? `⚠ ` : '';
  const reason = f.flagged ? ` — ⚠ ${md(f.flagged)}` : '';
  return `${flag}${label}${md(f.en)}（${md(f.zh)}）${reason}`;
}

function sourceLine(s: DigestSource): string {
  const title = md(s.titleZh ?? s.id);
  const meta = [s.outlet, s.publishedAt].filter((x): x is string => !!x).map(md);
  // Link targets are our own relative paths built from safe ids; angle brackets allow any id.
  return `[${title}](<${s.briefing}>)${meta.length ? ` · ${meta.join(' · ')}` : ''} · [JSON](<${s.factSheet}>)`;
}

function storyMarkdown(story: DigestStory): string {
  const lines: string[] = [];
  lines.push(`## ${story.rank}. ${md(story.titleEn)}`, '', `**${md(story.titleZh)}**`, '');
  if (story.summaryEn) lines.push(mdBlock(story.summaryEn), '');
  if (story.summaryZh) lines.push(mdBlock(story.summaryZh), '');
  for (const w of story.warnings) lines.push(`> ⚠ ${md(w)}`, '');
  if (story.figures.length > 0) {
    lines.push('Key figures · 关键数据:', '');
    for (const f of story.figures) lines.push(`- ${formatFigureMarkdown(f)}`);
    lines.push('');
  }
  lines.push(story.sources.length > 1 ? `Sources · 来源 (${story.sources.length}):` : 'Source · 来源:', '');
  for (const s of story.sources) lines.push(`- ${sourceLine(s)}`);
  lines.push('');
  return lines.join('\n');
}

/** The digest as Markdown, meant for `digests/<date>.md` (links are relative to that folder). */
export function renderDigestMarkdown(digest: Digest): string {
  const head = [
    `# ${md(digest.title)}`,
    '',
    `${mdBlock(digest.windowDescription)} · ${digest.counts.stories} stories from ${digest.counts.articles} articles · generated ${digest.generatedAt}`,
    '',
  ];
  const notes: string[] = [];
  if (digest.counts.rejected > 0) notes.push(`${facts(digest.counts.rejected)} rejected by reviewers left out.`);
  if (digest.strict && digest.counts.flaggedOmitted > 0) notes.push(`${facts(digest.counts.flaggedOmitted)} flagged by verification left out (strict).`);
  if (digest.counts.flagged > 0) notes.push(`⚠ marks ${facts(digest.counts.flagged)} verification could not confirm.`);
  if (notes.length) head.push(`_${notes.join(' ')}_`, '');
  if (digest.stories.length === 0) head.push('No articles in this window. 本时段没有文章。', '');
  return `${[...head, ...digest.stories.map(storyMarkdown)].join('\n').trimEnd()}\n`;
}
