/**
 * Bytes → text for Chinese news files: UTF-8 (with or without BOM), UTF-16 (with or
 * without BOM), GB18030 / GBK / GB2312 and Big5, plus files that mix UTF-8 and a legacy
 * encoding line by line (concatenated sources).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { scoreText } from './hanzi-score.js';

export interface DecodeResult {
  /** The decoded text, BOM removed, otherwise untouched (cleanText runs later). */
  readonly text: string;
  /** Canonical name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, or another iconv-lite name. */
  readonly encoding: string;
  /** 1 for a BOM or valid UTF-8, lower for a guess. */
  readonly confidence: number;
  /** What a human should know: detection guesses, replaced bytes, mixed encodings. */
  readonly warnings: string[];
  /** How many U+FFFD replacement characters the decoding introduced. */
  readonly replaced: number;
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LOSSY = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Scoring the first 64 KiB is enough to tell encodings apart; decoding 5 MB three times is not needed. */
const SAMPLE_BYTES = 64 * 1024;
/** Below this score (see scoreText) the Chinese candidates are poor and chardet gets a say. */
const POOR_SCORE = 0.2;

/**
 * Maps a declared charset label to the name we decode with and report. GB2312 and GBK
 * labels are decoded as GB18030, their superset: pages labelled gb2312 routinely use
 * GBK-only characters (镕, 喆 …).
 */
export function normalizeEncodingLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === '') return null;
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|big5hkscs|cp950|x-x-big5|cn-big5|csbig5)$/.test(l)) return 'big5';
  if (/^utf-?16(le)?$/.test(l)) return 'utf-16le';
  if (/^utf-?16be$/.test(l)) return 'utf-16be';
  return iconv.encodingExists(l) ? l : null;
}

/**
 * Decodes `bytes` to text. Order: byte-order mark → the declared `hint` (HTML meta
 * charset, XML declaration) → valid UTF-8 → detection. Detection decodes with both
 * GB18030 and Big5 and keeps the reading whose characters are most Chinese-common
 * (chardet alone is unreliable on a short GBK file), falls back to chardet's guess only
 * when both read as garbage, and decodes line by line when UTF-8 and legacy lines are
 * mixed. Never throws; undecodable bytes become U+FFFD and are counted in `warnings`.
 *
 * @example decodeBytes(iconv.encode('英伟达', 'gbk')).encoding === 'gb18030'
 */
export function decodeBytes(bytes: Uint8Array, hint?: string | null): DecodeResult {
  // 1. Byte-order marks are unambiguous.
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(UTF8_LOSSY.decode(bytes.subarray(3)), 'utf-8', 1, []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), 'utf-16le', 1, []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), 'utf-16be', 1, []);
  }
  if (bytes.length >= 4 && bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
    return finish(iconv.decode(toBuffer(bytes.subarray(4)), 'gb18030'), 'gb18030', 1, []);
  }

  // UTF-16 without a BOM: ASCII characters leave a NUL in every other byte. This must run
  // before the UTF-8 check, because NUL bytes are valid UTF-8.
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16 !== null) {
    const text = iconv.decode(toBuffer(bytes), utf16);
    if (scoreText(text.slice(0, 4096)).score > 0.3) {
      return finish(text, utf16, 0.9, [`decoded as ${utf16} by byte pattern (no byte-order mark)`]);
    }
  }

  const warnings: string[] = [];
  const isUtf8 = isValidUtf8(bytes);

  // 2. A declared charset wins over detection, unless the bytes disagree with it.
  const declared = hint ? normalizeEncodingLabel(hint) : null;
  if (hint && declared === null) warnings.push(`ignored unknown declared charset "${hint}"`);
  if (declared !== null && declared !== 'utf-8' && !isUtf8) {
    const text = iconv.decode(toBuffer(bytes), declared);
    const replaced = countReplacements(text);
    // A few bad bytes in a correctly labelled page are normal; a flood means the label lies.
    if (replaced <= Math.max(2, text.length / 200)) return finish(text, declared, 0.95, warnings);
    warnings.push(`declared charset "${hint}" does not fit the bytes (${replaced} undecodable); detecting instead`);
  } else if (declared !== null && declared !== 'utf-8' && isUtf8 && hasNonAscii(bytes)) {
    // Pages re-saved as UTF-8 often keep their old gb2312 meta tag; the bytes tell the truth.
    const asDeclared = scoreText(iconv.decode(toBuffer(sample(bytes)), declared));
    const asUtf8 = scoreText(UTF8_FATAL.decode(sample(bytes)));
    if (asDeclared.score > asUtf8.score) return finish(iconv.decode(toBuffer(bytes), declared), declared, 0.9, warnings);
    warnings.push(`declared charset "${hint}" ignored: the bytes are valid UTF-8`);
  } else if (declared === 'utf-8' && !isUtf8) {
    warnings.push(`declared charset "${hint}" but the bytes are not valid UTF-8; detecting instead`);
  }

  // 3. Valid UTF-8 (ASCII included) needs no guessing, and no chardet.
  if (isUtf8) return finish(UTF8_FATAL.decode(bytes), 'utf-8', 1, warnings);

  // 4. Detection.
  return detect(bytes, warnings);
}

