import { pricePer } from './price-per.js';
import { isAgeUnit, type QuantityMatch } from './quantity-match.js';
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
  microsecond: 'microsecond', millisecond: 'millisecond', second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year',
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

/**
 * What stands around a figure in its clause, for the words its English needs that its span
 * does not hold: 以内 after it ("within"), 最快 or 每吨 before it, 增长 before a multiple.
 */
export interface RenderContext {
  /** The clause before the span (up to its start). */
  readonly before: string;
  /** The text right after the span. */
  readonly after: string;
  /**
   * The price a change of price is measured against, in the clause before (每公斤12.1元，较年初下降
   * 约1.5元): its per unit is the change's when the change's own clause names none.
   */
  readonly earlier?: { readonly before: string; readonly text: string };
  /**
   * What a rate read before the figure adds after it, where the span and the unit do not say it:
   * 日均 (" per day on average", see dailyAverage), 每亩 before a count (" per mu").
   */
  readonly rate?: string;
}

const NO_CONTEXT: RenderContext = { before: '', after: '' };

function qualifier(q: Pick<QuantityMatch, 'kind' | 'approx' | 'text'>, context: RenderContext): string {
  switch (q.approx) {
    case 'about':
      return 'about ';
    case 'over':
      // 埋深3500米以下: below a depth is deeper (the scanner reads it 'over' only there).
      return /以下$/u.test(q.text) ? 'deeper than ' : 'more than ';
    case 'under':
      return /近/u.test(q.text) ? 'nearly ' : 'less than ';
    case 'at_least':
      return 'at least ';
    case 'at_most':
      // 最高可获得4元, 最长达4286米: the most reached or allowed, "up to"; 不超过 is a ceiling.
      return /最高|最多|最长|最長|最大/u.test(q.text) ? 'up to ' : 'no more than ';
    default:
      // 30分钟以内 and 最快10分钟 keep approx null (the verifier reads 以内 as a soft bound beside
      // the figure, and 最快 is no bound on the value), but a reader needs the word.
      if (/^以?内/u.test(context.after)) return 'within ';
      if (/最快$/u.test(context.before)) return 'as little as ';
      // 收费15元起: a starting price (the scanner keeps 起 in the span).
      if (q.kind === 'money' && /起$/u.test(q.text)) return 'from ';
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
  // 万分之三, 千万分之一: "three ten-thousandths", "one ten-millionth", never "1e-7".
  for (const [power, name] of SMALL_PARTS) {
    const num = Math.round(v * 10 ** power);
    if (num >= 1 && num <= 9 && Math.abs(num / 10 ** power - v) < 10 ** -(power + 3)) return `${WORDS[num] ?? num} ${name}${num > 1 ? 's' : ''}`;
  }
  return String(v);
}

/** Denominators of ten to a power, as English names the part. */
const SMALL_PARTS: readonly (readonly [number, string])[] = [
  [2, 'hundredth'], [3, 'thousandth'], [4, 'ten-thousandth'], [5, 'hundred-thousandth'], [6, 'millionth'], [7, 'ten-millionth'], [8, 'hundred-millionth'],
];

/** 9月末 → "end of September", 11月上旬 → "early November": the part of a month the value cannot hold. */
function partOfMonth(text: string): string {
  if (/月份?月?(?:底|末)/u.test(text)) return 'end of ';
  if (/月份?(?:初|上旬)/u.test(text)) return 'early ';
  if (/月份?中旬/u.test(text)) return 'mid-';
  if (/月份?下旬/u.test(text)) return 'late ';
  return '';
}

function renderDate(value: string, text: string): string {
  const m = /^(?:(\d{4})|--)-?(\d{2})(?:-(\d{2}))?$/u.exec(value);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1] ?? value;
  // The year shows when the source wrote one (2025年5月19日, 今年4月); an inferred year stays implicit.
  const year = m[1] !== undefined && /年/u.test(text) ? m[1] : null;
  if (m[3] !== undefined) return `${month} ${Number(m[3])}${year === null ? '' : `, ${year}`}`;
  const part = partOfMonth(text);
  return year === null ? `${part}${month}` : `${part}${month} ${year}`;
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
 * A race time read in seconds (2小时08分31秒 → 7711) as a reader states it: "2:08:31", "11 minutes
 * 48 seconds". With hundredths (2分11秒05) it stays in seconds, "131.05 seconds": "2:11.05" reads
 * as a ratio to the verifier. Null for a plain count of seconds.
 */
function clockTime(v: number, text: string): string | null {
  if (!/分/u.test(text) || !Number.isInteger(v)) return null;
  const h = Math.floor(v / 3600);
  const m = Math.floor((v % 3600) / 60);
  const sec = v % 60;
  if (h > 0) return `${h}:${pad2(m)}:${pad2(sec)}`;
  return `${m} ${m === 1 ? 'minute' : 'minutes'} ${sec} ${sec === 1 ? 'second' : 'seconds'}`;
}

/** 6小时12分 read in minutes (372) as written: "6 hours 12 minutes", which the verifier reads back as 372 minutes. */
function hoursMinutes(v: number, text: string): string | null {
  if (!/小[时時]/u.test(text) || !Number.isInteger(v)) return null;
  const h = Math.floor(v / 60);
  const m = v % 60;
  return `${h} ${h === 1 ? 'hour' : 'hours'} ${m} ${m === 1 ? 'minute' : 'minutes'}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** What a figure of an age (45岁以下, 60岁以上) is: an age bracket, not a head count. */
function age(q: Pick<QuantityMatch, 'text' | 'value' | 'valueMax' | 'approx'>, pre: string): string {
  const v = Number(q.value);
  const range = q.valueMax === null ? GROUPED.format(v) : `${GROUPED.format(v)} to ${GROUPED.format(q.valueMax)}`;
  if (q.approx === null) return q.valueMax === null ? `${range} years old` : `aged ${range}`;
  // 60岁以上 → "aged 60 and over"; 45岁以下 → "aged under 45" (not "less than 45": no count of people).
  if ((q.approx === 'over' || q.approx === 'at_least') && /以上/u.test(q.text)) return `aged ${range} and over`;
  if (q.approx === 'under' && !/近/u.test(q.text)) return `aged under ${range}`;
  return `aged ${pre}${range}`;
}

/** Basketball statistics counted with 次 (7.9次助攻). */
const STAT_EN: Readonly<Record<string, string>> = {
  助攻: 'assists', 篮板: 'rebounds', 籃板: 'rebounds', 抢断: 'steals', 搶斷: 'steals', 盖帽: 'blocks', 蓋帽: 'blocks',
};

/** What a count of 株 of microbes says: 细菌, 菌株, 病毒, 分离出 (isolated). */
const MICROBE_RE = /细菌|細菌|真菌|菌株|菌种|菌種|病菌|病毒|毒株|病原|微生物|分离|分離|耐药|耐藥/u;

/**
 * The English noun of a classifier, where its clause says what it counts: 架 counts aircraft but
 * also server racks (标准机架约28万架); 幅 counts plots of land (3幅地块) but also images and works
 * (采集图像约4万幅); 尾 counts fish, but also crayfish fry (培育苗种50亿尾) and shrimp.
 */
function classifierNoun(unit: string, context: RenderContext): string {
  const around = `${context.before}${context.after}`;
  if (unit === '架' && /机架|机柜|機架|機櫃/u.test(context.before)) return 'racks';
  if (unit === '幅') {
    if (/地块|地塊|土地|宅地|用地/u.test(around)) return 'plots';
    if (/图像|圖像|影像|照片|图片|圖片|图|圖/u.test(around)) return 'images';
    return /画|畫|作品|书法|書法/u.test(around) ? 'works' : '';
  }
  // 场均得到24.6分: points (分 is read as a count only where the sentence scores); 7.9次助攻: assists.
  if (unit === '分') return 'points';
  if (unit === '次') {
    const stat = /^(助攻|篮板|籃板|抢断|搶斷|盖帽|蓋帽)/u.exec(context.after)?.[1];
    if (stat !== undefined) return STAT_EN[stat] ?? 'times';
  }
  // 上报细菌约412万株, 分离出12株病毒: strains of a microbe; 株 of trees and seedlings stays plants.
  if (unit === '株' && MICROBE_RE.test(around)) return 'strains';
  // 29.6万人份 of a serum or vaccine: doses for that many people, not people; of a test kit, tests.
  if (unit === '人份') {
    if (/试剂|試劑|检测|檢測|核酸|筛查|篩查/u.test(around)) return 'per-person tests';
    if (/套餐|餐|菜|饭|飯|食/u.test(around)) return 'servings';
  }
  if (unit === '尾') {
    // 放流鱼苗120万尾 are fish still; 培育苗种50亿尾 of crayfish are fry.
    if (/鱼|魚/u.test(around)) return 'fish';
    if (/苗/u.test(around)) return 'fry';
    if (/虾|蝦|蟹|贝|貝|参|參/u.test(around)) return '';
  }
  return CLASSIFIER_EN[unit] ?? '';
}

/** A rise verb before a multiple: 增长1倍 is a rise by 100%, to twice the level (see src/verify/multiples.ts). */
// 比一季度高出约一倍: higher by a time, as a rise by one is (see rise).
const RISE_BEFORE = /(?:增长|增加|上涨|上升|提高|提升|扩大|延长|增大|跃升|攀升|猛增|激增|飙升|暴涨|大涨|增長|上漲|擴大|高出|高齣)了?$/u;
const LEVEL_WORDS: Readonly<Record<number, string>> = { 2: 'doubled', 3: 'tripled', 4: 'quadrupled' };

/** The word before "doubled" the English verifier reads as the same qualifier, or null when none reads well. */
function riseLead(q: Pick<QuantityMatch, 'text' | 'approx'>): string | null {
  switch (q.approx) {
    case null:
      return '';
    case 'over':
      // 埋深3500米以下: below a depth is deeper (the scanner reads it 'over' only there).
      return /以下$/u.test(q.text) ? 'deeper than ' : 'more than ';
    case 'about':
      return 'roughly ';
    case 'under':
      return /近/u.test(q.text) ? 'nearly ' : 'less than ';
    default:
      return null;
  }
}

/**
 * 增长一倍多 → "more than doubled", 同比增长近1倍 → "nearly doubled", 上涨约两倍 → "roughly tripled":
 * a rise by N times reaches N+1 times the level. Other rises read as percentages (增长1.5倍 → "up 150%").
 */
function rise(q: Pick<QuantityMatch, 'text' | 'value' | 'valueMax' | 'approx'>, pre: string): string {
  const v = Number(q.value);
  const level = LEVEL_WORDS[v + 1];
  const lead = riseLead(q);
  if (q.valueMax === null && level !== undefined && lead !== null) return `${lead}${level}`;
  const pct = (n: number): string => `${GROUPED.format(clean(n * 100))}%`;
  return `up ${pre}${pct(v)}${q.valueMax === null ? '' : ` to ${pct(q.valueMax)}`}`;
}

/**
 * A measure's unit as English shows it: symbols (km/h, MW/m2), except Wh, which the verifier's name
 * check takes for a name (a capital and a lower-case letter): 165瓦时 → "165 watt-hours", 每千克165瓦时
 * → "165 watt-hours per kg".
 */
function measureUnitEn(unit: string | null): string {
  if (unit === null) return '';
  if (unit === '°') return 'degrees';
  if (unit === 'steam t') return 'steam tonnes';
  const wattHours = /^Wh(?:\/(.+))?$/u.exec(unit);
  if (wattHours === null) return unit;
  return wattHours[1] === undefined ? 'watt-hours' : `watt-hours per ${wattHours[1]}`;
}

/** " per tonne", " per person per month", " per 100 jin": the unit a price is per (see pricePer), or ''. */
function perUnit(text: string, context: RenderContext): string {
  return pricePer(text, context).map((d) => ` per ${d.en}`).join('');
}

/**
 * The English rendering of one figure alone, as the fact sheet shows it:
 * 180亿美元 → "US$18 billion", 23.98万元 → "RMB 239,800", 4000余名 → "more than 4,000",
 * 23万枚 → "230,000 units", 两到三年 → "two to three years", 2024财年 → "fiscal 2024".
 */
export function renderQuantityEn(
  q: Pick<QuantityMatch, 'kind' | 'text' | 'value' | 'valueMax' | 'unit' | 'approx'>,
  context: RenderContext = NO_CONTEXT,
): string {
  const pre = qualifier(q, context);
  if (typeof q.value === 'string') {
    switch (q.kind) {
      case 'date':
        // 7月前后, 2028年前后: "around" (前后 and 左右 leave approx 'about' on a date or a year).
        return `${q.approx === 'about' ? 'around ' : ''}${renderDate(q.value, q.text)}`;
      case 'year': {
        if (/底|末/u.test(q.text)) return `end of ${q.value}`;
        if (/初/u.test(q.text)) return `early ${q.value}`;
        if (/年中/u.test(q.text)) return `mid-${q.value}`;
        return `${q.approx === 'about' ? 'around ' : ''}${q.value}`;
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
      return `${pre}${one(v)}${max === null ? '' : ` to ${one(max)}`}${context.rate ?? perUnit(q.text, context)}`;
    }
    case 'percent':
      return `${pre}${GROUPED.format(v)}%${max === null ? '' : ` to ${GROUPED.format(max)}%`}`;
    case 'percentage_point': {
      const range = max === null ? GROUPED.format(v) : `${GROUPED.format(v)} to ${GROUPED.format(max)}`;
      return `${pre}${range} ${v === 1 && max === null ? 'percentage point' : 'percentage points'}`;
    }
    case 'count': {
      if (isAgeUnit(q.unit)) return age(q, pre);
      const noun = q.unit === null ? '' : classifierNoun(q.unit, context);
      const range = max === null ? counted(v) : `${counted(v)} to ${counted(max)}`;
      return `${pre}${range}${noun === '' ? '' : ` ${noun}`}${context.rate ?? ''}`;
    }
    case 'measure': {
      // A PUE is a ratio named before its value: "a PUE of no more than 1.2".
      if (q.unit === 'PUE') return `a PUE of ${pre}${GROUPED.format(v)}${max === null ? '' : ` to ${GROUPED.format(max)}`}`;
      const range = max === null ? scaled(v) : `${scaled(v)} to ${scaled(max)}`;
      // 4×100米 (a relay): "4×100 m", the legs before the distance of one.
      const legs = /^([0-9０-９]{1,2})\s?[×xX＊*]/u.exec(q.text)?.[1];
      return `${`${pre}${legs === undefined ? '' : `${legs}×`}${range} ${measureUnitEn(q.unit)}`.trimEnd()}${context.rate ?? ''}`;
    }
    case 'duration': {
      const clock = q.unit === 'second' && max === null ? clockTime(v, q.text) : q.unit === 'minute' && max === null ? hoursMinutes(v, q.text) : null;
      if (clock !== null) return `${pre}${clock}`;
      const word = DURATION_EN[q.unit ?? ''] ?? q.unit ?? '';
      const range = max === null ? counted(v) : `${counted(v)} to ${counted(max)}`;
      return `${pre}${range} ${plural(word, v, max)}`;
    }
    case 'fraction':
      return `${pre}${fraction(v)}${max === null ? '' : ` to ${fraction(max)}`}`;
    case 'multiple': {
      if (RISE_BEFORE.test(context.before)) return rise(q, pre);
      // 增长近1倍: "nearly one time", not "one times".
      const one = (n: number): string => (n === 2 ? 'twice' : n === 1 ? 'one time' : `${counted(n)} times`);
      return max === null ? `${pre}${one(v)}` : `${pre}${counted(v)} to ${counted(max)} times`;
    }
    case 'ordinal':
      // 前三位 is a place among the first three, "the top three", not the third.
      return /^前/u.test(q.text) ? `the top ${counted(v)}` : `the ${ordinal(v)}`;
    default:
      return GROUPED.format(v);
  }
}
