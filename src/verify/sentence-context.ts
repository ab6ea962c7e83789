import type { Analyzed } from '../types.js';
import { isAgeUnit } from '../extract/quantities/index.js';
import { titleSentenceIndex } from '../pipeline/title-sentence.js';
import { isFaithfulRounding, TEMPORAL_KINDS, type Figure } from './compare-quantities.js';
import { CLOCK, specificClassifier, UNLISTED } from './extra-readings.js';
import { monthsFromFirstDayToEnd } from './derived-figures.js';
import { BASE_THEN, englishClause } from './figure-context.js';
import { listedPartyOf } from './listed-parties.js';
import { sourceSentenceOf, type SourceFigure } from './source-figures.js';

/** A claimed figure of one summary sentence, where it stands, and the source figures that agree with it. */
export interface PlacedClaim {
  readonly claim: Figure & { readonly start: number; readonly end: number };
  readonly supporting: readonly SourceFigure[];
}

/**
 * Kinds that say when or for how long, not how much: a date, year, period or duration is
 * only checked against the source's statement of the figures it stands with, since most
 * articles state several months and years and a wrong one nearly always exists somewhere.
 */
const TIED_KINDS = new Set(['date', 'year', 'period', 'duration']);
/** "launched a programme on ", "kicked off the campaign on ": a launch verb, a few words, then the day. */
const LAUNCHED_ON_BEFORE = /\b(?:launched|started|began|kicked\s+off|inaugurated|opened)\s+(?:[a-z'’-]+\s+){0,4}?on\s+$/i;
/** What a source sentence says of a launch: 启动, 开幕, 开工, 开通, 上线, 揭牌, 开班, 开赛, 投产, 开业, 通车. */
const LAUNCH_WORDS_ZH = /启动|开幕|开工|开通|上线|揭牌|开班|开赛|投产|开业|通车/u;
/** ", which ended on", ", which opened in": a relative clause whose own event the date that follows dates. */
const EVENT_CLAUSE_BEFORE = /,\s*(?:which|that)\s+(?:[a-z]+\s+){0,2}?(?:ended|began|started|opened|closed|finished|concluded|kicked\s+off|was\s+held|took\s+place|was\s+launched|launched|was\s+completed|was\s+set\s+up|was\s+founded)\s+(?:(?:its|their)\s+(?:new\s+)?[a-z]+\s+)?(?:on|in)\s+$/i;
/** "after a vaccine for males was approved in ": an event an "after" clause names, and its time. */
const AFTER_EVENT_BEFORE = /\bafter\s+[^,;]{1,80}?\b(?:was|were|had\s+been)\s+(?:approved|launched|introduced|opened|founded|set\s+up|completed|built|listed|licensed)\s+(?:on|in)\s+$/i;
/** ", set up in", ", founded in": a relative clause cut short to its participle, set off by commas. */
// (Or opening the sentence: "Founded in 2019, Weiqixin is led by …".)
const EVENT_PARTICIPLE_BEFORE = /(?:,\s*|^\s*)(?:first\s+)?(?:set\s+up|founded|established|opened|launched|built|completed|introduced|created)\s+(?:on|in)\s+$/i;

/**
 * "a third less than two years ago" (比前年少了三分之一): how long ago a level compared with stood, a few
 * years or months back, not a span a statement lasts (a range, "9,000 to 3,000 years ago", is an era's).
 */
export function isShortTimeAgo(claim: { readonly kind: string; readonly end: number; readonly value: unknown; readonly valueMax: unknown }, sentence: string): boolean {
  return claim.kind === 'duration' && claim.valueMax === null && typeof claim.value === 'number' && claim.value <= 20 &&
    /^\s+(?:ago|earlier|before)\b/i.test(sentence.slice(claim.end));
}

/**
 * Whether a time at start–end is the base a change is measured against (较2023年增长25%,
 * 比去年同期少4家, "up 2.8% from 2024", "compared with the first quarter of 2024") rather
 * than the time the statement is about: 到2027年…较2023年增长25% states 2027, not 2023.
 */
export function isBaseTime(text: string, start: number, end: number, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') {
    // “00后”立遗嘱人数: a generation, by the years its people were born in; no time of the statement.
    if (/^[0-9]{2}[后後]$/u.test(text.slice(start, end))) return true;
    // 2026届毕业生: a class by the year it graduates, no time of the statement either.
    if (/^[0-9]{4}年?届$/u.test(text.slice(start, end)) || (/^[0-9]{4}年?$/u.test(text.slice(start, end)) && text[end] === '届')) return true;
    // 高于2024年同期的4.9%: the year of the level compared with.
    if (/(?:较|比|相比|相较|比起|对比|高于|低于|好于|不及)(?:于)?$/u.test(text.slice(Math.max(0, start - 3), start))) return true;
    // 比上一轮监测的2023年增加约1.3万吨: the time compared with may be named with what happened then.
    if (/(?:较|比)[^，,；;。0-9０-９]{1,8}的$/u.test(text.slice(Math.max(0, start - 11), start))) return true;
    // 与去年同期相比仍低约90元, 和上年相比: the time compared with, named before 相比 (与去年基本持平: or a level held).
    if (/(?:与|和|同|跟)$/u.test(text.slice(Math.max(0, start - 1), start)) && /^(?:同期)?(?:相比|相较|比较|(?:基本|大体|大致|总体)?持平)/u.test(text.slice(end, end + 6))) return true;
    // 是去年同期的2.1倍, 达到2023年的2.5倍, 约为去年的七成: the time of the level a multiple or a share is taken of.
    // (超过去年同期的两倍: a level passed, as a multiple of the earlier one. 是去年“标王”成交价12.6万元的近1.5倍: the level
    // may be named, with its figure, between the time and 的.)
    if (/(?:是|为|相当于|达到|达|超过|高于|不到|不足)$/u.test(text.slice(Math.max(0, start - 3), start)) && /^(?:同期)?(?:[^，,；;。的]{0,16}?[0-9０-９][^，,；;。的]{0,8})?的(?:约|近|不到|超过)?(?:[0-9０-９.．]+(?:倍|%|％|成)|[一二两三四五六七八九十]+倍|[一二三四五六七八九]成|一半|[二三四五六七八九十]分之[一二三四五六七八九])/u.test(text.slice(end, end + 30))) return true;
    // 占比从2023年的28%提升至41%: the year of the level a change started from.
    // (碳酸锂价格已从2022年高点时的每吨近60万元回落至: the year may name its peak or trough.)
    if (/(?:从|由)$/u.test(text.slice(Math.max(0, start - 1), start)) && /^(?:同期|年底|年末|(?:高点|高位|峰值|最高|低点|低位|最低)时?)?的[^，,；;。]{1,12}(?:提升|提高|增加|增长|上升|升|增|降|下降|减少|扩大|缩小|回落)?(?:至|到)/u.test(text.slice(end, end + 24))) return true;
    // 自2022年交付使用以来: a starting point the statement counts from, not its time.
    return /(?:自|从)$/u.test(text.slice(Math.max(0, start - 1), start)) && /^[^，,；;。]{0,10}以来/u.test(text.slice(end, end + 14));
  }
  const before = text.slice(Math.max(0, start - 48), start);
  // "1.6 times the 2023 figure" (是2023年的1.6倍): the year of the level a multiple is taken of.
  // ("nearly four times that of last November's 12,000-tonne pilot", 是去年11月试点的近4倍, likewise.)
  if (/\b(?:times|twice|double|triple)\s+(?:the|that\s+of|its|their)\s+(?:(?:last|this)\s+)?$/i.test(before)) return true;
  // "income last year was double what it was in 2022" (去年的收入比2022年翻了一番): the year of the level compared with.
  if (/\b(?:times|twice|double|triple|half)\s+(?:what|that)\s+(?:it|they)\s+(?:was|were|had\s+been)\s+in\s+$/i.test(before)) return true;
  // "rose from less than 30% in 2020 to 82.5%" (从2020年的不足30%提高到82.5%): the year of the level it started at.
  if (/\bfrom\s+(?:[^\s;]*[^\s,;]\s+){1,7}in\s+(?:the\s+)?$/i.test(before) && /^\s+(?:\w+\s+)?to\b/i.test(text.slice(end, end + 16))) return true;
  // "climbed to 62.4% last year from 41.7% in 2022": the level reached first, then where it started.
  if (/\b(?:to|at)\s+[^;,]{1,40}?\bfrom\s+(?:[^\s;]*[^\s,;]\s+){1,5}in\s+(?:the\s+)?$/i.test(before)) return true;
  // "will rise from about 6.5 million yuan this year to around 9 million yuan" (将从今年的约650万元增至900万元左右).
  if (/^(?:this|last)\s+year$/i.test(text.slice(start, end)) && /\bfrom\s+(?:[^\s;]*[^\s,;]\s+){1,5}$/i.test(before) && /^\s+to\b/i.test(text.slice(end, end + 6))) return true;
  if (!/\b(?:than|compared (?:with|to)|versus|vs\.?|against|relative to|from|over)\s+(?:the\s+)?(?:same\s+(?:period|quarter|month|time)\s+(?:of|in)\s+|(?:first|second|third|fourth)[- ]quarter\s+of\s+|(?:first|second)[- ]half\s+of\s+|(?:a\s+year\s+earlier\s+)?in\s+)?$/i.test(before)) return false;
  // "from 2020 to 2022" is a span, not a base, and so is "from January to October" read as one period.
  if (/\bfrom\s+$/i.test(before) && /\s(?:to|through|until)\s|[-–]/i.test(text.slice(start, end))) return false;
  return !(/\bfrom\s+\S*$/i.test(before) && /^\s*(?:to|through|until|-|–)\s/i.test(text.slice(end)));
}

/**
 * "her 12-room inn": a whole count hyphenated into a modifier describes the thing it names, not the event
 * its clause reports, so a time in the clause does not date it. (A capacity so written, "the first
 * 12,000-tonne phase … by the end of 2025", is the phase's figure and is dated with it.)
 */
export function isCompoundModifier(text: string, claim: { readonly kind: string; readonly start: number; readonly end: number }): boolean {
  return claim.kind === 'count' && /^\d[\d,]*$/.test(text.slice(claim.start, claim.end)) && /^-[a-z]+\s+[a-z]/i.test(text.slice(claim.end, claim.end + 40));
}

/** Where the article's title and dateline stand, so neither passes as the body's statement of a figure. */
export interface ArticleFrame {
  /** The index of the sentence that repeats the title, or null. */
  readonly title: number | null;
  /** Sentences that are a dateline (a date and an outlet or byline, nothing else). */
  readonly datelines: ReadonlySet<number>;
  /** Sentences that go on from the one before (其中，…, 同期，…): they hold at the time that one states. */
  readonly continuations: ReadonlySet<number>;
  /**
   * Sentences that open by pointing back (该基地总投资约3.6亿美元, 此次…): what the one before says
   * of when (6月17日…举行投产仪式) is said of them too.
   */
  readonly pointsBack: ReadonlySet<number>;
  /**
   * Sentences that open with a group named by its figure (100公里组累计爬升6200米…), and the sentences after them
   * in their paragraph up to the next such group: what those say (该组…。杨小龙以12小时48分36秒夺得男子冠军) is
   * said of that group.
   */
  readonly groupSections: ReadonlyMap<number, readonly number[]>;
}

const frames = new WeakMap<Analyzed, ArticleFrame>();

export function articleFrame(analyzed: Analyzed): ArticleFrame {
  const hit = frames.get(analyzed);
  if (hit) return hit;
  const datelines = new Set<number>();
  for (const s of analyzed.sentences.slice(0, 4)) {
    // "2025-06-16 人民日报", "2025年5月7日 本报记者 陈静", "发布时间：2025年5月9日".
    const rest = s.text.replace(/\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?/gu, '').trim();
    if (rest !== s.text.trim() && rest.length <= 16 && !/[，。,；]/u.test(rest)) datelines.add(s.index);
  }
  // (同期，…: "in the same period" holds at the time the sentence before states, as 其中 does.)
  const continuations = new Set(analyzed.sentences.filter((s) => /^\s*(?:其中|同期[，,])/u.test(s.text)).map((s) => s.index));
  const pointsBack = new Set(analyzed.sentences.filter((s) => POINTS_BACK.test(s.text)).map((s) => s.index));
  const frame: ArticleFrame = {
    title: titleSentenceIndex(analyzed),
    datelines,
    continuations,
    pointsBack,
    groupSections: groupSections(analyzed),
  };
  frames.set(analyzed, frame);
  return frame;
}

/** 100公里组累计爬升…, 女子71公斤级比赛中…, 女子1500米决赛是…: a sentence that opens with a group (or a race) named by its figure. */
const GROUP_OPENING = /^\s*(?:男子|女子|混合)?[0-9０-９.．]+(?:公里|千米|米|公斤|千克|岁以上|岁以下|岁)?(?:[组级]|半?决赛)/u;
/** What follows a group's figure: 组, 级, 决赛. */
const GROUP_AFTER_FIGURE = /^(?:[组级]|半?决赛)/u;

function groupSections(analyzed: Analyzed): Map<number, number[]> {
  const text = analyzed.article.source.text;
  const sections = new Map<number, number[]>();
  analyzed.sentences.forEach((s, n) => {
    if (!GROUP_OPENING.test(s.text)) return;
    const after: number[] = [];
    for (let k = n + 1; k < analyzed.sentences.length; k++) {
      const next = analyzed.sentences[k]!;
      if (GROUP_OPENING.test(next.text) || text.slice(analyzed.sentences[k - 1]!.end, next.start).includes('\n')) break;
      after.push(k);
    }
    if (after.length > 0) sections.set(n, after);
  });
  return sections;
}

/** 该基地, 该项目, 此次, 这一工程, 本赛季: a sentence whose subject is the thing the sentence before named. */
const POINTS_BACK = /^\s*(?:该|此次|这一|这(?=[个项座家批])|此(?=[项座家批])|本(?=赛季|届|次|轮|期))[\u4e00-\u9fff]/u;

/** Words that say the article's own date is what the summary means (when it was published or reported). */
const PUBLICATION_WORDS = /\b(?:report(?:s|ed|ing)?|publish(?:ed|es)?|dated|said|says|told|wrote)\b|报道|报讯|发布|发表|电|消息|记者|表示|称/iu;

/**
 * What follows a date that is the day something was released or said, not the time it is about. A day
 * something was held is a release day when a meeting was held (5月19日举行的新闻发布会上); 今年9月举行的
 * 联赛吸引了2860名选手 is the time of the event the figures count. (CBA公司7日联合发布的数据: released jointly.)
 */
const RELEASE_AFTER = /^[，,]?(?:的)?(?:联合|共同|正式|对外)?(?:发布|公布|表示|宣布|披露|通报|(?:召开|举行)(?:的)?[^，。；,;]{0,10}?(?:会|论坛)|介绍|称|晚间|早间|消息)/u;

/** Whether the text right after a date (at `end`) says it is the day something was released (RELEASE_AFTER). */
export function releasedAt(text: string, end: number): boolean {
  return RELEASE_AFTER.test(text.slice(end, end + 18));
}

/** 3月27日，江西省住房和城乡建设厅…联合发布《…年度报告》: a day the rest of its sentence releases something on. */
export function releaseDayOfSentence(text: string, end: number): boolean {
  return /^[^。；;！？\n]{0,60}?(?:发布|公布)/u.test(text.slice(end, end + 64));
}

/** 创联赛2016年创办以来的新高: a time something has run since, not when the statement holds. */
const SINCE_AFTER = /^(?:[^，。；]{0,4})以来/u;

/** 7月24日下午2时，2025年中国游戏产业年中报告在京发布: the day (and hour) something was released, its name between. */
const RELEASED_LATER_IN_CLAUSE = /^(?:[上下]午|晚间?|早间?|凌晨)?(?:\d{1,2}时(?:\d{1,2}分)?)?[，,]?[^。；;！？]{0,30}?(?:发布|公布|披露)/u;

/** 这是继2021年首单交易后的第三笔: a year after 继 is an earlier event the figure follows, not its own time. */
const FOLLOWS_AN_EARLIER = /继$/u;

/**
 * 今年起推行街长制；预计到2026年底达标率将达到85%以上: a claim's year that rests only on a 今年 of its
 * sentence is not the time of the summary sentence's figures when none of their own parts (up to a
 * semicolon) holds that 今年 and one names a year in digits.
 * "By the end of 2025" is then checked against 2026年底, not waved through by 今年.
 */
function yearWordOutvoted(
  tied: readonly SourceFigure[],
  anchors: readonly PlacedClaim[],
  figures: readonly SourceFigure[],
  sourceText: string,
): boolean {
  if (!tied.every((f) => f.kind === 'year' && /^(?:今年|本年|当年)(?:以来|起|内)?$/u.test(f.text))) return false;
  const parts = anchors.flatMap((a) => a.supporting.map((f) => partAround(sourceText, f.start, f.end)));
  const inParts = (f: SourceFigure): boolean => parts.some(([s, e]) => f.start >= s && f.end <= e);
  if (tied.some(inParts)) return false;
  // (占比达到21%，而2020年这一比例为10.5%: a year in a 而 clause after the figure is the other time contrasted with it.)
  const anchored = anchors.flatMap((a) => a.supporting);
  const contrasted = (f: SourceFigure): boolean => anchored.some((g) => g.end <= f.start && /[，,]\s*而/u.test(sourceText.slice(g.end, f.start)));
  return figures.some((f) => f.end > f.start && inParts(f) && TEMPORAL_KINDS.has(f.kind) && /^[0-9]{4}年/u.test(f.text) && !isBaseTime(sourceText, f.start, f.end, 'zh') &&
    !FOLLOWS_AN_EARLIER.test(sourceText.slice(Math.max(0, f.start - 1), f.start)) && !contrasted(f));
}

/** The stretch of a sentence between semicolons (or its ends) around a span. */
function partAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[；;。！？\n]/u.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !/[；;。！？\n]/u.test(text[e] ?? '')) e++;
  return [s, e];
}

