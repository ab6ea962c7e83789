import type { Span } from '../../types.js';

/** "2025-09-14 新华社": the publication line under a headline, date then outlet. */
const PUBLICATION_LINE = /^[ \t]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]+\S{1,16}[ \t]*$/gmu;
/**
 * A dateline opening a paragraph, with the reporters' credit when there is one:
 * 新华社成都9月13日电（记者张三）, 本报唐山12月5日讯（记者王丽娜 通讯员陈建国）, 本报讯（记者李四）.
 */
const DATELINE = new RegExp(
  String.raw`^[ \t\u3000]*(?:(?:[^\s，。、（(：:]{1,10}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电讯]|本报讯|[^\s，。、（(：:]{1,8}?社[电讯])` +
    String.raw`[ \t]*(?:[（(][^）)\n]{1,40}[）)])?|[（(](?:记者|通讯员|特约记者|实习生)[^）)\n]{1,40}[）)])`,
  'gmu',
);

/**
 * The parts of an article that say who reported it and where it ran, not what it reports:
 * the publication line and each paragraph's dateline with its reporters' credit. An outlet or
 * a reporter named only there is not an actor of the story.
 */
export function bylineSpans(text: string): readonly Span[] {
  // Asked for each figure of an article's brief: the last article's spans are kept.
  if (last?.text === text) return last.spans;
  const spans: Span[] = [];
  for (const re of [PUBLICATION_LINE, DATELINE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  last = { text, spans };
  return spans;
}

let last: { readonly text: string; readonly spans: readonly Span[] } | undefined;

/** True when the span lies inside one of the byline spans. */
export function inByline(span: Span, byline: readonly Span[]): boolean {
  return byline.some((b) => span.start >= b.start && span.end <= b.end);
}

/** True when every mention lies inside one of the byline spans. */
export function onlyInByline(mentions: readonly Span[], byline: readonly Span[]): boolean {
  return mentions.length > 0 && mentions.every((m) => inByline(m, byline));
}