function detect(bytes: Uint8Array, warnings: string[]): DecodeResult {
  const head = sample(bytes);
  const candidates: { encoding: string; score: number }[] = [];
  for (const encoding of ['gb18030', 'big5']) {
    candidates.push({ encoding, score: scoreText(iconv.decode(toBuffer(head), encoding)).score });
  }
  candidates.push({ encoding: 'utf-8', score: scoreText(UTF8_LOSSY.decode(head)).score });
  candidates.sort((a, b) => b.score - a.score);
  let best = candidates[0]!;
  const second = candidates[1]!;

  if (best.score < POOR_SCORE) {
    // Neither Chinese reading makes sense: maybe Japanese, Korean or a Western code page.
    const guess = chardet.analyse(head).find((m) => m.confidence >= 50 && normalizeEncodingLabel(m.name) !== null);
    const name = guess ? normalizeEncodingLabel(guess.name) : null;
    if (name !== null && !candidates.some((c) => c.encoding === name)) {
      const score = scoreText(iconv.decode(toBuffer(head), name)).score;
      if (score >= best.score - 0.05) best = { encoding: name, score };
    }
  }

  const confidence = round2(clamp(best.score) * clamp(0.5 + best.score - second.score));
  if (best.encoding === 'utf-8') {
    // Mostly UTF-8 with some broken bytes: keep UTF-8, replace the bad bytes.
    return finish(UTF8_LOSSY.decode(bytes), 'utf-8', confidence, warnings);
  }

  const legacy = best.encoding;
  if (legacy === 'gb18030' || legacy === 'big5') {
    const mixed = decodeMixed(bytes, legacy);
    if (mixed !== null) return finish(mixed.text, mixed.encoding, round2(confidence * 0.8), [...warnings, mixed.warning]);
  }
  warnings.push(`decoded as ${legacy} by detection (confidence ${confidence.toFixed(2)})`);
  return finish(iconv.decode(toBuffer(bytes), legacy), legacy, confidence, warnings);
}

/**
 * Line-by-line decoding for files that mix UTF-8 lines with `legacy` lines. Returns null
 * when the file is not mixed. LF (0x0A) is a safe split point: it never occurs inside a
 * UTF-8, GBK or Big5 multi-byte character.
 */
function decodeMixed(
  bytes: Uint8Array,
  legacy: string,
): { text: string; encoding: string; warning: string } | null {
  if (!hasUtf8Sequences(bytes)) return null;
  const parts: string[] = [];
  let utf8Bytes = 0;
  let legacyBytes = 0;
  let utf8Lines = 0;
  let legacyLines = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, end);
    if (!hasNonAscii(line)) {
      parts.push(UTF8_LOSSY.decode(line));
    } else {
      const legacyText = iconv.decode(toBuffer(line), legacy);
      const utf8Text = UTF8_LOSSY.decode(line);
      if (scoreText(utf8Text).score > scoreText(legacyText).score) {
        parts.push(utf8Text);
        utf8Bytes += line.length;
        utf8Lines++;
      } else {
        parts.push(legacyText);
        legacyBytes += line.length;
        legacyLines++;
      }
    }
    start = end + 1;
  }
  if (utf8Lines === 0 || legacyLines === 0) return null;
  return {
    text: parts.join('\n'),
    encoding: utf8Bytes >= legacyBytes ? 'utf-8' : legacy,
    warning: `mixed encodings: ${utf8Lines} line(s) decoded as utf-8, ${legacyLines} line(s) as ${legacy}`,
  };
}

function finish(text: string, encoding: string, confidence: number, warnings: string[]): DecodeResult {
  const replaced = countReplacements(text);
  const all = replaced > 0 ? [...warnings, `${replaced} undecodable byte sequence(s) replaced with U+FFFD`] : warnings;
  return { text, encoding, confidence, warnings: all, replaced };
}

/** Which UTF-16 byte order the NUL bytes point to, or null. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Chinese UTF-16 text has few ASCII characters (digits, newlines), so a modest share of
  // NULs on one side is already telling; binary data has NULs on both sides. The other
  // side is not NUL-free: 一 is U+4E00.
  if (oddNul >= pairs * 0.05 && evenNul * 4 <= oddNul) return 'utf-16le';
  if (evenNul >= pairs * 0.05 && oddNul * 4 <= evenNul) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8_FATAL.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** At least two well-formed 3-byte UTF-8 sequences (the shape of every common hanzi). */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  let found = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xe0 && b <= 0xef && (bytes[i + 1]! & 0xc0) === 0x80 && (bytes[i + 2]! & 0xc0) === 0x80) {
      if (++found >= 2) return true;
      i += 2;
    }
  }
  return false;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** The first SAMPLE_BYTES bytes, cut after a newline (or ASCII byte) so no character is split. */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  for (let i = SAMPLE_BYTES; i > SAMPLE_BYTES - 4096; i--) if (bytes[i] === 0x0a) return bytes.subarray(0, i);
  return bytes.subarray(0, SAMPLE_BYTES);
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
