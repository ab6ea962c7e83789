import type { QuantityMatch } from './quantity-match.js';
import units from './units.json' with { type: 'json' };

const CLASSIFIER_EN: Readonly<Record<string, string>> = units.classifier;
const CURRENCY_EN: Readonly<Record<string, string>> = {
  USD: 'US$', HKD: 'HK$', TWD: 'NT$', AUD: 'A$', CAD: 'C$', SGD: 'S$', NZD: 'NZ$',
  CNY: 'RMB ', EUR: '€', GBP: '£', JPY: 'JPY ', KRW: 'KRW ',
};
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DENOMINATORS = ['', '', 'half', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const DURATION_EN: Readonly<Record<string, string>> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year',
  workday: 'working day',
};

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** Removes float noise from a division: 17108000000 / 1e9 → 17.108. */
const clean = (n: number): number => Number(n.toPrecision(12));

/** 18000000000 → "18 billion", 239800 → "239,800"; 亿 (10^8) never leaks into English. */
function scaled(n: number, money = false): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${GROUPED.format(clean(n / 1e12))} trillion`;
  if (abs >= 1e9) return `${GROUPED.format(clean(n / 1e9))} billion`;
  if (abs >= 1e6) return `${GROUPED.format(clean(n / 1e6))} million`;
  if (money && !Number.isInteger(n)) return CENTS.format(n);
  return GROUPED.format(n);
}

/** Small whole numbers as words (three months), the rest as figures (90 days). */
function counted(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? (WORDS[n] ?? String(n)) : scaled(n);
}

function plural(word: string, n: number, max: number | null): string {
  return n === 1 && max === null ? word : `${word}s`;
}

function qualifier(q: Pick<QuantityMatch, 'approx' | 'text'>): string {
  switch (q.approx) {
    case 'about':
      return 'about ';
    case 'over':
      return 'more than ';
    case 'under':
      return /近/u.test(q.text) ? 'nearly ' : 'less than ';
    case 'at_least':
      return 'at least ';
    case 'at_most':
      return /最高|最多/u.test(q.text) ? 'up to ' : 'no more than ';
    default:
      return '';
  }
}

function ordinal(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n <= 10) return ORDINAL_WORDS[n] ?? String(n);
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${GROUPED.format(n)}${suffix}`;
}

function fraction(v: number): string {
  for (let den = 2; den <= 10; den++) {
    const num = Math.round(v * den);
    if (num >= 1 && num < den && Math.abs(num / den - v) < 0.0005) {
      const name = DENOMINATORS[den] ?? '';
      if (den === 2) return 'one half';
      return `${WORDS[num] ?? num} ${name}${num > 1 ? 's' : ''}`;
    }
  }
  return String(v);
}

function renderDate(value: string, text: string): string {
  const m = /^(?:(\d{4})|--)-?(\d{2})(?:-(\d{2}))?$/u.exec(value);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1] ?? value;
  // The year shows when the source wrote one (2025年5月19日, 今年4月); an inferred year stays implicit.
  const year = m[1] !== undefined && /年/u.test(text) ? m[1] : null;
  if (m[3] !== undefined) return `${month} ${Number(m[3])}${year === null ? '' : `, ${year}`}`;
  return year === null ? month : `${month} ${year}`;
}

