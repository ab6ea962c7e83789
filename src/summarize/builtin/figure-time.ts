import type { Fact } from '../../types.js';
import { clauseStartOf, CJK, crossesHeadlineBreak } from './clauses.js';

/** 8月份, 10月底, 7月下旬: a month said alone is the period of the figures after it. */
const MONTH_DATE = /月(?:份|底|末|初|上旬|中旬|下旬)?$/u;
/**
 * 比2020年, 较上年, 与去年同期相比, 由2021年的…, 从2012年的…, 较该装置2024年12月创下的…: the time of a
 * comparison, not of the figure. Only 该/其/本 opens a longer base (比亚迪一季度 is a firm, not 比 + 亚迪).
 */
const BASE_BEFORE = /(?:比|较|(?:比|较)(?:该|其|本)[^\d，,；;。：:]{0,3}|与|相比|相较于|对比|由|从|低于|高于|超过|相当于)$/u;
/**
 * 于2021年3月开工建设, 2025年8月完成首次装料, 今年3月推出的…: the date of an event, which governs
 * no figure of another clause (总投资约36.8亿元 is no figure of March 2021) nor the thing it made (推出的…售价).
 */
const EVENT_AFTER = /^(?:正式|完成|首次|开始|成功|实现)*(?:开工|动工|装料|并网|投产|建成|竣工|推出|成立|上市|开业|启用|签约|落地|浇筑|发布)/u;
/** 到2027年, 力争到2027年底, 在2026年底前: a deadline the figures are aimed at. */
const DEADLINE_BEFORE = /(?:^|力争|争取|预计|计划|目标|将|要|拟|在|计划在|力争在)(?:到|至)?$/u;
const DEADLINE_AFTER = /^(?:前|之前|以前)/u;
/** 到2027年 opening a clause is a deadline only with 到/至 or a cue before it. */
const TO_BEFORE = /(?:到|至)$/u;
/** What may stand between a base time and a figure that is that time's own level: 去年同期的, 去年实际完成的. */
const BASE_VALUE_BETWEEN = /^(?:同期|同月|年底|末)?(?:[^\d，,；;。：:增降提减涨跌升高低多少]{0,6}的)?$/u;
/** 2022年以来, 自2024年起: the figure is counted since then. */
const SINCE_AFTER = /^(?:上线|开通|实施|投产|运营|成立|开业|启动|推出|建成|开展)?(?:以来|至今)/u;
/** 每年产生的观测数据约15PB: a figure per year or month belongs to no one year an earlier clause names. */
const PER_PERIOD = /每年|年均/u;
/** A clause that speaks of now or of what was achieved does not take a target's or an earlier clause's year. */
const NOW_WORDS = /目前|当前|如今|现已|现有|实际|已经|截至目前|而/u;

/** What kind of claim a figure is when its clause aims, plans or forecasts rather than reports. */
const INTENT_CUES: readonly (readonly [RegExp, string])[] = [
  // 目标价格补贴 is a kind of subsidy, and 完成全年目标的四成, 完成全年目标任务85万人的92.5% and
  // 完成全年目标九成以上 are achievements, not targets.
  [/力争|争取|(?<!完成(?:全年|年度)?)目标(?![价的])/u, 'target'],
  // 营养改善计划 names a programme; only 计划投资, 计划在…, 规划建设… plan something.
  // 计划再投资约22亿元, 计划增至260家 and 将再投入1.2亿元 are plans too.
  [/(?:计划|规划)(?=再|投|新增|增至|建|完成|实现|培养|用|在|于|到|将|年内|今年|明年|推出|开工|打造|发放|安排|改造|引进|扩大|增加|提升|达到)|拟|将再?(?:投入|投资)/u, 'plan'],
  // 全省预警信息将通过短信、应急广播等渠道实现…，覆盖人群超过5800万人.
  [/预计|预期|有望|将于|将(?:通过[^，,；;。]{0,16}?)?(?:达|超|突破|提升|提高|增|实现|新增|带动|形成|建成|扩大)/u, 'forecast'],
  // 验收合格率要求达到100%: a standard set, not a result.
  [/要求(?:达到|不低于|不少于|不超过|控制在)/u, 'requirement'],
];

