/**
 * HTML escaping for server-side rendering. Every piece of article text (source, titles,
 * summaries, entity names, verifier claims, reviewer comments) goes through these before
 * it reaches a page, so an article that contains `<script>` shows the tag as text.
 */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * A tagged template that escapes every interpolated value unless it is a `RawHtml`
 * produced by this module, so forgetting to escape is not possible by accident.
 *
 * @example
 * html`<p>${'<b>英伟达</b>'}</p>`.value // '<p>&lt;b&gt;英伟达&lt;/b&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): RawHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += toHtml(v) + (strings[i + 1] ?? '');
  });
  return new RawHtml(out);
}

/** Markup that is already safe; only this module and `html` make one. */
export class RawHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Joins fragments (escaping plain strings) into one safe fragment. */
export function joinHtml(parts: readonly unknown[], separator = ''): RawHtml {
  return new RawHtml(parts.map(toHtml).join(separator));
}

/** Marks trusted markup (our own constants: CSS, client script) as raw. */
export function trustedHtml(markup: string): RawHtml {
  return new RawHtml(markup);
}

function toHtml(v: unknown): string {
  if (v instanceof RawHtml) return v.value;
  if (Array.isArray(v)) return v.map(toHtml).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
}
