/**
 * Scores the number parser and the money scanner against the unit-test cases of cn2an
 * (MIT) and JioNLP (Apache-2.0) kept in fixtures/number-cases/. Every case is either in
 * scope and scored, or listed as out of scope with the reason, so the score can't
 * quietly improve by skipping cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuantities } from './find-quantities.js';
import { parseChineseNumber } from './parse-chinese-number.js';
import type { QuantityMatch } from './quantity-match.js';
import { scoreTimeExtractor, scoreTimeParser } from './score-time-cases.js';

/** The score of one case file. */
export interface NumberCaseSuiteScore {
  suite: string;
  total: number;
  inScope: number;
  passed: number;
  failures: { input: string; expected: string; got: string }[];
  outOfScope: { input: string; reason: string }[];
}

interface Cn2anCase {
  input: string;
  mode: string;
  expected?: number | string | null;
  expected_error?: string;
}

interface MoneyParserCase {
  input: string;
  expected: { num: string | [string, string]; case: string; definition: string };
}

interface MoneyExtractorCase {
  text: string;
  expected: { text: string; offset: [number, number] }[];
}

const CURRENCY_CODES: Readonly<Record<string, string>> = {
  元: 'CNY', 港元: 'HKD', 美元: 'USD', 日元: 'JPY', 新台币: 'TWD', 泰铢: 'THB', 卢布: 'RUB',
  欧元: 'EUR', 韩元: 'KRW', 澳元: 'AUD',
};
const DEFINITION_APPROX: Readonly<Record<string, readonly (string | null)[]>> = {
  accurate: [null],
  blur: ['about', null],
  'blur+': ['over', 'at_least'],
  'blur-': ['under', 'at_most'],
};
const CURRENCY_WRITTEN = /元|圆|块|钱|币|镑|铢|卢布|[$¥￥€£]/u;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const close = (a: number, b: number, tol: number): boolean => Math.abs(a - b) <= tol;

function describe(q: QuantityMatch | undefined): string {
  if (q === undefined) return 'nothing';
  return `${q.text} → ${q.value}${q.valueMax === null ? '' : `..${q.valueMax}`} ${q.unit ?? ''} ${q.approx ?? ''}`.trim();
}

function scoreCn2an(path: string): NumberCaseSuiteScore {
  const cases = readJsonl<Cn2anCase>(path);
  const lenient = new Set(cases.filter((c) => typeof c.expected === 'number').map((c) => c.input));
  const score = emptyScore('cn2an_cn2an_cases');
  for (const c of cases) {
    score.total++;
    if (c.mode === 'direct') {
      score.outOfScope.push({ input: c.input, reason: 'direct mode returns digit strings (零一 → "01"), not values' });
      continue;
    }
    const got = parseChineseNumber(c.input);
    if (c.expected_error !== undefined) {
      if (lenient.has(c.input)) {
        score.outOfScope.push({
          input: c.input,
          reason: 'an error only in cn2an strict mode; jianbao reads numbers leniently, as cn2an smart mode does',
        });
        continue;
      }
      score.inScope++;
      if (got === null) score.passed++;
      else score.failures.push({ input: c.input, expected: 'null (not a number)', got: String(got) });
      continue;
    }
    score.inScope++;
    const want = typeof c.expected === 'number' ? c.expected : Number.NaN;
    if (got !== null && close(got, want, 1e-9 * Math.max(1, Math.abs(want)))) score.passed++;
    else score.failures.push({ input: c.input, expected: String(c.expected), got: String(got) });
  }
  return score;
}

function moneyOutOfScope(c: MoneyParserCase): string | null {
  const { input, expected } = c;
  if (/[kKwW]/u.test(input)) return 'k/w shorthand (15k, 30w) with no currency: a number glued to Latin letters is an identifier here';
  if (/[几数]|十多/u.test(input)) return 'vague amount (几十万, 数十亿, 十多): not a figure in jianbao';
  if (Array.isArray(expected.num) && input.includes('多')) {
    return '多 is "more than" in jianbao (value 3000, approx over); upstream reads it as the range 3000–4000';
  }
  if (Array.isArray(expected.num)) {
    const [lo, hi] = expected.num.map(Number);
    if (lo !== undefined && hi !== undefined && hi / lo > 20) {
      return 'upstream range 8亿–900亿 for 八到九百亿 contradicts its own 两到三万 → 2万–3万; jianbao reads 800亿–900亿';
    }
  }
  if (!CURRENCY_WRITTEN.test(input) && parseChineseNumber(input) === null) {
    return 'no currency written (小于40万): jianbao does not assume 元';
  }
  return null;
}

