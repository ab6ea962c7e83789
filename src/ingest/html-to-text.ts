/**
 * HTML → main article text and metadata, trafilatura-style: a numbered cascade where each
 * fallback runs only when the step before under-delivered.
 *
 * Every walk over the DOM is iterative with an explicit stack: pages nested thousands of
 * levels deep (broken CMS templates, hostile input) must not overflow the call stack.
 */
import { parseDocument } from 'htmlparser2';
import { hasChildren, isTag, isText } from 'domhandler';
import type { AnyNode, Element } from 'domhandler';
import { cleanText } from './clean-text.js';
import { findPublishedDate, normalizeDate } from './text-metadata.js';

export interface HtmlText {
  /** The cleaned main text (see cleanText). */
  readonly text: string;
  /** og:title, else <title>, else <h1>, with a site suffix such as " - 新浪财经" removed. */
  readonly title: string | null;
  /** YYYY-MM-DD, or null. */
  readonly publishedAt: string | null;
  /** og:url or <link rel="canonical">. */
  readonly url: string | null;
  /** og:site_name, a source meta tag, or the site suffix stripped from the title. */
  readonly outlet: string | null;
  /** Which cascade step produced the text: 1 content selectors, 2 paragraph density, 3 all visible text. */
  readonly method: 'selector' | 'density' | 'visible';
}

/** Never content: scripts, embedded media and page chrome. */
const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'option', 'textarea', 'input',
  'audio', 'video', 'title', 'meta', 'link', 'base', 'dialog',
]);

/** Never dropped for their class or id: a `<body class="hot-page">` must not empty the page. */
const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** Class / id words (split at -, _, camelCase) that mark page chrome, in English and pinyin. */
const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'submenu', 'ad', 'ads', 'adv', 'advert', 'advertisement',
  'adsbygoogle', 'sponsor', 'sidebar', 'footer', 'comment', 'comments', 'share', 'sharing', 'social',
  'related', 'recommend', 'recommended', 'breadcrumb', 'breadcrumbs', 'crumb', 'copyright', 'hot',
  'hotnews', 'toolbar', 'popup', 'modal', 'qrcode', 'login', 'subscribe', 'rank', 'ranking', 'tags',
  'guanggao', 'gg', 'tuijian', 'xiangguan', 'pinglun', 'fenxiang', 'daohang', 'banquan', 'remen',
  'rebang', 'erweima', 'mianbaoxie',
]);

/** Class / id names of the main content container on common (Chinese) news sites. */
const CONTENT_NAMES: ReadonlySet<string> = new Set([
  'article-content', 'article_content', 'articlecontent', 'article-body', 'article_body', 'articlebody',
  'article-text', 'article_text', 'article-detail', 'post-content', 'post_content', 'postcontent',
  'post-body', 'post_body', 'post_text', 'entry-content', 'main-text', 'main_text', 'maintext',
  'main-content', 'trs_editor', 'content', 'contents', 'news-content', 'news_content', 'newscontent',
  'detail-content', 'detail_content', 'story-body', 'rich_media_content', 'art_content', 'left_zw',
  'rwb_zw', 'ozoom', 'zoom', 'endtext', 'text', 'article', 'artibody', 'content_area', 'box_con',
]);

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose own text counts as one paragraph unit for the density step. */
const UNIT_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'td', 'section', 'font', 'span', 'li']);

/** Meta names / properties that carry the publication date, in order of trust. */
const DATE_METAS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publish-date', 'publishtime',
  'publication_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'dcterms.created',
  'weibo:article:create_at', 'og:release_date', 'date',
];

