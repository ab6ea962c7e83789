/**
 * Measures how well verifyOutput catches wrong figures: correct summary sentences
 * (fixtures/llm/detection-set.json) are corrupted systematically, FactCC-style, in both
 * languages — 亿↔万 and billion↔million, a changed digit, a shifted decimal point, a dropped
 * qualifier (约/逾/近, about/more than/nearly), a percentage swapped for another one the
 * article states — and each corrupted sentence is verified alone as a summary.
 *
 * detection rate = corrupted sentences flagged / corrupted sentences
 * false-alarm rate = correct sentences flagged / correct sentences
 *
 * Run after a build: `node dist/verify/measure-detection.js` (prints JSON; exit 1 when a target is missed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findQuantities } from '../extract/quantities/index.js';
import { ingestBytes } from '../ingest/index.js';
import { analyzeArticle } from '../pipeline/analyze-article.js';
import { createAnalysisContext } from '../pipeline/create-analysis-context.js';
import type { ProposedEntity } from '../summarize/provider.js';
import type { Analyzed } from '../types.js';
import { checkClaim, type Figure } from './compare-quantities.js';
import { findEnglishQuantities } from './english-quantities.js';
import { sourceFigures } from './source-figures.js';
import { verifyOutput } from './verify-output.js';

export interface DetectionSet {
  readonly articles: Readonly<Record<string, { readonly entities: readonly ProposedEntity[] }>>;
  readonly sentences: readonly { readonly article: string; readonly lang: 'zh' | 'en'; readonly text: string }[];
}

export type CorruptionKind = 'scale' | 'digit' | 'decimal' | 'qualifier' | 'swap';

export interface Corruption {
  readonly kind: CorruptionKind;
  readonly article: string;
  readonly lang: 'zh' | 'en';
  readonly original: string;
  readonly corrupted: string;
  /** The figure as written before and after. */
  readonly figure: string;
}

export interface DetectionReport {
  readonly correct: number;
  readonly falseAlarms: number;
  readonly falseAlarmRate: number;
  readonly corruptions: number;
  readonly detected: number;
  readonly detectionRate: number;
  readonly byKind: Readonly<Record<string, { readonly total: number; readonly detected: number }>>;
  readonly byLang: Readonly<Record<string, { readonly total: number; readonly detected: number }>>;
  /** Corruptions that passed, and correct sentences that were flagged, for inspection. */
  readonly missed: readonly Corruption[];
  readonly falseAlarmSentences: readonly { readonly text: string; readonly problems: readonly string[] }[];
}

export const DETECTION_TARGET = 0.98;
export const FALSE_ALARM_TARGET = 0.02;

const NUMERIC_KINDS = new Set(['money', 'percent', 'percentage_point', 'count', 'measure', 'duration']);

/** Every corruption of one sentence the operators can make (each changes one figure). */
export function corruptSentence(
  text: string,
  lang: 'zh' | 'en',
  sourcePercents: readonly number[],
  referenceDate: string | null,
  sourceQualified: (figure: Figure) => boolean = () => true,
): { kind: CorruptionKind; text: string; figure: string }[] {
  const out: { kind: CorruptionKind; text: string; figure: string }[] = [];
  const figures = lang === 'zh' ? findQuantities(text, { referenceDate }) : findEnglishQuantities(text, { referenceDate });
  const replace = (start: number, end: number, by: string): string => text.slice(0, start) + by + text.slice(end);
  for (const f of figures) {
    if (!NUMERIC_KINDS.has(f.kind)) continue;
    const t = f.text;
    const add = (kind: CorruptionKind, changed: string, start = f.start, end = f.end): void => {
      if (changed !== t || start !== f.start) out.push({ kind, text: replace(start, end, changed), figure: `${t} → ${changed}` });
    };
    // 1. Scale words: 亿↔万, billion↔million (the slip that multiplies by 10^4 or 10^3).
    if (lang === 'zh') {
      if (t.includes('万亿')) add('scale', t.replace('万亿', '亿'));
      else if (t.includes('亿')) add('scale', t.replace('亿', '万'));
      else if (t.includes('万')) add('scale', t.replace('万', '亿'));
    } else if (/billion|million|trillion|bn\b/.test(t)) {
      add('scale', t.replace(/billion|million|trillion|bn\b/, (w) => ({ billion: 'million', million: 'billion', trillion: 'billion', bn: 'mn' })[w] ?? w));
    }
    // 2. A changed digit: the first significant one, up by one (9 down to 8).
    const digit = /[1-9]/.exec(t);
    if (digit) {
      const d = Number(digit[0]);
      add('digit', t.slice(0, digit.index) + String(d === 9 ? 8 : d + 1) + t.slice(digit.index + 1));
    }
    // 3. A shifted decimal point: 171.08 → 1710.8; an integer gains a zero (×10).
    const num = /\d[\d,]*(?:\.\d+)?/.exec(t);
    if (num) {
      const raw = num[0];
      let shifted: string;
      if (raw.includes('.')) {
        const [a, b] = raw.split('.') as [string, string];
        shifted = b.length > 1 ? `${a}${b[0]}.${b.slice(1)}` : `${a}${b}`;
      } else if (raw.includes(',')) {
        shifted = (Number(raw.replace(/,/g, '')) * 10).toLocaleString('en-US');
      } else {
        shifted = `${raw}0`;
      }
      add('decimal', t.slice(0, num.index) + shifted + t.slice(num.index + raw.length));
    }
    // 4. A dropped qualifier, where the source has one (dropping "about" from a rounded
    // figure the source states exactly is no error).
    if (f.approx !== null && sourceQualified(f)) {
      if (lang === 'zh') {
        add('qualifier', t.replace(/^(约|逾|近|超过|不到|突破|至少|不低于|最高|不超过)/u, '').replace(/(余|多|以上|左右|以下)(?=\D*$)/u, ''));
      } else {
        const before = text.slice(0, f.start);
        const q = /(?:about|around|roughly|approximately|nearly|almost|more than|over|above|less than|fewer than|at least|up to)\s+$/i.exec(before);
        if (q) add('qualifier', t, q.index, f.end);
      }
    }
    // 5. A percentage swapped for another the article states (the figure exists, in the wrong place).
    if (f.kind === 'percent' && typeof f.value === 'number') {
      const other = sourcePercents.find((p) => Math.abs(p - (f.value as number)) > 0.5);
      if (other !== undefined) add('swap', t.replace(/\d[\d,]*(?:\.\d+)?/, String(other)));
    }
  }
  return out;
}

