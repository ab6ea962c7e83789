import type { Analyzed, Entity, Fact } from '../../types.js';
import type { Span } from '../../types.js';
import { bylineSpans, inByline } from './byline-spans.js';
import { CLAUSE_MARK } from './clauses.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** What may open a clause before its subject: 今年前三季度，, 其中，, 10月 (times are skipped as facts). */
const OPENERS = /^(?:其中|此外|同时|另外|目前|当前|今年|去年|同期|全年|年内|据介绍|据测算|记者)/u;
/**
 * A name followed by these is the source of data about others (潜江市农业农村局数据显示，今年全市…),
 * not the subject of what follows. A party that speaks (天衡牧业表示，公司…) stays the subject.
 */
const DATA_SOURCE_AFTER = /^[^，,；;。]{0,14}?(?:数据|统计|监测)(?:显示|表明)?[，,]|^[^，,；;。]{0,4}获悉/u;
/**
 * 汨罗市体育局局长陈立新介绍，本届赛事总奖金为120万元: an official speaks of the event, not of the body.
 * (公司 said after such a speaker is still that body: 岳麓重工董事长…表示，公司….)
 */
const SPEAKER_AFTER = /^[^，,；;。]{0,4}(?:局长|厅长|主任|负责人|董事长|总经理|总裁|书记|总工程师|分析师|秘书长|院长|所长|站长|市长|县长)[^，,；;。]{0,12}?(?:介绍|表示|称|说|透露|指出|认为|预计|分析)/u;
/** 该公司, 公司, 该行, 该市: the clause speaks of a party named before; each word says which kind. */
const BACK_REFERENCE = /^(?:该|这家|本)?(公司|集团|企业|银行|行|市|县)/u;
/** What each back reference can point to, by the end of the name (企业 and 公司 are firms, not their regulators). */
const REFERENT_END: Readonly<Record<string, RegExp>> = {
  公司: /(?:公司|集团|股份|食品|纸业|牧业|农牧|轮胎|橡胶|科技|控股|银行)$/u,
  集团: /(?:集团|公司)$/u,
  企业: /(?:公司|集团|股份|食品|纸业|牧业|农牧|轮胎|橡胶|科技|控股)$/u,
  银行: /银行$/u,
  行: /银行$/u,
  市: /市$/u,
  县: /县$/u,
};
/** What follows a place that is the subject of its statement: 陇南市今年计划…, 平塘县去年接待游客…. */
const PLACE_STATEMENT = /^(?:[市县区省])?(?:今年|去年|全年|全市|全县|全省|共|累计|计划|将|已|还|再|[0-9，,])/u;
/** 全省电信网络诈骗案件发案数…: the clause speaks of a whole area, not of the body that announced it. */
const WHOLE_AREA = /^(?:全国|全省|全市|全县|全区|全州)/u;
/** 分地区看，广东省…，江苏省…: a breakdown whose clauses each open with the place they are about. */
const BREAKDOWN = /^(?:分|从)(?:地区|省区|省份|区域|城市|地市|各省)看[，,]/u;
/**
 * 鼎新食品10月出栏生猪…, 海岳轮胎实现营业收入…, 全省农商银行实现净利润…: a firm or body the
 * recognizer did not name, opening the statement. Its figures are someone's, but not the lead's.
 */
const UNNAMED_PARTY = /^([\u4e00-\u9fff]{2,6}?)(?:食品|轮胎|纸业|牧业|农牧|橡胶|药业|乳业|酒业|果业|钢铁|化工|电器|电气|重工|制药|银行|集团|公司|股份|科技|控股)/u;

/** 同为行业头部企业的华越电器…: a description before the party, not the party. */
const DESCRIBED_AS = /^(?:同为|作为|另一家|竞争对手)[^，,；;。]{0,12}?的/u;

/** Whose figures a statement gives: the lead (or nobody said), another named party, or a party with no name. */
export type StatementSubject =
  | { readonly kind: 'lead' }
  | { readonly kind: 'named'; readonly entity: Entity }
  | { readonly kind: 'unnamed' };

interface Mention {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
}

