/**
 * Side-by-side: jianbao's number reading against Microsoft Recognizers-Text (Chinese
 * culture: recognizeNumber, recognizeCurrency, recognizePercentage, recognizeDimension) on
 * the same cases — the project gold facts alone and in their sentences, cn2an's in-scope
 * numerals and JioNLP's in-scope money strings.
 *
 * @microsoft/recognizers-text-suite is a devDependency, so it is imported dynamically: the
 * production build never loads it. Run after `npm run build`:
 *
 *     node dist/eval/compare-recognizers.js [--gold fixtures/gold] [--number-cases fixtures/number-cases] [--limit N] [--json]
 *
 * Values are compared, not qualifiers: Recognizers has no notion of 约 or 以上, so asking
 * for approx would only measure that. A range counts as right for Recognizers when both
 * ends are found as separate values inside the span (it has no range value).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findQuantities, parseChineseNumber } from '../extract/quantities/index.js';
import type { QuantityMatch } from '../extract/quantities/index.js';
import { ingestBytes } from '../ingest/index.js';
import type { FactKind } from '../types.js';
import { GoldFileSchema, locateGold, type GoldFact } from './gold-file.js';

/** One recognized entity as Recognizers-Text returns it (end inclusive). */
export interface RecognizedEntity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly typeName: string;
  readonly resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
}

/** The four Chinese models used here, bound to Culture.Chinese. */
export interface Recognizers {
  number(text: string): RecognizedEntity[];
  currency(text: string): RecognizedEntity[];
  percentage(text: string): RecognizedEntity[];
  dimension(text: string): RecognizedEntity[];
}

/** One case of a suite: the text, what is expected, and where in the text it stands. */
export interface ComparisonCase {
  readonly input: string;
  readonly kind: FactKind | 'number' | 'identifier';
  readonly value: number | null;
  readonly valueMax: number | null;
  /** ISO currency for money, unit symbol for measures, else null. */
  readonly unit: string | null;
  readonly span: { readonly start: number; readonly end: number };
}

export interface CaseOutcome {
  readonly input: string;
  readonly expected: string;
  readonly jianbao: string;
  readonly recognizers: string;
}

export interface SuiteComparison {
  readonly suite: string;
  readonly cases: number;
  readonly jianbaoRight: number;
  readonly recognizersRight: number;
  readonly bothRight: number;
  /** Cases only jianbao gets right, and only Recognizers gets right (all of them). */
  readonly jianbaoWins: CaseOutcome[];
  readonly recognizersWins: CaseOutcome[];
}

/** Loads Recognizers-Text, or returns null when the devDependency is not installed. */
export async function loadRecognizers(): Promise<Recognizers | null> {
  try {
    // A string variable keeps tsc from resolving the devDependency at build time.
    const name = '@microsoft/recognizers-text-suite';
    const rt = (await import(name)) as {
      Culture: { Chinese: string };
      recognizeNumber: (t: string, c: string) => RecognizedEntity[];
      recognizeCurrency: (t: string, c: string) => RecognizedEntity[];
      recognizePercentage: (t: string, c: string) => RecognizedEntity[];
      recognizeDimension: (t: string, c: string) => RecognizedEntity[];
    };
    const c = rt.Culture.Chinese;
    return {
      number: (t) => rt.recognizeNumber(t, c),
      currency: (t) => rt.recognizeCurrency(t, c),
      percentage: (t) => rt.recognizePercentage(t, c),
      dimension: (t) => rt.recognizeDimension(t, c),
    };
  } catch {
    return null;
  }
}

