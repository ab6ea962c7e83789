import type { Analyzed, Entity, Fact, FactKind } from '../../types.js';
import type { SummaryLengths } from '../provider.js';
import measures from '../../extract/quantities/measures.json' with { type: 'json' };
import { AGE_BOUND } from '../../extract/quantities/find-measures.js';
import { floorBefore, namesComparedLevel, shareQualifierAcross, wordsBeforeRate } from '../../extract/quantities/index.js';
import { titleSentenceIndex } from '../../pipeline/title-sentence.js';
import { bylineSpans, inByline, onlyInByline } from './byline-spans.js';
import { CJK, clauseStartOf } from './clauses.js';
import { figureTime } from './figure-time.js';
import { statementSubject } from './statement-subject.js';

/** Kinds worth a line in a brief; dates and ordinals anchor figures but are not figures themselves. */
const FIGURE_KINDS: ReadonlySet<FactKind> = new Set([
  'money', 'percent', 'percentage_point', 'count', 'measure', 'multiple', 'fraction', 'duration',
]);
const KIND_PRIORITY: Partial<Record<FactKind, number>> = {
  money: 0, percent: 1, percentage_point: 1, count: 2, measure: 2, multiple: 3, fraction: 3, duration: 4,
};
/** The extractor's measure words (营收, 投资), to see that nothing but a measure stands between a holder and its figure. */
const MEASURE_WORDS = new RegExp(Object.keys(measures.keywords).sort((a, b) => b.length - a.length).join('|'), 'gu');
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
  // "… Co., Ltd." already ends the sentence.
  const about = `${first}${others}`;
  return `This Chinese news article is mainly about ${about}${about.endsWith('.') ? '' : '.'}${dated}${covering}`;
}

/** The strongest topic keywords in English: "chips, artificial intelligence and tariffs". */
const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen|double|twice|triple)\b/i;