const SPLIT_WORDS = /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const HTML_SPACE = /[ \t\n\r\f]+/g;
/** A line break in the source between two CJK characters is layout, not a space. */
const CJK_BREAK = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])[ \t\r\f]*\n[ \t\n\r\f]*(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g;
const NON_SPACE = /\S/g;

/** Title separators after which a site name follows: "标题 - 新浪财经", "标题_新华网", "标题|界面新闻". */
const TITLE_SUFFIX = /^(.*\S)\s*(\s[-–—|｜]\s|_|——|－|\||｜)\s*([^-–—|｜_]{1,24})$/;
const SITE_WORD = /网|报|新闻|财经|频道|资讯|在线|官网|客户端|电视|广播|杂志|周刊|社|日报|时报|中心|首页|新浪|搜狐|网易|腾讯|凤凰|澎湃|界面|财新|观察|news|times|post|daily|online|\.com|\.cn/i;

/** Step 1 accepts its text when it has at least this share of what step 2 found. */
const SELECTOR_MIN_SHARE = 0.5;
/** Below this many non-space characters the page is treated as having no main text yet. */
const MIN_MAIN_CHARS = 25;

interface Extracted {
  text: string;
  /** Non-space characters outside links. */
  plain: number;
  /** Non-space characters inside <a>. */
  linked: number;
}

/**
 * Extracts the main text and metadata of a news page.
 *
 * Cascade: (1) the `<article>`, `[itemprop=articleBody]` or well-known content container
 * (`.article-content`, `#content`, `.TRS_Editor`, …) with the most non-link text;
 * (2) if that under-delivers, the parent of the densest run of paragraphs, scored by
 * text length against link text; (3) if still short, all visible text. Scripts, styles,
 * navigation, headers, footers, asides, forms and elements whose class or id reads as
 * chrome (nav, menu, ad, sidebar, comment, share, related, hot, guanggao …) never count.
 *
 * @example htmlToText('<title>降准落地_新华网</title><article><p>央行宣布降准。</p></article>')
 *   // → { text: '央行宣布降准。', title: '降准落地', outlet: '新华网', … }
 */
export function htmlToText(html: string): HtmlText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = collectMetadata(doc.children);

  // Step 1: known content containers, outside any dropped subtree.
  const { candidates, blocks } = collectCandidates(doc.children);
  let best: Extracted | null = null;
  let bestEl: Element | null = null;
  for (const el of candidates) {
    const ex = extractText([el]);
    if (best === null || score(ex) > score(best)) {
      best = ex;
      bestEl = el;
    }
  }
  // Prefer a tighter container inside the winner when it holds nearly all of its text.
  if (best !== null && bestEl !== null) {
    const outer = best.plain;
    for (const el of candidates) {
      if (el === bestEl || !isDescendant(el, bestEl)) continue;
      const ex = extractText([el]);
      if (ex.plain >= outer * 0.85 && ex.plain < best.plain) best = ex;
    }
  }

  // Step 2: the densest block of paragraphs (blocks come sorted, best first).
  const denseText = blocks[0]?.extracted ?? null;

  let chosen: Extracted | null = null;
  let method: HtmlText['method'] = 'selector';
  if (best !== null && best.plain >= MIN_MAIN_CHARS && (denseText === null || best.plain >= denseText.plain * SELECTOR_MIN_SHARE)) {
    chosen = best;
  } else if (denseText !== null && denseText.plain >= MIN_MAIN_CHARS) {
    chosen = denseText;
    method = 'density';
  } else {
    // Step 3: everything visible, unless steps 1-2 found a short page's text and the rest
    // of the page is not much more than that (a one-paragraph news flash).
    const visible = extractText(doc.children);
    const found = best !== null && (denseText === null || best.plain >= denseText.plain) ? best : denseText;
    if (found !== null && found.plain > 0 && found.plain * 2 >= visible.plain) {
      chosen = found;
      method = found === best ? 'selector' : 'density';
    } else {
      chosen = visible;
      method = 'visible';
    }
  }
  const text = cleanText(chosen.text);

  let publishedAt = meta.date;
  if (publishedAt === null) {
    // A date line near the top of the page (the byline often sits in a dropped <header>).
    const top = cleanText(extractText(doc.children, { keepHeader: true, limit: 4000 }).text);
    publishedAt = findPublishedDate(top, { maxLines: 40, maxUnlabelledLength: 60 });
  }

  const { title, site } = pickTitle(meta);
  return { text, title, publishedAt, url: meta.url, outlet: meta.siteName ?? meta.source ?? site, method };
}

function score(ex: Extracted): number {
  return ex.plain - ex.linked;
}