/** Recognizers' dimension unit names → jianbao's symbols, for the units the gold uses. */
const DIMENSION_UNITS: Readonly<Record<string, string>> = {
  Kilometer: 'km', Meter: 'm', Centimeter: 'cm', Millimeter: 'mm', Nanometer: 'nm', Kilogram: 'kg', Gram: 'g',
  Ton: 't', 'Metric ton': 't', 'Square kilometer': 'km2', 'Square meter': 'm2', Mu: 'mu', Hectare: 'ha', Liter: 'L',
  'Cubic meter': 'm3', Terabyte: 'TB', Gigabyte: 'GB', Kilowatt: 'kW', Megawatt: 'MW', Gigawatt: 'GW',
};

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const num = (e: RecognizedEntity): number | null => {
  const v = e.resolution?.value;
  if (v === undefined || v === null) return null;
  const n = Number(String(v).replace(/[%,]/gu, ''));
  return Number.isFinite(n) ? n : null;
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
/** Recognizers' end is inclusive. */
const spanOf = (e: RecognizedEntity): { start: number; end: number } => ({ start: e.start, end: e.end + 1 });

function describeQ(qs: readonly QuantityMatch[]): string {
  return qs.map((q) => `${q.kind} ${q.text}=${String(q.value)}${q.valueMax === null ? '' : `..${q.valueMax}`}${q.unit ? ` ${q.unit}` : ''}`).join('; ') || 'nothing';
}

function describeE(es: readonly RecognizedEntity[]): string {
  return es.map((e) => `${e.typeName} ${e.text}=${e.resolution?.value ?? 'null'}${e.resolution?.isoCurrency ? ` ${e.resolution.isoCurrency}` : e.resolution?.unit ? ` ${e.resolution.unit}` : ''}`).join('; ') || 'nothing';
}

function describeCase(c: ComparisonCase): string {
  if (c.kind === 'identifier') return 'no figure';
  return `${c.kind} ${String(c.value)}${c.valueMax === null ? '' : `..${c.valueMax}`}${c.unit ? ` ${c.unit}` : ''}`;
}

/** jianbao's verdict: a fact over the span with the expected value (and unit for money and measures). */
export function judgeJianbao(c: ComparisonCase, referenceDate: string | null = null): { ok: boolean; got: string } {
  if (c.kind === 'number') {
    const v = parseChineseNumber(c.input);
    return { ok: v !== null && c.value !== null && close(v, c.value), got: String(v) };
  }
  const found = findQuantities(c.input, { referenceDate }).filter((q) => overlaps({ start: q.start, end: q.end }, c.span));
  if (c.kind === 'identifier') return { ok: found.length === 0, got: describeQ(found) };
  const ok = found.some(
    (q) =>
      typeof q.value === 'number' && c.value !== null && close(q.value, c.value) &&
      (c.valueMax === null ? q.valueMax === null : q.valueMax !== null && close(q.valueMax, c.valueMax)) &&
      (c.kind !== 'money' && c.kind !== 'measure' ? true : q.unit === c.unit),
  );
  return { ok, got: describeQ(found) };
}

/** Recognizers' verdict, asking the model that fits the expected kind. */
export function judgeRecognizers(r: Recognizers, c: ComparisonCase): { ok: boolean; got: string } {
  const inSpan = (es: RecognizedEntity[]): RecognizedEntity[] => es.filter((e) => overlaps(spanOf(e), c.span));
  if (c.kind === 'identifier') {
    const hits = inSpan([...r.number(c.input), ...r.currency(c.input), ...r.percentage(c.input), ...r.dimension(c.input)]);
    return { ok: hits.length === 0, got: describeE(hits) };
  }
  let es: RecognizedEntity[];
  if (c.kind === 'money') es = inSpan(r.currency(c.input)).filter((e) => e.resolution?.isoCurrency === c.unit);
  else if (c.kind === 'percent') es = inSpan(r.percentage(c.input));
  else if (c.kind === 'measure') es = inSpan(r.dimension(c.input)).filter((e) => DIMENSION_UNITS[e.resolution?.unit ?? ''] === c.unit);
  else es = inSpan(r.number(c.input));
  if (c.kind === 'number') es = es.filter((e) => e.start === 0 && e.end + 1 === c.input.length);
  const values = es.map(num).filter((v): v is number => v !== null);
  // Percentages and fractions: Recognizers reports 四成 as 40% and 三分之一 as 0.333…
  const want = c.value;
  // Fractions are compared to the gold's 4 decimals (三分之二 = 0.6667), as jianbao eval does.
  const eq = (a: number, b: number): boolean => (c.kind === 'fraction' ? Math.abs(a - b) <= 1e-3 : close(a, b));
  const ok =
    want !== null &&
    values.some((v) => eq(v, want)) &&
    (c.valueMax === null || values.some((v) => eq(v, c.valueMax ?? Number.NaN)));
  const shown = c.kind === 'money' || c.kind === 'percent' || c.kind === 'measure' ? inSpan(
    c.kind === 'money' ? r.currency(c.input) : c.kind === 'percent' ? r.percentage(c.input) : r.dimension(c.input),
  ) : es;
  return { ok, got: describeE(shown) };
}

/** Kinds whose value is a plain number both systems can state. */
const NUMERIC_KINDS: readonly FactKind[] = ['money', 'percent', 'percentage_point', 'count', 'measure', 'duration', 'multiple', 'fraction'];

function caseFromGold(input: string, f: GoldFact, span: { start: number; end: number }): ComparisonCase {
  return { input, kind: f.kind, value: typeof f.value === 'number' ? f.value : null, valueMax: f.valueMax, unit: f.kind === 'money' || f.kind === 'measure' ? f.unit : null, span };
}

/** Gold facts alone (their text) and in their sentences, plus the identifiers the gold lists. */
export function goldSuites(goldDir: string): { texts: ComparisonCase[]; sentences: (ComparisonCase & { referenceDate: string | null })[] } {
  const root = dirname(goldDir);
  const texts: ComparisonCase[] = [];
  const sentences: (ComparisonCase & { referenceDate: string | null })[] = [];
  for (const name of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(join(goldDir, name), 'utf8')));
    if (!parsed.success) continue;
    const g = parsed.data;
    const path = join(root, g.file);
    if (!existsSync(path)) continue;
    const text = ingestBytes(readFileSync(path), path, { id: g.id }).source.text;
    const sentenceOf = (span: { start: number; end: number }): { input: string; span: { start: number; end: number } } => {
      let from = span.start;
      while (from > 0 && !/[。！？!?\n]/u.test(text[from - 1] ?? '')) from--;
      let to = span.end;
      while (to < text.length && !/[。！？!?\n]/u.test(text[to] ?? '')) to++;
      return { input: text.slice(from, Math.min(text.length, to + 1)), span: { start: span.start - from, end: span.end - from } };
    };
    for (const f of g.facts) {
      if (!NUMERIC_KINDS.includes(f.kind) || typeof f.value !== 'number') continue;
      const span = locateGold(text, f.text, f.nth);
      if (span === null) continue;
      texts.push(caseFromGold(f.text, f, { start: 0, end: f.text.length }));
      const s = sentenceOf(span);
      sentences.push({ ...caseFromGold(s.input, f, s.span), referenceDate: g.referenceDate });
    }
    for (const id of new Set(g.notFacts)) {
      for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + id.length)) {
        const s = sentenceOf({ start: at, end: at + id.length });
        sentences.push({ input: s.input, kind: 'identifier', value: null, valueMax: null, unit: null, span: s.span, referenceDate: g.referenceDate });
      }
    }
  }
  return { texts, sentences };
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

