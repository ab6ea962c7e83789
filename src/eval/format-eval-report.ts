import type { EvalReport, RateRow } from './run-eval.js';

const f3 = (n: number): string => n.toFixed(3);

function rateTable(title: string, rows: Record<string, RateRow>, totalLabel?: string, total?: RateRow): string[] {
  const lines = [title, `  ${'kind'.padEnd(18)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}   precision  recall  F1`];
  const row = (name: string, r: RateRow): string =>
    `  ${name.padEnd(18)}${String(r.tp).padStart(6)}${String(r.fp).padStart(6)}${String(r.fn).padStart(6)}   ${f3(r.precision).padStart(9)}  ${f3(r.recall).padStart(6)}  ${f3(r.f1)}`;
  for (const [name, r] of Object.entries(rows)) lines.push(row(name, r));
  if (totalLabel && total) lines.push(row(totalLabel, total));
  return lines;
}

/** The readable table `jianbao eval` prints; `limit` caps the listed misses and spurious facts. */
export function formatEvalReport(report: EvalReport, limit = 40): string {
  const g = report.gold;
  const out: string[] = [];
  out.push(`Gold ${g.dir}: ${g.articles} articles, ${g.goldFacts} gold facts`, '');
  out.push(...rateTable('Facts by kind', g.perKind, 'all number facts', g.micro), '');
  out.push(`Identifiers read as quantities: ${g.identifierHits.length}`);
  for (const hit of g.identifierHits.slice(0, limit)) out.push(`  ${hit.article}: ${hit.got} — ${hit.expected}`);
  const wrongEn = g.moneyEnglish.wrong.length;
  out.push(`English renderings of matched money facts: ${g.moneyEnglish.checked - wrongEn} of ${g.moneyEnglish.checked} correct`);
  for (const w of g.moneyEnglish.wrong.slice(0, limit)) out.push(`  ${w.article}: ${w.text} → "${w.got}" (expected ${w.expected})`);
  out.push('', ...rateTable('Entities by type (project gold, by surface)', g.entities));
  if (g.unlocated.length > 0) {
    out.push('', `Gold entries not found in the cleaned text: ${g.unlocated.length}`);
    for (const u of g.unlocated.slice(0, limit)) out.push(`  ${u.article}: «${u.text}» (${u.expected})`);
  }
  out.push('', `Misses (${g.misses.length}):`);
  for (const m of g.misses.slice(0, limit)) out.push(`  ${m.article}: «${m.text}» expected ${m.expected}, got ${m.got ?? 'nothing'} — ${m.sentence}`);
  if (g.misses.length > limit) out.push(`  … ${g.misses.length - limit} more (--json lists all)`);
  out.push('', `Spurious (${g.spurious.length}):`);
  for (const s of g.spurious.slice(0, limit)) out.push(`  ${s.article}: ${s.got} — ${s.sentence.slice(0, 80)}`);
  if (g.spurious.length > limit) out.push(`  … ${g.spurious.length - limit} more (--json lists all)`);
  for (const e of g.errors) out.push(`gold error: ${e}`);
  if (report.numberCases) {
    out.push('', 'Number, money and time cases (cn2an MIT, JioNLP Apache-2.0)');
    out.push(`  ${'suite'.padEnd(36)}${'total'.padStart(7)}${'in scope'.padStart(10)}${'passed'.padStart(8)}   rate`);
    for (const s of report.numberCases) {
      out.push(`  ${s.suite.padEnd(36)}${String(s.total).padStart(7)}${String(s.inScope).padStart(10)}${String(s.passed).padStart(8)}   ${f3(s.inScope ? s.passed / s.inScope : 1)}`);
    }
    for (const s of report.numberCases) {
      for (const fail of s.failures.slice(0, 10)) out.push(`  ${s.suite}: ${fail.input} expected ${fail.expected}, got ${fail.got}`);
      if (s.failures.length > 10) out.push(`  ${s.suite}: … ${s.failures.length - 10} more failures (--json lists all)`);
    }
    // Why cases are out of scope, most frequent reason first: the score is only as honest as its scope.
    out.push('', 'Out of scope, by reason (--json lists every case)');
    for (const s of report.numberCases) {
      const byReason = new Map<string, number>();
      for (const o of s.outOfScope) byReason.set(o.reason, (byReason.get(o.reason) ?? 0) + 1);
      for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) {
        out.push(`  ${s.suite.padEnd(36)}${String(n).padStart(4)}  ${reason.length > 110 ? `${reason.slice(0, 107)}…` : reason}`);
      }
    }
  }
  for (const set of report.ner) {
    out.push('', `NER ${set.name} (${set.path}): micro P ${f3(set.score.micro.precision)} R ${f3(set.score.micro.recall)} F1 ${f3(set.score.micro.f1)}`);
    for (const [type, s] of Object.entries(set.score.perType)) {
      out.push(`  ${type.padEnd(14)} tp ${s.tp} fp ${s.fp} fn ${s.fn}  P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
