/**
 * Scores the date, period and duration readings against JioNLP's time unit tests
 * (Apache-2.0, fixtures/number-cases/jionlp_time_*.jsonl). jianbao's scope is what a fact
 * sheet can hold: a calendar day, month, year, quarter, half or run of quarters (date, year,
 * period) and a length of time in one unit (duration). Scope is decided from the expected
 * value and the input's form, never from jianbao's output, and every excluded case is
 * listed with its reason.
 */
import { readFileSync } from 'node:fs';
import type { FactKind } from '../../types.js';
import { findQuantities } from './find-quantities.js';
import type { QuantityMatch } from './quantity-match.js';
import type { NumberCaseSuiteScore } from './score-number-cases.js';

interface TimeBase {
  kind: string;
  value: unknown;
  as_beijing_time?: string;
}

interface TimeParserCase {
  input: string;
  time_base: TimeBase;
  kwargs: Record<string, unknown>;
  expected: { type: string; definition: string; time: unknown } | null;
}

interface TimeExtractorCase {
  text: string;
  expected: { text: string; offset: [number, number]; type: string }[];
}

const TEMPORAL: readonly FactKind[] = ['date', 'year', 'period', 'duration'];
const DELTA_UNITS: Readonly<Record<string, number>> = { year: 12, month: 1 };
const DAY_UNITS: Readonly<Record<string, number>> = { day: 86400, hour: 3600, minute: 60, second: 1 };
/** jianbao duration units in months (calendar) or seconds (clock), to compare with JioNLP's deltas. */
const JB_MONTHS: Readonly<Record<string, number>> = { year: 12, quarter: 3, month: 1 };
const JB_SECONDS: Readonly<Record<string, number>> = { week: 7 * 86400, day: 86400, hour: 3600, minute: 60, second: 1 };

