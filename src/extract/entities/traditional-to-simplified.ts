// The traditional → simplified bundle alone: the full one carries every direction (1.2 MB of source per thread).
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;
let converter: Convert | undefined;

/**
 * Traditional → simplified script, for analysis only (matching names against the
 * simplified glossary). Spans always stay on the original text, so the result is only
 * usable as an index-aligned twin of the input: when a conversion would change the length
 * (a rare phrase-level mapping), the original text is returned instead.
 *
 * @example
 * traditionalToSimplified('輝達執行長黃仁勳') // '辉达执行长黄仁勋'
 */
export function traditionalToSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const converted = convert(text);
  if (converted.length === text.length) return converted;
  // Fall back per line, so one odd phrase does not cost a whole article its conversion.
  const lines = text.split('\n');
  return lines
    .map((line) => {
      const c = convert(line);
      return c.length === line.length ? c : line;
    })
    .join('\n');
}

/** Common characters that exist only in traditional script: a cheap test before converting. */
const TRADITIONAL_ONLY = /[們這個來時說國會與對經為發開關學後點實當過種於業動長區間現體務機產應將還門問電車頭見話讓讀書東樣頁權總術華幾氣義價錢證營達際]/u;

/** Whether `text` looks like traditional-script Chinese (has common traditional-only characters). */
export function looksTraditional(text: string): boolean {
  return TRADITIONAL_ONLY.test(text);
}
