/**
 * The detection measurement shared by the independent and blind verifier sets: the
 * project's own corruption generator plus operators it lacks (an invented or reversed
 * qualifier, a wrong year, quarter or month, a wrong currency, percent ↔ percentage points).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import type { SummarizeResult } from '../../src/summarize/provider.js';
import type { Analyzed } from '../../src/types.js';
import { checkClaim, type Figure } from '../../src/verify/compare-quantities.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { corruptSentence, findFixturesDir, type DetectionSet } from '../../src/verify/measure-detection.js';
import { sourceFigures } from '../../src/verify/source-figures.js';
import { verifyOutput } from '../../src/verify/verify-output.js';
import { analyzeText } from './analyzed-fixture.js';

type Lang = 'zh' | 'en';
interface Corrupted {
  readonly kind: string;
  readonly text: string;
  readonly figure: string;
}

const NUMERIC = new Set(['money', 'percent', 'percentage_point', 'count', 'measure', 'duration', 'fraction', 'multiple']);

function figuresOf(text: string, lang: Lang, referenceDate: string | null) {
  return lang === 'zh' ? findQuantities(text, { referenceDate }) : findEnglishQuantities(text, { referenceDate });
}

/** The operators the project's generator lacks. Each changes one figure (or its qualifier) and nothing else. */
function extraCorruptions(text: string, lang: Lang, analyzed: Analyzed, referenceDate: string | null): Corrupted[] {
  const out: Corrupted[] = [];
  const source = sourceFigures(analyzed, referenceDate);
  const replace = (start: number, end: number, by: string): string => text.slice(0, start) + by + text.slice(end);
  for (const f of figuresOf(text, lang, referenceDate)) {
    const t = f.text;
    const add = (kind: string, changed: string, start = f.start, end = f.end): void => {
      const next = replace(start, end, changed);
      if (next !== text) out.push({ kind, text: next, figure: `${text.slice(start, end)} → ${changed}` });
    };
    // 1. An invented qualifier on a figure the source states exactly, as written.
    if (NUMERIC.has(f.kind) && f.approx === null) {
      const check = checkClaim(f as Figure, source);
      const exact =
        check.status === 'supported' && check.fact.approx === null && typeof check.fact.value === 'number' &&
        typeof f.value === 'number' && check.fact.kind === f.kind && Math.abs(check.fact.value - f.value) < 1e-9 * Math.max(1, Math.abs(f.value));
      if (exact) {
        if (lang === 'zh') add('qualifier-added', `逾${t}`);
        else add('qualifier-added', `more than ${t}`);
      }
    }
    // 2. A qualifier turned round: over ↔ under.
    if (f.approx === 'over' || f.approx === 'at_least' || f.approx === 'under') {
      if (lang === 'zh') {
        const lead = /^(逾|超过|突破|不低于|至少|近|不到)/u.exec(t);
        const tail = /(以上|以下)$/u.exec(t);
        const up = f.approx !== 'under';
        if (lead) add('qualifier-flipped', (up ? '近' : '逾') + t.slice(lead[0].length));
        else if (tail) add('qualifier-flipped', (up ? '近' : '逾') + t.slice(0, -tail[0].length));
        else if (/[余多]/u.test(t)) add('qualifier-flipped', `近${t.replace(/[余多]/u, '')}`);
      } else {
        const before = text.slice(0, f.start);
        const q = /(more than|over|above|at least|nearly|almost|less than|fewer than)\s+$/i.exec(before);
        if (q) add('qualifier-flipped', f.approx === 'under' ? 'more than ' : 'nearly ', q.index, f.start);
        else if (/-plus$|\s+or\s+more$/.test(t)) add('qualifier-flipped', `nearly ${t.replace(/-plus$|\s+or\s+more$/, '')}`);
      }
    }
    // 3. Dates: a year one earlier, the next quarter, the next month.
    if (f.kind === 'date' || f.kind === 'year' || f.kind === 'period') {
      const y = /(19|20)\d\d/.exec(t);
      if (y) add('year', t.slice(0, y.index) + String(Number(y[0]) - 1) + t.slice(y.index + 4));
      const zq = /(第?)([一二三四])季度/u.exec(t);
      if (zq) add('quarter', t.replace(/[一二三四](?=季度)/u, (c) => ({ 一: '二', 二: '三', 三: '四', 四: '一' })[c] ?? c));
      const eq = /\b(first|second|third|fourth)([- ]quarter)/i.exec(t);
      if (eq) add('quarter', t.replace(eq[1]!, (w) => ({ first: 'second', second: 'third', third: 'fourth', fourth: 'first', First: 'Second', Second: 'Third', Third: 'Fourth', Fourth: 'First' })[w] ?? w));
      const qn = /\bQ([1-4])\b/.exec(t);
      if (qn) add('quarter', t.replace(/\bQ[1-4]\b/, `Q${(Number(qn[1]) % 4) + 1}`));
      if (f.kind === 'date') {
        const zm = /(\d{1,2})月/u.exec(t);
        if (zm) add('date', t.replace(/\d{1,2}(?=月)/u, String((Number(zm[1]) % 12) + 1)));
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        const em = new RegExp(`\\b(${months.join('|')})\\b`).exec(t);
        if (em) add('date', t.replace(em[1]!, months[(months.indexOf(em[1]!) + 1) % 12]!));
      }
    }
    // 4. The wrong currency.
    if (f.kind === 'money') {
      let changed: string | null = null;
      if (lang === 'zh') {
        if (t.includes('美元')) changed = t.replace('美元', '港元');
        else if (t.includes('港元')) changed = t.replace('港元', '美元');
        else if (t.includes('日元')) changed = t.replace('日元', '美元');
        else if (/新台[币幣]/u.test(t)) changed = t.replace(/新台[币幣]/u, '港元');
        else if (t.includes('人民币')) changed = t.replace('人民币', '美元');
        else if (t.endsWith('元')) changed = `${t.slice(0, -1)}美元`;
      } else if (/^US\$/.test(t)) changed = t.replace(/^US\$/, 'HK$');
      else if (/^HK\$/.test(t)) changed = t.replace(/^HK\$/, 'US$');
      else if (/^NT\$/.test(t)) changed = t.replace(/^NT\$/, 'US$');
      else if (/^(RMB|CNY)\s?/.test(t)) changed = t.replace(/^(RMB|CNY)\s?/, 'US$');
      else if (/^¥/.test(t)) changed = t.replace(/^¥/, 'US$');
      else if (/\syen$/.test(t)) changed = t.replace(/\syen$/, ' yuan');
      else if (/\syuan$/.test(t)) changed = t.replace(/\syuan$/, ' yen');
      if (changed !== null) add('currency', changed);
    }
    // 5. Percent ↔ percentage points.
    if (f.kind === 'percentage_point') {
      if (lang === 'zh') add('pp-percent', t.replace(/个?百分点/u, '%'));
      else add('pp-percent', t.replace(/\s*(?:percentage[- ]points?|pp|ppt)\b/i, '%'));
    } else if (f.kind === 'percent' && /%$/.test(t)) {
      add('pp-percent', lang === 'zh' ? t.replace(/%$/, '个百分点') : t.replace(/%$/, ' percentage points'));
    }
  }
  return out;
}

