import { parseDocument } from 'htmlparser2';
import { Parser } from 'htmlparser2';
import { DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  renderAtomFeed,
  renderDigestHtml,
  renderDigestMarkdown,
  storyEntryId,
  type ReviewFile,
} from '../../src/digest/index.js';
import { buildTestSheet, corpus } from './build-test-sheet.js';

const NOW = new Date('2025-05-20T12:00:00.000Z');
const none = new Map<string, ReviewFile>();

function hostile(): ReturnType<typeof buildTestSheet> {
  return buildTestSheet({
    file: 'test/digest/fixtures/script-injection.txt',
    id: 'script-injection',
    generatedAt: '2025-05-20T11:00:00.000Z',
    entities: [{ zh: '某公司', en: 'A <b>company</b> & co' }],
    facts: [{ text: '3999元', value: 3999, unit: 'CNY', en: 'RMB3,999', measures: 'price <script>' }],
    summaryEn: 'A company launched a phone <script>alert("xss")</script> at RMB3,999.\n# not a heading\n1. not a list',
    issues: [{ where: 'facts[0]', claim: '3999元', problem: 'price <img src=x onerror=alert(1)> not found' }],
  });
}

const digest = buildDigest([...Object.values(corpus()), hostile()], none, { now: NOW });

/** Parses XML strictly enough to catch what a feed reader would reject: unbalanced or implied tags. */
function parseXmlStrict(xml: string): ReturnType<typeof parseDocument> {
  const problems: string[] = [];
  const stack: string[] = [];
  const parser: Parser = new Parser(
    {
      onopentag: (name) => stack.push(name),
      onclosetag: (name, implied) => {
        // Self-closing tags (<link/>) also report as implied; a real implied close does not end in "/>".
        const selfClosing = xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        if (implied && !selfClosing) problems.push(`implied close of <${name}>`);
        if (stack.pop() !== name) problems.push(`mismatched </${name}>`);
      },
      onerror: (e) => problems.push(e.message),
    },
    { xmlMode: true },
  );
  parser.end(xml);
  expect(problems).toEqual([]);
  expect(stack).toEqual([]);
  return parseDocument(xml, { xmlMode: true });
}

