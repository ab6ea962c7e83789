/**
 * The cleanup every article text goes through before spans are taken from it. It only
 * removes and normalises whitespace and page residue: it never converts full-width
 * digits, traditional script or punctuation, because every later span indexes into the
 * text this returns.
 */

/** Control characters other than tab and newline, DEL and C1 controls (NUL included). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Zero-width and invisible formatting characters (and a stray BOM). */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/g;
/** Spaces that should read as one ordinary space: tab, NBSP, ideographic space U+3000, the U+2000 family. */
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const MULTI_SPACE = / {2,}/g;

/**
 * Lines that end a scraped page without being part of the article: pagination, "back to
 * site" links, editor credits. Removed only from the end of the text, repeatedly, so a
 * sentence in the body that mentions 上一页 stays.
 */
const TRAILING_RESIDUE: readonly RegExp[] = [
  /^页\s*[:：]?$/, // pager label "页:"
  /^(?:[[【(（]\s*\d{1,3}\s*[\]】)）]\s*)+$/, // "[1]", "[1] [2] [3]"
  /^(?:共\s*\d+\s*页|第\s*\d+\s*页)$/,
  /^1(?:\s+\d{1,2})+$/, // a bare pager "1 2 3"; a lone number may be content, so not that
  /^(?=.*(?:首页|上一页|下一页|尾页|末页))(?:(?:首页|上一页|下一页|尾页|末页|\d{1,3}|全文|阅读全文|\.{3}|…+)\s*)+$/,
  /^返回搜狐[，,]?\s*查看更多$/,
  /^(?:责任编辑|编辑|责编|值班编辑|审核|审校|校对|监制|签发|实习编辑)\s*[:：].{0,40}$/,
  /^[【[(（]\s*(?:责任编辑|编辑|责编)\s*[:：].{0,40}[】\])）]$/,
  /^(?:分享到|分享|扫一扫|打印本页|关闭窗口|【?纠错】?|举报|收藏|点赞|相关阅读|相关新闻|推荐阅读)\s*[:：]?.{0,20}$/,
  /^(?:本文来源|文章来源|来源)\s*[:：].{0,40}$/,
  /^(?:声明|免责声明)\s*[:：].{0,200}$/,
];

/**
 * Cleans article text while preserving everything a reader would call content:
 * CRLF → LF; NUL, control and zero-width characters removed; ideographic and
 * non-breaking spaces become ordinary spaces; each line trimmed; blank lines dropped
 * (paragraphs are separated by a single "\n"); trailing page residue such as "页:",
 * "[1]", "上一页 下一页", "返回搜狐，查看更多" and "责任编辑：…" removed. The result is
 * not Unicode-normalised (NFC input stays NFC, nothing is converted).
 *
 * @example cleanText('　　英伟达发布财报。\r\n\r\n\r\n页:\n[1]') === '英伟达发布财报。'
 */
export function cleanText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .split('\n');
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(MULTI_SPACE, ' ').trim();
    if (line !== '') kept.push(line);
  }
  // Strip residue from the end; a page rarely has more than a handful of such lines.
  for (let guard = 0; guard < 12 && kept.length > 1; guard++) {
    const last = kept[kept.length - 1]!;
    if (last.length > 220 || !TRAILING_RESIDUE.some((re) => re.test(last))) break;
    kept.pop();
  }
  return kept.join('\n');
}