interface Tally {
  total: number;
  detected: number;
}

/**
 * Corrupts every sentence of a set with the project's generator and the extra operators
 * above, verifies correct and corrupted sentences one by one against their real analysed
 * article, and returns the rates with every miss and false alarm.
 */
export function measureSet(set: DetectionSet, analyze: (article: string) => Analyzed) {
  const byKind: Record<string, Tally> = {};
  const byLang: Record<string, Tally> = {};
  const falseAlarmsByLang: Record<string, Tally> = {};
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let corruptions = 0;
  let detected = 0;
  let falseAlarmCount = 0;
  let baseTotal = 0;
  let baseDetected = 0;
  const issuesFor = (analyzed: Analyzed, article: string, lang: Lang, text: string): string[] => {
    const result: SummarizeResult = {
      zh: lang === 'zh' ? text : '',
      en: lang === 'en' ? text : '',
      entities: set.articles[article]?.entities ?? [],
      warnings: [],
    };
    return verifyOutput(analyzed, result).verification.issues.map((i) => `${i.claim}: ${i.problem}`);
  };
  for (const s of set.sentences) {
    const analyzed = analyze(s.article);
    const fa = (falseAlarmsByLang[s.lang] ??= { total: 0, detected: 0 });
    fa.total++;
    const problems = issuesFor(analyzed, s.article, s.lang, s.text);
    if (problems.length > 0) {
      falseAlarmCount++;
      fa.detected++;
      falseAlarms.push(`[${s.article.slice(0, 3)} ${s.lang}] ${s.text}\n      ⇒ ${problems.join(' | ')}`);
    }
    // Exactly as measureDetection feeds the project's generator.
    const percents = analyzed.facts.filter((f) => f.kind === 'percent' && typeof f.value === 'number').map((f) => f.value as number);
    const referenceDate = analyzed.article.source.publishedAt ?? '2025-05-20';
    const figures = sourceFigures(analyzed, referenceDate);
    const sourceQualified = (f: Figure): boolean => {
      const check = checkClaim(f, figures);
      return check.status !== 'unsupported' && check.fact.approx !== null;
    };
    const base = corruptSentence(s.text, s.lang, percents, referenceDate, sourceQualified);
    const extra = extraCorruptions(s.text, s.lang, analyzed, referenceDate);
    const seen = new Set<string>([s.text]);
    for (const c of [...base.map((b) => ({ ...b, base: true })), ...extra.map((e) => ({ ...e, base: false }))]) {
      if (seen.has(c.text)) continue;
      seen.add(c.text);
      corruptions++;
      if (c.base) baseTotal++;
      const flagged = issuesFor(analyzed, s.article, s.lang, c.text).length > 0;
      const k = (byKind[c.kind] ??= { total: 0, detected: 0 });
      const l = (byLang[s.lang] ??= { total: 0, detected: 0 });
      k.total++;
      l.total++;
      if (flagged) {
        detected++;
        if (c.base) baseDetected++;
        k.detected++;
        l.detected++;
      } else {
        missed.push(`[${s.article.slice(0, 3)} ${s.lang} ${c.kind}] ${c.figure}   in: ${c.text}`);
      }
    }
  }
  const rate = (t: Tally) => `${t.detected}/${t.total} = ${(t.total === 0 ? 0 : t.detected / t.total).toFixed(3)}`;
  return {
    correct: set.sentences.length,
    falseAlarms: falseAlarmCount,
    falseAlarmRate: falseAlarmCount / set.sentences.length,
    corruptions,
    detected,
    detectionRate: detected / corruptions,
    baseGenerator: { total: baseTotal, detected: baseDetected, rate: baseDetected / baseTotal },
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, t]) => [k, rate(t)])),
    byLang: Object.fromEntries(Object.entries(byLang).map(([k, t]) => [k, rate(t)])),
    falseAlarmsByLang: Object.fromEntries(Object.entries(falseAlarmsByLang).map(([k, t]) => [k, rate(t)])),
    missedList: missed,
    falseAlarmList: falseAlarms,
    raw: { byKind },
  };
}