/** Whether a summary date is the day something was released or said (5月19日发布, "released on May 19"). */
function saysRelease(text: string, start: number, end: number, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') return releasedAt(text, end);
  return /\b(?:released|published|announced|reported|said|disclosed)\b[^,.;]{0,72}\bon\s+$/i.test(text.slice(Math.max(0, start - 100), start)) ||
    /^,?\s+(?:released|published|announced|reported|said|disclosed)\b/i.test(text.slice(end, end + 16)) ||
    // "Ahead of World Intellectual Property Day on April 26, the CNIPA released a report": a day in the clause that
    // opens the sentence, before a release.
    (!/[,;]/.test(text.slice(0, start)) && /^[^,;]{0,40},\s+(?:the\s+)?[^,;]{1,60}?\b(?:released|published|issued|unveiled)\s+(?:a|an|its|the|their)\b/i.test(text.slice(end, end + 120)));
}

/** Whether a date claim says the end of its month (5月末, 月底, "the end of May"). */
export function saysMonthEnd(claimText: string, before: string): boolean {
  return /[末底]$/u.test(claimText) || /\bend\s+of\s+$/i.test(before);
}

/**
 * The source dates that can stand for the end of a month: 5月末 / 5月底 (the marker may
 * stand just past the figure's span), or a day from the 25th on.
 */
export function isMonthEnd(f: SourceFigure, sourceText: string): boolean {
  if (f.kind !== 'date' || f.end <= f.start) return false;
  if (/[末底]/u.test(f.text) || /^[末底]/u.test(sourceText.slice(f.end, f.end + 1))) return true;
  const day = /^\d{4}-\d{2}-(\d{2})$/.exec(String(f.value));
  return day !== null && Number(day[1]) >= 25;
}

/** Words that begin with 电 (electrolysis, batteries, power): after a date they are no dateline. */
const POWER_WORD_AFTER = /^电(?:解|池|价|力|网|量|动|商|视|影|子|器|站|厂|费|源|梯|缆|机|能)/u;

/**
 * The date of a body dateline (新华社合肥4月7日电) is the day of the report, like the date line's,
 * unless its first sentence goes on with that day alone (…4月7日电（记者…）…7日上午…), which the
 * extractor reads as the same date.
 */
function isBodyDateline(f: SourceFigure, sourceText: string): boolean {
  if (f.kind !== 'date' || sourceText.charAt(f.end) !== '电') return false;
  // 6月17日电解钴现货均价: 电 that begins a word (电解, 电池, 电价) is no dateline's 电.
  if (POWER_WORD_AFTER.test(sourceText.slice(f.end, f.end + 2))) return false;
  const day = /(\d{1,2})日$/u.exec(f.text)?.[1];
  if (day === undefined) return true;
  const sentence = sourceText.slice(f.end).split('。', 1)[0] ?? '';
  return !new RegExp(`(?<![月0-9０-９])${day}日`, 'u').test(sentence);
}

