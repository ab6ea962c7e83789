/**
 * One input file → one Article: size check, decoding, format-specific extraction,
 * cleanup, metadata. `ingestFile` is the only function here that touches the file system.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputFileError } from '../errors/index.js';
import type { Article, InputFormat } from '../types.js';
import { articleIdFromPath } from './article-id-from-path.js';
import { cleanText } from './clean-text.js';
import { decodeBytes } from './decode-bytes.js';
import { htmlToText } from './html-to-text.js';
import { markdownToText } from './markdown-to-text.js';
import { readInputBytes, tooLarge } from './read-input-bytes.js';
import { findPublishedDate, normalizeDate, titleFromText } from './text-metadata.js';

/** 5 MiB: far above any news article, low enough that a stray dump file is refused quickly. */
export const DEFAULT_MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface IngestOptions {
  /**
   * Files larger than this are refused with E_INPUT_TOO_LARGE.
   * @default DEFAULT_MAX_INPUT_BYTES (5 MiB)
   */
  readonly maxBytes: number;
  /** The article id; by default derived from the file name (see articleIdFromPath). */
  readonly id?: string;
  /** The input format; by default from the extension (.txt .md .markdown .html .htm .json), else sniffed. */
  readonly format?: InputFormat;
}

const EXTENSION_FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.xhtml': 'html', '.shtml': 'html', '.json': 'json',
};

/** Magic numbers of binary formats people mistakenly drop into an article folder. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP / DOCX', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'OLE (DOC / XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Share of control / replacement / private-use characters above which decoded text is binary. */
const BINARY_JUNK_SHARE = 0.1;
/** Whitespace and invisible characters: a file of only these is empty. */
const BLANK = /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]*$/;
const HAN = /[\u3400-\u9fff]/;
const MARKUP_START = /^\s*</;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** <meta charset="gbk">, <meta http-equiv content="text/html; charset=gb2312">, <?xml encoding="…"?> */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/** What a JSON article must look like. Extra fields are allowed and ignored. */
const JsonArticleSchema = z
  .object({
    title: z.string().nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
    publishedAt: z.union([z.string(), z.number()]).nullish(),
    url: z.string().nullish(),
    source: z.string().nullish(),
  })
  .refine((a) => (a.text ?? '').trim() !== '' || (a.html ?? '').trim() !== '', {
    message: 'a non-empty "text" or "html" string is required',
  });

/**
 * Reads one file (once) and turns it into an Article. Every expected failure is an
 * InputFileError naming the file: E_INPUT_NOT_FOUND, E_INPUT_UNREADABLE,
 * E_INPUT_TOO_LARGE (checked before reading), then whatever ingestBytes reports.
 *
 * @example const article = await ingestFile('articles/n0-nvidia-china.txt', { maxBytes: DEFAULT_MAX_INPUT_BYTES })
 */
export async function ingestFile(path: string, options: IngestOptions): Promise<Article> {
  const maxBytes = validMaxBytes(options.maxBytes);
  const bytes = await readInputBytes(path, maxBytes);
  return ingestBytes(bytes, path, { ...options, maxBytes });
}


/**
 * Turns the bytes of one file into an Article (pure: no I/O). `path` is recorded as
 * given and supplies the id and, by its extension, the format.
 *
 * Errors (InputFileError): E_INPUT_TOO_LARGE, E_INPUT_EMPTY (no bytes, or only
 * whitespace), E_INPUT_BINARY (binary data), E_INPUT_FORMAT (invalid JSON or JSON of the
 * wrong shape), E_INPUT_NO_TEXT (nothing left after extraction).
 */