interface TimeFact {
  readonly fact: Fact;
  readonly role: 'plain' | 'base' | 'deadline' | 'start' | 'event';
  /** The start of the time's clause. */
  readonly clause: number;
}

/** What may open a clause that is a deadline and nothing else: 到2025年底，力争到2027年， */
const DEADLINE_LEAD_IN = /^(?:预计|计划|力争|争取|目标是)?(?:到|至)$/u;

/**
 * The period a figure belongs to, as the brief shows it in brackets: "2024", "2027 target",
 * "H1 2025, compared with 2024", "since 2022", "forecast", or '' when the sentence names none
 * that governs the figure. A comparison base (比2020年, 较去年同期) is never the figure's own
 * time; a deadline (力争到2027年) is the figure's only in its own clause, or in the clauses after a
 * clause that is the deadline alone (到2025年底，…), and then reads as a target; an earlier clause's
 * time carries over unless the figure's clause speaks of now (而目前已投产产能…) or the earlier
 * clause is a plan of its own. When unsure, no time.
 *
 * @example
 * // 2024年全县县域内就诊率达到91.2%，较2021年提高8.6个百分点
 * // 91.2% → "2024"; 8.6个百分点 → "2024, compared with 2021"
 */
export function figureTime(
  fact: Fact,
  facts: readonly Fact[],
  text: string,
  sentenceStart: number,
  options: { readonly showBase: boolean } = { showBase: true },
): string {
  const clause = clauseStartOf(text, fact.span.start, sentenceStart);
  const ownClause = text.slice(clause, fact.span.start);
  const times = facts
    .map((o) => firstMonths(o, text) ?? o)
    .filter((o) => o.sentence === fact.sentence && o.span.end <= fact.span.start && isTime(o) && !CJK.test(o.en))
    .map((o) => describe(o, text, sentenceStart));
  const intent = intentOf(fact, text, sentenceStart, clause);
  let base: TimeFact | null = null;
  let own: TimeFact | null = null;
  for (let i = times.length - 1; i >= 0 && own === null; i--) {
    const t = times[i]!;
    const between = text.slice(t.fact.span.end, fact.span.start);
    // 学校今年在校生约1100人；当地计划到2027年建成产业园，总投资12亿元: a semicolon closes a statement, and a
    // time inside it (今年) dates nothing after it; a time that leads its clause (前三季度，…；…) still does.
    if (/[；;]/u.test(between) && !/^[^，,；;。]{0,4}$/u.test(text.slice(t.clause, t.fact.span.start))) continue;
    // 沈阳前三季度完成器官捐献112例 登记意愿人数达12.6万: a headline's parts are statements of their own, and
    // the 12.6万 registered by 9月30日 are no figure of the first three quarters.
    if (crossesHeadlineBreak(text, t.fact.span.end, fact.span.start)) continue;
    if (t.role === 'base') {
      // 比去年的3.2亿元, 比去年实际完成的596亿元: the figure right after the base time is that year's figure.
      if (BASE_VALUE_BETWEEN.test(stripQualifiers(between))) return t.fact.en;
      if (t.clause === clause) base ??= t;
      continue;
    }
    // 计划于2027年建成，届时新增产能30万吨: 届时 is that event's time.
    if (t.role === 'event' && t.clause !== clause && !/^届时/u.test(ownClause)) continue;
    // 今年3月推出的…单套售价约680元: the figure is of the thing the event made; no earlier time is its own either.
    if (t.role === 'event' && /^[^，,；;。]*?的/u.test(text.slice(t.fact.span.end, fact.span.start))) break;
    if (t.clause !== clause) {
      // Another clause's deadline governs nothing here, a clause of now takes no earlier year, and
      // a start belongs to its own clause (茫崖市自2024年起建设…) unless it is the whole clause (2022年以来，…).
      // (A clause that is the deadline alone leads the clauses after it: 今年广州将再筛查15万人次…；到2025年底，
      // 覆盖率力争达到40% is a target for the end of 2025, not for this year.)
      const leadIn = t.role === 'deadline' && DEADLINE_LEAD_IN.test(text.slice(t.clause, t.fact.span.start)) && /^[，,]/u.test(text.slice(t.fact.span.end));
      if ((t.role === 'deadline' && !leadIn) || NOW_WORDS.test(ownClause) || PER_PERIOD.test(ownClause)) continue;
      // 自2024年11月推行…改革以来，济南市已上线…: a clause that is all "since" dates what follows.
      if (t.role === 'start' && !/^[^，,；;。：:]{0,24}?(?:以来|至今|起)[，,：:]/u.test(text.slice(t.fact.span.end))) continue;
      if (INTENT_CUES.some(([re]) => re.test(text.slice(t.clause, t.fact.span.start)))) continue;
    }
    own = t;
    // 4月和5月两个月内: two times joined are a span this brief cannot name in one; none rather than half.
    const prev = times[i - 1];
    if (prev && /^[和与、及]$/u.test(text.slice(prev.fact.span.end, t.fact.span.start))) return '';
  }
  let when = own ? own.fact.en : '';
  if (own?.role === 'start') when = `since ${when}`;
  const cue = own?.role === 'deadline' && own.clause === clause ? (intent ?? 'target') : intent;
  if (cue) when = when ? `${when} ${cue}` : cue;
  if (base && options.showBase) when = when ? `${when}, compared with ${base.fact.en}` : `compared with ${base.fact.en}`;
  return when;
}