function scoreMoneyParser(path: string): NumberCaseSuiteScore {
  const score = emptyScore('jionlp_money_parser_cases');
  for (const c of readJsonl<MoneyParserCase>(path)) {
    score.total++;
    const reason = moneyOutOfScope(c);
    if (reason !== null) {
      score.outOfScope.push({ input: c.input, reason });
      continue;
    }
    score.inScope++;
    const expectedText = `${JSON.stringify(c.expected.num)} ${c.expected.case} ${c.expected.definition}`;
    if (!CURRENCY_WRITTEN.test(c.input)) {
      // No currency written (三百万): checked as a bare number, since jianbao does not assume 元.
      const got = parseChineseNumber(c.input);
      const want = Number(c.expected.num);
      if (got !== null && close(got, want, 0.005)) score.passed++;
      else score.failures.push({ input: c.input, expected: expectedText, got: String(got) });
      continue;
    }
    const money = findQuantities(c.input, { referenceDate: null }).filter((q) => q.kind === 'money');
    const q = money[0];
    const [lo, hi] = Array.isArray(c.expected.num) ? c.expected.num.map(Number) : [Number(c.expected.num), null];
    const ok =
      money.length === 1 &&
      q !== undefined &&
      typeof q.value === 'number' &&
      close(q.value, lo ?? Number.NaN, 0.005) &&
      (hi === null || hi === undefined ? q.valueMax === null : q.valueMax !== null && close(q.valueMax, hi, 0.005)) &&
      q.unit === CURRENCY_CODES[c.expected.case] &&
      (Array.isArray(c.expected.num) || (DEFINITION_APPROX[c.expected.definition] ?? []).includes(q.approx));
    if (ok) score.passed++;
    else score.failures.push({ input: c.input, expected: expectedText, got: money.map(describe).join('; ') || 'nothing' });
  }
  return score;
}

function scoreMoneyExtractor(path: string): NumberCaseSuiteScore {
  const score = emptyScore('jionlp_money_extractor_cases');
  for (const c of readJsonl<MoneyExtractorCase>(path)) {
    score.total++;
    if (c.expected.some((e) => /[kKwW]/u.test(e.text))) {
      score.outOfScope.push({ input: c.text, reason: 'k shorthand with no currency (10k~15k): read as an identifier' });
      continue;
    }
    score.inScope++;
    const money = findQuantities(c.text, { referenceDate: null }).filter((q) => q.kind === 'money');
    const matched = c.expected.every((e) => money.some((q) => q.start < e.offset[1] && e.offset[0] < q.end));
    if (matched && money.length === c.expected.length) score.passed++;
    else {
      score.failures.push({
        input: c.text,
        expected: c.expected.map((e) => e.text).join('; ') || 'nothing',
        got: money.map(describe).join('; ') || 'nothing',
      });
    }
  }
  return score;
}

function emptyScore(suite: string): NumberCaseSuiteScore {
  return { suite, total: 0, inScope: 0, passed: 0, failures: [], outOfScope: [] };
}

/**
 * Scores every known case file found in `dir` (cn2an_cn2an_cases.jsonl,
 * jionlp_money_parser_cases.jsonl, jionlp_money_extractor_cases.jsonl,
 * jionlp_time_parser_cases.jsonl, jionlp_time_extractor_cases.jsonl); missing files
 * are skipped. Used by `jianbao eval`.
 *
 * @example
 * scoreNumberCases('fixtures/number-cases').map((s) => `${s.suite} ${s.passed}/${s.inScope}`)
 */
export function scoreNumberCases(dir: string): NumberCaseSuiteScore[] {
  const suites: [string, (path: string) => NumberCaseSuiteScore][] = [
    ['cn2an_cn2an_cases.jsonl', scoreCn2an],
    ['jionlp_money_parser_cases.jsonl', scoreMoneyParser],
    ['jionlp_money_extractor_cases.jsonl', scoreMoneyExtractor],
    ['jionlp_time_parser_cases.jsonl', scoreTimeParser],
    ['jionlp_time_extractor_cases.jsonl', scoreTimeExtractor],
  ];
  return suites
    .filter(([file]) => existsSync(join(dir, file)))
    .map(([file, score]) => score(join(dir, file)));
}