interface Metadata {
  ogTitle: string | null;
  title: string | null;
  h1: string | null;
  date: string | null;
  url: string | null;
  siteName: string | null;
  source: string | null;
}

/** One pass over every element for <meta>, <title>, <h1>, <time> and the canonical link. */
function collectMetadata(roots: readonly AnyNode[]): Metadata {
  const metas = new Map<string, string>();
  let title: string | null = null;
  let h1: string | null = null;
  let timeDate: string | null = null;
  let canonical: string | null = null;
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    const a = node.attribs;
    switch (node.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase().trim();
        const content = (a.content ?? '').trim();
        if (key !== '' && content !== '' && !metas.has(key)) metas.set(key, content);
        continue;
      }
      case 'script':
      case 'style':
        continue;
      case 'title':
        if (title === null) title = oneLine(extractText([node], { keepAll: true }).text);
        continue;
      case 'h1':
        if (h1 === null) h1 = oneLine(extractText([node], { keepAll: true }).text) || null;
        break;
      case 'time':
        if (timeDate === null && a.datetime) timeDate = normalizeDate(a.datetime);
        break;
      case 'link':
        if (canonical === null && (a.rel ?? '').toLowerCase() === 'canonical' && a.href) canonical = a.href.trim();
        continue;
      default:
        if (timeDate === null && (a.itemprop ?? '').toLowerCase() === 'datepublished') {
          timeDate = normalizeDate(a.content ?? a.datetime ?? '');
        }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  let date: string | null = null;
  for (const key of DATE_METAS) {
    const v = metas.get(key);
    if (v !== undefined && (date = normalizeDate(v)) !== null) break;
  }
  return {
    ogTitle: metas.get('og:title') ?? metas.get('twitter:title') ?? null,
    title: title || null,
    h1,
    date: date ?? timeDate,
    url: metas.get('og:url') ?? canonical,
    siteName: metas.get('og:site_name') ?? null,
    source: metas.get('source') ?? metas.get('publisher') ?? metas.get('article:publisher') ?? null,
  };
}