/** An English number written as somebody's age: "Fang, 38, said", "aged (over) 38", "a 38-year-old", "38 years old". */
export function writtenAsAge(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 12);
  return (/,\s*$/.test(before) && /^(?:,|\s+(?:said|says|is|was|has|had|from|of)\b)/i.test(after)) ||
    /^(?:-year-old|\s+years?\s+old\b)/i.test(after) || /\baged\s+(?:(?:over|under|about|around|nearly|between|more than|less than|at least)\s+)?$/i.test(text.slice(Math.max(0, start - 20), start));
}

/** "a report released on", "published in": the date after it is a release's. */
export const RELEASED_ON_BEFORE = /\b(?:released|published|issued|unveiled)\s+(?:on|in)\s+$/i;

/**
 * Ties a summary sentence's dates, years, periods and durations to the source sentences
 * that state its other figures (its anchors): "6月失业率为5.0%" must find 6月 where the
 * source states 5.0%, not anywhere. When those sentences state no figure of the claim's
 * sort (no time at all, no duration), any statement in the source will do, as before. A
 * date only the dateline or the article's metadata states supports a claim about
 * publication or reporting, not an event.
 *
 * Returns each claim's supporting figures narrowed to that context, and a problem per claim
 * index that the context contradicts. Work is linear in the claims' supporting figures
 * plus one pass over the source figures of the anchor sentences.
 */