function topicPhrase(analyzed: Analyzed): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const term of analyzed.terms ?? []) {
    const en = term.en.trim();
    // 八方 glossed "eight points of the compass": a topic that reads as a figure, which the source does not state.
    if (!en || CJK.test(en) || NUMBER_WORD.test(en) || seen.has(en.toLowerCase())) continue;
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

/** Labels that name a change, never the level a change starts from. */
const CHANGE_LABELS: ReadonlySet<string> = new Set([
  'growth', 'growth rate', 'increase', 'rise', 'decline', 'fall', 'reduction', 'year on year', 'quarter on quarter',
]);
/**
 * 由4元提高到5元, 从18.3%下降到7.1%, 由2021年的不到30%提高到82.5%, 将…125%关税降至34%: one
 * change from one level to another.
 */
const FROM_BEFORE = /[由从将把][^，,；;。：:]{0,14}$/u;
const TO_BETWEEN = /^[^，,；;。：:]{0,6}?(?:提高|提升|增加|增长|上升|上涨|扩大|下降|降低|减少|回落|下跌|缩小|缩短|延长|增|降|升|涨|跌|减|调整|调)了?(?:到|至|为)$/u;
/** What may stand between two figures of one list: 125%、34%和10%. */
const LIST_BETWEEN = /^[、和及与或\s]*(?:以及)?$/u;

/** One item of the brief before grouping: a figure, or a change from one figure to another. */
interface FigureItem {
  readonly facts: readonly Fact[];
  readonly fromTo: boolean;
  readonly order: number;
  readonly rank: number;
  /** The headline's statement of the figure, when its measure labels the body's. */
  readonly labelFact?: Fact;
}

/** Figures in source order, grouped by what they measure and when, most informative kinds first. */
function keyFigures(analyzed: Analyzed): FigureGroup[] {
  const text = analyzed.article.source.text;
  // 60岁以上 picks out a group (patients aged 60 and over); the group's share is the figure.
  const figures = analyzed.facts.filter((f) => FIGURE_KINDS.has(f.kind) && !CJK.test(f.en) && !AGE_BOUND.test(f.text) &&
    !isUndatedBase(f, analyzed) && !inPerUnitRatio(f, analyzed));
  const keyOf = (f: Fact): string => `${f.kind}|${String(f.value)}|${f.valueMax}|${f.unit}|${f.measures ?? ''}`;
  const rankOf = (f: Fact): number => (KIND_PRIORITY[f.kind] ?? 5) + (f.measures ? 0 : 2);
  const pairs: FigureItem[] = [];
  const single: Fact[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const next = figures[i + 1];
    if (next && isFromTo(f, next, analyzed)) {
      pairs.push({ facts: [f, next], fromTo: true, order: f.span.start, rank: (KIND_PRIORITY[f.kind] ?? 5) + (figureLabel([f, next], true) ? 0 : 2) });
      i++;
    } else {
      single.push(f);
    }
  }
  // A figure said again (the headline's 5元, the body's 由4元提高到5元) is listed once; a
  // change says it best.
  const seen = new Set<string>(pairs.flatMap((p) => p.facts.map(keyOf)));
  const items: FigureItem[] = [...pairs];
  // A headline figure the body states again is listed as the body states it, with the body's
  // qualifier and time: the headline's 1.2亿摄氏度 is the body's 约1.2亿摄氏度, and 浙江前三季度…
  // 紧急止付涉案资金约38.6亿元 is the body's 今年以来…约38.6亿元. The two are matched by value (the
  // headline may name the measure in other words), and the headline's measure labels the item
  // when the body's says less (营收增16.4% beside the body's bare 增长16.4%).
  const title = titleSentenceIndex(analyzed);
  const valueOf = (f: Fact): string => `${f.kind}|${String(f.value)}|${f.valueMax}|${f.unit}`;
  const bodyTwin = new Map(single.filter((f) => f.sentence !== title).map((f) => [valueOf(f), f]));
  // The headline's 品类增至3000多种 beside the body's 由10多种增至3000多种: the body's change, with its own time, says it.
  const inBodyChange = new Set(pairs.flatMap((p) => p.facts).filter((f) => f.sentence !== title).map(valueOf));
  for (const headline of single) {
    if (headline.sentence === title && inBodyChange.has(valueOf(headline))) continue;
    // (A headline's 逾两成 is no twin of the body's 近两成: a headline qualifier the body contradicts parts them.)
    const candidate = headline.sentence === title ? bodyTwin.get(valueOf(headline)) : undefined;
    const twin = candidate !== undefined && (headline.approx === null || candidate.approx === headline.approx) ? candidate : undefined;
    const f = twin ?? headline;
    if (seen.has(keyOf(f))) continue;
    seen.add(keyOf(f));
    const labelFact = twin !== undefined && headline.measures && (!f.measures || CHANGE_LABELS.has(f.measures)) ? headline : undefined;
    items.push({ facts: [f], fromTo: false, order: f.span.start, rank: rankOf(labelFact ?? f), ...(labelFact ? { labelFact } : {}) });
  }
  const picked = [...items].sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, 10);
  // Figures of one statement that measure the same thing in the same period read as one item:
  // "tariff: 125%, 34%, 24% and 10%" rather than four "tariff:" items. Figures of different
  // clauses, subjects or sentences never share one, even when their labels agree.
  const groups: FigureGroup[] = [];
  const lead = mainActors(analyzed.entities, 1, text)[0];
  let lastFact: Fact | null = null;
  for (const item of picked.sort((a, b) => a.order - b.order)) {
    const first = item.facts[0]!;
    const last = item.facts[item.facts.length - 1]!;
    const labelled = item.labelFact ?? first;
    const measure = item.fromTo ? figureLabel(item.facts, true) : changeLabel(labelled, text) ?? refineLabel(figureLabel([labelled], false), labelled, text);
    // Figures of another party (裕丰农牧集团10月…) say whose they are; those of a party with no
    // English name (海岳轮胎实现营业收入…) are left out rather than read as the lead's.
    const subject = statementSubject(first, analyzed, lead);
    if (subject.kind === 'unnamed') continue;
    const holder = measure ? clauseHolder(first, analyzed, lead) ?? (subject.kind === 'named' ? subject.entity.en : null) : null;
    const label = measure ? (holder ? `${holder} ${measure}` : measure) : null;
    const sentenceStart = analyzed.sentences[last.sentence]?.start ?? 0;
    const anchor = figureTime(last, analyzed.facts, text, sentenceStart, { showBase: !item.fromTo });
    const value = item.fromTo ? fromToValue(first, last, analyzed) : withBound(first, text);
    const group = groups[groups.length - 1];
    if (
      label !== null && group && !item.fromTo && !group.fromTo && lastFact &&
      group.label === label && group.anchor === anchor && oneList(lastFact, first, text)
    ) {
      group.values.push(value);
    } else {
      groups.push({ label, anchor, values: [value], fromTo: item.fromTo });
    }
    lastFact = last;
  }
  return groups;
}