/** cn2an's in-scope numerals with a numeric answer (the same selection scoreNumberCases scores). */
export function cn2anSuite(dir: string): ComparisonCase[] {
  const path = join(dir, 'cn2an_cn2an_cases.jsonl');
  if (!existsSync(path)) return [];
  return readJsonl<{ input: string; mode: string; expected?: unknown }>(path)
    .filter((c) => c.mode !== 'direct' && typeof c.expected === 'number')
    .map((c) => ({ input: c.input, kind: 'number' as const, value: c.expected as number, valueMax: null, unit: null, span: { start: 0, end: c.input.length } }));
}

const JIONLP_CURRENCY: Readonly<Record<string, string>> = {
  元: 'CNY', 港元: 'HKD', 美元: 'USD', 日元: 'JPY', 新台币: 'TWD', 泰铢: 'THB', 卢布: 'RUB', 欧元: 'EUR', 韩元: 'KRW', 澳元: 'AUD',
};

/** JioNLP money strings with a currency written and a definite amount (no k/w shorthand, no vague 几/数/多). */
export function jionlpMoneySuite(dir: string): ComparisonCase[] {
  const path = join(dir, 'jionlp_money_parser_cases.jsonl');
  if (!existsSync(path)) return [];
  const out: ComparisonCase[] = [];
  for (const c of readJsonl<{ input: string; expected: { num: string | [string, string]; case: string } }>(path)) {
    if (/[kKwW几数多]/u.test(c.input) || !/元|圆|块|币|镑|铢|卢布|[$¥￥€£]/u.test(c.input)) continue;
    const [lo, hi] = Array.isArray(c.expected.num) ? c.expected.num.map(Number) : [Number(c.expected.num), null];
    if (lo === undefined || (hi !== null && hi !== undefined && hi / lo > 20)) continue;
    const unit = JIONLP_CURRENCY[c.expected.case];
    if (unit === undefined) continue;
    out.push({ input: c.input, kind: 'money', value: lo, valueMax: hi ?? null, unit, span: { start: 0, end: c.input.length } });
  }
  return out;
}