/** Runs the measurement over a detection set, analysing each article once. */
export function measureDetection(set: DetectionSet, analyze: (article: string) => Analyzed): DetectionReport {
  const byKind: Record<string, { total: number; detected: number }> = {};
  const byLang: Record<string, { total: number; detected: number }> = {};
  const missed: Corruption[] = [];
  const falseAlarmSentences: { text: string; problems: string[] }[] = [];
  let falseAlarms = 0;
  let corruptions = 0;
  let detected = 0;
  const issuesFor = (analyzed: Analyzed, article: string, lang: 'zh' | 'en', text: string): string[] => {
    const entities = set.articles[article]?.entities ?? [];
    const result = { zh: lang === 'zh' ? text : '', en: lang === 'en' ? text : '', entities, warnings: [] };
    return verifyOutput(analyzed, result).verification.issues.map((i) => `${i.claim}: ${i.problem}`);
  };
  for (const s of set.sentences) {
    const analyzed = analyze(s.article);
    const problems = issuesFor(analyzed, s.article, s.lang, s.text);
    if (problems.length > 0) {
      falseAlarms++;
      falseAlarmSentences.push({ text: s.text, problems });
    }
    // Percentages of the article, the one this sentence's figure is swapped with coming from a different measure when possible.
    const percents = analyzed.facts
      .filter((f) => f.kind === 'percent' && typeof f.value === 'number')
      .map((f) => f.value as number);
    const referenceDate = analyzed.article.source.publishedAt ?? '2025-05-20';
    const figures = sourceFigures(analyzed, referenceDate);
    const sourceQualified = (f: Figure): boolean => {
      const check = checkClaim(f, figures);
      return check.status !== 'unsupported' && check.fact.approx !== null;
    };
    for (const c of corruptSentence(s.text, s.lang, percents, referenceDate, sourceQualified)) {
      corruptions++;
      const flagged = issuesFor(analyzed, s.article, s.lang, c.text).length > 0;
      const k = (byKind[c.kind] ??= { total: 0, detected: 0 });
      const l = (byLang[s.lang] ??= { total: 0, detected: 0 });
      k.total++;
      l.total++;
      if (flagged) {
        detected++;
        k.detected++;
        l.detected++;
      } else {
        missed.push({ kind: c.kind, article: s.article, lang: s.lang, original: s.text, corrupted: c.text, figure: c.figure });
      }
    }
  }
  return {
    correct: set.sentences.length,
    falseAlarms,
    falseAlarmRate: set.sentences.length === 0 ? 0 : falseAlarms / set.sentences.length,
    corruptions,
    detected,
    detectionRate: corruptions === 0 ? 0 : detected / corruptions,
    byKind,
    byLang,
    missed,
    falseAlarmSentences,
  };
}

/** The package root: the folder above this module holding fixtures/llm/detection-set.json. */
export function findFixturesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'fixtures', 'llm', 'detection-set.json'))) return join(dir, 'fixtures');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`fixtures/llm/detection-set.json not found above ${from}`);
    dir = parent;
  }
}

/** Measures on the shipped detection set and fixture articles (reference date 2025-05-20 where an article has none). */
export function measureShippedDetection(fixturesDir: string = findFixturesDir()): DetectionReport {
  const set = JSON.parse(readFileSync(join(fixturesDir, 'llm', 'detection-set.json'), 'utf8')) as DetectionSet;
  const ctx = createAnalysisContext({ referenceDate: '2025-05-20' });
  const cache = new Map<string, Analyzed>();
  return measureDetection(set, (name) => {
    let analyzed = cache.get(name);
    if (!analyzed) {
      const article = ingestBytes(readFileSync(join(fixturesDir, 'articles', name)), `articles/${name}`);
      analyzed = analyzeArticle(article, ctx);
      cache.set(name, analyzed);
    }
    return analyzed;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = measureShippedDetection();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const ok = report.detectionRate >= DETECTION_TARGET && report.falseAlarmRate <= FALSE_ALARM_TARGET;
  process.exitCode = ok ? 0 : 1;
}
