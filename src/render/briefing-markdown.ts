import type { FactSheet } from '../types.js';
import { publishable } from '../verify/index.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  money: 'money', percent: 'percent', percentage_point: 'pct. points', count: 'count', measure: 'measure',
  duration: 'duration', fraction: 'fraction', multiple: 'multiple', date: 'date', year: 'year', period: 'period',
  ordinal: 'ordinal',
};

/** Options for rendering a briefing. */
export interface BriefingOptions {
  /** Leave flagged facts out of the published briefing (`--strict`); the JSON keeps them. @default false */
  readonly strict?: boolean;
}

/**
 * The bilingual, human-readable briefing of one article: both summaries, the
 * verification verdict, a fact table in which every figure is quoted from its source
 * sentence, and the people and organisations named.
 */
export function renderBriefingMarkdown(sheet: FactSheet, options: BriefingOptions = {}): string {
  const { source, verification, provenance } = sheet;
  // --strict publishes only what verification supports; the JSON keeps everything for review.
  const shown = options.strict
    ? publishable(sheet)
    : { zh: sheet.summaries.zh.text, en: sheet.summaries.en.text, facts: sheet.facts };
  const titleZh = source.title ?? sheet.id;
  const lines: string[] = [];
  lines.push(`# ${md(titleZh)}`);
  if (sheet.title?.en) lines.push('', `*${md(sheet.title.en)}*`);
  lines.push('');
  const meta = [
    source.publishedAt ? `Published ${source.publishedAt}` : null,
    source.outlet ? md(source.outlet) : null,
    `source \`${md(source.path)}\``,
    `summaries by ${provenance.model ? `${provenance.provider} (${md(provenance.model)})` : provenance.provider}`,
  ].filter(Boolean);
  lines.push(meta.join(' · '));
  if (provenance.fallbacks.length > 0) {
    lines.push('', `> Fell back from ${provenance.fallbacks.map((f) => `${md(f.provider)} (${md(f.reason)})`).join('; ')}.`);
  }
  lines.push('', '## 摘要', '', md(shown.zh) || '_（无）_');
  lines.push('', '## Summary', '', md(shown.en) || '_(none)_');
  lines.push('', '## Verification', '');
  if (verification.status === 'ok') {
    lines.push(`✅ All ${verification.checked} checked claims were found in the source.`);
  } else {
    lines.push(`⚠️ ${verification.issues.length} issue(s); ${verification.supported} of ${verification.checked} claims supported.`, '');
    for (const issue of verification.issues) lines.push(`- **${md(issue.where)}** “${md(issue.claim)}”: ${md(issue.problem)}`);
  }
  const facts = shown.facts;
  lines.push('', `## Facts (${facts.length})`, '');
  if (facts.length > 0) {
    lines.push('| # | figure | English | kind | value | what | source sentence |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const fact of facts) {
      const value = fact.valueMax !== null ? `${fact.value}–${fact.valueMax}` : String(fact.value);
      // A rate shows its denominator: 80 CNY/mu (每亩补助80元), 410000 人次/d (日均), not a total.
      const unit = fact.unit ? ` ${fact.unit}${fact.per === undefined ? '' : `/${fact.per}`}` : '';
      const approx = fact.approx ? ` (${fact.approx})` : '';
      const quote = highlight(fact.context, fact.text);
      lines.push(
        `| ${fact.id} | ${cell(fact.text)} | ${cell(fact.en)} | ${KIND_LABELS[fact.kind] ?? fact.kind} | ${cell(value + unit + approx)} | ${cell(fact.measures ?? '')} | ${quote} |`,
      );
    }
  }
  if (sheet.entities.length > 0) {
    lines.push('', `## Names (${sheet.entities.length})`, '');
    for (const e of sheet.entities) lines.push(`- ${md(e.zh)} — ${md(e.en)} (${e.type}, ${e.mentions.length}×)`);
  }
  lines.push('', `<sub>jianbao ${provenance.version} · fact sheet \`${sheet.id}.json\` · source sha256 ${source.sha256.slice(0, 12)}…</sub>`, '');
  return lines.join('\n');
}

/** Escapes Markdown and HTML metacharacters so article text renders as text, never as markup. */
function md(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|])/g, '\\$1');
}

function cell(text: string): string {
  return md(text).replace(/\n/g, ' ');
}

/** The source sentence with the figure in bold, clipped around it so table rows stay short. */
function highlight(context: string, figure: string): string {
  const at = context.indexOf(figure);
  if (at < 0) return cell(context.slice(0, 80));
  const from = Math.max(0, at - 30);
  const to = Math.min(context.length, at + figure.length + 30);
  const before = (from > 0 ? '…' : '') + context.slice(from, at);
  const after = context.slice(at + figure.length, to) + (to < context.length ? '…' : '');
  return `${cell(before)}**${cell(figure)}**${cell(after)}`;
}