/** Runs both systems over one suite. */
export function compareSuite(
  suite: string,
  cases: readonly (ComparisonCase & { referenceDate?: string | null })[],
  r: Recognizers,
): SuiteComparison {
  let jianbaoRight = 0;
  let recognizersRight = 0;
  let bothRight = 0;
  const jianbaoWins: CaseOutcome[] = [];
  const recognizersWins: CaseOutcome[] = [];
  for (const c of cases) {
    const j = judgeJianbao(c, c.referenceDate ?? null);
    let m: { ok: boolean; got: string };
    try {
      m = judgeRecognizers(r, c);
    } catch (error) {
      m = { ok: false, got: `error: ${(error as Error).message}` };
    }
    if (j.ok) jianbaoRight++;
    if (m.ok) recognizersRight++;
    if (j.ok && m.ok) bothRight++;
    const around = c.input.length > 60 ? `…${c.input.slice(Math.max(0, c.span.start - 20), c.span.end + 20)}…` : c.input;
    const outcome = { input: around, expected: describeCase(c), jianbao: j.got, recognizers: m.got };
    if (j.ok && !m.ok) jianbaoWins.push(outcome);
    if (m.ok && !j.ok) recognizersWins.push(outcome);
  }
  return { suite, cases: cases.length, jianbaoRight, recognizersRight, bothRight, jianbaoWins, recognizersWins };
}

/** All suites; `limit` takes the first N cases of each (for a quick test). */
export async function compareRecognizers(options: {
  readonly goldDir: string;
  readonly numberCasesDir: string;
  readonly limit?: number;
}): Promise<SuiteComparison[] | null> {
  const r = await loadRecognizers();
  if (r === null) return null;
  const cut = <T>(xs: T[]): T[] => (options.limit === undefined ? xs : xs.slice(0, options.limit));
  const gold = existsSync(options.goldDir) ? goldSuites(options.goldDir) : { texts: [], sentences: [] };
  return [
    compareSuite('gold fact texts', cut(gold.texts), r),
    compareSuite('gold facts in sentences', cut(gold.sentences.filter((c) => c.kind !== 'identifier')), r),
    compareSuite('gold identifiers in sentences', cut(gold.sentences.filter((c) => c.kind === 'identifier')), r),
    compareSuite('cn2an numerals', cut(cn2anSuite(options.numberCasesDir)), r),
    compareSuite('JioNLP money', cut(jionlpMoneySuite(options.numberCasesDir)), r),
  ];
}

/** The table the script prints: per suite, cases each gets right, and examples where each wins. */
export function formatComparison(suites: readonly SuiteComparison[], examples = 4): string {
  const out: string[] = [];
  const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(3));
  out.push(`${'suite'.padEnd(32)}${'cases'.padStart(6)}${'jianbao'.padStart(13)}${'Recognizers'.padStart(13)}${'both'.padStart(6)}${'only jb'.padStart(9)}${'only RT'.padStart(9)}`);
  for (const s of suites) {
    out.push(
      `${s.suite.padEnd(32)}${String(s.cases).padStart(6)}${`${s.jianbaoRight} ${pct(s.jianbaoRight, s.cases)}`.padStart(13)}` +
        `${`${s.recognizersRight} ${pct(s.recognizersRight, s.cases)}`.padStart(13)}${String(s.bothRight).padStart(6)}` +
        `${String(s.jianbaoWins.length).padStart(9)}${String(s.recognizersWins.length).padStart(9)}`,
    );
  }
  for (const s of suites) {
    if (s.jianbaoWins.length + s.recognizersWins.length === 0) continue;
    out.push('', `${s.suite}:`);
    for (const w of s.jianbaoWins.slice(0, examples)) out.push(`  jianbao wins  «${w.input}» expected ${w.expected}; jianbao ${w.jianbao}; Recognizers ${w.recognizers}`);
    for (const w of s.recognizersWins.slice(0, examples)) out.push(`  RT wins       «${w.input}» expected ${w.expected}; jianbao ${w.jianbao}; Recognizers ${w.recognizers}`);
  }
  return `${out.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { gold: { type: 'string' }, 'number-cases': { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, examples: { type: 'string' } },
  });
  const suites = await compareRecognizers({
    goldDir: resolve(values.gold ?? 'fixtures/gold'),
    numberCasesDir: resolve(values['number-cases'] ?? 'fixtures/number-cases'),
    ...(values.limit === undefined ? {} : { limit: Number(values.limit) }),
  });
  if (suites === null) {
    process.stderr.write('E_MISSING_DEV_DEPENDENCY: @microsoft/recognizers-text-suite is not installed (npm install --include=dev)\n');
    process.exitCode = 2;
    return;
  }
  process.stdout.write(values.json ? `${JSON.stringify(suites, null, 2)}\n` : formatComparison(suites, Number(values.examples ?? 4)));
}

// Run only as a script, never on import (the test imports the functions).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