/**
 * The party a figure's statement is about, read from the subjects opening the clauses of its
 * sentence up to the figure: 裕丰农牧集团10月销售生猪286万头 is Yufeng's, 该公司… still Yufeng's,
 * 海岳轮胎实现营业收入96.8亿元 a party of no known name. A name that only introduces a source
 * (天衡牧业公告显示) is not a subject. No subject at all is read as the lead's.
 */
export function statementSubject(fact: Fact, analyzed: Analyzed, lead: Entity | undefined): StatementSubject {
  const text = analyzed.article.source.text;
  const sentenceStart = analyzed.sentences[fact.sentence]?.start ?? 0;
  // 新华社合肥10月21日电（记者周明远）: the agency reported the figures; they are not its own.
  const byline = bylineSpans(text);
  const mentions: Mention[] = analyzed.entities
    .filter((e) => (e.type === 'organization' || e.type === 'place') && !CJK.test(e.en))
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .filter((m) => !inByline(m, byline))
    .sort((a, b) => a.start - b.start);
  const breakdown = BREAKDOWN.test(text.slice(sentenceStart, sentenceStart + 8));
  let subject: StatementSubject = { kind: 'lead' };
  for (let clause = sentenceStart; clause <= fact.span.start; ) {
    const at = subjectStart(text, pastByline(clause, byline), fact, analyzed.facts);
    const found = subjectAt(text, at, mentions, lead, breakdown) ?? (WHOLE_AREA.test(text.slice(at, at + 2)) ? { kind: 'lead' as const } : null);
    // 甬达国际物流股份有限公司…，上半年该公司…: 该公司 is the firm this sentence just named, though it has no English name.
    if (subject.kind === 'unnamed' && BACK_REFERENCE.test(text.slice(at, at + 4))) {
      const next = nextClause(text, clause);
      if (next <= clause) break;
      clause = next;
      continue;
    }
    if (found !== null) subject = found;
    const next = nextClause(text, clause);
    if (next <= clause) break;
    clause = next;
  }
  return subject;
}

/** 本报讯（记者李四）鼎新食品…: a clause opening with a dateline has its subject after it. */
function pastByline(at: number, byline: readonly Span[]): number {
  return byline.find((b) => at >= b.start && at < b.end)?.end ?? at;
}

function subjectAt(
  text: string,
  at: number,
  mentions: readonly Mention[],
  lead: Entity | undefined,
  breakdown: boolean,
): StatementSubject | null {
  const as = (entity: Entity): StatementSubject => (entity === lead || entity.en === lead?.en ? { kind: 'lead' } : { kind: 'named', entity });
  const named = mentions.find((m) => m.start === at);
  if (named !== undefined) {
    if (DATA_SOURCE_AFTER.test(text.slice(named.end)) || SPEAKER_AFTER.test(text.slice(named.end))) return null;
    if (named.entity.type === 'place' && breakdown) {
      // 新疆、内蒙古等甜菜糖产区合计…: several places share the figure, and no one of them holds it.
      return /^[、和与及等]/u.test(text.slice(named.end)) ? { kind: 'unnamed' } : as(named.entity);
    }
    // 佛山极臂机器人营收, 北京市场金价: a place before a firm or a market only says where they are.
    // A place is the subject only beside a place lead, and only when a statement follows it.
    if (named.entity.type === 'place' && (lead?.type !== 'place' || !PLACE_STATEMENT.test(text.slice(named.end, named.end + 4)))) return null;
    return as(named.entity);
  }
  const back = BACK_REFERENCE.exec(text.slice(at, at + 4));
  if (back !== null) {
    // 该市 is the last city named, 该公司 the last firm: a name said in full or in short (天衡牧业).
    const end = REFERENT_END[back[1] ?? ''];
    const earlier = end === undefined ? undefined : lastParty(text, at, mentions, end);
    return earlier === undefined ? null : as(earlier);
  }
  const unnamed = UNNAMED_PARTY.exec(text.slice(at, at + 12));
  // 我国宠物食品出口额, 全省农商银行…: a whole country's or province's trade is no firm, but 全省's banks are not the lead.
  if (unnamed !== null && !/^(?:国内|全国|我国|各|该|本|其|家用)/u.test(unnamed[0])) {
    if (DATA_SOURCE_AFTER.test(text.slice(at + unnamed[0].length))) return null;
    // 天衡牧业 after 天衡牧业股份有限公司, 裕丰农牧 after 裕丰农牧集团: a named party's short name.
    const known = shortNameOf(unnamed[0], mentions);
    return known === undefined ? { kind: 'unnamed' } : as(known);
  }
  return null;
}