/**
 * Step words right before a figure, and what kind of change they make it: 下调10%—20%, 增加约80人.
 * 高出 and 低于 compare with something else (比市场价高出5%—10%), which is no change over time.
 */
const STEP_BEFORE: readonly (readonly [RegExp, string])[] = [
  // 营收增16.4%, 销量增逾两成 (a headline's short 增); 新增12个 counts new things, no change.
  [/(?:增加|提高|提升|上调|上涨|增长|(?<!新)增)了?$/u, 'rise'],
  [/(?:下调)了?$/u, 'cut'],
  [/(?:减少|降低|下降|下跌|回落)了?$/u, 'fall'],
];

/**
 * A figure right after a step word without 到/至 is the size of a change, not a level:
 * 住宿价格较平日下调10%—20% is "price cut", 比上届增加约80人 a "rise". A change label the
 * extractor gave already (growth, decline) stays as it is.
 */
function changeLabel(fact: Fact, text: string): string | null {
  const before = text.slice(Math.max(0, fact.span.start - 4), fact.span.start);
  const step = STEP_BEFORE.find(([re]) => re.test(before));
  if (step === undefined) return null;
  const measure = fact.measures;
  if (measure && CHANGE_LABELS.has(measure)) return measure;
  if (!measure || measure === 'increase' || measure === 'reduction') return step[1];
  return `${measure} ${step[1]}`;
}

/** The measure of an item; a change's levels never carry a change label. */
function figureLabel(facts: readonly Fact[], fromTo: boolean): string | null {
  if (!fromTo) return facts[0]?.measures ?? null;
  return facts.map((f) => f.measures).find((m): m is string => !!m && !CHANGE_LABELS.has(m)) ?? null;
}

/** 高于前一周的6.1%, 比上月的…: the level a figure is compared with, said without a time the brief could show. */
// The base is an earlier time (前一周, 上月, 以往): 比例, 比重 and 比亚迪 are no comparison.
const BASE_LEVEL_BEFORE = /(?:高于|低于|比|较|相比|超过)((?:前|上|该|其|此前|以往|往年|平时|平日)[^，,；;。：:\d]{0,6})的$/u;

/**
 * Whether a figure is only the level of a comparison whose time is no year or period
 * (ILI%为6.8%，高于前一周的6.1%): listed alone it would read as a figure of the article's own period.
 */
function isUndatedBase(fact: Fact, analyzed: Analyzed): boolean {
  const text = analyzed.article.source.text;
  const sentenceStart = analyzed.sentences[fact.sentence]?.start ?? 0;
  const before = text.slice(clauseStartOf(text, fact.span.start, sentenceStart), fact.span.start);
  const m = BASE_LEVEL_BEFORE.exec(before);
  if (m === null) return false;
  const from = fact.span.start - m[0].length;
  return !analyzed.facts.some((o) => (o.kind === 'year' || o.kind === 'period' || o.kind === 'date') && o.span.start >= from && o.span.end <= fact.span.start);
}

/**
 * 每1元演唱会票房可带动约4.2元的…消费: a ratio to a unit amount. Neither figure is a level the brief
 * can label (RMB 1 is no box office, RMB 4.20 none either), so both are left out.
 */
function inPerUnitRatio(fact: Fact, analyzed: Analyzed): boolean {
  const text = analyzed.article.source.text;
  const sentenceStart = analyzed.sentences[fact.sentence]?.start ?? 0;
  const clause = clauseStartOf(text, fact.span.start, sentenceStart);
  return /每(?:[1１一]|⟦)?$/u.test(text.slice(clause, fact.span.start)) && fact.value === 1 ||
    analyzed.facts.some((o) => o !== fact && o.value === 1 && o.span.end <= fact.span.start && o.span.start >= clause &&
      text.slice(Math.max(clause, o.span.start - 1), o.span.start) === '每');
}