function pickTitle(meta: Metadata): { title: string | null; site: string | null } {
  const raw = meta.ogTitle ?? meta.title;
  if (raw === null || raw.trim() === '') return { title: meta.h1, site: null };
  let title = oneLine(raw);
  let site: string | null = null;
  // "正文标题_财经频道_新华网": strip up to two trailing site segments.
  for (let i = 0; i < 2; i++) {
    const m = TITLE_SUFFIX.exec(title);
    if (!m) break;
    const [, head, sep, tail] = m;
    const spaced = sep!.trim() !== '-' || /\s/.test(sep!);
    if (head!.length < 2 || !(SITE_WORD.test(tail!) || (spaced && tail!.length <= 12 && sep!.trim() !== '-'))) break;
    site = tail!.trim();
    title = head!.trim();
  }
  // The <h1> is the cleanest form when the document title merely extends it.
  if (meta.h1 !== null && meta.h1.length >= 4 && title.startsWith(meta.h1)) title = meta.h1;
  return { title, site };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True when the element's class or id reads as page chrome, or it is hidden. */
function isDropped(el: Element): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && HIDDEN_STYLE.test(a.style))) {
    return true;
  }
  if (PROTECTED_TAGS.has(el.name)) return false;
  const names = `${a.class ?? ''} ${a.id ?? ''}`;
  if (names.trim() === '') return false;
  for (const token of names.split(/\s+/)) {
    if (CONTENT_NAMES.has(token.toLowerCase())) return false;
  }
  for (const word of names.split(SPLIT_WORDS)) {
    if (word !== '' && BOILERPLATE_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

function isContentContainer(el: Element): boolean {
  if (el.name === 'article') return true;
  const a = el.attribs;
  if ((a.itemprop ?? '').toLowerCase() === 'articlebody') return true;
  for (const token of `${a.class ?? ''} ${a.id ?? ''}`.split(/\s+/)) {
    if (token !== '' && CONTENT_NAMES.has(token.toLowerCase())) return true;
  }
  return false;
}

/**
 * One pruned pass: the content-container candidates for step 1, and for step 2 the
 * paragraph units (a <p>, or a block with its own text) summed per parent.
 */
function collectCandidates(roots: readonly AnyNode[]): {
  candidates: Element[];
  blocks: { extracted: Extracted; score: number }[];
} {
  const candidates: Element[] = [];
  const perParent = new Map<Element, { plain: number; linked: number }>();
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node) || isDropped(node)) continue;
    if (isContentContainer(node)) candidates.push(node);
    if (UNIT_TAGS.has(node.name) && node.parent !== null && isTag(node.parent)) {
      const own = node.name === 'p' ? extractText([node]) : ownText(node);
      // A paragraph that is mostly links is a link list, not prose.
      if (own.plain >= (node.name === 'p' ? 1 : 20) && own.linked <= own.plain) {
        const acc = perParent.get(node.parent) ?? { plain: 0, linked: 0 };
        acc.plain += own.plain;
        acc.linked += own.linked;
        perParent.set(node.parent, acc);
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  // Only the few best parents are worth a full text extraction.
  const ranked = [...perParent.entries()]
    .map(([parent, u]) => ({ parent, score: u.plain - 2 * u.linked }))
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, 3);
  return { candidates, blocks: ranked.map((r) => ({ extracted: extractText([r.parent]), score: r.score })) };
}

/** The direct text children of an element (not its descendants'), for <br>-separated blocks. */
function ownText(el: Element): Extracted {
  let plain = 0;
  for (const child of el.children) {
    if (isText(child)) plain += countNonSpace(child.data);
    else if (isTag(child) && (child.name === 'br' || child.name === 'strong' || child.name === 'b' || child.name === 'span' || child.name === 'font')) {
      if (child.name !== 'br') plain += countNonSpace(extractText([child]).text);
    }
  }
  return { text: '', plain, linked: 0 };
}

function isDescendant(node: AnyNode, ancestor: Element): boolean {
  for (let p = node.parent; p !== null; p = p.parent) if (p === ancestor) return true;
  return false;
}

function countNonSpace(s: string): number {
  return s.replace(/\s+/g, '').length;
}

interface ExtractOptions {
  /** Keep <header> (bylines with dates live there). */
  readonly keepHeader?: boolean;
  /** Keep everything except scripts and styles (for <title>, <h1>). */
  readonly keepAll?: boolean;
  /** Stop after roughly this many characters. */
  readonly limit?: number;
}

/** Marker pushed on the stack to close an element: emit a break, leave <a> or <pre>. */
interface Close {
  readonly close: Element;
}

/**
 * Visible text of `roots`, block elements as line breaks, collapsing HTML whitespace
 * (except inside <pre>), skipping dropped elements. Iterative.
 */
function extractText(roots: readonly AnyNode[], options: ExtractOptions = {}): Extracted {
  const out: string[] = [];
  let plain = 0;
  let linked = 0;
  let inLink = 0;
  let inPre = 0;
  let size = 0;
  const limit = options.limit ?? Infinity;
  const stack: (AnyNode | Close)[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]!);
  while (stack.length > 0 && size < limit) {
    const item = stack.pop()!;
    if ('close' in item) {
      const name = item.close.name;
      if (name === 'a') inLink--;
      else if (name === 'pre') inPre--;
      if (BLOCK_TAGS.has(name)) out.push('\n');
      continue;
    }
    if (isText(item)) {
      let t = item.data;
      if (inPre === 0) t = t.replace(CJK_BREAK, '$1').replace(HTML_SPACE, ' ');
      const n = (t.match(NON_SPACE) ?? []).length;
      if (inLink > 0) linked += n;
      else plain += n;
      out.push(t);
      size += t.length;
      continue;
    }
    if (!isTag(item)) continue;
    const name = item.name;
    if (options.keepAll) {
      if (name === 'script' || name === 'style') continue;
    } else if (isDropped(item) && !(options.keepHeader && name === 'header')) {
      continue;
    }
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    if (name === 'a') inLink++;
    else if (name === 'pre') inPre++;
    if (BLOCK_TAGS.has(name)) out.push('\n');
    if (name === 'a' || name === 'pre' || BLOCK_TAGS.has(name)) stack.push({ close: item });
    if (hasChildren(item)) for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  return { text: out.join(''), plain, linked };
}
