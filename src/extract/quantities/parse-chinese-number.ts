/**
 * Chinese numerals → numbers, without the traps of the usual libraries: nzh reads
 * "180亿" as 0, cn2an reads "三万五" as 30005. Here 三万五 is 35000 (the trailing 五
 * abbreviates 五千), 亿 is 10^8 (not a billion), 万亿 is 10^12, and decimals times a
 * magnitude (1.2万亿, 一点七八万亿) are shifted as strings so no float error creeps in.
 */

/** Chinese (and financial, traditional) digit characters and their values. */
export const CN_DIGITS: Readonly<Record<string, number>> = Object.freeze({
  零: 0, 〇: 0, 洞: 0, 幺: 1,
  一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
});

const SMALL_UNITS: Readonly<Record<string, number>> = Object.freeze({
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
});

const SMALL_EXPONENTS: Readonly<Record<string, number>> = Object.freeze({
  十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3,
});

const BIG_UNITS: Readonly<Record<string, number>> = Object.freeze({
  万: 4, 萬: 4, 亿: 8, 億: 8,
});

const FULLWIDTH_DIGIT = /[０-９]/gu;
const GROUPED = /^\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/u;
const PLAIN = /^\d+(?:\.\d+)?$/u;
/** 元/圆 with optional 角 and 分 and 整/正: cn2an accepts 壹拾壹元壹角壹分 as 11.11. */
const MONEY_TAIL = /(?:元|圆)(?:([零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d])角)?(?:([零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d])分)?(?:整|正)?$/u;

/** Replaces full-width digits and the full-width point so one grammar serves both. */
export function normalizeDigits(text: string): string {
  return text
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/gu, '.');
}

/**
 * Multiplies a decimal string by 10^k by moving the point, so 16.4 × 10^8 is exactly
 * 1640000000 rather than 1639999999.9999998.
 */
export function shiftDecimal(decimal: string, k: number): number {
  const neg = decimal.startsWith('-');
  const body = neg ? decimal.slice(1) : decimal;
  const [intPart = '0', fracPart = ''] = body.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + k;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (digits.length < point) digits = digits + '0'.repeat(point - digits.length);
  const text = `${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`;
  const value = Number(text);
  return neg ? -value : value;
}

type Token =
  | { t: 'digit'; v: number }
  | { t: 'arabic'; s: string }
  | { t: 'small'; v: number }
  | { t: 'big'; k: number }
  | { t: 'zero' }
  | { t: 'tens'; v: number };

const TOKEN_RE = /\d+(?:\.\d+)?|./gu;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const s = m[0];
    if (/^\d/u.test(s)) {
      tokens.push({ t: 'arabic', s });
      continue;
    }
    if (s === '零' || s === '〇') tokens.push({ t: 'zero' });
    else if (s in CN_DIGITS) tokens.push({ t: 'digit', v: CN_DIGITS[s] ?? 0 });
    else if (s in SMALL_UNITS) tokens.push({ t: 'small', v: SMALL_UNITS[s] ?? 0 });
    else if (s in BIG_UNITS) tokens.push({ t: 'big', k: BIG_UNITS[s] ?? 0 });
    // 廿 and 卅 are 二十 and 三十 in one character.
    else if (s === '廿') tokens.push({ t: 'tens', v: 20 });
    else if (s === '卅') tokens.push({ t: 'tens', v: 30 });
    else return null;
  }
  return tokens;
}

/** Digits only (一七二零, 二〇二四): read digit by digit, as cn2an's normal mode does. */
function digitSequence(tokens: readonly Token[]): string | null {
  let out = '';
  for (const tok of tokens) {
    if (tok.t === 'digit') out += String(tok.v);
    else if (tok.t === 'zero') out += '0';
    else if (tok.t === 'arabic' && !tok.s.includes('.')) out += tok.s;
    else return null;
  }
  return out;
}

/**
 * Parses an integer part made of digits and units (一千三百零五, 两千六, 1万600,
 * 200亿零四千230). Returns the value as a number; big-unit multiplications are
 * exact as long as the result stays below 2^53.
 */
function parseUnits(tokens: readonly Token[]): number | null {
  if (tokens.length === 0) return null;
  const first = tokens[0];
  // 百十一, 千万, 万: a number never starts with a unit other than 十 (十万 is 100000).
  if (first?.t === 'big' || (first?.t === 'small' && first.v !== 10)) return null;
  let total = 0; // everything closed by 亿
  let belowYi = 0; // everything closed by 万 since the last 亿
  let section = 0; // below 万
  let number: number | null = null;
  let lastSmall = Infinity; // small units must fall within a section (十一十二 is not a number)
  let lastUnitValue = 0; // the unit just before a trailing bare digit: 三万五 → 五千
  let prev: Token | undefined;
  let sawUnit = false;
  for (const tok of tokens) {
    switch (tok.t) {
      case 'digit':
      case 'arabic': {
        if (number !== null) return null; // 一一 inside a unit number
        if (tok.t === 'arabic' && tok.s.includes('.')) return null;
        number = tok.t === 'digit' ? tok.v : Number(tok.s);
        break;
      }
      case 'zero':
        if (number !== null) return null;
        break;
      case 'tens':
        if (number !== null || lastSmall <= 10) return null;
        section += tok.v;
        lastSmall = 10;
        lastUnitValue = 10;
        sawUnit = true;
        break;
      case 'small': {
        if (tok.v >= lastSmall) return null;
        // 十 alone means 一十; after 零 (一万零百一十一) a bare unit also means one of it.
        section += (number ?? 1) * tok.v;
        number = null;
        lastSmall = tok.v;
        lastUnitValue = tok.v;
        sawUnit = true;
        break;
      }
      case 'big': {
        const chunk = section + (number ?? 0);
        if (tok.k === 4) {
          if (chunk === 0 && prev?.t !== 'big') return null;
          belowYi += chunk * 1e4;
        } else {
          // 亿 closes everything since the last 亿, including a 万 part: 三千万亿 = 3×10^15.
          const base = belowYi + chunk;
          if (base === 0 && total === 0) return null;
          total = (total + base) * 1e8;
          belowYi = 0;
        }
        section = 0;
        number = null;
        lastSmall = Infinity;
        lastUnitValue = 10 ** tok.k;
        sawUnit = true;
        break;
      }
    }
    prev = tok;
  }
  if (!sawUnit) return null;
  if (number !== null) {
    // 三万五 = 35000 and 两千六 = 2600: a lone digit right after a unit abbreviates the
    // next lower unit (cn2an strict mode gets 30005). Not after 零 (一万零五 = 10005),
    // nor after 十 (二十三), nor for arabic numbers (1万600 = 10600).
    const before = tokens.at(-2);
    const abbreviates =
      prev?.t === 'digit' && (before?.t === 'small' || before?.t === 'big') && lastUnitValue > 10;
    section += abbreviates ? number * (lastUnitValue / 10) : number;
  }
  return total + belowYi + section;
}

