import type { Analyzed, Entity, Fact, FactKind } from '../../types.js';
import type { SummaryLengths } from '../provider.js';
import { bylineSpans, onlyInByline } from './byline-spans.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Kinds worth a line in a brief; dates and ordinals anchor figures but are not figures themselves. */
const FIGURE_KINDS: ReadonlySet<FactKind> = new Set([
  'money', 'percent', 'percentage_point', 'count', 'measure', 'multiple', 'fraction', 'duration',
]);
const KIND_PRIORITY: Partial<Record<FactKind, number>> = {
  money: 0, percent: 1, percentage_point: 1, count: 2, measure: 2, multiple: 3, fraction: 3, duration: 4,
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/**
 * The builtin English summary: an English-only reader learns what the article is about,
 * who its main actors are, and its key figures with what each one measures. It is built
 * only from extracted facts and glossary names, so every figure in it has a source span,
 * and it contains no Chinese unless a name has no English form at all.
 */
export function englishBrief(analyzed: Analyzed, lengths: SummaryLengths): string {
  const actors = mainActors(analyzed.entities, 5, analyzed.article.source.text);
  const parts: string[] = [leadSentence(analyzed, actors)];
  const groups = keyFigures(analyzed);
  const maxWords = lengths.enWords.max;
  let words = countWords(parts[0] ?? '');
  // One sentence per measure: "Revenue (fiscal 2024): US$130.5 billion." Each sentence holds
  // the figures of one source statement only, so a reader (and the verifier) never sees
  // figures from different sentences of the article joined as if they belonged together.
  let written = 0;
  for (const g of groups) {
    const values = joinEnglish(g.values);
    const when = g.anchor ? ` (${g.anchor})` : '';
    // A figure whose sentence names no measure still gets a label, so the sentence never opens
    // with a qualifier ("About HK$…") that reads as a name.
    const sentence = `${capitalize(g.label ?? 'figure')}${when}: ${values}.`;
    const w = countWords(sentence);
    if (words + w > maxWords) break;
    words += w;
    parts.push(sentence);
    written++;
  }
  if (written === 0) parts.push('The article states no key figures.');
  return parts.join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function leadSentence(analyzed: Analyzed, actors: readonly Entity[]): string {
  const published = analyzed.article.source.publishedAt;
  // The date gets a sentence of its own: beside the actors it would read as the date of
  // something they did, not of the article.
  const dated = published ? ` It was published on ${formatDate(published)}.` : '';
  const topics = topicPhrase(analyzed);
  const covering = topics ? ` Topics: ${topics}.` : '';
  if (actors.length === 0) return `This Chinese news article names no actors the glossary knows.${dated}${covering}`;
  const [first, ...rest] = actors.map((a) => a.en);
  const others = rest.length > 0 ? `, also naming ${joinEnglish(rest)}` : '';
  return `This Chinese news article is mainly about ${first}${others}.${dated}${covering}`;
}

/** The strongest topic keywords in English: "chips, artificial intelligence and tariffs". */
function topicPhrase(analyzed: Analyzed): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const term of analyzed.terms ?? []) {
    const en = term.en.trim();
    if (!en || CJK.test(en) || seen.has(en.toLowerCase())) continue;
    seen.add(en.toLowerCase());
    words.push(en);
    if (words.length === 4) break;
  }
  return joinEnglish(words);
}

/**
 * Entities ranked by how often and how early they are mentioned; only those with an English
 * form, each English name once (汨罗 and 汨罗市 are both "Miluo"). With the source text, an
 * outlet or reporter named only in the byline is left out: 新华社 in 新华社北京5月9日电 ran the
 * story, it is not in it.
 */
export function mainActors(entities: readonly Entity[], limit: number, sourceText?: string): Entity[] {
  const byline = sourceText === undefined ? [] : bylineSpans(sourceText);
  const ranked = [...entities]
    .filter((e) => !CJK.test(e.en) && !onlyInByline(e.mentions, byline))
    .map((e) => ({ e, score: e.mentions.length + 2 / (1 + (e.mentions[0]?.start ?? 0) / 500) }))
    .sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const actors: Entity[] = [];
  for (const { e } of ranked) {
    const key = e.en.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    actors.push(e);
    if (actors.length === limit) break;
  }
  return actors;
}

/** Figures in source order, grouped by what they measure and when, most informative kinds first. */
function keyFigures(analyzed: Analyzed): FigureGroup[] {
  const seen = new Set<string>();
  const candidates = analyzed.facts
    .filter((f) => FIGURE_KINDS.has(f.kind) && !CJK.test(f.en))
    .filter((f) => {
      const key = `${f.kind}|${String(f.value)}|${f.valueMax}|${f.unit}|${f.measures ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((f, order) => ({ f, order, rank: (KIND_PRIORITY[f.kind] ?? 5) + (f.measures ? 0 : 2) }));
  const picked = [...candidates].sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, 10);
  // Figures that measure the same thing in the same period read as one item:
  // "tariff: 125%, 34%, 24% and 10%" rather than four "tariff:" items.
  const groups: FigureGroup[] = [];
  const lead = mainActors(analyzed.entities, 1, analyzed.article.source.text)[0];
  for (const { f } of picked.sort((a, b) => a.order - b.order)) {
    const holder = f.measures ? clauseHolder(f, analyzed, lead) : null;
    const label = f.measures ? (holder ? `${holder} ${f.measures}` : f.measures) : null;
    const anchor = timeAnchor(f, analyzed.facts);
    const last = groups[groups.length - 1];
    if (label !== null && last && last.label === label && last.anchor === anchor) last.values.push(f.en);
    else groups.push({ label, anchor, values: [f.en] });
  }
  return groups;
}

/** Figures of one measure and period: "tariff", "", ["125%", "34%"]. */
interface FigureGroup {
  readonly label: string | null;
  /** The period the figures belong to in English ("fiscal 2024"), or '' when the sentence names none. */
  readonly anchor: string;
  readonly values: string[];
}

const CLAUSE_MARKS = /[，,；;：:。！？]/u;

/**
 * Whose figure it is, when its own clause says so and it is not the article's main actor:
 * 中国区营收171.08亿美元 is "China revenue", not the company's revenue. Only a name standing
 * before the figure in the same clause counts, so a name from another clause never leaks in.
 */
function clauseHolder(fact: Fact, analyzed: Analyzed, lead: Entity | undefined): string | null {
  const text = analyzed.article.source.text;
  let clauseStart = fact.span.start;
  while (clauseStart > 0 && !CLAUSE_MARKS.test(text[clauseStart - 1] ?? '') && text[clauseStart - 1] !== '\n') clauseStart--;
  let best: { entity: Entity; end: number } | null = null;
  for (const entity of analyzed.entities) {
    for (const m of entity.mentions) {
      if (m.start >= clauseStart && m.end <= fact.span.start && (!best || m.end > best.end)) best = { entity, end: m.end };
    }
  }
  if (!best || best.entity === lead || CJK.test(best.entity.en)) return null;
  if (best.entity.type !== 'place' && best.entity.type !== 'organization') return null;
  return best.entity.en;
}

/** The period or year stated before the figure in its sentence ("fiscal 2024"), or ''. */
function timeAnchor(fact: Fact, facts: readonly Fact[]): string {
  const when = facts.find(
    (o) => o.sentence === fact.sentence && (o.kind === 'period' || o.kind === 'year') && o.span.end <= fact.span.start,
  );
  return when && !CJK.test(when.en) ? when.en : '';
}

function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}, ${m[1]}`;
}

function joinEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