/** What a label says when the words before the figure make it a daily average or a saving. */
function refineLabel(measure: string | null, fact: Fact, text: string): string | null {
  const before = text.slice(clauseStartOf(text, fact.span.start, 0), fact.span.start);
  // 日均成交额约10.8亿元 is a day's average, not the period's total. Where the figure's own English
  // says so ("per day on average", see dailyAverage in the extractor) a measure need not repeat it;
  // with no measure "daily average" is still the only label there is.
  if (/日均[^\d，,；;。]{0,8}$/u.test(before)) {
    if (measure === null) return 'daily average';
    return / per day on average$/u.test(fact.en) ? measure : `daily average ${measure}`;
  }
  // 可节省燃油和人工成本约1200元: a cost saved, not a cost.
  if (measure === 'cost' && /(?:节省|节约)[^\d，,；;。]{0,10}$/u.test(before)) return 'cost saving';
  return measure;
}

/** Whether `a` and `b` are the start and end of one change: 由4元提高到5元. */
function isFromTo(a: Fact, b: Fact, analyzed: Analyzed): boolean {
  if (a.sentence !== b.sentence || a.kind !== b.kind) return false;
  const text = analyzed.article.source.text;
  const sentenceStart = analyzed.sentences[a.sentence]?.start ?? 0;
  if (!FROM_BEFORE.test(text.slice(Math.max(sentenceStart, a.span.start - 16), a.span.start))) return false;
  // 降至2023年的7.1%: the time before the end level is not part of the change word.
  const between = withoutTimes(text, a.span.end, b.span.start, analyzed.facts).replace(/的$/u, '');
  return TO_BETWEEN.test(between);
}

/** The English of a qualifier said across the noun phrase a share is part of (超过参赛马匹的一成). */
const ACROSS_WORDS: Readonly<Record<string, string>> = {
  超过: 'more than', 逾: 'more than', 高于: 'above', 不到: 'less than', 不足: 'less than', 低于: 'below', 接近: 'nearly', 将近: 'nearly',
  不超过: 'up to', 不高于: 'up to', 不低于: 'at least', 不少于: 'at least',
};

/** 低于80%, 高于55%: a bound the extractor leaves to the words before the figure (it reads 不低于 itself). */
const BOUND_BEFORE = /(?<!不)(低于|少于|高于|多于)$/u;

/**
 * A figure's English with the bound its source states right before it: 若比例低于80% is "below 80%",
 * 超过参赛马匹的一成 "more than 10%", never a bare figure (a threshold said as a level). The verifier
 * reads the same words so.
 */
function withBound(fact: Fact, text: string): string {
  if (fact.approx !== null) return fact.en;
  // 超过参赛马匹的一成: a share's bound stands before the whole it is a share of.
  const across = shareQualifierAcross(text, fact.span.start, fact.span.end, fact.kind);
  if (across !== null) return `${ACROSS_WORDS[across] ?? 'more than'} ${fact.en}`;
  // 至少还缺护理员1500名: a floor set before the verb.
  if (floorBefore(text, fact.span.start)) return `at least ${fact.en}`;
  // 低于每立方米30毫克: the bound stands before a rate's 每 and its unit.
  const bound = BOUND_BEFORE.exec(wordsBeforeRate(text, fact.span.start))?.[1];
  // 覆盖率为86.7%，低于95%的目标值: the target is 95%; the 低于 bounds the coverage, not it.
  if (bound === undefined || namesComparedLevel(text, fact.span.end)) return fact.en;
  return `${bound === '低于' || bound === '少于' ? 'below' : 'above'} ${fact.en}`;
}

/** "from RMB 600 to RMB 900 per person per month", "from nearly 60% in 2024 to 47%". */
function fromToValue(a: Fact, b: Fact, analyzed: Analyzed): string {
  const text = analyzed.article.source.text;
  // 由去年同期的近六成: the start level's own time, said right before it.
  const own = analyzed.facts.find(
    (o) => o.sentence === a.sentence && (o.kind === 'year' || o.kind === 'period') && o.span.end <= a.span.start &&
      /^(?:同期|同月)?的$/u.test(text.slice(o.span.end, a.span.start)) && !CJK.test(o.en),
  );
  const samePeriod = own && text.slice(own.span.end, own.span.end + 2) === '同期' ? 'the same period of ' : '';
  const when = own ? ` in ${samePeriod}${own.en}` : '';
  // The extractor's English says what a price is per ("RMB 4 per student per day"); said once at the end.
  const per = / per .*$/u.exec(b.en)?.[0];
  const start = per !== undefined && a.en.endsWith(per) ? a.en.slice(0, -per.length) : a.en;
  return `from ${asLevel(a, start)}${when} to ${asLevel(b, b.en)}`;
}