/** Prints a set's figures, misses and false alarms, and checks them against loose floors (regression guards, not targets). */
export function reportAndGuard(
  label: string,
  r: ReturnType<typeof measureSet>,
  floors: { readonly detection: number; readonly baseGenerator: number; readonly falseAlarmsAtMost: number },
): void {
  const { missedList, falseAlarmList, raw, ...figures } = r;
  console.log(label, JSON.stringify(figures, null, 2));
  console.log(`missed (${missedList.length}):\n  ${missedList.join('\n  ')}`);
  console.log(`false alarms (${falseAlarmList.length}):\n  ${falseAlarmList.join('\n  ')}`);
  expect(r.corruptions).toBeGreaterThanOrEqual(300);
  for (const kind of ['scale', 'digit', 'decimal', 'qualifier', 'swap', 'qualifier-added', 'qualifier-flipped', 'year', 'currency', 'pp-percent']) {
    expect(raw.byKind[kind]?.total ?? 0).toBeGreaterThan(0);
  }
  expect(r.detectionRate).toBeGreaterThanOrEqual(floors.detection);
  expect(r.baseGenerator.rate).toBeGreaterThanOrEqual(floors.baseGenerator);
  expect(r.falseAlarmRate).toBeLessThanOrEqual(floors.falseAlarmsAtMost);
}

/**
 * Analyses the articles of a blind set kept in fixtures/llm/<folder>/ (headline, date line,
 * body) like fixtures, each with its own date line as reference date; once per article.
 */
export function blindArticleAnalyzer(folder: string): (file: string) => Analyzed {
  const cache = new Map<string, Analyzed>();
  return (file) => {
    let hit = cache.get(file);
    if (!hit) {
      const text = readFileSync(join(findFixturesDir(), 'llm', folder, file), 'utf8');
      const date = /^\d{4}-\d{2}-\d{2}/.exec(text.split('\n')[1] ?? '')?.[0] ?? null;
      if (date === null) throw new Error(`${folder}/${file}: no date line`);
      hit = analyzeText(text, file.replace(/\.txt$/, ''), date);
      cache.set(file, hit);
    }
    return hit;
  };
}

/** The articles every detection set file in fixtures/llm uses, by set file. */
export function articlesOfOtherSets(except: string): string[] {
  const dir = join(findFixturesDir(), 'llm');
  // Every detection set kept in fixtures/llm, so a new set is checked against all before it.
  const files = readdirSync(dir).filter((f) => /^detection-set(-[a-z]+\d*)?\.json$/.test(f));
  return files
    .filter((f) => f !== except)
    .flatMap((f) => Object.keys((JSON.parse(readFileSync(join(dir, f), 'utf8')) as DetectionSet).articles));
}