/**
 * 前十个月, 前10个月: the extractor reads a span of ten months, but after 前 it is the period of the
 * year's first months, which governs the figures after it as 1至10月 does (星驰汽车10月交付新车4.12万辆
 * 前十个月累计交付超30万辆: the 30万辆 are of the first ten months, not of October).
 */
function firstMonths(fact: Fact, text: string): Fact | null {
  if (fact.kind !== 'duration' || fact.unit !== 'month' || fact.valueMax !== null || typeof fact.value !== 'number') return null;
  if (!Number.isInteger(fact.value) || fact.value < 2 || fact.value > 12 || text.charAt(fact.span.start - 1) !== '前') return null;
  return { ...fact, kind: 'period', en: `the first ${fact.value} months`, span: { start: fact.span.start - 1, end: fact.span.end } };
}

function isTime(fact: Fact): boolean {
  if (fact.kind === 'year' || fact.kind === 'period') return true;
  return fact.kind === 'date' && MONTH_DATE.test(fact.text);
}

function describe(fact: Fact, text: string, sentenceStart: number): TimeFact {
  const clause = clauseStartOf(text, fact.span.start, sentenceStart);
  const before = text.slice(clause, fact.span.start);
  const after = text.slice(fact.span.end, fact.span.end + 5);
  let role: TimeFact['role'] = 'plain';
  const restOfClause = /^[^，,；;。：:]*/u.exec(text.slice(fact.span.end))?.[0] ?? '';
  if (SINCE_AFTER.test(after) || (/[自从]$/u.test(before) && /(?:^起|以来$)/u.test(restOfClause))) role = 'start';
  else if (EVENT_AFTER.test(restOfClause)) role = 'event';
  else if (BASE_BEFORE.test(before)) role = 'base';
  else if (DEADLINE_AFTER.test(after) || (TO_BEFORE.test(before) && DEADLINE_BEFORE.test(before.replace(TO_BEFORE, '')))) role = 'deadline';
  return { fact, role, clause };
}

/** Whether the figure's statement aims, plans or forecasts: its own clause before it, or an earlier clause of its sentence that no clause of now interrupts. */
function intentOf(fact: Fact, text: string, sentenceStart: number, clause: number): string | null {
  let from = clause;
  let scope = text.slice(clause, fact.span.start);
  // Walk back clause by clause while the statement goes on (no semicolon, no clause of now).
  for (;;) {
    const hit = INTENT_CUES.find(([re]) => re.test(scope));
    if (hit) return hit[1];
    if (from <= sentenceStart || NOW_WORDS.test(scope)) return null;
    const mark = text[from - 1] ?? '';
    if (/[；;]/u.test(mark)) return null;
    const prev = clauseStartOf(text, from - 1, sentenceStart);
    scope = text.slice(prev, from - 1);
    from = prev;
  }
}

function stripQualifiers(text: string): string {
  return text.replace(/约|近|超过|超|逾|不到|不足|达|为/gu, '');
}