function renderPeriod(value: string, text: string): string {
  let m = /^FY(\d{4})(?:-(Q[1-4]))?$/u.exec(value);
  if (m) return m[2] === undefined ? `fiscal ${m[1]}` : `${m[2]} of fiscal ${m[1]}`;
  m = /^(?:(\d{4})-)?Q1\.\.Q(\d)$/u.exec(value);
  if (m) return `the first ${WORDS[Number(m[2])] ?? m[2]} quarters${m[1] === undefined ? '' : ` of ${m[1]}`}`;
  m = /^(?:(\d{4})-)?(Q[1-4]|H[12])$/u.exec(value);
  if (m) return m[1] === undefined ? (m[2] ?? value) : `${m[2]} ${m[1]}`;
  m = /^(\d{4})\.\.(\d{4})$/u.exec(value);
  if (m) return `${m[1]} to ${m[2]}`;
  // A run of months: 前10个月 → "the first 10 months of 2024", 1至8月 → "January to August 2025".
  m = /^(?:(\d{4})-)?M(\d{2})\.\.M(\d{2})$/u.exec(value);
  if (m) {
    const year = m[1] === undefined ? '' : ` ${m[1]}`;
    const last = Number(m[3]);
    if (m[2] === '01' && /前/u.test(text)) return `the first ${counted(last)} months${m[1] === undefined ? '' : ` of ${m[1]}`}`;
    return `${MONTHS[Number(m[2]) - 1] ?? m[2]} to ${MONTHS[last - 1] ?? m[3]}${year}`;
  }
  return value;
}

/**
 * The English rendering of one figure alone, as the fact sheet shows it:
 * 180亿美元 → "US$18 billion", 23.98万元 → "RMB 239,800", 4000余名 → "more than 4,000",
 * 23万枚 → "230,000 units", 两到三年 → "two to three years", 2024财年 → "fiscal 2024".
 */
export function renderQuantityEn(
  q: Pick<QuantityMatch, 'kind' | 'text' | 'value' | 'valueMax' | 'unit' | 'approx'>,
): string {
  const pre = qualifier(q);
  if (typeof q.value === 'string') {
    switch (q.kind) {
      case 'date':
        return renderDate(q.value, q.text);
      case 'year': {
        if (/底|末/u.test(q.text)) return `end of ${q.value}`;
        if (/初/u.test(q.text)) return `early ${q.value}`;
        if (/年中/u.test(q.text)) return `mid-${q.value}`;
        return q.value;
      }
      default:
        return renderPeriod(q.value, q.text);
    }
  }
  const v = q.value;
  const max = q.valueMax;
  switch (q.kind) {
    case 'money': {
      const cur = q.unit === null ? '' : (CURRENCY_EN[q.unit] ?? `${q.unit} `);
      const one = (n: number): string => `${cur}${scaled(n, true)}`;
      return `${pre}${one(v)}${max === null ? '' : ` to ${one(max)}`}`;
    }
    case 'percent':
      return `${pre}${GROUPED.format(v)}%${max === null ? '' : ` to ${GROUPED.format(max)}%`}`;
    case 'percentage_point': {
      const range = max === null ? GROUPED.format(v) : `${GROUPED.format(v)} to ${GROUPED.format(max)}`;
      return `${pre}${range} ${v === 1 && max === null ? 'percentage point' : 'percentage points'}`;
    }
    case 'count': {
      const noun = q.unit === null ? '' : (CLASSIFIER_EN[q.unit] ?? '');
      const range = max === null ? counted(v) : `${counted(v)} to ${counted(max)}`;
      return `${pre}${range}${noun === '' ? '' : ` ${noun}`}`;
    }
    case 'measure': {
      const range = max === null ? scaled(v) : `${scaled(v)} to ${scaled(max)}`;
      return `${pre}${range} ${q.unit ?? ''}`.trimEnd();
    }
    case 'duration': {
      const word = DURATION_EN[q.unit ?? ''] ?? q.unit ?? '';
      const range = max === null ? counted(v) : `${counted(v)} to ${counted(max)}`;
      return `${pre}${range} ${plural(word, v, max)}`;
    }
    case 'fraction':
      return `${pre}${fraction(v)}`;
    case 'multiple': {
      // 增长近1倍: "nearly one time", not "one times".
      const one = (n: number): string => (n === 2 ? 'twice' : n === 1 ? 'one time' : `${counted(n)} times`);
      return max === null ? `${pre}${one(v)}` : `${pre}${counted(v)} to ${counted(max)} times`;
    }
    case 'ordinal':
      return `the ${ordinal(v)}`;
    default:
      return GROUPED.format(v);
  }
}