/** The entity whose name starts with a short name's distinctive head (天衡 of 天衡牧业). */
function shortNameOf(short: string, mentions: readonly Mention[]): Entity | undefined {
  // 格澜电器 is 广东格澜电器股份有限公司: a firm's full name may open with its province.
  return mentions.find((m) => m.entity.zh.startsWith(short) ||
    (short.length > 2 && m.entity.type === 'organization' && m.entity.zh.slice(0, 4).includes(short.slice(0, 2))))?.entity;
}

/** The last party before `at` whose name (in full or short) ends as the back reference needs. */
function lastParty(text: string, at: number, mentions: readonly Mention[], end: RegExp): Entity | undefined {
  let best: { entity: Entity; at: number } | undefined;
  for (const m of mentions) {
    if (m.end <= at && end.test(m.entity.zh) && (best === undefined || m.start > best.at)) best = { entity: m.entity, at: m.start };
  }
  // A short name said after the last full one (天衡牧业表示，公司…; 岳麓重工董事长…表示，公司…) is the nearer referent.
  const from = best?.at ?? Math.max(0, at - 200);
  for (const m of mentions) {
    const short = m.entity.zh.slice(0, 3);
    if (m.entity.zh.length < 5 || !end.test(m.entity.zh)) continue;
    const pos = text.lastIndexOf(short, at - 1);
    if (pos > from && (best === undefined || pos > best.at)) best = { entity: m.entity, at: pos };
  }
  // 天山乳业董事长…表示…。公司股票…上涨7.9%: a firm the recognizer did not name, opening a sentence after
  // that party, is the nearer referent; whose figure it is stays unknown (no holder rather than a wrong one).
  if (unnamedFirmBetween(text, best?.at ?? from, at, mentions)) return undefined;
  return best?.entity;
}

/** Whether a sentence between `from` and `to` opens with a firm of no known name (天山乳业 beside 内蒙古绿原牧业有限公司). */
function unnamedFirmBetween(text: string, from: number, to: number, mentions: readonly Mention[]): boolean {
  for (let i = from + 1; i < to; i++) {
    if (!/[。！？!?\n]/u.test(text[i - 1] ?? '')) continue;
    // 目前集团自有…: an opener and a back reference, no name.
    const at = i + (OPENERS.exec(text.slice(i, i + 4))?.[0].length ?? 0);
    if (BACK_REFERENCE.test(text.slice(at, at + 4))) continue;
    const firm = UNNAMED_PARTY.exec(text.slice(at, at + 12));
    if (firm === null || at + firm[0].length > to || /^(?:国内|全国|我国|各|该|本|其|家用)/u.test(firm[0])) continue;
    // 绿原牧业 is 内蒙古绿原牧业有限公司 said short: a known party.
    const head = firm[1]!;
    if (shortNameOf(firm[0], mentions) !== undefined || mentions.some((m) => m.entity.type === 'organization' && m.entity.zh.includes(head))) continue;
    return true;
  }
  return false;
}

/** Where a clause's subject would stand: past openers (其中，今年) and time figures at its start. */
function subjectStart(text: string, clause: number, fact: Fact, facts: readonly Fact[]): number {
  let at = clause;
  for (let moved = true; moved; ) {
    moved = false;
    const opener = OPENERS.exec(text.slice(at, at + 4)) ?? DESCRIBED_AS.exec(text.slice(at, at + 20));
    if (opener !== null) {
      at += opener[0].length;
      moved = true;
    }
    const time = facts.find((f) => f.sentence === fact.sentence && f.span.start === at && f !== fact &&
      (f.kind === 'year' || f.kind === 'period' || f.kind === 'date'));
    if (time !== undefined) {
      at = time.span.end;
      moved = true;
    }
  }
  return at;
}

function nextClause(text: string, clause: number): number {
  for (let i = clause; i < text.length; i++) {
    if (CLAUSE_MARK.test(text[i] ?? '')) return i + 1;
  }
  return text.length;
}