/** Parses the part before 点 or the decimal part's trailing big units. */
function parseMagnitudes(text: string): number | null {
  // 万亿 = 10^12, 千万 after a decimal (1.5千万) = 10^7.
  let k = 0;
  for (const ch of text) {
    if (ch in BIG_UNITS) k += BIG_UNITS[ch] ?? 0;
    else if (ch in SMALL_EXPONENTS) k += SMALL_EXPONENTS[ch] ?? 0;
    else return null;
  }
  return k;
}

function digitsOf(text: string): string | null {
  let out = '';
  for (const ch of text) {
    if (/\d/u.test(ch)) out += ch;
    else if (ch in CN_DIGITS) out += String(CN_DIGITS[ch] ?? 0);
    else return null;
  }
  return out;
}

/**
 * Parses a number written in Chinese numerals, arabic digits or a mix of both.
 *
 * Accepts 一千三百零五, 两千六 (2600), 三万五 (35000), 十二万五千, 廿二, 〇,
 * 壹佰捌拾壹圆柒角 (181.7), 三十八点一, 一点七八万亿 (1.78×10^12), 10.1万 (101000),
 * 1.2万亿 (1.2×10^12), full-width digits (１９９０) and thousands separators (1,115).
 * The whole string must be a number; anything else gives null. Never throws.
 *
 * @example
 * parseChineseNumber('180亿') // 18000000000
 * parseChineseNumber('三万五') // 35000
 */
export function parseChineseNumber(text: string): number | null {
  try {
    return parseInner(text);
  } catch {
    return null;
  }
}

function parseInner(raw: string): number | null {
  let text = normalizeDigits(raw.trim())
    .replace(/萬/gu, '万')
    .replace(/億/gu, '亿')
    .replace(/點/gu, '点');
  if (text.length === 0 || text.length > 200) return null;
  if (GROUPED.test(text)) text = text.replace(/[,，]/gu, '');
  // 1,115亿: separators between groups of three, with a magnitude after.
  text = text.replace(/(\d)[,，](?=\d{3}(?!\d))/gu, '$1');

  let cents = 0;
  const money = MONEY_TAIL.exec(text);
  if (money) {
    const jiao = money[1] === undefined ? 0 : Number(digitsOf(money[1]) ?? 'NaN');
    const fen = money[2] === undefined ? 0 : Number(digitsOf(money[2]) ?? 'NaN');
    if (!Number.isFinite(jiao) || !Number.isFinite(fen)) return null;
    cents = jiao * 10 + fen;
    text = text.slice(0, money.index);
    if (text.length === 0) return null;
  }

  let sign = 1;
  if (text.startsWith('负') || text.startsWith('-')) {
    sign = -1;
    text = text.slice(1);
  }
  if (text.length === 0) return null;

  const value = parseUnsigned(text);
  if (value === null || !Number.isFinite(value)) return null;
  const withCents = cents === 0 ? value : (Math.round(value * 100) + cents) / 100;
  return sign * withCents === 0 ? 0 : sign * withCents;
}

function parseUnsigned(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);

  // A decimal followed only by magnitudes: 10.1万, 1.2万亿, 三十八点一, 一点七八万亿.
  const arabicDecimal = /^(\d+\.\d+)([十百千万亿拾佰仟]+)$/u.exec(text);
  if (arabicDecimal) {
    const k = parseMagnitudes(arabicDecimal[2] ?? '');
    return k === null ? null : shiftDecimal(arabicDecimal[1] ?? '', k);
  }
  const pointAt = text.indexOf('点');
  if (pointAt >= 0) {
    if (text.indexOf('点', pointAt + 1) >= 0) return null;
    const intText = text.slice(0, pointAt);
    const rest = text.slice(pointAt + 1);
    const frac = /^([零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖\d]+)([十百千万亿拾佰仟]*)$/u.exec(rest);
    if (intText.length === 0 || !frac) return null;
    const fracDigits = digitsOf(frac[1] ?? '');
    const intValue = parseInteger(intText);
    if (fracDigits === null || intValue === null) return null;
    const k = parseMagnitudes(frac[2] ?? '');
    if (k === null) return null;
    return shiftDecimal(`${intValue}.${fracDigits}`, k);
  }
  return parseInteger(text);
}

function parseInteger(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  const tokens = tokenize(text);
  if (tokens === null || tokens.length === 0) return null;
  const seq = digitSequence(tokens);
  if (seq !== null) return seq.length > 0 ? Number(seq) : null;
  return parseUnits(tokens);
}