/** Forms outside a fact sheet's kinds, tested on the input; the first that applies is the reason. */
const OUT_OF_SCOPE_FORMS: readonly [RegExp, string][] = [
  [/[点點:：刻]|(?<!小)[时時]|分(?![之钟鐘])|上午|下午|晚上|早上|中午|凌晨|今晚|夜|黎明|午后|白天/u, 'clock time or part of a day: a fact sheet records dates, not times'],
  [/周(?!年)|星期|礼拜|工作日|交易日/u, 'weeks, weekdays and working days are not fact kinds'],
  [/节|腊月|正月|除夕|暑假|伊始|春秋|农历|大年|元旦|国庆|元宵|芒种|^十一$|月?初[一二三四五六七八九十]|廿|月[一二三四五六七八九十]+$/u, 'festivals, solar terms and lunar dates (八月十五, 初五, 廿二) need a lunar calendar jianbao does not carry'],
  [/第[一二三四五六七八九十\d]+年/u, 'the Nth year from now (第七年) is an ordinal, not a date, in a fact sheet'],
  [/^\d{4}$/u, 'a bare number (2018) without 年: jianbao never guesses that a number is a year'],
  [/上一年|这一年|上年/u, '上一年, 这一年, 上年 are comparison wording the gold conventions leave unannotated (fixtures/gold/README.md)'],
  [/次年|当月|^年[底末初]/u, '次年, 当月 and a bare 年底 point at a time named earlier in the text, not at the publication date; the gold leaves them unannotated (a18 当月, a25 年初)'],
  [/周年/u, '周年 is an anniversary (成立10周年, the 10th), not a length of time'],
  [/([\u4e00-\u9fff]{2})\1/u, 'a spoken repetition (六月六月中旬): edited news text does not stutter'],
  [/季度[初末]/u, 'the start or end of a quarter: JioNLP narrows it to a month, the gold conventions keep the quarter (一季度末 → Q1)'],
  [/世纪|年代/u, 'centuries and decades are not fact kinds'],
  [/每|隔/u, 'recurring times (每年, 每隔3天) are not figures'],
  [/今天|明天|昨天|前天|后天|大前天|本日|现在|今明|全天|当日|次日/u, 'days relative to the clock (今天, 明天): articles use dates'],
  [/上上|下下|大半/u, 'compound relative expressions (上上个月, 下下周) are outside news usage'],
  [/(?<![\d０-９零〇一二三四五六七八九])(?:\d{2}|[零〇一二三四五六七八九]{2})年(?!前|后|以)/u, 'two-digit years (98年, 零七年): news writes years in full, and 98年 also reads as 98 years'],
  [/^\d{8}$|^\d{4} \d{1,2} \d{1,2}$|^\d{1,2}-\d{1,2}|·/u, 'digit strings without a year marker (20240307, 09-01, 6·30) are codes under the identifier convention'],
  [/(?:年|月|天|日|周|季度|小时|钟头|分钟)半?(?:之|以)?[前后後](?![一二三四五六七八九十两\d])|以来|以内|之内|未来|过去|今后|再过|^过|近\d|近[一二三四五六七八九十两仨]|最近|起|至今|之前|以前|以后|到现在|到今天/u, 'an offset from now or an open span (3年后, 近30天, 从…起): jianbao reports the duration, not the computed date'],
];

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** The reference date a case's time base gives, or null when it is the wall clock. */
function referenceOf(base: TimeBase): string | null | undefined {
  if (base.kind === 'unix_timestamp' && typeof base.as_beijing_time === 'string') return base.as_beijing_time.slice(0, 10);
  if (base.kind === 'dict' && typeof base.value === 'object' && base.value !== null) {
    const v = base.value as Record<string, number>;
    if (v.year === undefined) return undefined;
    // A year alone: no month of it lies ahead, so 12月30号 stays in that year.
    return `${v.year}-${String(v.month ?? 12).padStart(2, '0')}-${String(v.day ?? (v.month === undefined ? 31 : 1)).padStart(2, '0')}`;
  }
  if (base.kind.startsWith('list') && Array.isArray(base.value)) {
    const [y, m = 12, d = m === 12 && base.value.length === 1 ? 31 : 1] = base.value as number[];
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  if (base.kind === 'none') return null;
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The jianbao value an interval stands for when it is one whole calendar unit:
 * a day → date 2021-06-09, a month → date 2021-06, a year → year 2021, a quarter →
 * period 2021-Q2, a half → 2021-H1, quarters from Q1 → 2021-Q1..Q3. Else null.
 */
export function intervalValue(startIso: string, endIso: string): { kind: FactKind; value: string } | null {
  const s = /^(\d{4})-(\d{2})-(\d{2}) 00:00:00$/u.exec(startIso);
  const e = /^(\d{4})-(\d{2})-(\d{2}) 23:59:59$/u.exec(endIso);
  if (!s || !e) return null;
  const [sy, sm, sd] = [Number(s[1]), Number(s[2]), Number(s[3])];
  const [ey, em, ed] = [Number(e[1]), Number(e[2]), Number(e[3])];
  const lastDay = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  if (sy === ey && sm === em && sd === ed) return { kind: 'date', value: `${sy}-${pad(sm)}-${pad(sd)}` };
  if (sd !== 1 || ed !== lastDay || sy !== ey) return null;
  if (sm === em) return { kind: 'date', value: `${sy}-${pad(sm)}` };
  if (sm === 1 && em === 12) return { kind: 'year', value: String(sy) };
  if (sm % 3 === 1 && em === sm + 2) return { kind: 'period', value: `${sy}-Q${(sm + 2) / 3}` };
  if (sm === 1 && em === 6) return { kind: 'period', value: `${sy}-H1` };
  if (sm === 7 && em === 12) return { kind: 'period', value: `${sy}-H2` };
  if (sm === 1 && em % 3 === 0) return { kind: 'period', value: `${sy}-Q1..Q${em / 3}` };
  return null;
}

/**
 * The value the gold conventions give a time: the interval's own calendar unit, or, for
 * 6月上旬 / 10月底 / 2024年底 / 明年初, the month or year it falls in (fixtures/gold/README.md:
 * month-level dates are recorded to the month, 2024年底 is the year 2024).
 */
function wantOf(input: string, startIso: string, endIso: string): { kind: FactKind; value: string } | null {
  const whole = intervalValue(startIso, endIso);
  if (whole !== null) return whole;
  const s = /^(\d{4})-(\d{2})/u.exec(startIso);
  const e = /^(\d{4})-(\d{2})/u.exec(endIso);
  if (!s || !e || s[1] !== e[1]) return null;
  if (s[2] === e[2] && /月份?(?:上旬|中旬|下旬|底|末|初)/u.test(input)) return { kind: 'date', value: `${s[1]}-${s[2]}` };
  if (/年(?:年?底|年?末|年?初)$/u.test(input)) return { kind: 'year', value: s[1] ?? '' };
  return null;
}

/** A JioNLP delta in one unit, as months or seconds; null for compound or other units. */
function deltaOf(d: unknown): { scale: 'months' | 'seconds'; amount: number } | null {
  if (typeof d !== 'object' || d === null) return null;
  const entries = Object.entries(d as Record<string, number>);
  if (entries.length !== 1) return null;
  const [unit, amount] = entries[0] ?? ['', 0];
  if (unit in DELTA_UNITS) return { scale: 'months', amount: amount * (DELTA_UNITS[unit] ?? 1) };
  if (unit in DAY_UNITS) return { scale: 'seconds', amount: amount * (DAY_UNITS[unit] ?? 1) };
  return null;
}

function inScale(q: QuantityMatch, scale: 'months' | 'seconds', n: number): number | null {
  const f = scale === 'months' ? JB_MONTHS[q.unit ?? ''] : JB_SECONDS[q.unit ?? ''];
  return f === undefined ? null : n * f;
}

const near = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function describe(found: readonly QuantityMatch[]): string {
  return found.map((q) => `${q.kind} ${q.text} → ${String(q.value)}${q.valueMax === null ? '' : `..${q.valueMax}`}${q.unit ? ` ${q.unit}` : ''}${q.approx ? ` ${q.approx}` : ''}`).join('; ') || 'nothing';
}

function emptyScore(suite: string): NumberCaseSuiteScore {
  return { suite, total: 0, inScope: 0, passed: 0, failures: [], outOfScope: [] };
}

/** Ranges of dates only: a range of durations (3~6个月) is one fact and stays in scope. */
const DATE_RANGE: readonly [RegExp, string] = [
  /[至到~～—－]|(?<=[年月])-|-(?=\d+月)|[前后][一二三四五六七八九十两\d]+个?月/u,
  'a range of dates or a run of months: jianbao reports the ends of a date range as dates, and a run of months (1至8月, 前8个月) as one period',
];

/** Why a parser case is outside jianbao's scope, or null when it is scored. */
function parserOutOfScope(c: TimeParserCase): string | null {
  if (c.expected !== null && c.expected.type !== 'time_delta' && DATE_RANGE[0].test(c.input)) return DATE_RANGE[1];
  if (Object.keys(c.kwargs).length > 0) return `parser option ${Object.keys(c.kwargs).join(', ')} (future-resolving or lunar modes) has no jianbao counterpart`;
  for (const [re, reason] of OUT_OF_SCOPE_FORMS) if (re.test(c.input)) return reason;
  const e = c.expected;
  if (e === null) return 'no expected value';
  if (e.type === 'time_period') return 'recurring times are not figures';
  if (e.type === 'time_delta') {
    const t = e.time;
    if (Array.isArray(t)) {
      const ok = t.every((x) => deltaOf(x) !== null || (typeof x === 'object' && x !== null && ('infinite' in x || 'zero' in x)));
      return ok ? null : 'compound durations (四年六个月) or working days: one fact per unit in jianbao';
    }
    return deltaOf(t) === null ? 'compound durations (四年六个月, 36天5小时) or working days: one fact per unit in jianbao' : null;
  }
  const time = e.time as [string, string];
  if (referenceOf(c.time_base) === undefined) return 'reference time is the wall clock of the upstream test run';
  if (wantOf(c.input, time[0], time[1]) === null) {
    return 'the expected interval is not one calendar day, month, quarter, half or year (a fact sheet has no other date granularity)';
  }
  return null;
}

function scoreParserCase(c: TimeParserCase): { ok: boolean; expected: string; got: string } {
  const e = c.expected;
  const ref = referenceOf(c.time_base) ?? null;
  const found = findQuantities(c.input, { referenceDate: ref });
  const got = describe(found);
  if (e === null) return { ok: false, expected: 'nothing', got };
  if (e.type === 'time_delta') {
    const durations = found.filter((q) => q.kind === 'duration' && typeof q.value === 'number');
    const t = e.time;
    if (!Array.isArray(t)) {
      const d = deltaOf(t);
      const q = durations[0];
      const ok = d !== null && durations.length === 1 && q !== undefined && q.valueMax === null && near(inScale(q, d.scale, q.value as number), d.amount);
      return { ok, expected: JSON.stringify(t), got };
    }
    const [lo, hi] = t;
    const dLo = deltaOf(lo);
    const dHi = deltaOf(hi);
    let ok = false;
    if (dLo && dHi) {
      // A range: one fact 3~6个月, or two bounded ones 3年以上7年以下.
      const one = durations.length === 1 ? durations[0] : undefined;
      ok = one !== undefined && one.valueMax !== null && near(inScale(one, dLo.scale, one.value as number), dLo.amount) && near(inScale(one, dHi.scale, one.valueMax), dHi.amount);
      if (!ok && durations.length === 2) {
        const [a, b] = durations as [QuantityMatch, QuantityMatch];
        ok = near(inScale(a, dLo.scale, a.value as number), dLo.amount) && near(inScale(b, dHi.scale, b.value as number), dHi.amount);
      }
    } else if (dLo) {
      const q = durations[0];
      ok = durations.length === 1 && q !== undefined && q.approx === 'over' && near(inScale(q, dLo.scale, q.value as number), dLo.amount);
    } else if (dHi) {
      const q = durations[0];
      ok = durations.length === 1 && q !== undefined && q.approx === 'under' && near(inScale(q, dHi.scale, q.value as number), dHi.amount);
    }
    return { ok, expected: JSON.stringify(t), got };
  }
  const [start, end] = e.time as [string, string];
  const want = wantOf(c.input, start, end);
  const temporal = found.filter((q) => TEMPORAL.includes(q.kind));
  const q = temporal[0];
  // The first two quarters are the first half: 2021年前两个季度 → 2021-Q1..Q2 is 2021-H1.
  const same = (v: unknown): boolean => v === want?.value || String(v).replace(/Q1\.\.Q2$/u, 'H1') === want?.value;
  const ok = want !== null && temporal.length === 1 && q !== undefined && q.kind === want.kind && same(q.value);
  return { ok, expected: want === null ? `${start}..${end}` : `${want.kind} ${want.value}`, got };
}

/** Scores jionlp_time_parser_cases.jsonl: one expected time per input. */
export function scoreTimeParser(path: string): NumberCaseSuiteScore {
  const score = emptyScore('jionlp_time_parser_cases');
  for (const c of readJsonl<TimeParserCase>(path)) {
    score.total++;
    const reason = parserOutOfScope(c);
    if (reason !== null) {
      score.outOfScope.push({ input: c.input, reason });
      continue;
    }
    score.inScope++;
    const r = scoreParserCase(c);
    if (r.ok) score.passed++;
    else score.failures.push({ input: c.input, expected: r.expected, got: r.got });
  }
  return score;
}

/** Why an extractor case is out of scope: any expected time of a form jianbao does not report. */
function extractorOutOfScope(c: TimeExtractorCase): string | null {
  if (/([\u4e00-\u9fff]{2})\1/u.test(c.text)) return 'a spoken repetition (六月六月中旬): edited news text does not stutter';
  if (/号文/u.test(c.text)) return 'JioNLP reads the year of a document number (财税2016 36号文) as a time; document numbers are identifiers here';
  for (const e of c.expected) {
    if (/^\d{8}$/u.test(e.text)) return 'a compact digit string (20240307) is a code under the identifier convention';
    for (const [re, reason] of OUT_OF_SCOPE_FORMS.slice(0, 7)) if (re.test(e.text)) return reason;
  }
  return null;
}

/** Scores jionlp_time_extractor_cases.jsonl: the time spans found in a sentence, and none where there are none. */
export function scoreTimeExtractor(path: string): NumberCaseSuiteScore {
  const score = emptyScore('jionlp_time_extractor_cases');
  for (const c of readJsonl<TimeExtractorCase>(path)) {
    score.total++;
    const reason = extractorOutOfScope(c);
    if (reason !== null) {
      score.outOfScope.push({ input: c.text, reason });
      continue;
    }
    score.inScope++;
    // The reference date matters little for spans; a fixed one keeps the result stable.
    const temporal = findQuantities(c.text, { referenceDate: '2021-06-14' }).filter((q) => TEMPORAL.includes(q.kind));
    const covered = c.expected.every((e) => temporal.some((q) => q.start < e.offset[1] && e.offset[0] < q.end));
    const extra = temporal.filter((q) => !c.expected.some((e) => q.start < e.offset[1] && e.offset[0] < q.end));
    if (covered && extra.length === 0) score.passed++;
    else score.failures.push({ input: c.text, expected: c.expected.map((e) => e.text).join('; ') || 'no time', got: describe(temporal) });
  }
  return score;
}
