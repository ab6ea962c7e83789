/**
 * Markdown → plain text, line by line: enough for articles saved as Markdown (headings,
 * emphasis, links, lists, quotes, front matter), not a CommonMark renderer.
 */

export interface MarkdownText {
  readonly text: string;
  /** From YAML front matter `title:`, else the first heading. */
  readonly title: string | null;
  /** Raw `date:` / `publishedAt:` value from front matter (normalised by the caller). */
  readonly date: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FRONT_KEY = /^([A-Za-z_]+)\s*:\s*(.*)$/;
const HEADING = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_RULE = /^ {0,3}(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const BLOCKQUOTE = /^ {0,3}(?:>\s?)+/;
const BULLET = /^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?/;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g;
const REF_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:\s+\S+/;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EMPHASIS = /(?<![*\w])([*_])(?=\S)([^*_\n]*?\S)\1(?![*\w])/g;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const CODE = /`([^`]+)`/g;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/g;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Strips Markdown markup: `# 标题` → `标题`, `**加粗**` → `加粗`, `[新华网](https://…)` →
 * `新华网`, images dropped, list bullets and quote markers removed, code fences unwrapped,
 * front matter read for title/date/url/source. Ordered list numbers are kept (they are
 * part of what a reader sees).
 */
export function markdownToText(markdown: string): MarkdownText {
  let src = markdown.replace(/\r\n?/g, '\n');
  let title: string | null = null;
  let date: string | null = null;
  let url: string | null = null;
  let outlet: string | null = null;

  const fm = FRONT_MATTER.exec(src);
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const kv = FRONT_KEY.exec(line.trim());
      if (!kv) continue;
      const key = kv[1]!.toLowerCase();
      const value = kv[2]!.trim().replace(/^["']|["']$/g, '');
      if (value === '') continue;
      if (key === 'title') title = value;
      else if (key === 'date' || key === 'publishedat' || key === 'published') date = value;
      else if (key === 'url' || key === 'link') url = value;
      else if (key === 'source' || key === 'outlet') outlet = value;
    }
    src = src.slice(fm[0].length);
  }

  const out: string[] = [];
  let inFence = false;
  for (const raw of src.split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    if (THEMATIC_BREAK.test(raw) || LINK_DEF.test(raw) || TABLE_RULE.test(raw)) {
      out.push('');
      continue;
    }
    // "标题\n====" (setext heading): the text line is already out; drop the underline.
    if (SETEXT_RULE.test(raw) && out.length > 0 && out[out.length - 1]!.trim() !== '') {
      if (title === null) title = inline(out[out.length - 1]!).trim();
      continue;
    }
    let line = raw.replace(BLOCKQUOTE, '');
    const heading = HEADING.exec(line);
    if (heading) {
      line = heading[1]!;
      if (title === null) title = inline(line).trim() || null;
    } else {
      line = line.replace(BULLET, '$1');
    }
    out.push(inline(line));
  }
  return { text: out.join('\n'), title, date, url, outlet };
}

function inline(line: string): string {
  return line
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE, '$1')
    .replace(STRONG, '$2')
    .replace(STRIKE, '$1')
    .replace(EMPHASIS, '$2')
    .replace(HTML_TAG, '')
    .replace(/^\s*\|\s*|\s*\|\s*$/g, '')
    .replace(/\s*\|\s*/g, ' | ');
}