/**
 * A range as one end of a change: 从1.2万元左右降到5000元至6000元 is "from about RMB 12,000 to between
 * RMB 5,000 and RMB 6,000", never "…to RMB 5,000 to RMB 6,000", whose "to"s read as one chain.
 */
function asLevel(fact: Fact, en: string): string {
  return fact.valueMax === null ? en : `between ${en.replace(' to ', ' and ')}`;
}

/** Whether `b` continues the list `a` is in: one clause, nothing but 、/和 between, and not a 分别 list of several subjects. */
function oneList(a: Fact, b: Fact, text: string): boolean {
  if (a.sentence !== b.sentence || !LIST_BETWEEN.test(text.slice(a.span.end, b.span.start))) return false;
  const clause = clauseStartOf(text, a.span.start, 0);
  // 福利彩票和体育彩票分别增长5.7%和9.8%: each figure has its own subject.
  const before = text.slice(clause, a.span.start);
  const respectively = before.indexOf('分别');
  return respectively < 0 || !/[、和与及]/u.test(before.slice(0, respectively));
}

/** The text between two offsets with the time facts in it left out. */
function withoutTimes(text: string, start: number, end: number, facts: readonly Fact[]): string {
  let out = '';
  let at = start;
  for (const f of facts) {
    if ((f.kind !== 'year' && f.kind !== 'period') || f.span.start < start || f.span.end > end) continue;
    out += text.slice(at, f.span.start);
    at = f.span.end;
  }
  return out + text.slice(at, end);
}

/** Figures of one measure and period: "tariff", "", ["125%", "34%"]. */
interface FigureGroup {
  readonly label: string | null;
  /** The period the figures belong to in English ("fiscal 2024", "2027 target"), or '' when none governs them. */
  readonly anchor: string;
  readonly values: string[];
  readonly fromTo: boolean;
}

/** Words that may stand between a holder's name and its figure: 中国区营收, 华泽集团前三季度实现营业收入. */
const HOLDER_FILLER = /区|市|县|省|的|全年|今年|实现|完成|共|累计|总|约|达到|达|为|超过|超|逾|近|同比/gu;
/** 对东盟出口, 向欧盟出口, 在泰国罗勇府投资: the name is where the figure goes, not whose it is. */
const NOT_HOLDER_BEFORE = /[对向往自从与和、在于到]$/u;

/**
 * Whose figure it is, when its own clause says so and it is not the article's main actor:
 * 中国区营收171.08亿美元 is "China revenue", not the company's revenue. Only a name right
 * before the measure word counts (nothing else but a time and filler between), so 佛山极臂机器人
 * 营收 is not "Foshan revenue" and 青山区红钢城片区改造项目总投资 not "Qingshan District investment":
 * no holder rather than a wrong one.
 */
function clauseHolder(fact: Fact, analyzed: Analyzed, lead: Entity | undefined): string | null {
  const text = analyzed.article.source.text;
  const clauseStart = clauseStartOf(text, fact.span.start, 0);
  // 新华社合肥10月21日电（记者…）: the agency in a dateline reported the figure; it does not hold it.
  const byline = bylineSpans(text);
  let best: { entity: Entity; start: number; end: number } | null = null;
  for (const entity of analyzed.entities) {
    for (const m of entity.mentions) {
      if (inByline(m, byline)) continue;
      if (m.start >= clauseStart && m.end <= fact.span.start && (!best || m.end > best.end)) best = { entity, start: m.start, end: m.end };
    }
  }
  if (!best || best.entity === lead || CJK.test(best.entity.en)) return null;
  if (best.entity.type !== 'place' && best.entity.type !== 'organization') return null;
  if (NOT_HOLDER_BEFORE.test(text.slice(clauseStart, best.start))) return null;
  const gap = withoutTimes(text, best.end, fact.span.start, analyzed.facts);
  if (gap.replace(MEASURE_WORDS, '').replace(HOLDER_FILLER, '').trim() !== '') return null;
  return best.entity.en;
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