describe('renderDigestMarkdown', () => {
  const md = renderDigestMarkdown(digest);

  it('lists stories with both titles, summaries, labelled figures and relative briefing links', () => {
    expect(md).toMatch(/^# 简报 Daily digest 2025-05-20\n/u);
    expect(md).toContain('**比亚迪一季度净利润同比增长100.38% 海外销量占比升至两成**');
    expect(md).toContain('- **revenue**: RMB170.36 billion（1703.6亿元）');
    expect(md).toContain('[180亿美元订单命悬一线,英伟达为什么离不开中国](<../articles/n0-nvidia-china.md>)');
    expect(md).toContain('[JSON](<../articles/n0-nvidia-china.json>)');
    expect(md).toContain('Sources · 来源 (2):');
  });

  it('marks flagged facts with ⚠ and the reason', () => {
    expect(md).toMatch(/- ⚠ \*\*price \\<script\\>\*\*: RMB3,999（3999元） — ⚠ price \\<img src=x onerror=alert\(1\)\\> not found/u);
  });

  it('escapes article text so no raw HTML or Markdown structure gets through', () => {
    // Every "<" left is backslash-escaped, except our own link destinations `](<…>)`.
    expect(md.replace(/\]\(<[^>\s]+>\)/gu, '](…)')).not.toMatch(/(?<!\\)</u);
    expect(md).toContain('\\<script\\>alert("xss")\\</script\\>');
    expect(md).not.toMatch(/^# not a heading/mu);
    expect(md).not.toMatch(/^1\. not a list/mu);
  });
});

describe('renderDigestHtml', () => {
  const html = renderDigestHtml(digest);
  const doc = parseDocument(html);

  it('is a self-contained page: inline print-friendly CSS, no scripts, no external assets', () => {
    expect(DomUtils.getElementsByTagName('script', doc)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('img', doc)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName('link', doc)).toHaveLength(0);
    const style = DomUtils.getElementsByTagName('style', doc)[0];
    expect(style && DomUtils.textContent(style)).toContain('@media print');
    const all = DomUtils.findAll(() => true, doc.children);
    expect(all.filter((e) => 'src' in e.attribs || /^https?:/u.test(e.attribs.href ?? ''))).toEqual([]);
    expect(style && DomUtils.textContent(style)).not.toContain('url(');
  });

  it('shows hostile article text as text', () => {
    const text = DomUtils.textContent(doc);
    expect(text).toContain('<script>alert("xss")</script>');
    expect(text).toContain('A <b>company</b> & co');
    expect(text).toContain('⚠ price <img src=x onerror=alert(1)> not found');
    expect(DomUtils.getElementsByTagName('b', doc)).toHaveLength(0);
  });

  it('has one article per story, ranked, with relative links to the briefings', () => {
    const articles = DomUtils.getElementsByTagName('article', doc);
    expect(articles).toHaveLength(digest.stories.length);
    const hrefs = DomUtils.getElementsByTagName('a', doc).map((a) => (a as Element).attribs.href);
    expect(hrefs).toContain('../articles/a01-byd-q1-earnings.md');
    expect(hrefs).toContain('../articles/a01-byd-q1-earnings.json');
    const h2 = DomUtils.getElementsByTagName('h2', doc).map((e) => DomUtils.textContent(e));
    expect(h2[0]).toMatch(/^1\./u);
  });
});

describe('renderAtomFeed', () => {
  const xml = renderAtomFeed([digest]);
  const doc = parseXmlStrict(xml);
  const feed = DomUtils.getElementsByTagName('feed', doc)[0] as Element;
  const child = (el: Element, name: string): Element[] =>
    el.children.filter((c): c is Element => c.type === 'tag' && c.name === name);

  it('is a valid Atom document with id, title, updated and a link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(DomUtils.textContent(child(feed, 'id')[0] as Element)).toBe('urn:jianbao:digests');
    expect(DomUtils.textContent(child(feed, 'updated')[0] as Element)).toBe('2025-05-20T12:00:00.000Z');
    expect(child(feed, 'title')).toHaveLength(1);
    expect(child(feed, 'author')).toHaveLength(1);
    expect(child(feed, 'link')[0]?.attribs.href).toBe('2025-05-20.html');
  });

  it('has one entry per story with a stable id, updated date, title and link', () => {
    const entries = child(feed, 'entry');
    expect(entries).toHaveLength(digest.stories.length);
    for (const [i, entry] of entries.entries()) {
      const story = digest.stories[i];
      expect(DomUtils.textContent(child(entry, 'id')[0] as Element)).toBe(storyEntryId(story ?? { id: '' }));
      expect(DomUtils.textContent(child(entry, 'updated')[0] as Element)).toMatch(/^\d{4}-\d{2}-\d{2}T/u);
      expect(child(entry, 'title')).toHaveLength(1);
      expect(child(entry, 'link')[0]?.attribs.href).toMatch(/^2025-05-20\.html#story-/u);
    }
    expect(renderAtomFeed([digest])).toBe(xml);
  });

  it('carries hostile text as escaped HTML inside CDATA, never as markup', () => {
    expect(xml).not.toMatch(/<script|<img/u);
    const entry = child(feed, 'entry').find((e) => DomUtils.textContent(child(e, 'id')[0] as Element).includes('script-injection')) as Element;
    // type="html" content: one decode gives HTML whose text is the original.
    const content = DomUtils.textContent(child(entry, 'content')[0] as Element);
    expect(content).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(DomUtils.textContent(parseDocument(content))).toContain('<script>alert("xss")</script>');
  });

  it('keeps one entry per story across digests, from the newest, and absolute links with a site URL', () => {
    const later = buildDigest([...Object.values(corpus()), hostile()], none, { now: new Date('2025-05-20T13:00:00.000Z') });
    const xml2 = renderAtomFeed([digest, later], { siteUrl: 'https://example.org/briefings' });
    const doc2 = parseXmlStrict(xml2);
    const ids = DomUtils.getElementsByTagName('entry', doc2).map((e) => DomUtils.textContent(DomUtils.getElementsByTagName('id', e)[0] as Element));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(digest.stories.length);
    const feed2 = DomUtils.getElementsByTagName('feed', doc2)[0] as Element;
    expect(DomUtils.textContent(child(feed2, 'id')[0] as Element)).toBe('https://example.org/briefings/digests/feed.xml');
    const links = DomUtils.getElementsByTagName('link', doc2).map((l) => (l as Element).attribs.href);
    expect(links).toContain('https://example.org/briefings/digests/2025-05-20.html#story-byd-q1-rewrite');
    expect(DomUtils.textContent(child(feed2, 'updated')[0] as Element)).toBe('2025-05-20T13:00:00.000Z');
  });
});
