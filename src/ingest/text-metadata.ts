/**
 * Title and publication date from plain text: the first line when it reads as a
 * headline, and a date line near the top (2025-03-12, 2025年3月12日, 发布时间：…).
 */

const FULLWIDTH_DIGIT = /[０-９]/g;
/** 2025-03-12, 2025/3/12, 2025.03.12 (not inside a longer digit run). */
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/;
/** 2025年3月12日 (号 in informal text). */
const HAN_DATE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
/** 二〇二五年三月十二日: headers of official documents spell the date out. */
const SPELLED_DATE = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]/;
/** 20250312 (URLs, compact meta values). */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/;
const LABEL_WORDS = '(?:发布时间|发布日期|发表时间|发表于|更新时间|日期|时间|来源|作者|编辑|稿源|Published|Date)';
/**
 * A line that announces the date or source of the article, not its content: the label opens the
 * line or is followed by a colon. Anywhere else the word is prose: 2024年4月26日期间 holds 日期,
 * and a body sentence with it must not beat the real dateline above it.
 */
const DATE_LABEL = new RegExp(`^[\\s【\\[（(]*${LABEL_WORDS}|${LABEL_WORDS}\\s*[:：]`, 'i');
/** Sentence-ending punctuation: a line containing it is a sentence, not a headline. */
const SENTENCE_END = /[。！？!?；;]|\.$/;
const HAS_WORD = /[\p{L}]/u;

const SPELLED_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/**
 * Normalises a date written in any of the usual Chinese or ISO forms to `YYYY-MM-DD`,
 * or returns null when `value` holds no complete, valid date. Times and time zones are
 * ignored: the date is the one the publisher wrote.
 *
 * @example normalizeDate('2025年3月12日 08:30') === '2025-03-12'
 * @example normalizeDate('2025-05-20T09:00:00+08:00') === '2025-05-20'
 */
export function normalizeDate(value: string): string | null {
  const s = value.replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
  let m = NUMERIC_DATE.exec(s) ?? HAN_DATE.exec(s) ?? COMPACT_DATE.exec(s.trim());
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SPELLED_DATE.exec(s);
  if (m) {
    const year = Number([...m[1]!].map((c) => SPELLED_DIGITS[c] ?? 0).join(''));
    return ymd(year, spelledNumber(m[2]!), spelledNumber(m[3]!));
  }
  return null;
}

/** 十二 → 12, 三十一 → 31, 九 → 9. */
function spelledNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten === -1) return SPELLED_DIGITS[s] ?? 0;
  const tens = ten === 0 ? 1 : (SPELLED_DIGITS[s.slice(0, ten)] ?? 0);
  const ones = ten === s.length - 1 ? 0 : (SPELLED_DIGITS[s.slice(ten + 1)] ?? 0);
  return tens * 10 + ones;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 2月30日
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface DateSearchOptions {
  /** How many lines from the top to search. @default 10 */
  readonly maxLines?: number;
  /** Unlabelled lines longer than this are body sentences, whose dates are events. @default 40 */
  readonly maxUnlabelledLength?: number;
}

/**
 * The publication date from a date line near the top of `text`: a labelled line
 * (发布时间：2025-03-12, 来源：新华网 2025年3月12日) anywhere in the first lines wins; else a
 * short line that is mostly a date. Dates inside body sentences are events, not the
 * publication date, and are ignored.
 */
export function findPublishedDate(text: string, options: DateSearchOptions = {}): string | null {
  const maxLines = options.maxLines ?? 10;
  const maxUnlabelled = options.maxUnlabelledLength ?? 40;
  const lines = text.split('\n', maxLines);
  let unlabelled: string | null = null;
  for (const line of lines) {
    if (line.length > 200) continue;
    const date = normalizeDate(line);
    if (date === null) continue;
    if (DATE_LABEL.test(line)) return date;
    if (unlabelled === null && line.length <= maxUnlabelled) unlabelled = date;
  }
  return unlabelled;
}

/**
 * The first line of `text` when it reads as a headline: at most `maxLength` characters,
 * no sentence-ending punctuation, not a date or source line, not just numbers.
 * The line stays in the text; this only reports it.
 */
export function titleFromText(text: string, maxLength = 60): string | null {
  const nl = text.indexOf('\n');
  const first = (nl === -1 ? text : text.slice(0, nl)).trim();
  if (first === '' || first.length > maxLength) return null;
  // A one-line article is content, not a headline.
  if (nl === -1) return null;
  if (SENTENCE_END.test(first) || !HAS_WORD.test(first)) return null;
  if (DATE_LABEL.test(first) && normalizeDate(first) !== null) return null;
  return first;
}