export function ingestBytes(bytes: Uint8Array, path: string, options: Partial<IngestOptions> = {}): Article {
  const maxBytes = validMaxBytes(options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputFileError('E_INPUT_EMPTY', path, 'file is empty (0 bytes)');
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) throw new InputFileError('E_INPUT_BINARY', path, `is a ${magic.name} file, not text`);

  let format = options.format ?? formatFromPath(path);
  const head = latin1Head(bytes);
  // Only markup declares its charset; a .txt may still hold a saved page.
  const markup = format === 'html' || ((format === null || format === 'txt') && MARKUP_START.test(head));
  const hint = markup ? (META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1] ?? null) : null;
  const decoded = decodeBytes(bytes, hint);
  const warnings = [...decoded.warnings];

  if (BLANK.test(decoded.text)) throw new InputFileError('E_INPUT_EMPTY', path, 'file contains only whitespace');
  const junk = junkShare(decoded.text);
  if (junk > BINARY_JUNK_SHARE) {
    throw new InputFileError(
      'E_INPUT_BINARY',
      path,
      `looks like binary data, not text (${Math.round(junk * 100)}% control or undecodable characters)`,
    );
  }

  if (format === null) format = sniffFormat(decoded.text);
  if (format === 'txt' && HTML_START.test(decoded.text)) {
    warnings.push('file named as text holds an HTML page; extracted it as HTML');
    format = 'html';
  }

  let text: string;
  let title: string | null = null;
  let publishedAt: string | null = null;
  let url: string | null = null;
  let outlet: string | null = null;
  switch (format) {
    case 'html': {
      const page = htmlToText(decoded.text);
      ({ text, title, publishedAt, url, outlet } = page);
      // Steps 1-2 of the cascade are normal; all visible text may include page chrome.
      if (page.method === 'visible') warnings.push('no main content block found; took all visible text of the page');
      break;
    }
    case 'json': {
      const article = parseJsonArticle(decoded.text, path);
      if ((article.text ?? '').trim() !== '') {
        text = cleanText(article.text!);
      } else {
        const page = htmlToText(article.html!);
        text = page.text;
        title = page.title;
        publishedAt = page.publishedAt;
        url = page.url;
        outlet = page.outlet;
      }
      title = nonEmpty(article.title) ?? title;
      if (article.publishedAt != null) {
        const date = normalizeDate(String(article.publishedAt));
        if (date === null) warnings.push(`ignored unreadable publishedAt "${String(article.publishedAt)}"`);
        publishedAt = date ?? publishedAt;
      }
      url = nonEmpty(article.url) ?? url;
      outlet = nonEmpty(article.source) ?? outlet;
      break;
    }
    case 'md': {
      const md = markdownToText(decoded.text);
      text = cleanText(md.text);
      title = md.title ?? titleFromText(text);
      publishedAt = (md.date !== null ? normalizeDate(md.date) : null) ?? findPublishedDate(text);
      url = md.url;
      outlet = md.outlet;
      break;
    }
    case 'txt':
      text = cleanText(decoded.text);
      title = titleFromText(text);
      publishedAt = findPublishedDate(text);
      break;
  }

  if (text === '') throw new InputFileError('E_INPUT_NO_TEXT', path, `no article text left after extracting the ${format.toUpperCase()} content`);
  if (!HAN.test(text)) warnings.push('no Chinese characters found in the text');

  return {
    id: options.id ?? articleIdFromPath(path),
    source: {
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: decoded.encoding,
      format,
      title,
      publishedAt,
      url,
      outlet,
      text,
    },
    warnings,
  };
}

function parseJsonArticle(text: string, path: string): z.infer<typeof JsonArticleSchema> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputFileError('E_INPUT_FORMAT', path, `invalid JSON (${detail})`, { cause: error });
  }
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    const problems = parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    throw new InputFileError(
      'E_INPUT_FORMAT',
      path,
      `expected a JSON object {"title", "text" or "html", "publishedAt", "url", "source"} with a non-empty "text" or "html" string, got ${got} (${problems})`,
    );
  }
  return parsed.data;
}

function formatFromPath(path: string): InputFormat | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? (EXTENSION_FORMATS[base.slice(dot).toLowerCase()] ?? null) : null;
}

function sniffFormat(text: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return 'html';
  return 'txt';
}

/** The first KiB as Latin-1: enough to find a charset declaration whatever the encoding. */
function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
}

/** Share of characters that no text file contains: C0/C1 controls (tab, LF, CR, FF excepted), U+FFFD, private use. */
function junkShare(text: string): number {
  if (text.length === 0) return 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c <= 0x9f) ||
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff)
    ) {
      junk++;
    }
  }
  return junk / text.length;
}

function nonEmpty(s: string | null | undefined): string | null {
  return s != null && s.trim() !== '' ? s.trim() : null;
}

function validMaxBytes(maxBytes: number): number {
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`maxBytes must be a positive number of bytes, got ${String(maxBytes)}`);
  }
  return maxBytes;
}