export function tieToContext(
  placed: readonly PlacedClaim[],
  figures: readonly SourceFigure[],
  sentenceText: string,
  frame: ArticleFrame,
  sourceText: string,
  lang: 'zh' | 'en' = 'zh',
): { supporting: (readonly SourceFigure[])[]; problems: Map<number, string> } {
  const problems = new Map<number, string>();
  const supporting: (readonly SourceFigure[])[] = placed.map((p) => p.supporting);
  const isFrame = (f: SourceFigure): boolean =>
    f.end <= f.start || frame.datelines.has(f.sentence) || isBodyDateline(f, sourceText);
  // "海关总署6月9日发布的数据显示，5月份…": the day a figure was released is not the time it describes.
  // "at a meeting on November 20": a meeting's day (11月20日召开) is the event the sentence speaks of.
  // "the exam … will be held on October 26" (10月26日举行): the day of the event the sentence speaks of.
  // "the X9 series, launched on March 10" (3月10日发布的新款X9系列): a launch day is the event spoken of.
  const reporting = PUBLICATION_WORDS.test(sentenceText) || /\b(?:meeting|conference|session|congress|forum|ceremony|hearing|held|take place|takes place|took place|launch(?:ed|es)?|unveil(?:ed|s)?|debut(?:ed|s)?|rolled out)\b|会议|大会|会上|举行|举办|推出|亮相/iu.test(sentenceText);
  const isRelease = (f: SourceFigure): boolean =>
    !reporting && f.kind === 'date' && releasedAt(sourceText, f.end);
  // "84.1 years" of age reads as a duration in English but the source states it as a count
  // (84.1岁): a figure supported only by non-temporal counts is an anchor, like the count.
  // A clock time ("at 10:30 a.m.") is checked by its value; it is no span to tie to a figure's.
  const tiedKind = (p: PlacedClaim): boolean =>
    TIED_KINDS.has(p.claim.kind) && p.claim.unit !== CLOCK && !(p.claim.kind === 'duration' && p.supporting.length > 0 && p.supporting.every((f) => f.kind === 'count'));
  // A sentence whose only figures are durations (住院日6.4天，比2023年减少0.3天) reads its times
  // where the source states those durations.
  // An age group ("residents aged 60 and above", 60岁及以上) says whom a statement is about: where the source names the
  // group once with no time (免费接种对象为60岁及以上…) and again with another (到2027年…60岁及以上老年人), it dates nothing.
  // (Only where no time of the summary stands in a sentence that names the group: 4月7日…启动40岁以上…筛查 dates it.)
  const ageGroup = (p: PlacedClaim): boolean =>
    p.supporting.length > 1 && p.supporting.every((f) => isAgeUnit(f.unit) && f.approx !== null) &&
    p.supporting.some((f) => !figures.some((g) => g.sentence === f.sentence && g.end > g.start && TEMPORAL_KINDS.has(g.kind))) &&
    !placed.some((t) => TEMPORAL_KINDS.has(t.claim.kind) && t.supporting.some((g) => p.supporting.some((f) => f.sentence === g.sentence)));
  // "Liu Guilan, 72, who broke her wrist last winter, had grab bars installed in May" where the source says 72岁老人刘桂兰，
  // 去年冬天…: a person's age is said of now, whatever time the events of the person's sentence have; it dates nothing.
  // (Only a claim said as an age, a slip may land a count on an age, 24场 on 24岁; and only in English: a Chinese sentence
  // puts the age next to the time, 78岁的王秀英…10月中旬, and the source's statement of it dates the sentence.)
  const personAge = (p: PlacedClaim): boolean =>
    writtenAsAge(sentenceText, p.claim.start, p.claim.end) && p.supporting.length > 0 && p.supporting.every((f) => isAgeUnit(f.unit) && f.approx === null);
  const figureAnchors = placed.filter((p) => !tiedKind(p) && p.supporting.length > 0 && !ageGroup(p) && !(lang === 'en' && isCompoundModifier(sentenceText, p.claim)));
  const sentenceAnchors = figureAnchors.length > 0 ? figureAnchors : placed.filter((p) => p.claim.kind === 'duration' && p.supporting.length > 0);
  // (A span is still read where the person is: 31岁的王浩然…6分28秒14 finds the race the age is stated with.)
  const datingAnchors = lang === 'en' && figureAnchors.length > 0 ? figureAnchors.filter((p) => !personAge(p)) : sentenceAnchors;
  // What the anchor sentences of a set of anchors state of each sort, gathered once per set.
  const base = (f: SourceFigure): boolean => isBaseTime(sourceText, f.start, f.end, 'zh');
  const contexts = new Map<string, AnchorContext>();
  // A day something was released on (联赛公司7日联合发布的数据显示) is no time the anchors' statement holds at, for a time up
  // to that day ("wrapped up on April 6"); a later year ("By 2027, at least 90% …") is still not the report's.
  const releases = figures.filter((f) => isRelease(f) && typeof f.value === 'string');
  const contextOf = (anchors: readonly PlacedClaim[], claim: PlacedClaim['claim']): AnchorContext => {
    const year = TEMPORAL_KINDS.has(claim.kind) ? /^\d{4}/u.exec(String(claim.value))?.[0] : undefined;
    const later = year !== undefined && releases.length > 0 && releases.every((f) => year > String(f.value).slice(0, 4));
    const key = `${later ? 'r' : ''}${anchors.map((a) => placed.indexOf(a)).join(',')}`;
    let hit = contexts.get(key);
    if (!hit) {
      hit = anchorContext(anchors, figures, frame, sourceText, later ? isFrame : (f) => isFrame(f) || isRelease(f));
      contexts.set(key, hit);
    }
    return hit;
  };
  placed.forEach((p, i) => {
    if (!tiedKind(p) || p.supporting.length === 0) return;
    // "新华社昆明11月2日电" copied into a summary is the dateline itself, checked against the source's.
    if (lang === 'zh' && p.claim.kind === 'date' && sentenceText.charAt(p.claim.end) === '电') {
      const datelines = p.supporting.filter(isFrame);
      if (datelines.length > 0) supporting[i] = datelines;
      return;
    }
    const temporal = TEMPORAL_KINDS.has(p.claim.kind);
    // "a third less than two years ago" (比前年少了三分之一): how long ago the level compared with stood, no
    // span the statement lasts.
    if (lang === 'en' && isShortTimeAgo(p.claim, sentenceText)) return;
    // "the 2024-2025 season" (2024—2025赛季): the years name a season, checked by their values, not tied to its figures.
    // (Only where the source names the season by both years too: a wrong season is still checked.)
    if (lang === 'en' && p.claim.kind === 'year' && isSeasonOfYears(sentenceText.slice(Math.max(0, p.claim.start - 7), p.claim.end + 12)) &&
      p.supporting.some((f) => YEARS_JOINED_ZH.test(sourceText.slice(Math.max(0, f.start - 7), f.end + 7)))) return;
    // "…will be equipped with BeiDou terminals, and the autumn fire season begins on September 15": a time in a clause of its
    // own after ", and", with none of the sentence's figures in it, times that clause only; it is checked by its value.
    // (Only a day of a month: a month or a year alone, "since November", "the 2025 edition", stays tied.)
    if (lang === 'en' && p.claim.kind === 'date' && /\d{2}-\d{2}$/u.test(String(p.claim.value))) {
      const and = sentenceText.lastIndexOf(', and ', p.claim.start);
      const stop = /[;,]/.exec(sentenceText.slice(p.claim.end))?.index;
      const end = stop === undefined ? sentenceText.length : p.claim.end + stop;
      if (and >= 0 && /^, and (?:the |its |their |a |an )?[a-z]+/i.test(sentenceText.slice(and)) && figureAnchors.length > 0 &&
        figureAnchors.every((a) => a.claim.end <= and || a.claim.start >= end)) return;
    }
    // "said sales reached 360 million yuan … and that orders were booked through next February": a time in a second reported
    // clause, after every figure of the sentence, times that clause only; it is checked by its value.
    // ("said orders were booked through next March and that a new line … would make 50,000 a year": or in the first one,
    // every figure in the second.)
    // ("A revised standard took effect on July 1, and by the end of September 38 companies had …": likewise a day in a
    // clause before ", and", every figure after.)
    if (lang === 'en' && TEMPORAL_KINDS.has(p.claim.kind) && figureAnchors.length > 0) {
      // (", adding that orders were booked through the end of December" reports a second clause too.)
      const that = Math.max(sentenceText.lastIndexOf(' and that ', p.claim.start), sentenceText.lastIndexOf(', adding that ', p.claim.start));
      if (that >= 0 && figureAnchors.every((a) => a.claim.end <= that)) return;
      const next = sentenceText.indexOf(' and that ', p.claim.end);
      // (", and" parts off only a day of a month: a year or a month before it, "by the end of 2025, and …", may be the
      // time of what follows.)
      const joined = /\d{2}-\d{2}$/u.test(String(p.claim.value)) ? sentenceText.indexOf(', and ', p.claim.end) : -1;
      const splits = [next, joined].filter((k) => k >= 0 && !/[,;]/.test(sentenceText.slice(p.claim.end, k).replace(/,\s*\d{4}/, '')));
      if (splits.some((k) => figureAnchors.every((a) => a.claim.start >= k))) return;
    }
    // "about 23,000 men had received a dose after a vaccine for males was approved in January": the time of the event an
    // "after" clause names, with no figure of the sentence between, is that event's; it is checked by its value.
    const afterEvent = lang === 'en' && TEMPORAL_KINDS.has(p.claim.kind) ? AFTER_EVENT_BEFORE.exec(sentenceText.slice(0, p.claim.start)) : null;
    if (afterEvent !== null && !figureAnchors.some((a) => a.claim.start >= afterEvent.index && a.claim.end <= p.claim.start)) return;
    // "according to an annual report released on March 27": the day the report came out, where the source states it as
    // the day of a release (3月27日…联合发布《…》); the report's figures are of their own time.
    // (Not for the article's own date, which "published on" may name too.)
    if (lang === 'en' && p.claim.kind === 'date' && RELEASED_ON_BEFORE.test(sentenceText.slice(Math.max(0, p.claim.start - 30), p.claim.start)) && !p.supporting.some(isFrame)) {
      const releases = p.supporting.filter((f) => f.end > f.start && releaseDayOfSentence(sourceText, f.end));
      if (releases.length > 0) {
        supporting[i] = releases;
        return;
      }
    }
    // "The eight-day tournament drew about 46,000 spectator visits": how long the event named right after the span lasts,
    // which the sentence's figures are not timed by; it is checked by its value. ("Three-day passes priced at 880 yuan": or
    // how long a ticket lasts.)
    if (lang === 'en' && p.claim.kind === 'duration' && /-(?:day|week|month)$/i.test(p.claim.text) &&
      /^\s+(?:[A-Za-z0-9'’-]+\s+){0,4}?(?:tournament|festival|fair|expo|exhibition|event|championships?|games|week|show|conference|forum|race|regatta|cup|open|league|carnival|season|pass(?:es)?|tickets?)\b/i.test(sentenceText.slice(p.claim.end, p.claim.end + 60))) return;
    // "having previously gone to hospital three times a week for four-hour hemodialysis sessions": a span of hours or
    // minutes joined to the noun it describes is how long each one lasts, no time of the statement; it is checked by its value.
    if (lang === 'en' && p.claim.kind === 'duration' && /-(?:hour|minute)$/i.test(p.claim.text) && /^\s+[a-z]/.test(sentenceText.slice(p.claim.end, p.claim.end + 3))) return;
    // "The summer care programme, which ended on August 22, served about 63,000 pupils": the day in a
    // relative clause set off by commas is when that clause's event happened, not the time of the
    // sentence's figures; it is checked by its value, as the source states it elsewhere.
    // (A year too, and the clause may go on past it: "the campaign, which the hospital launched in 2023 with the provincial
    // office, has visited 136 townships".)
    if (lang === 'en' && (p.claim.kind === 'date' || p.claim.kind === 'year') && EVENT_CLAUSE_BEFORE.test(sentenceText.slice(0, p.claim.start)) &&
      /^(?:(?:,?\s*\d{4})?\s*,|[^,.;\d]{0,80},)/.test(sentenceText.slice(p.claim.end))) return;
    // "Qian Weidong, who had worked as a spinner … for 16 years, attended about 860 class hours": a span in a
    // clause about the person, set off by commas, is that person's history, not the time of the sentence's figures.
    // ("Huang Xiuying, a 67-year-old retiree who has had diabetes for 11 years, …": the clause may follow its person's noun.)
    if (lang === 'en' && (p.claim.kind === 'duration' || p.claim.kind === 'year') && /,[^,;]*\bwho\s[^,;]*$/i.test(sentenceText.slice(0, p.claim.start)) &&
      /^[^,;\d]{0,60},/.test(sentenceText.slice(p.claim.end))) return;
    // "the China-Germany nursing class, set up in 2023 with the Düsseldorf … Center, will start work in July": the
    // same, with the relative clause cut short to its participle.
    // (A year only: a month or a day in such a clause is the time of the thing the sentence speaks of, "the
    // cabinets, launched in June, hold 20 power banks each".)
    if (lang === 'en' && p.claim.kind === 'year' && EVENT_PARTICIPLE_BEFORE.test(sentenceText.slice(0, p.claim.start)) && /^[^,.;\d]{0,80},/.test(sentenceText.slice(p.claim.end))) return;
    // "Chongqing launched a programme on June 9 to train 10,000 drivers by the end of June 2026" where the source
    // says 6月9日，…项目启动。…到2026年6月底…1万名: the day a launch verb gives is the launch's, which the source
    // states where it says 启动, not the time of the figures the programme aims at — when another time of the
    // sentence gives theirs. (Alone, the launch day is still the time of the figures: a figure swapped in from
    // elsewhere, "which began operating on July 18, has cut energy use by 9.7%", shows by it.)
    if (lang === 'en' && p.claim.kind === 'date' && LAUNCHED_ON_BEFORE.test(sentenceText.slice(0, p.claim.start)) &&
      placed.some((o, j) => j !== i && TEMPORAL_KINDS.has(o.claim.kind) && o.supporting.length > 0)) {
      const launches = p.supporting.filter((f) => !isFrame(f) && LAUNCH_WORDS_ZH.test(sourceSentenceOf(sourceText, f)));
      if (launches.length > 0) {
        supporting[i] = launches;
        return;
      }
    }
    // "国家统计局5月19日发布的数据显示，4月…": a date the summary gives as a release day is
    // checked against the source's release days, not against the time of the data.
    if (p.claim.kind === 'date' && saysRelease(sentenceText, p.claim.start, p.claim.end, lang)) {
      const released = p.supporting.filter((f) => releasedAt(sourceText, f.end) || RELEASED_LATER_IN_CLAUSE.test(sourceText.slice(f.end, f.end + 40)));
      if (released.length > 0) {
        supporting[i] = released;
        return;
      }
    }
    const claimBase = temporal && isBaseTime(sentenceText, p.claim.start, p.claim.end, lang);
    // The clause's own figures anchor a time first; "In the first quarter, revenue…" reads the sentence's.
    const anchors = anchorsOfClause(p, temporal ? datingAnchors : sentenceAnchors, sentenceText, lang, placed);
    const { context, statesTime, statesBase, statesDuration } = contextOf(anchors, p.claim);
    if (context.size > 0 && (temporal ? (claimBase ? statesBase : statesTime) : statesDuration)) {
      const tied = p.supporting.filter(
        (f) => context.has(f.sentence) && !isFrame(f) && !isRelease(f) && (!claimBase || base(f)),
      );
      if (tied.length > 0 && !(temporal && yearWordOutvoted(tied, sentenceAnchors, figures, sourceText))) {
        supporting[i] = tied;
        return;
      }
      const aligned = lang === 'zh' ? alignedByWording(p, placed, sentenceText, sourceText, p.supporting.filter((f) => !isFrame(f))) : [];
      if (aligned.length > 0) {
        supporting[i] = aligned;
        return;
      }
      const headline = temporal
        ? headlineTimes(anchors, figures, frame, sourceText, isFrame).filter((f) => p.supporting.includes(f) && (!claimBase || base(f)))
        : headlineSpans(p, anchors, frame, sourceText);
      if (headline.length > 0) {
        supporting[i] = headline;
        return;
      }
      if (p.claim.kind === 'year' && /^(?:this year|今年|本年)$/iu.test(p.claim.text) && anchors.some((a) => a.supporting.some((f) => context.has(f.sentence) && looksAheadToWholeYear(sourceText, f)))) {
        return;
      }
      const fromTo = p.claim.kind === 'period' ? monthsFromFirstDayToEnd(String(p.claim.value), figures.filter((f) => context.has(f.sentence) && !isFrame(f)), sourceText) : null;
      if (fromTo !== null) {
        supporting[i] = fromTo;
        return;
      }
      const said = figures
        .filter((f) => context.has(f.sentence) && !isFrame(f) && (temporal ? TEMPORAL_KINDS.has(f.kind) && (!claimBase || base(f)) : f.kind === 'duration' && f.unit !== CLOCK))
        .map((f) => f.text);
      const others = anchors.map((a) => a.claim.text).join(', ');
      problems.set(
        i,
        `${temporal ? 'date' : 'duration'} not the source's for this statement: where the source states ${others} it says ${[...new Set(said)].join(', ')}`,
      );
      supporting[i] = [];
      return;
    }
    if (!temporal) return;
    const body = p.supporting.filter((f) => !isFrame(f));
    if (body.length > 0) {
      supporting[i] = body;
      return;
    }
    // Only the dateline or the metadata states this date: fine for "reported on May 20", not for an event.
    if (!PUBLICATION_WORDS.test(sentenceText)) {
      problems.set(i, 'date found only as the article\'s own date (dateline), not as the date of what the sentence reports');
      supporting[i] = [];
    }
  });
  return { supporting, problems };
}

/** "2024-2025 season", "2024/25 season": a sports season named by its years, one year and the next. */
const SEASON_OF_YEARS = /(\d{4})\s*[-–\/]\s*(\d{2}|\d{4})\s+(?:season|league season|campaign)\b/i;
const YEARS_JOINED_ZH = /\d{4}\s*年?\s*[—\-–\/~～至]\s*\d{2,4}/u;
function isSeasonOfYears(text: string): boolean {
  const m = SEASON_OF_YEARS.exec(text);
  return m !== null && Number(m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]) === Number(m[1]) + 1;
}
/** A sentence about a plan: "aims to", "plans to", "target", 力争, 目标. */
const TARGET_WORDS_EN_ZH = /\b(?:aims?|aiming|plans?|planned|targets?|goal|seeks?|intends?|hopes?)\b|力争|目标|计划|争取|要/iu;
/** 目标是到2027年使…提高到, 要提升至: the level a plan sets, before the figure. */
const TARGET_BEFORE_ZH = /(?:力争|目标|计划|争取|要|将)[^。；;]{0,24}(?:提高|提升|增加|上升|达到|降低|下降|减少)(?:到|至)$/u;

/**
 * "from 6.6% to 6.2%", "由2018年的19.2%降至2024年的14.7%": two rates joined as a change
 * from one to the other are one statement of the source, so they must stand in one source
 * sentence, in the source's order. A pair whose ends come from different sentences took
 * one of them from elsewhere (the one whose partner's sentence offers another figure of
 * its kind is blamed).
 */
export function fromToProblems(
  placed: readonly PlacedClaim[],
  text: string,
  lang: 'zh' | 'en',
  source: string,
  figures: readonly SourceFigure[],
): Map<number, string> {
  const problems = new Map<number, string>();
  const order = [...placed.keys()].sort((a, b) => placed[a]!.claim.start - placed[b]!.claim.start);
  for (let k = 0; k + 1 < order.length; k++) {
    const i = order[k]!;
    const j = order[k + 1]!;
    const a = placed[i]!;
    const b = placed[j]!;
    // "由每天5元提高到5元", "rose from 5 yuan to 5 yuan": a change between a figure and itself.
    if (sameFigure(a, b) && changesBetween(text, a, b, lang)) {
      problems.set(j, `a change from ${a.claim.text} to the same figure`);
      continue;
    }
    if (a.claim.kind !== b.claim.kind || (a.claim.kind !== 'percent' && a.claim.kind !== 'money')) continue;
    if (a.supporting.length === 0 || b.supporting.length === 0) continue;
    const between = text.slice(a.claim.end, b.claim.start);
    if (between.length > 24 || /[，,；;。:：]/u.test(between)) continue;
    const reversed = lang === 'en' ? /\bfrom\b/i.test(between) : false;
    const joined = lang === 'en' ? /\b(?:to|from)\b/i.test(between) : /(?:降至|升至|增至|减至|调至|提高至|提升至|下降至|上升至|增加到|减少到|降到|升到|至|到)/u.test(between);
    if (!joined || (lang === 'en' && !/\bfrom\b/i.test(text.slice(Math.max(0, a.claim.start - 16), b.claim.start)))) continue;
    const aSentences = new Set(a.supporting.map((f) => f.sentence));
    const shared = b.supporting.filter((f) => aSentences.has(f.sentence));
    // "aims to raise the pass rate from 98.7% last year to more than 99%" where the source gives 去年…98.7% and, apart,
    // 要提升至99%以上: a target bound the source sets as one is no change it states, and may stand apart.
    // (Not where the target's own sentence states where it starts: 由目前的5.2%提高到70%以上 gives both ends.)
    const startsInSentence = (f: SourceFigure): boolean =>
      figures.some((g) => g !== f && g.sentence === f.sentence && g.kind === a.claim.kind && g.start < f.start && /(?:由|从)[^，。；,;0-9０-９]{0,10}$/u.test(source.slice(Math.max(0, g.start - 12), g.start)));
    const target = (b.claim.approx === 'over' || b.claim.approx === 'at_least') && TARGET_WORDS_EN_ZH.test(text) &&
      b.supporting.some((f) => f.approx === b.claim.approx && TARGET_BEFORE_ZH.test(source.slice(Math.max(0, f.start - 30), f.start)) && !startsInSentence(f));
    if (shared.length === 0 && !target) {
      const bSentences = new Set(b.supporting.map((f) => f.sentence));
      // The partner's sentence stating another figure of this kind is where this one should have come from.
      const offers = (partnerSentences: Set<number>, partner: PlacedClaim): boolean =>
        figures.some((f) => partnerSentences.has(f.sentence) && f.kind === partner.claim.kind && !partner.supporting.includes(f));
      const blame = offers(bSentences, b) ? i : offers(aSentences, a) ? j : j;
      const other = blame === i ? b : a;
      problems.set(
        blame,
        `paired with ${other.claim.text} as a change from one to the other, but the source states them apart (${placed[blame]!.supporting[0]!.text} elsewhere)`,
      );
      continue;
    }
    // Same sentence: the change must run the source's way (由1.5%调降至1.4%).
    const [from, to] = reversed ? [b, a] : [a, b];
    // 票房收入14.2亿元，去年同期为9.6亿元: the figure after a base time is where the change started.
    const leadsTo = (x: SourceFigure, y: SourceFigure): boolean => {
      if (x.sentence !== y.sentence) return false;
      if (x.start < y.start) {
        const between = source.slice(x.end, y.start);
        // 为 joins a change only inside one clause (由1.5%调整为1.4%); after a comma it starts a
        // parallel statement (去年约为11.5万元，2024年为13万元).
        return (/至|到/u.test(between) || (/为/u.test(between) && !/[，,；;]/u.test(between))) && !BASE_THEN.test(between);
      }
      return BASE_THEN.test(source.slice(y.end, x.start));
    };
    const ok = to.supporting.some((t) => from.supporting.some((f) => leadsTo(f, t)));
    const backwards = to.supporting.some((t) => from.supporting.some((f) => leadsTo(t, f)));
    if (!ok && backwards) {
      problems.set(reversed ? i : j, `the change runs the wrong way: the source goes from ${to.supporting[0]!.text} to ${from.supporting[0]!.text}`);
      continue;
    }
    // 由上年的约14%提升至17.2% summarised "由约14%提升至12.6%": the source's change from that figure ends
    // elsewhere, and the end the summary gives (another of the sentence's rates) is taken from beside it.
    const end = ok ? undefined : figures.find((y) => y.kind === to.claim.kind && y.value !== to.claim.value && !to.supporting.includes(y) && from.supporting.some((f) => leadsTo(f, y)));
    if (end !== undefined) problems.set(reversed ? i : j, `the source's change from ${from.supporting[0]!.text} goes to ${end.text}, not ${to.claim.text}`);
  }
  return problems;
}

function sameFigure(a: PlacedClaim, b: PlacedClaim): boolean {
  const x = a.claim;
  const y = b.claim;
  return x.kind === y.kind && typeof x.value === 'number' && x.value === y.value && x.unit === y.unit && x.valueMax === null && y.valueMax === null;
}

/** Whether the words between two figures make the second what the first changed to. */
function changesBetween(text: string, a: PlacedClaim, b: PlacedClaim, lang: 'zh' | 'en'): boolean {
  const between = text.slice(a.claim.end, b.claim.start);
  if (between.length > 16 || /[，,；;。]/u.test(between)) return false;
  if (lang === 'zh') return /(?:由|从)[^，,；;。]{0,12}$/u.test(text.slice(Math.max(0, a.claim.start - 14), a.claim.start)) && /(?:到|至)/u.test(between);
  return /\bfrom\s+\S*\s?$/i.test(text.slice(Math.max(0, a.claim.start - 8), a.claim.start)) && /\bto\b/i.test(between);
}

/**
 * Modifiers that tell figures of one measure apart (overall vs youth unemployment, a tariff
 * on imports vs one threatened by the other side, the opening vs the closing price), with
 * the English a summary uses for them. Only narrowing words are listed; names of countries
 * and the article's main subject are left out as they stand around every figure.
 */
const CUES: readonly { readonly zh: RegExp; readonly en: RegExp }[] = [
  { zh: /青年|年轻人/u, en: /\b(?:youth|young)\b/i },
  { zh: /在校生|学生/u, en: /\bstudents?\b/i },
  // ("imports and exports" is foreign trade, 进出口: it names neither alone.)
  { zh: /(?<!出)进口/u, en: /\bimports?\b(?!\s+and\s+exports?\b)(?<!\bexports?\s+and\s+imports?)|\bimported\b/i },
  { zh: /(?<!进)出口/u, en: /\bexports?\b(?!\s+and\s+imports?\b)(?<!\bimports?\s+and\s+exports?)|\bexported\b/i },
  { zh: /新能源|纯电|电动/u, en: /\b(?:new[- ]energy|NEVs?|electric|EVs?|battery[- ]electric)\b/i },
  { zh: /乘用车/u, en: /\bpassenger\b/i },
  { zh: /首日/u, en: /\b(?:debut|first[- ]day)\b/i },
  { zh: /开盘|高开|低开/u, en: /\bopen(?:ed|ing|s)?\b/i },
  { zh: /免签/u, en: /\bvisa[- ]free\b/i },
  { zh: /入境/u, en: /\b(?:inbound|entr(?:y|ies)|entering)\b/i },
  { zh: /农村/u, en: /\brural\b/i },
  { zh: /线上|网上|全网|在线|互联网(?!法院|法庭)|网络(?=赌博|诈骗|购物|销售|订餐|直播|零售|消费|交易|贷款|借贷|支付|侵权|服务合同)/u, en: /\bonline\b/i },
  { zh: /境外|外资|外国|外籍/u, en: /\bforeign\b/i },
  { zh: /存款/u, en: /\bdeposits?\b/i },
  { zh: /贷款/u, en: /\bloans?\b|\blending\b/i },
];

const regionCues = new WeakMap<Analyzed, Map<SourceFigure, number>>();

/** 今年, 明年, 2025年: a time word opening a clause, which leaves it without a subject still. */
const YEAR_WORD_OPENING = /^(?:今年|明年|去年|全年|年内|届时|[0-9]{4}年)/u;

/** A clause with no subject of its own (同比增长26.3%, 占比提升至22.6%): it goes on with the one before. */
export const NO_SUBJECT = /^\s*(?:占比|占|比重|同比|环比|按年|按月|比上年|较|比(?=\d|上|去|前)|增长|增加|增至|下降|下跌|上涨|减少|提高|降低|降至|升至|达到|为|其中|由|从|涉及|共计|合计|总计|累计|拉动|带动|(?:的)?目标值?(?:为|是)|目前|并(?![购网列存发入联轨])|同时(?!期)|还将)/u;
/** 杀虫剂和杀菌剂分别占22%和16%: parties listed for the same measure as the clause before. */
export const RESPECTIVE_LIST = /^[^，,；;。]{1,16}分别(?:占|占比|为|是|达|达到)?(?:约|近|逾|超过)?$/u;

/** Bit set of the cues in the stretch of its sentence that leads up to a source figure. */
function cuesOf(analyzed: Analyzed, figures: readonly SourceFigure[]): Map<SourceFigure, number> {
  const hit = regionCues.get(analyzed);
  if (hit) return hit;
  const text = analyzed.article.source.text;
  const out = new Map<SourceFigure, number>();
  const bySentence = new Map<number, SourceFigure[]>();
  for (const f of figures) {
    if (f.end <= f.start) continue;
    const list = bySentence.get(f.sentence) ?? [];
    list.push(f);
    bySentence.set(f.sentence, list);
  }
  for (const [index, list] of bySentence) {
    const sentence = analyzed.sentences[index];
    if (!sentence) continue;
    list.sort((a, b) => a.start - b.start);
    list.forEach((f, k) => {
      // From the previous figure of its kind in an earlier clause (or the sentence start) to
      // the end of its clause: figures of one clause share its subject (由19.2%降至14.7%).
      let from = sentence.start;
      for (let m = k - 1; m >= 0; m--) {
        const g = list[m]!;
        if (g.kind === f.kind && /[，,；;]/u.test(text.slice(g.end, f.start))) {
          from = g.end;
          break;
        }
      }
      let to = f.end;
      while (to < sentence.end && !/[，,；;。！？]/u.test(text[to] ?? '')) to++;
      const region = text.slice(from, to);
      let bits = 0;
      CUES.forEach((c, n) => {
        if (c.zh.test(region)) bits |= 1 << n;
      });
      // 其中线上销售额…同比增长26.3%，占比提升至22.6%: a clause with no subject of its own goes on
      // with the subject of the figure before it.
      // (合格率去年为92.7%，今年目标为94%: the figure before is 92.7%, not the 今年 of the clause itself.)
      const clauseStart = text.slice(from, f.start).search(/[^，,；;\s][^，,；;]*$/u);
      const previous = list.slice(0, k).findLast((g) => g.end <= from + clauseStart) ?? list[k - 1];
      if (previous !== undefined && previous.end <= f.start && clauseStart >= 0 && NO_SUBJECT.test(text.slice(from + clauseStart, f.start).replace(YEAR_WORD_OPENING, ''))) {
        bits |= out.get(previous) ?? 0;
      }
      out.set(f, bits);
    });
  }
  regionCues.set(analyzed, out);
  return out;
}

/**
 * "213,000 students cleared the line", "classes of 56 or more students": the people a count counts are
 * what the figure is, not a word naming whose figure (or share) it is. Blanks the word right after a
 * count when `names` says it names a party (offsets kept).
 */
export function withoutCountedPeople(text: string, placed: readonly PlacedClaim[], names: (word: string) => boolean): string {
  let out = text;
  for (const { claim } of placed) {
    if (claim.kind !== 'count') continue;
    const next = /^\s+([A-Za-z-]+)/.exec(out.slice(claim.end));
    if (next === null || !names(next[1]!)) continue;
    const at = claim.end + next[0].length - next[1]!.length;
    out = out.slice(0, at) + ' '.repeat(next[1]!.length) + out.slice(at + next[1]!.length);
  }
  return out;
}

/** "17% of its exports", "5% of their income": the whole a share is taken of, the subject's own. */
const SHARE_OF_OWN_WHOLE = /(?<=%|\bpercent|\bper cent)\s+of\s+(?:its|their)\s+(?:total\s+)?[a-z-]+/gi;

/**
 * A clause with the names of parties (the article's and the provider's list) blanked: Chinese names of three or more
 * characters, English names of two or more words.
 */
function withoutNames(clause: string, names: readonly string[]): string {
  let out = clause;
  for (const name of names) {
    if (name.length >= 3 && (/\p{Script=Han}/u.test(name) || /\S\s+\S/u.test(name)) && out.includes(name)) out = out.split(name).join(' '.repeat(name.length));
  }
  return out;
}

/**
 * A figure whose value the source states for one subject, used in the summary for another
 * the source tells apart by a modifier: "the unemployment rate for young people was 5%" when
 * the source gives 5.0% overall and 14.9% for youth. Flags a claim when its clause carries
 * a cue that none of its supporting figures has and a figure of the same kind does. The names of parties, the
 * article's and the provider's (蜀锂新能源, "Hengli New Energy"), are no cue of what a figure measures.
 */
export function subjectProblems(
  placed: readonly PlacedClaim[],
  text: string,
  lang: 'zh' | 'en',
  analyzed: Analyzed,
  figures: readonly SourceFigure[],
  proposed: readonly { readonly zh: string; readonly en: string }[] = [],
): Map<number, string> {
  const problems = new Map<number, string>();
  if (!placed.some((p) => p.supporting.length > 0 && (p.claim.kind === 'percent' || p.claim.kind === 'percentage_point'))) {
    return problems;
  }
  const names = [...analyzed.entities, ...proposed].map((e) => (lang === 'zh' ? e.zh : e.en));
  const cues = cuesOf(analyzed, figures);
  // A cue the headline names is what the whole article is about (甘肃…新改建农村公路): it stands
  // around every figure, said or unsaid.
  const title = analyzed.article.source.title ?? '';
  let titleBits = 0;
  CUES.forEach((c, n) => {
    if (c.zh.test(title)) titleBits |= 1 << n;
  });
  placed.forEach((p, i) => {
    if (p.supporting.length === 0 || (p.claim.kind !== 'percent' && p.claim.kind !== 'percentage_point')) return;
    let s: number;
    let e: number;
    if (lang === 'en') [s, e] = englishClause(text, p.claim.start, p.claim.end);
    else {
      s = p.claim.start;
      while (s > 0 && !/[，,；;。！？：:]/u.test(text[s - 1] ?? '')) s--;
      e = p.claim.end;
      while (e < text.length && !/[，,；;。！？：:]/u.test(text[e] ?? '')) e++;
    }
    // (川能锂材和蜀锂新能源: a cue inside a party's name, 新能源 of 蜀锂新能源, says nothing of the figure.)
    // ("Hengli New Energy's share of orders": nor in its English name.)
    // ("taking 38%, 21% and 17% of its exports": the subject's own whole a share is taken of, which the source may leave
    // unsaid (分别占38%、21%和17%), is no cue of whose the share is.)
    const clause = withoutNames(lang === 'en' ? withoutCountedPeople(text, placed, (w) => CUES.some((c) => c.en.test(w))).slice(s, e).replace(SHARE_OF_OWN_WHOLE, (m) => ' '.repeat(m.length)) : text.slice(s, e), names);
    // 小学生、初中生和高中生…分别为34.6%、70.1%和80.9%: a cue of one listed party is not the others'.
    const listed = listedPartyOf(text, lang, placed.map((q) => q.claim), i);
    let claimBits = 0;
    CUES.forEach((c, n) => {
      const cue = lang === 'en' ? c.en : c.zh;
      if (!cue.test(clause) || titleBits & (1 << n)) return;
      if (listed !== null && !cue.test(listed.own) && listed.all.some((part) => cue.test(part))) return;
      claimBits |= 1 << n;
    });
    if (claimBits === 0) return;
    let supportBits = 0;
    for (const f of p.supporting) supportBits |= cues.get(f) ?? 0;
    const missing = claimBits & ~supportBits;
    if (missing === 0) return;
    const supported = new Set(p.supporting);
    for (const [g, bits] of cues) {
      if (supported.has(g) || g.kind !== p.claim.kind || (bits & missing) === 0) continue;
      problems.set(
        i,
        `figure from the wrong place: the source's ${p.supporting[0]!.text} is not said of what this clause names; the source gives ${g.text} for it`,
      );
      return;
    }
  });
  return problems;
}

const SCALED_KINDS = new Set(['money', 'count', 'measure', 'percent']);
/** 60岁以上, 70周岁及以上: an age that bounds a group. */
const AGE_GROUP = /(?:以上|以下|以内)$/u;
/** 最小的选手仅, "the youngest, at": an age said as the field's oldest or youngest. */
const EXTREME_AGE_BEFORE = /最大|最小|最年长|最年轻|\b(?:oldest|youngest)\b/iu;

/**
 * A slip of 亿/万, million/billion or a digit that lands on another figure of the source:
 * "orbits about 4,000 km … weighs nearly 100 tonnes" agrees in value with the C919's 4075公里,
 * but the sentence's other figures come from where the source says 约400公里. A claim none of
 * whose supporting figures stand in the source sentences that state the summary sentence's
 * other figures (or a 其中 sentence right after one), while one of those sentences states a
 * figure of its kind a power of ten off, is flagged. Work: the claims × the figures of their anchor sentences.
 */
export function scaleSlipProblems(
  placed: readonly PlacedClaim[],
  figures: readonly SourceFigure[],
  frame: Pick<ArticleFrame, 'title' | 'continuations'>,
  text: string,
): Map<number, string> {
  const titleSentence = frame.title;
  const problems = new Map<number, string>();
  const numeric = placed.filter((p) => SCALED_KINDS.has(p.claim.kind) && typeof p.claim.value === 'number' && p.claim.valueMax === null && p.supporting.length > 0);
  if (numeric.length < 2) return problems;
  const bodySentences = (p: PlacedClaim): number[] =>
    p.supporting.filter((f) => f.end > f.start && f.sentence !== titleSentence).map((f) => f.sentence);
  placed.forEach((p, i) => {
    if (!numeric.includes(p)) return;
    const context = new Set(numeric.filter((o) => o !== p).flatMap(bodySentences));
    // 较常年高112毫米。其中，渤海…比2023年上升11毫米: a 其中 sentence goes on with the statement before it.
    if (context.size === 0 || p.supporting.some((f) => context.has(f.sentence) || (frame.continuations.has(f.sentence) && context.has(f.sentence - 1)))) return;
    const c = p.claim.value as number;
    const countedAs = p.claim.kind === 'count' && /^-[a-z]/i.test(text.slice(p.claim.end)) ? specificClassifier(p.supporting) : null;
    const agedClaim = p.supporting.every((f) => isAgeUnit(f.unit));
    const extremeAge = agedClaim && EXTREME_AGE_BEFORE.test(text.slice(Math.max(0, p.claim.start - 24), p.claim.start));
    for (const g of figures) {
      if (!context.has(g.sentence) || g.end <= g.start || typeof g.value !== 'number' || g.value === 0 || g.valueMax !== null) continue;
      const sameSort =
        p.claim.kind === 'money' ? g.kind === 'money' && g.unit === p.claim.unit
        : p.claim.kind === 'percent' ? g.kind === 'percent'
        : p.claim.kind === 'measure' ? (g.kind === 'measure' && g.unit === p.claim.unit) || (g.kind === 'count' && !g.unit)
        : g.kind === 'count' || (g.kind === 'measure' && p.claim.kind === 'count');
      if (!sameSort) continue;
      // "a 15-storey building" on 15层 is no slip of the 1500张 (beds) beside the sentence's other figures:
      // a count joined to its noun says what it counts, as the classifier of its support does.
      if (countedAs !== null && g.kind === 'count' && g.unit !== null && g.unit.replace(UNLISTED, '') !== countedAs) continue;
      // 70岁以上驾驶人达2260万人 where the source's 2260万人 are 60岁以上 (70周岁以上 stands elsewhere):
      // an age bound names the group the statement is about.
      // (The oldest or youngest of a field, 年龄最大的71岁, names no group: only for a claim said as one too, 最小的选手仅13岁.)
      // (仙居县58岁的乡村医生 beside 65岁以上老人: a person's exact age is no group, and no slip of one.)
      if (agedClaim && isAgeUnit(g.unit) && g.approx !== null && g.value !== c && ((AGE_GROUP.test(g.text) && p.claim.approx !== null) || extremeAge)) {
        problems.set(i, `where the source states the sentence's other figures it gives ${g.text}; ${p.supporting[0]!.text} stands elsewhere`);
        return;
      }
      // 由逾200万人次提升至350万人次 where that statement says 由200万人次 (and 突破200万人次 stands
      // elsewhere): the figure is this statement's, with a qualifier it does not have.
      if (g.value === c && g.approx !== p.claim.approx) {
        problems.set(i, `qualifier: where the source states the sentence's other figures it gives ${g.text}; ${p.supporting[0]!.text} stands elsewhere`);
        return;
      }
      // 最高达1.2万吨 is no slip of 约12万吨: a slip keeps the figure's qualifier.
      if (p.claim.approx !== null && p.claim.approx !== g.approx && p.supporting.some((f) => f.approx === p.claim.approx)) continue;
      const k = Math.round(Math.log10(Math.abs(c / g.value)));
      if (k === 0 || !isFaithfulRounding(c, g.value * 10 ** k)) continue;
      problems.set(i, `off by a factor of ${10 ** Math.abs(k)}? where the source states the sentence's other figures it gives ${g.text}; ${p.supporting[0]!.text} stands elsewhere`);
      return;
    }
  });
  return problems;
}

/** 预计全年…将突破150万人次: 全年 with no year of its own, in a forecast. */
const WHOLE_YEAR_AHEAD = /(?:预计|预期|力争|有望|目标)[^，。；]{0,6}(?<![0-9０-９今去明前该]年)全年|(?<![0-9０-９今去明前该]年)全年[^，。；]{0,16}(?:将|有望)/u;

/**
 * Whether the source clause of a figure looks ahead to the whole of a year it does not name: that
 * year is the current one ("expected to top 1.5 million this year").
 */
function looksAheadToWholeYear(sourceText: string, f: SourceFigure): boolean {
  const [start, end] = clauseAround(sourceText, f.start, f.end, 'zh');
  return WHOLE_YEAR_AHEAD.test(sourceText.slice(start, end));
}

interface AnchorContext {
  readonly context: ReadonlySet<number>;
  readonly statesTime: boolean;
  readonly statesBase: boolean;
  readonly statesDuration: boolean;
}

/** The source sentences where anchors stand, and what sorts of time they state. */
function anchorContext(
  anchors: readonly PlacedClaim[],
  figures: readonly SourceFigure[],
  frame: ArticleFrame,
  sourceText: string,
  isFrame: (f: SourceFigure) => boolean,
): AnchorContext {
  const context = new Set<number>();
  // An anchor stated in several sentences (第一 agrees with 第一 and with 1件) is read where
  // the sentence's other anchors stand too, when such a sentence exists: the well-supported
  // reading, not every place the bare value occurs.
  const bodies = anchors.map((a) => {
    // "more than 600 flights" is 逾600架次 (in the headline), not 600个以上 (landing sites) in the body:
    // a count whose classifier the claim names is read where the source counts that.
    const counted = a.claim.kind === 'count' && a.claim.unit !== null ? a.supporting.filter((f) => f.unit === a.claim.unit) : [];
    const supporting = counted.length > 0 ? counted : a.supporting;
    const body = supporting.filter((f) => !isFrame(f) && f.sentence !== frame.title);
    return body.length > 0 ? body : supporting;
  });
  const shared = new Map<number, number>();
  for (const body of bodies) for (const n of new Set(body.map((f) => f.sentence))) shared.set(n, (shared.get(n) ?? 0) + 1);
  for (const body of bodies) {
    const most = Math.max(...body.map((f) => shared.get(f.sentence) ?? 0));
    for (const f of body) if (most < 2 || (shared.get(f.sentence) ?? 0) === most) context.add(f.sentence);
  }
  // "今年前三季度，…128.4万吨…。其中，进口冻肉56.2万吨": the 其中 sentence holds at its parent's time.
  for (const n of [...context]) if (frame.continuations.has(n)) context.add(n - 1);
  // "won the men's 100-km race in 12 hours 48 minutes 36 seconds" where the source says 100公里组…关门时间30小时…。…杨小龙以
  // 12小时48分36秒夺得男子冠军: a group's figure that opens its section (100公里组) is read with the whole section.
  // (Only a group's figure the anchors are read at: "3,200 runners … competing over 100 km, 50 km" is read where the source
  // lists the groups with the field, not in the 100-km group's own section.)
  const chosen = new Set(context);
  for (const body of bodies) {
    for (const f of body) {
      if (chosen.has(f.sentence) && GROUP_AFTER_FIGURE.test(sourceText.slice(f.end, f.end + 3))) for (const n of frame.groupSections.get(f.sentence) ?? []) context.add(n);
    }
  }
  // What the sentence before a pointing-back one says of when supports a time; it does not make the
  // context one that states times (该冰川面积已由1990年的…: the sentence's own base decides).
  // Only for a figure whose own part of its sentence (up to a ；) states no time: 该工程总投资约6.8亿元，
  // 计划2026年底完工 says when itself; 该基地总投资约3.6亿美元，…；二期计划于2027年上半年建成 does not.
  const untimed = (f: SourceFigure): boolean => {
    const s = Math.max(sourceText.lastIndexOf('；', f.start), sourceText.lastIndexOf('。', f.start));
    const semi = sourceText.indexOf('；', f.end);
    const stop = sourceText.indexOf('。', f.end);
    const e = semi < 0 ? stop : stop < 0 ? semi : Math.min(semi, stop);
    return !figures.some(
      (g) => g !== f && TEMPORAL_KINDS.has(g.kind) && g.start > s && (e < 0 || g.end <= e) && !isFrame(g) && !isBaseTime(sourceText, g.start, g.end, 'zh') &&
        !SINCE_AFTER.test(sourceText.slice(g.end, g.end + 6)),
    );
  };
  // (And only for a context of that one sentence: a second one states the time of the whole.)
  const pointedTo = [...context]
    .filter((n) => context.size === 1 && frame.pointsBack.has(n) && bodies.some((body) => body.some((f) => f.sentence === n && untimed(f))))
    .map((n) => n - 1);
  // A base time (较2024年同期) says what a change is measured against, not when the statement
  // holds: a context that states times only as bases leaves the claim's time to the article.
  let statesTime = false;
  let statesBase = false;
  let statesDuration = false;
  if (context.size > 0) {
    const anchorFigures = bodies.flat();
    for (const f of figures) {
      if (!context.has(f.sentence) || isFrame(f)) continue;
      // 利润总额约41亿元，而去年同期利润总额仅为18.6亿元: a time in a later clause set against the anchors'
      // (…，而…) is that clause's own, not the anchors'.
      const inOwn = anchorFigures.filter((a) => a.sentence === f.sentence);
      if (TEMPORAL_KINDS.has(f.kind) && inOwn.length > 0 && inOwn.every((a) => a.end <= f.start && /[，,；;]而/u.test(sourceText.slice(a.end, f.start)))) continue;
      if (TEMPORAL_KINDS.has(f.kind)) {
        if (isBaseTime(sourceText, f.start, f.end, 'zh')) statesBase = true;
        else statesTime = true;
      } else if (f.kind === 'duration' && f.unit !== CLOCK) statesDuration = true; // 夜间22时至次日6时 is the clock, no span
    }
  }
  for (const n of pointedTo) context.add(n);
  return { context, statesTime, statesBase, statesDuration };
}

/**
 * The times a headline states with the anchors' figures that only the headline states (the body's
 * 91.4% merely falls within the headline's 九成以上, "more than 90%"). A headline's parts stand
 * apart at its spaces: a part with times of its own is read with them (10月交付新车4.12万辆
 * 前十个月累计交付超30万辆: 超30万辆 is of the first ten months), one without goes on with the
 * times before it (四川前三季度城镇新增就业78.6万人 完成全年目标九成以上: 九成以上 is of 前三季度).
 */
function headlineTimes(
  anchors: readonly PlacedClaim[],
  figures: readonly SourceFigure[],
  frame: ArticleFrame,
  sourceText: string,
  isFrame: (f: SourceFigure) => boolean,
): SourceFigure[] {
  if (frame.title === null) return [];
  const times = figures.filter((g) => g.sentence === frame.title && TEMPORAL_KINDS.has(g.kind) && !isFrame(g));
  if (times.length === 0) return [];
  const out: SourceFigure[] = [];
  for (const a of anchors) {
    const body = a.supporting.filter((f) => f.sentence !== frame.title && !isFrame(f));
    for (const t of a.supporting) {
      if (t.sentence !== frame.title || isFrame(t) || body.some((f) => sameStatedValue(t, f))) continue;
      const [start, end] = headlinePart(sourceText, t);
      const own = times.filter((g) => g.start >= start && g.end <= end);
      out.push(...(own.length > 0 ? own : times.filter((g) => g.end <= start)));
    }
  }
  return out;
}

/** The part of a headline a figure stands in: headlines part their statements with spaces. */
function headlinePart(sourceText: string, f: SourceFigure): [number, number] {
  let start = f.start;
  while (start > 0 && !/\s/u.test(sourceText[start - 1] ?? '')) start--;
  let end = f.end;
  while (end < sourceText.length && !/\s/u.test(sourceText[end] ?? '')) end++;
  return [start, end];
}

/**
 * "finished the 120-km race in under six hours" where the headline says 120公里冠军用时不到6小时 and the body
 * 用时5小时47分: a span the headline states in one part with an anchor's figure is stated of it.
 */
function headlineSpans(p: PlacedClaim, anchors: readonly PlacedClaim[], frame: ArticleFrame, sourceText: string): SourceFigure[] {
  if (frame.title === null) return [];
  return p.supporting.filter((f) => {
    if (f.sentence !== frame.title || f.end <= f.start) return false;
    const [start, end] = headlinePart(sourceText, f);
    return anchors.some((a) => a.supporting.some((g) => g.sentence === frame.title && g.start >= start && g.end <= end));
  });
}

/** Whether two source figures state one value, whatever their wording (九成 and 90%, 1.2万元 and 12000元). */
function sameStatedValue(a: SourceFigure, b: SourceFigure): boolean {
  const level = (f: SourceFigure): number | string => (f.kind === 'fraction' && typeof f.value === 'number' ? f.value * 100 : f.value);
  const kindOf = (f: SourceFigure): string => (f.kind === 'fraction' ? 'percent' : f.kind);
  return kindOf(a) === kindOf(b) && level(a) === level(b) && a.valueMax === b.valueMax;
}

const ZH_CLAUSE_BREAK = /[，,；;。！？!?：:]/u;

/** The clause of a sentence around start–end (Chinese: between commas and stops; English: see englishClause). */
export function clauseAround(text: string, start: number, end: number, lang: 'zh' | 'en'): [number, number] {
  if (lang === 'en') return englishClause(text, start, end);
  let s = start;
  while (s > 0 && !ZH_CLAUSE_BREAK.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !ZH_CLAUSE_BREAK.test(text[e] ?? '')) e++;
  return [s, e];
}

/**
 * The anchors a tied claim is read with: the figures of its own clause when it has any
 * ("2024年营收增长5%"), else every anchor of the sentence ("In the first quarter, revenue…").
 */
function anchorsOfClause(
  p: PlacedClaim,
  sentenceAnchors: readonly PlacedClaim[],
  text: string,
  lang: 'zh' | 'en',
  placed: readonly PlacedClaim[],
): readonly PlacedClaim[] {
  const [s, e] = clauseAround(text, p.claim.start, p.claim.end, lang);
  const own = sentenceAnchors.filter((a) => a.claim.start >= s && a.claim.end <= e);
  const end = lang === 'en' ? fromToEndBefore(p, own, text) : undefined;
  if (end !== undefined) return [end];
  // "had been issued by the end of August to residents who have donated blood 20 times": a figure in a "who" clause
  // after the time picks out the people (累计献血达到20次的市民), it is not what the time is of.
  // (The clause may start inside the figure before it, "More than 6,300 cards had been issued by the end of August to
  // residents who …": that figure, of the sentence, is what the time is of.)
  const who = lang === 'en' ? text.slice(p.claim.end, e).search(/\bwho\s/i) : -1;
  if (who >= 0 && own.length > 0) {
    const whoAt = p.claim.end + who;
    const beforeWho = own.filter((a) => a.claim.start < whoAt);
    if (beforeWho.length > 0) return beforeWho;
    const sentenceBefore = sentenceAnchors.filter((a) => a.claim.start < whoAt);
    if (sentenceBefore.length > 0) return sentenceBefore;
  }
  if (own.length > 0) return own;
  // 陈思彤以2小时03分47秒夺得冠军，佐藤美咲以2小时04分31秒排名第二: a clause that states a span of its own (another
  // party's time) keeps its anchors (第二) for that span.
  if (lang === 'zh' && p.claim.kind === 'duration') {
    const spanClauses = placed.filter((o) => o !== p && o.claim.kind === 'duration').map((o) => clauseAround(text, o.claim.start, o.claim.end, lang));
    const free = sentenceAnchors.filter((a) => !spanClauses.some(([from, to]) => a.claim.start >= from && a.claim.end <= to));
    if (free.length < sentenceAnchors.length) return free;
  }
  // "Kunming issued an orange warning on April 8, after the number of vehicles reached about 52,000 by the end of
  // March": the figures of a clause that follows with "after" (when, since …) and gives its own time are that
  // clause's; the time of the main clause is its own event's.
  if (lang === 'en' && AFTER_CLAUSE_OPENS.test(text.slice(e, e + 12)) && sentenceAnchors.length > 0 && sentenceAnchors.every((a) => a.claim.start >= e) &&
    placed.some((o) => o !== p && TEMPORAL_KINDS.has(o.claim.kind) && o.claim.start >= e && o.supporting.length > 0)) return [];
  // 崇州计划…投资约20亿元建设示范园，一期项目于7月30日开工: a clause of no figure that gives the day of an event of
  // its own (开工, 开业, 投产) says when that happened, not when the other clause's figures hold. (Not a year or a
  // month: 总投资12亿元，预计2025年3月投产 gives the time the plan's figures are for.)
  if (lang === 'zh' && s > 0 && p.claim.kind === 'date' && /日$/u.test(p.claim.text) && EVENT_AFTER_DATE.test(text.slice(p.claim.end, e))) return [];
  // "Construction began in April 2019, and the facility … from 2027 with about 5,000 hours": a clause of
  // its own, joined by "and" or a semicolon, reports an event whose time no other clause's figure states.
  // (Not the clause after the "and": "…sells for 1,500 to 3,000 yuan, and orders are booked through next
  // March" goes on with what the sentence's figures are said of.)
  if (lang === 'en' && !sentenceAnchors.some((a) => a.claim.start < s) && INDEPENDENT_AFTER.test(text.slice(e, e + 16))) return [];
  // "…a subsidy of up to 1 million yuan, and Hunan aims to cover every county by 2027": after ", and" a
  // named subject with a verb of its own opens a new statement.
  if (lang === 'en' && /,\s*and\s+$/i.test(text.slice(Math.max(0, s - 8), s)) && NAMED_SUBJECT_OPENS.test(text.slice(s, e))) return [];
  // "In-hospital mortality fell 0.9 percentage points to 2.7%, while the average stay was cut from 11.2 days to 8.6 days":
  // a "while" clause with no anchor of its own contrasts another statement, whose spans the other clause's figures do not give.
  // (A span only: a time in such a clause, "while Bingcheng plans two new lines in the first half of 2026", is still checked.)
  if (lang === 'en' && p.claim.kind === 'duration' && (/,\s*(?:while|whereas)\s+$/i.test(text.slice(Math.max(0, s - 12), s)) || /^\s*(?:while|whereas)\b/i.test(text.slice(s, e))) &&
    sentenceAnchors.every((a) => a.claim.end <= s)) return [];
  // "Zhang Lili, 35, who had worked … for eight years, said the job … is only a 20-minute drive from home": what a person
  // says is not timed by the age the sentence gives of that person.
  // (A span only, and no age of its own: "her 24-month-old child" is still the mother's statement's.)
  if (lang === 'en' && p.claim.kind === 'duration' && !/^-?\s*old\b/i.test(text.slice(p.claim.end)) && /^\s*(?:said|says|told)\b/i.test(text.slice(s, e)) && sentenceAnchors.length > 0 &&
    sentenceAnchors.every((a) => a.claim.end <= s && a.supporting.length > 0 && a.supporting.every((f) => isAgeUnit(f.unit)))) return [];
  // "Zibo Luyao Ceramics, whose products are sold in 65 countries and regions, already has fourth-quarter orders …": a
  // figure in a "who" or "whose" clause set off by commas describes its party, it is not what a time outside is of.
  // (A time only: a span, "trained for 45 days", is still read with the ages of the people it is about.)
  if (lang === 'en' && TEMPORAL_KINDS.has(p.claim.kind)) {
    const described = [...text.matchAll(/,\s*(?:who|whose)\b[^,;]*,/gi)].map((m) => [m.index, m.index + m[0].length] as const);
    const inside = (a: PlacedClaim, [from, to]: readonly [number, number]): boolean => a.claim.start >= from && a.claim.end <= to;
    const outer = described.filter((span) => !(p.claim.start >= span[0] && p.claim.end <= span[1]));
    if (outer.length > 0) return sentenceAnchors.filter((a) => !outer.some((span) => inside(a, span)));
  }
  return sentenceAnchors;
}

/** "from 210 last year to about 340 this year": the end of an English from–to a time right after it is said of. */
export function fromToEndBefore(p: PlacedClaim, anchors: readonly PlacedClaim[], text: string): PlacedClaim | undefined {
  return anchors.find((a) => a.claim.end <= p.claim.start && /^\s+(?:in\s+)?$/.test(text.slice(a.claim.end, p.claim.start)) &&
    /\b(?:from|to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more than\s+)?$/i.test(text.slice(Math.max(0, a.claim.start - 20), a.claim.start)));
}

/** 于7月30日开工, 已于3月正式投产: an event a date in a clause of its own is the day of. */
const EVENT_AFTER_DATE = /^(?:起|前后)?(?:正式|已经|已|顺利|全面)?(?:开工|开业|开幕|启动|投产|竣工|落成|揭牌|成立|通车|开通|上线|开园|动工|奠基|签约)/u;
/** ", after …", ", when …": a clause of its own time follows. */
const AFTER_CLAUSE_OPENS = /^\s*,\s*(?:after|when|since|before|once|until)\s/i;
/** A clause that opens with a name and its verb: "Hunan aims", "Xiamen Airlines will", "China Mobile plans". */
const NAMED_SUBJECT_OPENS = /^(?!(?:The|It|Its|This|That|These|Those|They|There)\b)[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3}\s+(?:aims|plans|will|expects|intends|hopes|seeks|wants|is|was|has|had|also|then|later)\b/;
/**
 * Where one English clause ends and another with a subject of its own begins: ", and the", ", while its", ";";
 * or a second predicate that says what the subject was or will do ("set off on September 25 and was the first tour
 * in six years", "opened on September 25 and will run for 90 days").
 */
const INDEPENDENT_AFTER = /^\s*(?:,\s*(?:and|but|while|whereas)\s+(?:the|its|their|it|they|a|an)\b|;|and\s+(?:was|is|became|marked)\s+(?:the|its|their|a|an)\b|and\s+will\s+(?:run|last|continue)\b)/i;

/** The pairs of adjacent Han characters of a text: its Chinese wording, for overlap. */
export function hanBigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/** The Han bigrams of a text outside the given spans (its wording, without its figures). */
function wordingBigrams(text: string, spans: readonly { readonly start: number; readonly end: number }[]): Set<string> {
  let t = text;
  for (const sp of [...spans].sort((a, b) => b.start - a.start)) t = t.slice(0, sp.start) + ' ' + t.slice(sp.end);
  return hanBigrams(t);
}

/**
 * The source figures of a Chinese claim whose clause says what the summary's clause says:
 * "2017年8月开工" beside 约780亿元 in a summary, where the source says 工程自2017年8月开工 in a
 * sentence of its own. A clause with no figure of its own but a time reports an event; when
 * the source states that time with the same wording (a shared pair of characters, two when the
 * clause has more than two), the time is the event's, whatever the sentence's figures are.
 */
function alignedByWording(p: PlacedClaim, placed: readonly PlacedClaim[], text: string, sourceText: string, candidates: readonly SourceFigure[]): SourceFigure[] {
  const [s, e] = clauseAround(text, p.claim.start, p.claim.end, 'zh');
  if (placed.some((o) => o !== p && !TIED_KINDS.has(o.claim.kind) && o.claim.start >= s && o.claim.end <= e)) return [];
  const inClause = placed.filter((o) => o.claim.start >= s && o.claim.end <= e).map((o) => ({ start: o.claim.start - s, end: o.claim.end - s }));
  const words = wordingBigrams(text.slice(s, e), inClause);
  if (words.size === 0) return [];
  const need = words.size > 2 ? 2 : 1;
  return candidates.filter((f) => {
    if (f.end <= f.start) return false;
    const [cs, ce] = clauseAround(sourceText, f.start, f.end, 'zh');
    const source = wordingBigrams(sourceText.slice(cs, ce), [{ start: f.start - cs, end: f.end - cs }]);
    let shared = 0;
    for (const w of words) if (source.has(w)) shared++;
    return shared >= need;
  });
}
