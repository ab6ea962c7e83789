/**
 * Escaping for the three output formats. Article text is untrusted: a source that says
 * `<script>` must show those characters, never run them, in every format.
 */

/** Characters XML 1.0 forbids outright (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/F). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Removes characters that would make an XML or HTML document invalid. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Escapes text for HTML and XML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/**
 * Escapes inline Markdown text: newlines become spaces (so a source line cannot start a
 * heading or list), and the CommonMark punctuation that could open markup or raw HTML is
 * backslash-escaped (`\<script>` renders as the text `<script>`).
 */
export function escapeMarkdown(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .replace(/[\\`*_[\]<>|~&#!]/gu, (c) => `\\${c}`);
}

/** {@link escapeMarkdown} for text that starts a line: `1.`, `-`, `+` or `=` there would open a list or rule. */
export function escapeMarkdownBlock(text: string): string {
  return escapeMarkdown(text).replace(/^(\d+)([.)])/u, '$1\\$2').replace(/^([-+=])/u, '\\$1');
}

/** A relative or http(s) URL safe to put in an href; anything else (javascript:, data:) becomes null. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  const u = url.trim();
  if (/^https?:\/\//iu.test(u)) return u;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(u)) return null;
  return u;
}

/** "1 fact", "3 facts". */
export function facts(n: number): string {
  return `${n} fact${n === 1 ? '' : 's'}`;
}
