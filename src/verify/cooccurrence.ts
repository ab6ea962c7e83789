// Narrowing words (一线 first-tier, 二手 second-hand, 同比 year on year …) live beside the code as data.
import modifierData from './modifiers.json' with { type: 'json' };
import { isAgeUnit } from '../extract/quantities/index.js';
import type { ProposedEntity } from '../summarize/provider.js';
import type { Analyzed } from '../types.js';
import { checkClaim, temporalMatch, TEMPORAL_KINDS } from './compare-quantities.js';
import { countsOtherThings, countsThingsAfter } from './counted-things.js';
import { derivedFrom } from './derived-figures.js';
import { classifierNounOfEnglish, classifiersAgree, specificClassifier, UNLISTED } from './extra-readings.js';
import { namesKindOf, wordsGlossedIn } from './gloss-words.js';
import { englishClause, englishMeasure, measureFamily, PREDICATE_FAMILIES } from './figure-context.js';
import { articleFrame, clauseAround, fromToEndBefore, hanBigrams, isBaseTime, isCompoundModifier, isShortTimeAgo, NO_SUBJECT, releaseDayOfSentence, releasedAt, RELEASED_ON_BEFORE, RESPECTIVE_LIST, withoutCountedPeople, writtenAsAge, type PlacedClaim } from './sentence-context.js';
import type { SourceFigure } from './source-figures.js';
import { wholeNames, type WholeNames } from './whole-names.js';

/** A word a clause can name, as the source (and a Chinese summary) and an English summary write it. */
interface Term {
  readonly key: string;
  readonly label: string;
  readonly zh: (text: string) => boolean;
  /**
   * Whether a Chinese summary's clause names the term: as `zh`, except that a name inside a longer
   * name it writes (浙江 in 浙江锐拓工具有限公司) names that one only. The source's clauses keep `zh`.
   */
  readonly zhClaim?: (text: string) => boolean;
  /** A modifier's pattern; an entity's names as whole words (see whole-names.ts). */
  readonly en: RegExp | WholeNames;
  /** The English name in lower case, when `en` only matches text that contains it: a cheap test first. */
  readonly enLower?: string;
  /** Terms of one group exclude each other (同比 / 环比, 一线 / 二线). */
  readonly group?: string | null;
  /** Whether an English name of the term holds a comma ("Co., Ltd."). */
  readonly enHasComma?: boolean;
  /** Whether the term names a person (whom a sentence opening with 他/她 goes on about). */
  readonly person?: boolean;
  /**
   * A name that tells no figure apart (the headline's, a ubiquitous one) but still holds the shorter
   * names inside it: "Science" in "… Science Center" is the centre, not the journal.
   */
  readonly maskOnly?: boolean;
}

const MODIFIERS: readonly Term[] = modifierData.terms.map((t: { zh: string; en: string; group?: string }) => {
  const zh = new RegExp(t.zh, 'u');
  return {
    key: `m:${t.zh}`,
    // (A lookaround of the pattern, (?<!进)出口, is no part of the word a message names.)
    label: t.zh.split('|')[0]!.replace(/\(\?<?[!=][^)]*\)/gu, ''),
    zh: (s: string) => zh.test(s),
    en: new RegExp(t.en, 'i'),
    group: t.group ?? null,
  };
});

/**
 * The modifiers as a set: englishTermsNamed asks of every term of an article (some 240 modifiers and
 * its entities) whether it is a modifier, per clause, and a scan of the list each time was the
 * verifier's largest single cost on the LLM path.
 */
const MODIFIER_SET: ReadonlySet<Term> = new Set(MODIFIERS);

/** Countries and "the whole country": named around every figure of a China story, they tell none apart. */
const UBIQUITOUS: ReadonlySet<string> = new Set(modifierData.ubiquitous);

/** Kinds whose figures an article states many of, for different things; dates are tied to their clause too. */
const CHECKED = new Set(['percent', 'percentage_point', 'fraction', 'count', 'measure', 'money', 'date', 'duration']);

const ZH_BREAK = /[，,；;。！？!?：:]/u;

/** Kinds that state a change or a share, which 同比/环比 qualify. */
const RATE_KINDS = new Set(['percent', 'percentage_point', 'fraction', 'multiple']);

/**
 * Where a source figure's words stand. `own`: its clause, with the clauses before it that
 * state no figure of their own (对原产于美国的所有进口商品，…加征34%关税), and the previous clause when
 * its own opens without a subject (…的城市有64个，占比逾九成; 出口2.28万亿元，增长6.3%; 其中…;
 * 由5000亿元增加到8000亿元). `before`: the rest of its sentence before that.
 */
interface Region {
  readonly own: string;
  /** The previous clause, when the figure's own opens without a subject. */
  readonly inherited: string;
  readonly before: string;
  /** The figure's clause alone. */
  readonly clause: string;
  /** Its clause up to the figure. */
  readonly lead: string;
}

const regionCache = new WeakMap<Analyzed, Map<SourceFigure, Region>>();
const levelCache = new WeakMap<Analyzed, Map<string, Map<SourceFigure, number>>>();

function regionOf(analyzed: Analyzed, f: SourceFigure, figures: readonly SourceFigure[]): Region {
  let cache = regionCache.get(analyzed);
  if (!cache) regionCache.set(analyzed, (cache = new Map()));
  const hit = cache.get(f);
  if (hit) return hit;
  const text = analyzed.article.source.text;
  const sentence = analyzed.sentences[f.sentence];
  const lo = sentence?.start ?? 0;
  const hi = sentence?.end ?? text.length;
  let s = f.start;
  while (s > lo && !ZH_BREAK.test(text[s - 1] ?? '')) s--;
  let e = f.end;
  while (e < hi && !ZH_BREAK.test(text[e] ?? '')) e++;
  // Figures that give a clause its own subject (times only frame it).
  const states = (a: number, b: number): boolean =>
    figures.some((g) => g !== f && g.end > g.start && g.start >= a && g.end <= b && !TEMPORAL_KINDS.has(g.kind));
  // A date or year frames its whole sentence (5月19日，据媒体报道，英伟达计划在上海…).
  if (TEMPORAL_KINDS.has(f.kind)) {
    const inherited = `${speakerBefore(analyzed, f.sentence)}${nameReferredTo(analyzed, f.sentence, hi)}`;
    const region = { own: text.slice(lo, hi), inherited, before: '', clause: text.slice(s, e), lead: text.slice(s, f.start) };
    cache.set(f, region);
    return region;
  }
  const previousClause = (at: number): number => {
    let p = at - 1;
    while (p > lo && !ZH_BREAK.test(text[p - 1] ?? '')) p--;
    return p;
  };
  let own = s;
  while (own > lo) {
    const p = previousClause(own);
    if (states(p, own)) break;
    own = p;
  }
  let inherited = '';
  let beforeEnd = own;
  // 除草剂出口量占比近六成，杀虫剂和杀菌剂分别占22%和16%: a list of the same shares goes on with the
  // measure of the clause before.
  if (own > lo && (NO_SUBJECT.test(text.slice(s, f.start)) || RESPECTIVE_LIST.test(text.slice(s, f.start)))) {
    // 咸阳机场旅客吞吐量达3520万人次，…；其中国际及地区旅客186万人次: 其中 picks out a part of all the
    // sentence said before it, not of the last clause alone.
    beforeEnd = /^\s*其中/u.test(text.slice(s, f.start)) ? lo : previousClause(own);
    // 装备制造业利润增长10.4%，拉动…3.5个百分点，占…比重为36.2%: a chain of clauses with no subject goes
    // back to the one that names it.
    while (beforeEnd > lo && NO_SUBJECT.test(text.slice(beforeEnd, own))) beforeEnd = previousClause(beforeEnd);
    inherited = text.slice(beforeEnd, own);
  }
  // "…客运航线共运营航班1.86万航次…。其中，12月单月运送旅客17.2万人次": a 其中 sentence goes on
  // with the subject of the one before.
  const parent = analyzed.sentences[f.sentence - 1];
  if (own === lo && parent !== undefined && /^\s*其中/u.test(text.slice(lo, hi))) inherited = `${text.slice(parent.start, parent.end)}${inherited}`;
  inherited = `${speakerBefore(analyzed, f.sentence)}${speakerInSentence(analyzed, f.sentence, s)}${nameReferredTo(analyzed, f.sentence, e)}${inherited}`;
  const region = { own: text.slice(own, e), inherited, before: text.slice(lo, beforeEnd), clause: text.slice(s, e), lead: text.slice(s, f.start) };
  cache.set(f, region);
  return region;
}

/** 该集团, 这家公司: a reference back to an organization named before. */
const REFERENCE = /(?:该|这家)(集团|公司|企业|医院|银行)|该(县|市|区)(?![级域委长])/u;
/** A name of each kind REFERENCE refers to, read by its ending, where the extractor missed it. */
const NAME_BY_ENDING: Readonly<Record<string, RegExp>> = Object.fromEntries([
  ...Object.entries({ 集团: '集团', 公司: '(?:公司|集团)', 企业: '(?:公司|集团)', 医院: '医院', 银行: '银行' })
    .map(([kind, ending]) => [kind, new RegExp(`[^\\s的，。、；：“”（）《》0-9０-９]{2,12}?${ending}`, 'gu')]),
  // 信丰县是受灾较重的县之一。2013年前后，该县…: a place, named by its last character.
  ...['县', '市', '区'].map((kind) => [kind, new RegExp(`[^\\s\\p{P}\\p{N}的是在和与及之为了]{1,6}?${kind}(?![\\u4e00-\\u9fff]{0,1}(?:级|委|长))`, 'gu')]),
]);
/** Names of bodies that are no company (东营市工业和信息化局, 上海期货交易所), for 该公司 and 该企业. */
const NOT_A_COMPANY = /(?:局|委员会|委|协会|学会|商会|部|厅|办公室|办|政府|交易所|中心|大学|学院|医院|研究院|研究所)$/u;

/**
 * "广饶县的山东鸿泰轮胎集团在塞尔维亚…。…该集团在香港联交所上市，10月底市值约168亿港元": a sentence that refers back
 * to 该集团 (该公司, 这家企业) up to the figure's clause speaks of the organization of that kind its paragraph named last
 * before (only the name); one that refers to 该县 (该市, 该区), of the place of that kind (信丰县…。…该县脐橙种植面积…).
 * '' where there is no such reference or name.
 */
function nameReferredTo(analyzed: Analyzed, sentence: number, clauseEnd: number): string {
  const own = analyzed.sentences[sentence];
  if (own === undefined) return '';
  const text = analyzed.article.source.text;
  const reference = REFERENCE.exec(text.slice(own.start, clauseEnd));
  if (reference === null) return '';
  const at = own.start + reference.index;
  const paragraphStart = text.lastIndexOf('\n', own.start) + 1;
  const place = reference[2] !== undefined;
  const kind = (reference[1] ?? reference[2])!;
  const ofKind = (zh: string): boolean =>
    place ? zh.endsWith(kind) : kind === '公司' || kind === '企业' ? !NOT_A_COMPANY.test(zh) : zh.includes(kind);
  const best = { zh: '', start: -1 };
  const consider = (zh: string, start: number): void => {
    if (start >= paragraphStart && start < at && start > best.start) Object.assign(best, { zh, start });
  };
  for (const e of analyzed.entities) {
    if (e.type !== (place ? 'place' : 'organization') || !ofKind(e.zh)) continue;
    for (const m of e.mentions) consider(e.zh, m.start);
  }
  // (Or a name the extractor missed, read by its ending: 江川新材料集团, 宏达橡胶科技有限公司.)
  const notAName = place ? /^(?:该|全|本|各|每|一|两|多)/u : /^(?:该|这家)/u;
  for (const m of text.slice(paragraphStart, at).matchAll(NAME_BY_ENDING[kind]!)) {
    if (!notAName.test(m[0])) consider(m[0], paragraphStart + m.index);
  }
  return best.zh;
}

/** 他 or 她 opening a sentence or clause (not 他们, 她们): it goes on about one person named before. */
const PRONOUN_OPENING = /^\s*[他她](?!们)/u;

/**
 * "张晓宇到横店已有3年。他说，今年每天的报酬…比两年前高出约两成": a sentence opening with 他/她 speaks of
 * the person the sentence before named (only the name: the rest of that sentence is not this one's).
 * '' for any other sentence.
 */
function speakerBefore(analyzed: Analyzed, sentence: number): string {
  const own = analyzed.sentences[sentence];
  const parent = analyzed.sentences[sentence - 1];
  if (own === undefined || parent === undefined || !PRONOUN_OPENING.test(own.text)) return '';
  return personsNamedIn(analyzed, parent.start, parent.end);
}

/** The people the article's entities name between two offsets, as one string of their names. */
function personsNamedIn(analyzed: Analyzed, start: number, end: number): string {
  return analyzed.entities.filter((e) => e.type === 'person' && e.mentions.some((m) => m.start >= start && m.start < end)).map((e) => e.zh).join(' ');
}

/**
 * "今年58岁的王建国是联盟最早的成员之一，他10年间累计献血共72次": a clause opening with 他/她 speaks of the
 * person named earlier in its sentence (only the name). '' for any other clause.
 */
function speakerInSentence(analyzed: Analyzed, sentence: number, clauseStart: number): string {
  const own = analyzed.sentences[sentence];
  const text = analyzed.article.source.text;
  if (own === undefined || clauseStart <= own.start || !PRONOUN_OPENING.test(text.slice(clauseStart, clauseStart + 3))) return '';
  return personsNamedIn(analyzed, own.start, clauseStart);
}

/**
 * A change right before its figure (下降16.8%, 增长了约5%, 分别下降4.0%和5.3%): a rate, which has a basis; a
 * level (达到84.7%) has none.
 */
const CHANGE_BEFORE = /(?:增长|下降|增加|减少|上涨|下跌|上升|回落|提高|降低|增|降|涨|跌)了?(?:约|近|逾|超过)?(?:[0-9.]+[%％]?(?:、|和|及|与))*$/u;

/** 2 when the figure's clause names the term, 1 when only its statement does before the clause, else 0. */
function level(analyzed: Analyzed, f: SourceFigure, term: Term, figures: readonly SourceFigure[]): number {
  let byTerm = levelCache.get(analyzed);
  if (!byTerm) levelCache.set(analyzed, (byTerm = new Map()));
  let byFigure = byTerm.get(term.key);
  if (!byFigure) byTerm.set(term.key, (byFigure = new Map()));
  const hit = byFigure.get(f);
  if (hit !== undefined) return hit;
  const r = regionOf(analyzed, f, figures);
  // A continued clause takes its neighbour's words, but not one its own clause overrides
  // (按月下降17.7%，按年增长26.9%: the second is year on year, not month on month).
  const overridden = (): boolean => MODIFIERS.some((u) => u !== term && u.group && u.group === term.group && u.zh(r.clause));
  // 同比下降12.4%，其中醉酒驾驶1023起，下降16.8%: a change whose clause names no basis of its own is
  // reckoned on the basis its statement named before.
  const changeWithoutBasis = (): boolean => term.group === 'basis' && !overridden() && CHANGE_BEFORE.test(r.lead);
  const v = term.zh(r.own) ? 2 : term.zh(r.inherited) || speaksOf(analyzed, f, term) ? (overridden() ? 1 : 2) : term.zh(r.before) ? (changeWithoutBasis() ? 2 : 1) : 0;
  byFigure.set(f, v);
  return v;
}

/**
 * 陈思琪积6分…。她在第七轮…高出近150分: a sentence opening with 他/她 goes on about a person the sentence before names,
 * as speakerBefore reads it for the people the extractor found; this covers those only the summary's entity list names.
 */
function speaksOf(analyzed: Analyzed, f: SourceFigure, term: Term): boolean {
  // (Of what the person did or has, not the round or day it happened: 第七轮 is no figure of hers.)
  if (term.person !== true || f.kind === 'ordinal' || TEMPORAL_KINDS.has(f.kind)) return false;
  const own = analyzed.sentences[f.sentence];
  const parent = analyzed.sentences[f.sentence - 1];
  return own !== undefined && parent !== undefined && PRONOUN_OPENING.test(own.text) && term.zh(parent.text);
}

/**
 * The article's entities as terms, but not the ones its title names: the main subject
 * (安徽, 洛阳, 小米) stands, said or unsaid, around every figure.
 */
function entityTerms(analyzed: Analyzed, proposed: readonly ProposedEntity[]): Term[] {
  // Built once per article and list of proposed names: cooccurrenceProblems runs per summary sentence.
  let byProposed = entityTermCache.get(analyzed);
  if (!byProposed) entityTermCache.set(analyzed, (byProposed = new WeakMap()));
  const key = proposed.length === 0 ? NO_PROPOSED : proposed;
  let hit = byProposed.get(key);
  if (!hit) byProposed.set(key, (hit = buildEntityTerms(analyzed, proposed)));
  return hit;
}

function modifiersBesideTitle(analyzed: Analyzed): readonly Term[] {
  let hit = modifierTermCache.get(analyzed);
  if (!hit) {
    const title = analyzed.article.source.title ?? '';
    modifierTermCache.set(analyzed, (hit = MODIFIERS.filter((t) => !(SUBJECT_GROUPS.has(t.group ?? '') && t.zh(title)))));
  }
  return hit;
}

const modifierTermCache = new WeakMap<Analyzed, readonly Term[]>();
/**
 * Groups that name whom or where an article is about (农村, 学生). Others keep telling figures apart
 * even when the headline names them: a CPI story's headline says 同比, and its 环比 figures remain.
 */
const SUBJECT_GROUPS: ReadonlySet<string> = new Set(['area', 'who']);
const entityTermCache = new WeakMap<Analyzed, WeakMap<readonly ProposedEntity[], Term[]>>();
const NO_PROPOSED: readonly ProposedEntity[] = [];

function buildEntityTerms(analyzed: Analyzed, proposed: readonly ProposedEntity[]): Term[] {
  const source = analyzed.article.source.text;
  const title = `${analyzed.article.source.title ?? ''} ${analyzed.sentences[0]?.text ?? ''}`;
  // 北京 and 北京市 are both "Beijing": one word of the claim, however many forms the source uses.
  const formsByEnglish = new Map<string, string[]>();
  const organizations = new Set<string>();
  const persons = new Set<string>();
  const seen = new Set<string>();
  const masks = new Map<string, string>();
  for (const e of [...analyzed.entities, ...proposed]) {
    const zh = e.zh.trim();
    const en = e.en.trim();
    // 茂名市 is the 茂名 of the title; 中国, 美国 stand around every figure of a China story. (So are 阿勒泰地区,
    // 阿拉善盟 and 乌江流域 of a headline's 阿勒泰, 阿拉善, 乌江: the source's 全地区, 全盟, 流域.)
    const bare = /^(.{2,})(?:地区|自治州|自治县|流域|盟)$/u.exec(zh)?.[1] ?? zh.replace(/[省市县区镇]$/u, '');
    if (zh.length < 2 || en.length < 2 || !source.includes(zh)) continue;
    if (seen.has(zh)) {
      // The summary's own entity list may spell a name the extractor already gave ("… High Magnetic
      // Field …" for its "… Strong Magnetic Field …"): that spelling still holds the names inside it.
      if (!masks.has(zh)) masks.set(zh, en);
      continue;
    }
    if (title.includes(bare) || UBIQUITOUS.has(bare)) {
      masks.set(zh, en);
      continue;
    }
    seen.add(zh);
    if (e.type === 'organization') organizations.add(zh);
    if (e.type === 'person') persons.add(zh);
    const forms = formsByEnglish.get(en.toLowerCase());
    if (forms) forms.push(zh);
    else formsByEnglish.set(en.toLowerCase(), [zh]);
  }
  const out: Term[] = [];
  const allForms = [...formsByEnglish.values()].flat().concat([...masks.keys()]);
  for (const { names, forms } of withSurnames(withShortNames(formsByEnglish, organizations), persons, [...seen, ...masks.keys()])) {
    // 浙江 inside 浙江锐拓工具有限公司 names the company, not the province.
    const within = new Map(forms.map((f) => [f, allForms.filter((g) => g.length > f.length && g.includes(f) && !forms.includes(g))]));
    const namesForm = (s: string, f: string): boolean => {
      const longer = within.get(f)!;
      return longer.length === 0 ? s.includes(f) : standsOutside(s, f, longer);
    };
    out.push({
      key: `e:${forms.join('/')}`,
      label: forms.join('/'),
      zh: forms.length === 1 ? (s: string) => s.includes(forms[0]!) : (s: string) => forms.some((f) => s.includes(f)),
      zhClaim: forms.length === 1 ? (s: string) => namesForm(s, forms[0]!) : (s: string) => forms.some((f) => namesForm(s, f)),
      en: wholeNames(names),
      ...(names.length === 1 ? { enLower: names[0]! } : {}),
      enHasComma: names.some((n) => n.includes(',')),
      person: forms.some((f) => persons.has(f)),
    });
  }
  for (const [zh, en] of masks) {
    if (formsByEnglish.has(en.toLowerCase()) || en.split(/\s+/).length < 2) continue;
    out.push({ key: `mask:${zh}`, label: zh, zh: () => false, en: wholeNames([en]), enLower: en.toLowerCase(), maskOnly: true });
  }
  return out;
}

/** Whether `text` has `form` somewhere no longer name holds it. */
function standsOutside(text: string, form: string, longer: readonly string[]): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const covered = longer.some((g) => {
      const offset = g.indexOf(form);
      // Every place the longer name could hold this occurrence.
      for (let o = offset; o >= 0; o = g.indexOf(form, o + 1)) if (text.startsWith(g, at - o)) return true;
      return false;
    });
    if (!covered) return true;
  }
  return false;
}

/**
 * Entity groups with an organisation's short name joined to its full one: 中国信保 (Sinosure) is
 * 中国出口信用保险公司, 华逸集团 is 华逸酒店集团 — the short name keeps the full name's characters in
 * order but skips some. A name inside another (浙江 in 浙江大学) is no short name of it.
 */
function withShortNames(formsByEnglish: ReadonlyMap<string, string[]>, organizations: ReadonlySet<string>): { names: string[]; forms: string[] }[] {
  const groups = [...formsByEnglish].map(([name, forms]) => ({ names: [name], forms: [...forms] }));
  for (let i = 0; i < groups.length; i++) {
    const short = groups[i]!;
    const full = groups.find(
      (g) => g !== short && short.forms.every((a) => organizations.has(a)) &&
        g.forms.some((b) => organizations.has(b) && short.forms.some((a) => isShortNameOf(a, b))),
    );
    if (full === undefined) continue;
    full.names.push(...short.names);
    full.forms.push(...short.forms);
    groups.splice(i--, 1);
  }
  return groups;
}

/**
 * 意大利车手马可·贝尔蒂…。贝尔蒂以4小时02分33秒夺得该赛段冠军: a transliterated name is later written by its last
 * part alone, which names the same person (while no other name of the article ends in it). Its group, if the
 * entity lists give it one ("Berti"), joins the full name's.
 */
function withSurnames(groups: { names: string[]; forms: string[] }[], persons: ReadonlySet<string>, allNames: readonly string[]): { names: string[]; forms: string[] }[] {
  for (const group of [...groups]) {
    if (!groups.includes(group)) continue;
    for (const full of [...group.forms]) {
      const last = persons.has(full) ? /·([^·]{2,})$/u.exec(full)?.[1] : undefined;
      if (last === undefined || group.forms.includes(last)) continue;
      if (allNames.some((zh) => zh !== full && zh !== last && zh.endsWith(last))) continue;
      const own = groups.findIndex((g) => g !== group && g.forms.length === 1 && g.forms[0] === last);
      if (own >= 0) {
        group.names.push(...groups[own]!.names);
        groups.splice(own, 1);
      }
      group.forms.push(last);
    }
  }
  return groups;
}

function isShortNameOf(short: string, full: string): boolean {
  if (short.length >= full.length || full.includes(short) || short[0] !== full[0]) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function comparable(claim: PlacedClaim['claim'], g: SourceFigure): boolean {
  switch (claim.kind) {
    case 'percent':
    case 'fraction':
      return g.kind === 'percent' || g.kind === 'fraction';
    // 429公里 has no rival in 15个, nor 28.4万标准箱 in 5326列: only what is counted or measured alike.
    case 'count':
      // A word nobody listed (麒麟9020芯片 read as 9020芯) is checked by value only, never a rival.
      if (g.unit?.startsWith(UNLISTED) && claim.unit !== g.unit) return false;
      return (g.kind === 'count' && classifiersAgree(claim.unit, g.unit)) || (g.kind === 'measure' && claim.unit === null);
    case 'measure':
      return (g.kind === 'measure' && g.unit === claim.unit) || (g.kind === 'count' && g.unit === null);
    case 'money':
    case 'duration':
      return g.kind === claim.kind && g.unit === claim.unit;
    default:
      return g.kind === claim.kind;
  }
}

/** "Nineteen of the ", "3,200 out of its ", "More than 90% of China's roughly ": a part named before the whole that follows. */
const WHOLE_OF_A_PART = /\b(?:[A-Za-z]+|\d[\d,.]*%?)\s+(?:of|out\s+of)\s+(?:the|its|their|all|all\s+the|[A-Z][a-z]+['’]s)\s+(?:(?:[a-z]+['’]s\s+)?(?:nearly|about|around|roughly|almost|some|more\s+than|over)\s+)?$/;

/** A conjunction opening a clause of time or cause: once, when, after, before, until, because, unless. */
const SUBORDINATE_AFTER = /\s(?:once|when|after|before|until|because|unless)\s/i;

/** An opening clause that names where the figures come from, not whose they are. */
const ATTRIBUTION_LEAD = /^(?:据[^，,]{1,30}[，,]|[^，,]{1,30}(?:数据|统计|监测|调查|报告|报表)(?:显示|表明|指出)[，,]|(?:according to|data from|figures from)\b[^,]*,)/iu;

/** An opening phrase that names what a statement answers or follows from: 面对…，为应对…，"Facing …,", "In response to …,". */
const CAUSE_LEAD = /^(?:面对|针对|为(?:了)?应对|应对|为满足|为适应|(?:Facing|Faced with|In response to|To meet|To comply with)\b)/iu;

/** The stretch of a summary sentence whose words go with the claim at start–end. */
function claimRegion(text: string, start: number, end: number, lang: 'zh' | 'en', claims: readonly PlacedClaim[]): string {
  let s: number;
  let e: number;
  if (lang === 'zh') {
    s = start;
    while (s > 0 && !ZH_BREAK.test(text[s - 1] ?? '')) s--;
    e = end;
    while (e < text.length && !ZH_BREAK.test(text[e] ?? '')) e++;
    // 约40.5万人次韩国游客占入境游客总数的近四成: what follows 占 is the whole the share is of, no
    // word about the figure before it.
    const share = text.slice(end, e).search(/占(?!领|据|用|地)/u);
    if (share >= 0) e = end + share;
    // 186辆运营车辆中有132辆为纯电动车, 23名中国选手中有9人晋级: what follows 中有 is said of the part counted
    // after it, not of the whole before.
    const part = /中(?:共有|有)(?=[^，,；;。]*?[0-9０-９一二三四五六七八九十两])/u.exec(text.slice(end, e));
    if (part !== null) e = end + part.index;
  } else if (/\brespectively\b/i.test(text)) {
    // "Beijing, Guangzhou and Shenzhen fell 0.3%, 0.5% and 0.6% respectively": the list's
    // names go with every figure of it, so the stretch runs past commas and "and".
    const stops = /[;:—]| – | while /g;
    s = 0;
    e = text.length;
    for (const m of text.matchAll(stops)) {
      if (m.index + m[0].length <= start) s = m.index + m[0].length;
      else if (m.index >= end) {
        e = m.index;
        break;
      }
    }
  } else {
    [s, e] = englishClause(text, start, end);
    // "fell 17.7% month on month … but rose 26.9% year on year": "but" parts two statements.
    const but = text.lastIndexOf(' but ', start);
    if (but >= s) s = but + 5;
    const next = text.indexOf(' but ', end);
    if (next >= 0 && next < e) e = next;
    // "will rise to 920,000 tonnes once a new line in Xiaoyi starts": a clause of time or cause after
    // the figure names whose event it is, not whose figure.
    const subordinate = SUBORDINATE_AFTER.exec(text.slice(end, e));
    if (subordinate !== null) e = end + subordinate.index;
  }
  // An opening phrase with no figure ("Year on year, …", "同比看，…") says something of every figure.
  // (Not one that gives the cause the statement answers, 面对欧盟更严格的儿童安全锁要求，瓯海区投入1200万元…: the party it
  // names is what was faced, not whose figures follow.)
  const lead = lang === 'zh' ? /^[^，,；;。]*[，,]/u.exec(text) : /^[^,;]*,/.exec(text);
  const region = text.slice(s, e);
  if (lead && lead[0].length <= s && !claims.some((c) => c.claim.start < lead[0].length) && !CAUSE_LEAD.test(lead[0])) return `${lead[0]} ${region}`;
  return region;
}

/**
 * A figure used for the wrong subject among many of its kind (city-by-city prices, trial and
 * control arms, targets for GDP and for prices): when the claim's clause names a narrowing
 * word or an entity, the source figure it agrees with should stand where the source names
 * it too. Flags a claim when another source figure of its kind stands with more of the
 * clause's words — in its own clause (2) or earlier in its statement (1) — than any figure
 * that supports it, and names at least one of them in its own clause.
 *
 * Work per claim: the claim's terms × the article's figures, each test cached per article.
 */
export function cooccurrenceProblems(
  placed: readonly PlacedClaim[],
  text: string,
  lang: 'zh' | 'en',
  analyzed: Analyzed,
  figures: readonly SourceFigure[],
  proposed: readonly ProposedEntity[] = [],
  titleSentence: number | null = null,
): Map<number, string> {
  const problems = new Map<number, string>();
  if (!placed.some((p) => p.supporting.length > 0 && CHECKED.has(p.claim.kind))) return problems;
  const sourceText = analyzed.article.source.text;
  // A word for whom or where the headline names (江州农村学校…) is what the whole article is about,
  // as the headline's entities are (see entityTerms): it stands around every figure, said or unsaid.
  const entities = entityTerms(analyzed, proposed);
  const terms = [...modifiersBesideTitle(analyzed), ...entities.filter((t) => t.maskOnly !== true)];
  const masks = entities.filter((t) => t.maskOnly === true);
  // A sentence about when something was released may pit release days against each other.
  const releases = /发布|公布|披露|宣布|\b(?:released|published|announced|disclosed)\b/iu.test(text);
  // How much of a Chinese claim's wording a source sentence shares: the same for every claim of
  // this sentence, so counted once per source sentence.
  const wording = lang === 'zh' ? hanBigrams(text) : new Set<string>();
  const sharedBySentence = new Map<number, number>();
  const shared = (n: number): number => {
    let k = sharedBySentence.get(n);
    if (k === undefined) {
      const sentence = analyzed.sentences[n]?.text ?? '';
      k = 0;
      for (const b of wording) if (sentence.includes(b)) k++;
      sharedBySentence.set(n, k);
    }
    return k;
  };
  // The terms a stretch of the sentence names: claims of one clause share their stretch.
  const namedIn = new Map<string, Term[]>();
  const wordsText = lang === 'en' ? withNamesWhole(withoutCountedPeople(withoutCountNouns(text, placed), placed, (w) => WHO_TERMS.some((t) => t.en.test(w))), terms) : text;
  // "It was published on February 3": the article's own date, which no clause of the body states.
  // (A copied dateline, 新华社杭州10月20日电, is checked against the source's dateline instead.)
  const publication = lang === 'en' && /\b(?:published|dated)\b/i.test(text);
  // A sentence that opens with its time in a clause of its own (今年1月至7月，贵南高铁发送旅客1245万人次) times every clause after.
  const lead = /^[^，,；;。]{1,16}[，,]/u.exec(text)?.[0].length ?? 0;
  const leadTimes = placed.filter((o) => TEMPORAL_KINDS.has(o.claim.kind) && o.claim.end < lead);
  const timedLead = leadTimes.length > 0 && leadTimes.reduce((rest, o) => rest.replace(o.claim.text, ''), text.slice(0, lead - 1)).replace(/以来|期间|前|上旬|中旬|下旬/gu, '').trim() === '';
  const leadTime = (o: PlacedClaim): boolean => timedLead && leadTimes.includes(o);
  // The article's date line, and figures the source states per day: the same for every claim.
  const datelines = articleFrame(analyzed).datelines;
  const dailyInSource = (f: SourceFigure): boolean => DAILY_BEFORE_ZH.test(sourceText.slice(Math.max(0, f.start - 8), f.start));
  // The article's first sentence of body text (after its headline and date line): where a report names its source.
  const firstBody = analyzed.sentences.find((_, n) => n !== titleSentence && !datelines.has(n))?.text;
  const attribution = ATTRIBUTION_LEAD.exec(text)?.[0];
  placed.forEach((p, i) => {
    if (p.supporting.length === 0 || !CHECKED.has(p.claim.kind)) return;
    // "the women's 71kg title" (71公斤级): a class is named by its figure; whose it is, no clause says.
    if (isClassLabel(text, p.claim.start, p.claim.end, lang)) return;
    if (publication && p.claim.kind === 'date' && p.supporting.some((f) => f.end <= f.start)) return;
    // "less than two years ago": how long ago, which no clause of the source's says of a party.
    if (lang === 'en' && isShortTimeAgo(p.claim, text)) return;
    // "Nineteen of the 96 members were foreign scientists", "less than 20% of the town's nearly 600 workers":
    // the whole a part is taken from; what the clause goes on to say is said of the part.
    if (lang === 'en' && WHOLE_OF_A_PART.test(text.slice(Math.max(0, p.claim.start - 40), p.claim.start))) return;
    const region = claimRegion(wordsText, p.claim.start, p.claim.end, lang, placed);
    let named = namedIn.get(region);
    if (named === undefined) {
      named = lang === 'zh' ? terms.filter((t) => (t.zhClaim ?? t.zh)(region)) : englishTermsNamed(terms, region, masks);
      namedIn.set(region, named);
    }
    // 归母净利润2.86亿元，同比增长65.3%: 同比 says how the rate was reckoned, nothing of the level beside it;
    // "rose 4.5 percentage points year on year to around 92%": nor of the level the change reached.
    // 但比2022年的84.6%提高了6.6个百分点 where the source says 在2022年的监测中…仅为84.6%: nor of the level a change is
    // measured from, where the year the source names last before it is that year. (A base the source gives for another
    // year, 较2021年的98.7% for 2024年…98.7%, still meets its rival.)
    const baseYear = lang === 'zh' ? COMPARED_LEVEL_BEFORE.exec(text.slice(Math.max(0, p.claim.start - 14), p.claim.start))?.[1] : undefined;
    const baseOfItsYear = baseYear !== undefined && p.supporting.some((f) => f.end > f.start && lastYearBefore(sourceText, f) === baseYear);
    const fromLastYear = lang === 'zh' && FROM_LAST_YEAR_LEVEL_BEFORE.test(text.slice(Math.max(0, p.claim.start - 8), p.claim.start));
    if (!RATE_KINDS.has(p.claim.kind) || isLevelReached(text, p.claim.start, lang) || baseOfItsYear || fromLastYear) named = named.filter((t) => t.group !== 'basis');
    // 京唐港区完成2.51亿吨，增长1.1% after 同比增长3.8% for the whole port: a rise the source states with no basis of its
    // own takes the one said before it, so "year on year" names nobody's figure there.
    // (Only where the rise's sentence states another figure of the summary sentence, the level it goes with.)
    else if (p.supporting.some((f) => RISE_WITHOUT_BASIS_BEFORE.test(sourceText.slice(Math.max(0, f.start - 8), f.start)) && basisCarriedOver(analyzed, f) &&
      placed.some((o) => o !== p && o.supporting.some((g) => g.sentence === f.sentence && g !== f)))) named = named.filter((t) => t.group !== 'basis');
    // 玉林市…每公斤13.05元，比桂林市低0.53元: the party a gap is measured to names its base, not whose the gap is.
    // (Only where the source too states the figure as a gap: 两地价差0.53元.)
    // (Or where the gap is worked out from the two parties' figures the source states: 23枚 and 沈阳代表队's 11枚
    // for 比沈阳代表队多12枚.)
    const gapParty = lang === 'zh' ? GAP_TO_PARTY_BEFORE.exec(text.slice(Math.max(0, p.claim.start - 16), p.claim.start)) : null;
    const gapTo = gapParty !== null &&
      (p.supporting.some((f) => GAP_WORD_BEFORE.test(sourceText.slice(Math.max(0, f.start - 4), f.start))) || derivedFrom(p.claim, text, figures, sourceText) !== null)
      ? gapParty
      : null;
    if (gapTo !== null) named = named.filter((t) => !t.zh(gapTo[1]!));
    // 领先亚军王强45秒 where the source says 王强…获得亚军，落后冠军45秒 (与第二名…仅差0.08分 where it says 两队仅相差0.08分):
    // the party led names the lead's base, unless the source names it in the clause of the lead (领先第二名张一鸣21分).
    const ledParty = lang === 'zh' ? AHEAD_OF_NAMED_PARTY_BEFORE.exec(text.slice(Math.max(0, p.claim.start - 16), p.claim.start)) : null;
    const leadsIn = p.supporting.filter((f) => AHEAD_OF_PARTY_BEFORE.test(sourceText.slice(Math.max(0, f.start - 12), f.start)) || GAP_WORD_BEFORE.test(sourceText.slice(Math.max(0, f.start - 4), f.start)));
    if (ledParty !== null && leadsIn.length > 0) {
      const party = ledParty[1] ?? ledParty[2]!;
      named = named.filter((t) => !t.zh(party) || leadsIn.some((f) => t.zh(sourceText.slice(...clauseAround(sourceText, f.start, f.end, 'zh')))));
    }
    if (lang === 'en') named = named.filter((t) => !namesNarrowerKind(t, region, p.supporting, analyzed, figures) && !locatesAnotherPlace(t, region));
    // "Marco Berti of Italy won the stage in 4:02:33" where the source says 意大利车手马可·贝尔蒂…。贝尔蒂以4小时02分33秒夺冠: a
    // country the source writes only as the person's own (意大利车手, 来自印度的特级大师) says who the person is, not where
    // the figure stands.
    if (named.some((t) => t.person === true)) named = named.filter((t) => !describesPersonNamed(t, named!, sourceText));
    // 广州市中毒控制中心数据显示，一氧化碳中毒病例为157例 where the source names the centre only where its report opens
    // (记者从广州市中毒控制中心获悉): an opening that says whose data these are names the article's own source, which stands
    // around every figure, unless the source names it with the figure too. (Named in a later sentence, 据射洪市统计局…, it
    // still tells that sentence's figures from the rest.)
    if (attribution !== undefined && region.startsWith(attribution) && firstBody !== undefined) {
      const rest = region.slice(attribution.length);
      const inRest = lang === 'zh' ? terms.filter((t) => (t.zhClaim ?? t.zh)(rest)) : englishTermsNamed(terms, rest, masks);
      named = named.filter((t) => inRest.includes(t) || !t.zh(firstBody) || p.supporting.some((f) => t.zh(analyzed.sentences[f.sentence]?.text ?? '')));
    }
    if (named.length === 0) return;
    const score = (f: SourceFigure): number => named.reduce((sum, t) => sum + level(analyzed, f, t, figures), 0);
    // A well-supported reading stands: the figure as the source states it (value, unit word and
    // qualifier alike) where the source's statement of it (its clause or what leads up to it)
    // names every word the claim's clause names.
    // Pairing by co-occurrence across sentences is for claims that have no such reading.
    // A rival in that very sentence (the other arm, tier or month of the same statement) still
    // counts, and so does one whose sentence shares more of a Chinese claim's wording.
    const wellSupported = new Set(
      p.supporting.filter((f) => statedAsIs(p.claim, f) && named.every((t) => level(analyzed, f, t, figures) > 0)).map((f) => f.sentence),
    );
    const sharedBest = Math.max(0, ...[...wellSupported].map(shared));
    // A figure another claim of this sentence uses is stated here in its own right, not swapped in.
    // (An unsupported one still points at the figure it garbled: 1800亿美元 at 180亿美元.)
    const others = placed.filter((o) => o !== p);
    const supported = new Set([...p.supporting, ...others.flatMap((o) => o.supporting)]);
    for (const o of others) {
      if (o.supporting.length > 0) continue;
      const check = checkClaim(o.claim, figures);
      if (check.status === 'unsupported' && check.nearest) supported.add(check.nearest);
      else if (check.status !== 'unsupported') supported.add(check.fact);
    }
    // …wherever the source states that value (the title and the body both say 180亿美元).
    const valueKey = (f: SourceFigure): string => `${f.kind}|${f.unit ?? ''}|${String(f.value)}|${f.valueMax ?? ''}`;
    const usedValues = new Set([...supported].filter((f) => !p.supporting.includes(f)).map(valueKey));
    let best = 0;
    for (const f of p.supporting) best = Math.max(best, f.end > f.start ? score(f) : 0);
    const parties = named.filter((t) => !MODIFIER_SET.has(t)).length;
    const sharedByList = parties >= 2 && placed.filter((o) => o.claim.kind === p.claim.kind && region.includes(o.claim.text)).length === 1;
    // 海岳轮胎…净利润7.4亿元 where the source's clause naming 海岳轮胎 states its revenue: a figure
    // that measures something else than what the claim says, while a supporting one measures
    // just that, is no rival for it; nor is one whose measure no word names (施特劳斯's revenue
    // 19.4亿欧元 against 以约6.8亿欧元收购施特劳斯).
    const claimFamily = claimMeasureFamily(p.claim, text, lang);
    const measuredAlike = claimFamily !== null && p.supporting.some((f) => measureFamily(f.measures) === claimFamily);
    const paired = changePartners(p, others, text, lang);
    // An English count every supporting figure counts with one classifier of its own (46座, 约1300名):
    // a figure counted with another (约1280万张, 19个) or measured (2.3万吨) counts other things. A general one (35个) says
    // nothing of what "35 farmers" count, and leaves 3.5万名 a rival.
    const countedAs = lang === 'en' && p.claim.kind === 'count' ? specificClassifier(p.supporting) : null;
    // 兰亭景区今年一季度接待游客41.3万人次 where the source says 去年接待游客162万人次，今年一季度…41.3万人次:
    // a figure the source gives for another time than the claim's clause names is no rival.
    const [cs, ce] = clauseAround(text, p.claim.start, p.claim.end, lang);
    const claimTimes = placed.filter((o) => o !== p && TEMPORAL_KINDS.has(o.claim.kind) && o.supporting.length > 0 && ((o.claim.start >= cs && o.claim.end <= ce) || leadTime(o)));
    // Only while a supporting figure's own clause states the claim's time (今年一季度…41.3万人次).
    const atClaimTime = (f: SourceFigure): boolean => clauseTimes(analyzed, f, figures).some((h) => claimTimes.some((o) => temporalMatch(o.claim, h)));
    const supportedAtClaimTime = claimTimes.length > 0 && p.supporting.some(atClaimTime);
    const atAnotherTime = (g: SourceFigure): boolean => {
      if (!supportedAtClaimTime) return false;
      return clauseTimes(analyzed, g, figures).length > 0 && !atClaimTime(g);
    };
    // 林振宇以总成绩395公斤夺冠 where the source says 林振宇挺举举起220公斤，…并以总成绩395公斤获得金牌: a
    // supporting figure whose own clause shares more of a Chinese claim's wording (总成绩), names aside,
    // than a rival's clause in the same sentence does is the one the claim speaks of.
    const claimWording = lang === 'zh' ? wordingWithoutNames(region, named) : null;
    const clauseWording = (f: SourceFigure): number => {
      if (claimWording === null) return 0;
      const clause = regionOf(analyzed, f, figures).clause;
      let k = 0;
      for (const b of claimWording) if (clause.includes(b)) k++;
      return k;
    };
    // Only within one sentence of the body: across sentences, which figure the claim took is for the terms to say.
    const wordedCloser = (g: SourceFigure): boolean =>
      p.supporting.some((f) => f.end > f.start && f.sentence === g.sentence && f.sentence !== titleSentence && clauseWording(f) > clauseWording(g));
    // "won the title with a 318kg total" where the source says 陈浩然抓举143公斤，挺举175公斤，总成绩318公斤: a total the
    // source states as one (总成绩, 合计) in the sentence is the claim's, not the part its party's clause gives.
    const saysTotal = lang === 'en' && /\btotal\b/i.test(region);
    const totalCloser = (g: SourceFigure): boolean =>
      p.supporting.some((f) => f.end > f.start && f.sentence === g.sentence && TOTAL_WORD_ZH.test(regionOf(analyzed, f, figures).clause) && !TOTAL_WORD_ZH.test(regionOf(analyzed, g, figures).clause));
    const claimPerUnit = p.claim.kind === 'money' && isPriceOfOne(text, p.claim.start, p.claim.end, lang);
    const claimWithin = lang === 'zh' ? /^以?内/u.test(text.slice(p.claim.end, p.claim.end + 2)) : /\bwithin\s+(?:about\s+)?$/i.test(text.slice(Math.max(0, p.claim.start - 14), p.claim.start));
    // "72 donations", "1,800 orders" where the source gives the donor's 58岁: a count of things has no rival
    // in somebody's age, as it has no support in one.
    // "increases the number of electrode channels from 16 to 24" where the source gives the speaker's 38岁 too: a count no
    // age supports, written as no age is ("Fang, 38,", "aged 38", "38-year-old"), has no rival in an age either.
    const countsThings = lang === 'en' && (countsThingsAfter(text, p.claim) ||
      (p.claim.kind === 'count' && !p.supporting.some((f) => isAgeUnit(f.unit)) && !writtenAsAge(text, p.claim.start, p.claim.end)));
    // "caps visitor numbers at 12,000 a day" resting on 每天限流1.2万人次: a cap or a floor the source states
    // as one is no count of what happened, so a figure stated plainly (单日接待游客10260人次) is no rival.
    // "43 seconds faster than the record he had set" resting on 比原纪录快43秒: a gap the source states as one
    // has no rival in a level (陈昊以2小时21分07秒夺冠), which measures something else.
    const gapAsStated = lang === 'en' && (GAP_AFTER_EN.test(text.slice(p.claim.end, p.claim.end + 16)) || GAP_BY_BEFORE_EN.test(text.slice(Math.max(0, p.claim.start - 60), p.claim.start))) &&
      p.supporting.some((f) => statedAsGap(sourceText, f));
    const bound = p.claim.approx === 'at_most' || p.claim.approx === 'at_least' ? p.claim.approx : null;
    const boundAsStated = bound !== null && p.supporting.every((f) => f.approx === bound);
    // 以低于标准杆17杆的271杆赢得冠军 where the source says 广东选手李铭轩最后一轮打出低于标准杆6杆的66杆，以四轮总成绩
    // 低于标准杆17杆的271杆夺冠: two figures of one summary clause the source states together in a clause that names
    // no other party are read there, where the sentence's subject carries on; another clause's figure is no rival.
    const partnerClause = partneredClause(p, placed, analyzed, figures, [cs, ce], terms, named);
    // 川能锂材和蜀锂新能源…分别同比下降21%和17% where the source says 两家企业…分别比去年同期下降21%和17%: a list of figures given
    // respectively, which the source lists so in one clause of its own, pairs by its order there; no rival decides it.
    const listed = placed.filter((o) => o.claim.kind === p.claim.kind && o.claim.start >= cs && o.claim.end <= ce);
    if (listed.length >= 2 && /分别|\brespectively\b/iu.test(text) && p.supporting.some((f) => {
      const clause = regionOf(analyzed, f, figures).clause;
      return /分别/u.test(clause) && listed.every((o) => o.supporting.some((g) => g.sentence === f.sentence && regionOf(analyzed, g, figures).clause === clause));
    })) return;
    const claimDaily = lang === 'en' && DAILY_AROUND_EN.test(text.slice(Math.max(0, p.claim.start - 24), p.claim.end + 16)) && p.supporting.some(dailyInSource);
    // "also performed 14 heart transplants" where the source says 肝移植212例…还完成心脏移植14例: the noun after an English
    // count, translated, names the thing the supporting figure counts better than it names a rival's in the same sentence
    // (肝移植 has only 移植). Across sentences the clause's words decide, as before.
    // (Scored only for a rival that shares a sentence with a supporting figure: the gloss index loads on first use.)
    const countNoun = lang === 'en' && p.claim.kind === 'count' ? nounWordsAfter(text, p.claim.end) : [];
    const nounScore = (f: SourceFigure): number => wordsGlossedIn(countNoun, leadIn(sourceText, f));
    const nounCloser = (g: SourceFigure): boolean =>
      countNoun.length > 0 && p.supporting.some((f) => f.sentence === g.sentence && f.end > f.start && nounScore(f) > nounScore(g));
    let rival: SourceFigure | null = null;
    let rivalScore = best;
    for (const g of figures) {
      if (g.end <= g.start || g.sentence === titleSentence || supported.has(g) || !comparable(p.claim, g)) continue;
      // "2025-08-27 安徽日报": the article's date line names its outlet, not a party of any figure.
      if (datelines.has(g.sentence)) continue;
      if (boundAsStated && g.approx === null) continue;
      if (partnerClause !== null && g.sentence === partnerClause.sentence && regionOf(analyzed, g, figures).clause !== partnerClause.clause) continue;
      if (gapAsStated && !statedAsGap(sourceText, g)) continue;
      if (countsThings && g.kind === 'count' && isAgeUnit(g.unit)) continue;
      if (isClassLabel(sourceText, g.start, g.end, 'zh')) continue;
      // "averaged about 14.6 a day" resting on 日均约14.6列: a daily figure has no rival in a total (3976列).
      if (claimDaily && !dailyInSource(g)) continue;
      if (nounCloser(g)) continue;
      // 巴特尔在规定的60秒内…用时38.6秒: a limit within which something was done is no rival for a plain level.
      if (p.claim.approx === null && !claimWithin && /^以?内/u.test(sourceText.slice(g.end, g.end + 2))) continue;
      if (claimWording !== null && wordedCloser(g)) continue;
      if (saysTotal && totalCloser(g)) continue;
      // 收于每千克8856元 is a price per kilogram; "turnover topped 120 billion yuan" a total: no rivals.
      if (p.claim.kind === 'money' && g.kind === 'money' && claimPerUnit !== isPriceOfOne(sourceText, g.start, g.end, 'zh')) continue;
      if (paired.size > 0 && !paired.has(g.sentence)) continue;
      // 中国饭店协会1月14日发布: the day a report came out is no rival for the time it reports on.
      if (g.kind === 'date' && !releases && releasedAt(analyzed.article.source.text, g.end)) continue;
      if (measuredAlike && measureFamily(g.measures) !== claimFamily) continue;
      if (wellSupported.size > 0 && !wellSupported.has(g.sentence) && (lang === 'en' || shared(g.sentence) < sharedBest)) continue;
      if (usedValues.has(valueKey(g))) continue;
      const sg = score(g);
      // The same figure stated elsewhere (6月份 twice) is no rival: only another value is.
      // A rival names one of the words in its very clause (国家药品监督管理局's 4月, not a date
      // whose clause merely follows the sentence's subject).
      // A clause that lists several parties for one figure (China Telecom, China Mobile and China
      // Unicom … 3.2亿元) is not contradicted by a figure standing beside one of them: the rival must
      // name two. With a figure per party (分别以5.37亿元和4.1亿元) one name decides, as before.
      const inRivalClause = named.filter((t) => t.zh(regionOf(analyzed, g, figures).clause)).length;
      if (sg <= rivalScore || inRivalClause < (sharedByList ? 2 : 1)) continue;
      // "vaccination in eight leagues and cities … covered 2.1 million more sheep": a count the
      // sentence itself states (8个 as "eight") is said in its own right, not swapped in.
      if (g.kind === 'count' && statesSmallCount(text, g.value)) continue;
      // 17.2万人次 and 两个(码头), 1.86万航次: counts of other things, whatever the clause names. (Not
      // inferred for English from the supporting figure: "35 farmers" resting on 35个 is the swap.)
      if (lang === 'zh' && p.claim.kind === 'count' && otherClassifier(p.claim.text, g.text)) continue;
      // "1,487 schools" and 4.7万人 likewise, where the English noun says what is counted.
      if (lang === 'en' && p.claim.kind === 'count' && countsOtherThings(text.slice(p.claim.end), g.unit)) continue;
      if (countedAs !== null && (g.kind === 'measure' || (g.kind === 'count' && g.unit?.replace(UNLISTED, '') !== countedAs))) continue;
      // 31秒 is part of 2小时08分31秒, read whole beside it: the part is no figure of its own.
      if (figures.some((h) => h !== g && h.kind === g.kind && h.start <= g.start && h.end >= g.end && h.end - h.start > g.end - g.start)) continue;
      if (atAnotherTime(g)) continue;
      if (checkClaim(p.claim, [g]).status === 'unsupported') {
        rival = g;
        rivalScore = sg;
      }
    }
    if (rival === null) return;
    const words = named.filter((t) => t.zh(regionOf(analyzed, rival!, figures).clause)).map((t) => t.label);
    problems.set(
      i,
      `figure from the wrong place: where the source names ${words.join('/')} it gives ${rival.text}, not ${p.supporting[0]!.text}`,
    );
  });
  return problems;
}

/**
 * The source clause where a claim's support and another claim of its summary clause stand together, each as
 * the summary writes it (of numbers, not times), when that clause names no party the claim's clause does not:
 * null otherwise.
 */
function partneredClause(
  p: PlacedClaim,
  placed: readonly PlacedClaim[],
  analyzed: Analyzed,
  figures: readonly SourceFigure[],
  [cs, ce]: readonly [number, number],
  terms: readonly Term[],
  named: readonly Term[],
): { readonly sentence: number; readonly clause: string } | null {
  const partners = placed.filter((o) => o !== p && !TEMPORAL_KINDS.has(o.claim.kind) && o.supporting.length > 0 && o.claim.start >= cs && o.claim.end <= ce);
  for (const f of p.supporting) {
    if (!statedAsIs(p.claim, f)) continue;
    const clause = regionOf(analyzed, f, figures).clause;
    const together = partners.some((o) => o.supporting.some((g) => g !== f && g.sentence === f.sentence && statedAsIs(o.claim, g) && regionOf(analyzed, g, figures).clause === clause));
    if (together && terms.every((t) => named.includes(t) || !t.zh(clause))) return { sentence: f.sentence, clause };
  }
  return null;
}

/** The times (not bases of a change) the source states in a figure's own clause: 去年 in 去年接待游客162万人次. */
function clauseTimes(analyzed: Analyzed, f: SourceFigure, figures: readonly SourceFigure[]): readonly SourceFigure[] {
  // Asked for every rival of every claim: kept per article and figure.
  let byFigure = clauseTimeCache.get(analyzed);
  if (!byFigure) clauseTimeCache.set(analyzed, (byFigure = new Map()));
  const hit = byFigure.get(f);
  if (hit) return hit;
  const found = sourceClauseTimes(analyzed, f, figures);
  byFigure.set(f, found);
  return found;
}

const clauseTimeCache = new WeakMap<Analyzed, Map<SourceFigure, readonly SourceFigure[]>>();

function sourceClauseTimes(analyzed: Analyzed, f: SourceFigure, figures: readonly SourceFigure[]): SourceFigure[] {
  const text = analyzed.article.source.text;
  const sentence = analyzed.sentences[f.sentence];
  let s = f.start;
  while (s > (sentence?.start ?? 0) && !ZH_BREAK.test(text[s - 1] ?? '')) s--;
  let e = f.end;
  while (e < (sentence?.end ?? text.length) && !ZH_BREAK.test(text[e] ?? '')) e++;
  const own = figures.filter((h) => TEMPORAL_KINDS.has(h.kind) && h.end > h.start && h.start >= s && h.end <= e && !isBaseTime(text, h.start, h.end, 'zh'));
  if (own.length > 0 || s <= (sentence?.start ?? 0)) return own;
  // 截至8月29日，贵南高铁累计发送旅客3812万人次: a time in a clause of its own right before times this clause.
  let ps = s - 1;
  while (ps > (sentence?.start ?? 0) && !ZH_BREAK.test(text[ps - 1] ?? '')) ps--;
  const before = figures.filter((h) => TEMPORAL_KINDS.has(h.kind) && h.end > h.start && h.start >= ps && h.end <= s - 1 && !isBaseTime(text, h.start, h.end, 'zh'));
  const rest = before.reduce((clause, h) => clause.replace(h.text, ''), text.slice(ps, s - 1)).replace(/截至|截止|到|至|以来|期间|当天|当日|[早晚]间?|上午|下午/gu, '');
  return before.length > 0 && rest.trim() === '' ? before : own;
}

/**
 * An English sentence with the commas inside names blanked (offsets kept), so that a clause is no
 * shorter than the name it starts with: "Maoming Nanfeng … Import and Export Co., Ltd. exported".
 */
function withNamesWhole(text: string, terms: readonly Term[]): string {
  const lower = text.toLowerCase();
  let out = text;
  for (const t of terms) {
    if (t.enHasComma !== true || (t.enLower !== undefined && !lower.includes(t.enLower))) continue;
    for (const [s, e] of spansOf(t.en, out)) out = out.slice(0, s) + out.slice(s, e).replace(/,/g, ' ') + out.slice(e);
  }
  return out;
}

/**
 * The terms an English stretch names. A narrowing word inside a name counts for the name only:
 * "Maoming Nanfeng Agricultural Products Import and Export Co., Ltd." names a company, not exports.
 */
function englishTermsNamed(terms: readonly Term[], clauseText: string, masks: readonly Term[] = []): Term[] {
  const names = (t: Term, text: string, lower: string): boolean => (t.enLower === undefined || lower.includes(t.enLower)) && t.en.test(text);
  // "China-Europe freight trains", "China-Vietnam cross-border trains" (中欧班列, 中越班列): a route named by its two ends
  // names neither end as a party.
  const region = clauseText.replace(ROUTE_OF_TWO_ENDS, (m) => ' '.repeat(m.length));
  const regionLower = region.toLowerCase();
  const found = [...terms, ...masks].filter((t) => !MODIFIER_SET.has(t) && names(t, region, regionLower));
  // "Science" (《科学》) inside "Qinglan High Magnetic Field Science Center" names the centre only.
  const spans = new Map(found.map((t) => [t, spansOf(t.en, region)]));
  const whole = found.filter((t) => spans.get(t)!.some(([s, e]) => !found.some((u) => u !== t && spans.get(u)!.some(([us, ue]) => us <= s && ue >= e && ue - us > e - s))));
  const entities = whole.filter((t) => t.maskOnly !== true);
  // "Beijing West Railway Station" names a station, not the railway, whether it is a term or a mask.
  let outside = region;
  for (const t of whole) for (const [s, e] of spans.get(t)!) outside = outside.slice(0, s) + ' '.repeat(e - s) + outside.slice(e);
  // "via the Golmud-Korla Railway": a capitalised word after another is part of a name the article need not
  // list, and narrows no figure either.
  const unnamed = outside.replace(/(?<=\b[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*\s+)[A-Z][\w'’]*/g, (m) => ' '.repeat(m.length));
  const unnamedLower = unnamed.toLowerCase();
  return terms.filter((t) => (MODIFIER_SET.has(t) ? names(t, unnamed, unnamedLower) : entities.includes(t)));
}

/** Every match of a term's English in `text`, left to right, as [start, end]. */
function spansOf(en: RegExp | WholeNames, text: string): (readonly [number, number])[] {
  if (!(en instanceof RegExp)) return en.spans(text);
  return [...text.matchAll(new RegExp(en.source, `${en.flags}g`))].map((m) => [m.index, m.index + m[0].length] as const);
}

/** "China-Europe", "Sino-Russian", "Laos-China": two countries joined by a hyphen. */
const ROUTE_OF_TWO_ENDS = /\b(?:China|Sino)-[A-Z][\w'’]*|\b[A-Z][\w'’]*-China\b/g;

/** "Dongxiang Autonomous County in Gansu's Linxia …": a place named right after another and "in". */
const IN_AFTER_A_PLACE = /\b(?:County|District|City|Town|Township|Village|Prefecture|League|Banner|Zone|Park|Area|Port|Island)\s+in\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+)?$/;

/**
 * "Dongxiang Autonomous County in Gansu's Linxia Hui Autonomous Prefecture … 612 teachers": the places after
 * "in" say where the county lies, as the source's 甘肃省临夏回族自治州东乡族自治县 does at the head of its
 * sentence; they are not whose figures the clause gives.
 */
function locatesAnotherPlace(t: Term, region: string): boolean {
  const at = t.en.exec(region);
  return at !== null && IN_AFTER_A_PLACE.test(region.slice(0, at.index));
}

/** Words before a name that say nothing of which kind of it is meant. */
const NOT_A_KIND = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of', 'in', 'for', 'to',
  'from', 'on', 'at', 'by', 'with', 'and', 'or', 'as', 'total', 'overall', 'all', 'combined', 'whole', 'annual',
  'monthly', 'average', 'more', 'less', 'fewer', 'new', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'while', 'but',
]);

/**
 * "Value-added tax receipts rose 7.1%" where the source says 分税种看，增值税完成78.4亿元，同比增长7.1%, and
 * 税收 (tax receipts) stands only around the total: words before the name that the figure's own clause
 * writes as a kind of the thing (增值税 for "value-added" and 税收's 税) make it that kind, which the source
 * names in its own words, not the thing the name stands for elsewhere. Only where no supporting figure's
 * sentence names the thing itself.
 */
function namesNarrowerKind(t: Term, region: string, supporting: readonly SourceFigure[], analyzed: Analyzed, figures: readonly SourceFigure[]): boolean {
  const at = t.en.exec(region);
  if (at === null) return false;
  const before = region.slice(0, at.index).split(/\s+/).filter((w) => w !== '');
  const kind: string[] = [];
  for (let k = before.length - 1; k >= 0 && kind.length < 3; k--) {
    const word = before[k]!;
    if (!/^[A-Za-z][a-z]*(?:-[a-z]+)*$/.test(word) || NOT_A_KIND.has(word.toLowerCase())) break;
    kind.push(word);
  }
  if (kind.length === 0) return false;
  const stated = supporting.filter((f) => f.end > f.start);
  if (stated.length === 0 || stated.some((f) => level(analyzed, f, t, figures) > 0)) return false;
  const head = t.label.charAt(0);
  return stated.some((f) => {
    const r = regionOf(analyzed, f, figures);
    return namesKindOf(kind, `${r.inherited}${r.own}`, head);
  });
}

/**
 * The source sentences that state both ends of a change the summary writes with "from" (or 由/从):
 * "lift exports above 500 million yuan this year, from 310 million yuan last year" where the source
 * says 去年出口额为3.1亿元，今年目标是突破5亿元. Where the source states the pair together, a figure
 * of the same sort elsewhere is no rival for either end.
 */
function changePartners(p: PlacedClaim, others: readonly PlacedClaim[], text: string, lang: 'zh' | 'en'): Set<number> {
  const sentences = new Set<number>();
  if (p.claim.kind !== 'money' && p.claim.kind !== 'count' && p.claim.kind !== 'measure') return sentences;
  for (const o of others) {
    if (o.claim.kind !== p.claim.kind || o.claim.unit !== p.claim.unit) continue;
    const [first, second] = o.claim.start < p.claim.start ? [o, p] : [p, o];
    const between = text.slice(first.claim.end, second.claim.start);
    const before = text.slice(Math.max(0, first.claim.start - 12), first.claim.start);
    const fromTo = lang === 'en'
      ? /^[^.;:]{0,40}\bfrom\s+(?:about\s+|around\s+|nearly\s+|more than\s+)?(?:US\$|HK\$|RMB\s?|[$€¥£])?$/i.test(between) || (/\bfrom\s+\S*$/i.test(before) && /^\s*(?:\S+\s+){0,3}to\s+(?:\S+\s+)?$/i.test(between))
      : /(?:由|从)[^，,；;。\d]{0,6}$/u.test(before) && /^[^，,；;。]{0,8}(?:到|至)[^，,；;。\d]{0,4}$/u.test(between);
    if (!fromTo) continue;
    for (const f of p.supporting) if (o.supporting.some((g) => g !== f && g.sentence === f.sentence)) sentences.add(f.sentence);
  }
  return sentences;
}

/** Whether a sum is the price of one unit (每千克8856元, 8856元/千克, "8,856 yuan per kilogram", "a tonne"). */
function isPriceOfOne(text: string, start: number, end: number, lang: 'zh' | 'en'): boolean {
  // (一款售价1999元的儿童折叠车, "a 1,999-yuan folding bike", "priced at 1,999 yuan": what one of a thing sells for.)
  if (lang === 'zh') {
    return /(?:每[^\d\s，。；,;、]{1,4}|售价|单价|定价|零售价)(?:约|仅|为)?$/u.test(text.slice(Math.max(0, start - 6), start)) || /^[/／每]/u.test(text.slice(end, end + 1));
  }
  return /^\s*(?:\/|(?:per|a|an|each)\s+(?:tonne|ton|kilogram|kg|jin|gram|square|cubic|unit|piece|head|person|share|box|bottle|litre|night|day|month|year|visit|ticket)\b)/i.test(text.slice(end, end + 24)) ||
    /-(?:yuan|dollar|euro)$/i.test(text.slice(start, end)) || /\b(?:priced at|unit price of|retail price of)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(0, start - 28), start));
}

/** The Han bigrams of a Chinese claim's region, without those of the terms it names (林振宇). */
function wordingWithoutNames(region: string, named: readonly Term[]): Set<string> {
  let text = region;
  for (const t of named) for (const form of t.label.split('/')) text = text.split(form).join(' ');
  return hanBigrams(text);
}

/**
 * Whether a figure names a class rather than states an amount: 女子71公斤级, 5万吨级码头, "the women's
 * 71kg title", "the men's 89kg category".
 */
function isClassLabel(text: string, start: number, end: number, lang: 'zh' | 'en'): boolean {
  // 71公斤级; 50岁以上组, 18岁以下组: an age group is named by its ages as a weight class by its weight.
  if (lang === 'zh') return text[end] === '级' || text[end] === '級' || (text[end] === '组' && /[岁歲]/u.test(text.slice(start, end)));
  // "the mixed doubles 60 age group" (混合双打60岁组): an age group as a class.
  // "in round 10" (第10轮), "Stage 3": the round a thing happened in is named by its number.
  return /^\s*(?:class|category|division|title|crown|weight class|event|final|gold|age group)\b/i.test(text.slice(end, end + 16)) ||
    /\b(?:men's|women's|boys'|girls'|round|stage|leg|heat|lap)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * Whether a figure is the level a change reached ("to around 92%", 升至92%, 份额同比提高1.4个百分点至23.0%),
 * not the change.
 */
function isLevelReached(text: string, start: number, lang: 'zh' | 'en'): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  // ("to 94.8% and 81.3% respectively": the second level of a list after "to" too.)
  return lang === 'en' ? /\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|over\s+)?(?:[\d.,]+%?(?:,\s*|\s+and\s+|,\s+and\s+))*$/i.test(before) : /(?:升至|增至|降至|提高到|提高至|提升至|上升至|下降至|达到|达|(?:提高|提升|上升|下降|降低|增长|增加|减少)[0-9０-９.．]+(?:个)?(?:百分点|%)(?:至|到))(?:约|近|逾|超过)?$/u.test(before);
}

/**
 * An English sentence with the noun each count is counted in blanked (offsets kept): "120,000 flights"
 * for 超12万架次 says what is counted (架次), not where (机场, 航班), so "flights" there tells no figures apart.
 */
function withoutCountNouns(text: string, placed: readonly PlacedClaim[]): string {
  let out = text;
  for (const { claim } of placed) {
    if (claim.kind !== 'count' || claim.unit === null || claim.unit.startsWith(UNLISTED)) continue;
    const noun = classifierNounOfEnglish(text.slice(claim.end));
    if (noun === null || noun.classifier !== claim.unit) continue;
    out = out.slice(0, claim.end) + ' '.repeat(noun.length) + out.slice(claim.end + noun.length);
  }
  return out;
}

/** 比桂林市低, 比海口高出: a gap to the party named after 比, right before the gap (the party captured). */
const GAP_TO_PARTY_BEFORE = /比([^，,。；;0-9０-９]{1,12}?)(?:高出?|低了?|多出?|少了?|快了?|慢了?)$/u;
/** 领先亚军王强, 落后冠军, 与第二名…仅差: a lead over (or a deficit to) the party named right before the gap (the party captured). */
const AHEAD_OF_NAMED_PARTY_BEFORE = /(?:领先|落后|領先|落後)([^，,。；;0-9０-９]{1,12})$|与([^，,。；;0-9０-９]{1,16}?)(?:仅|只)?(?:相)?差$/u;
/** 总成绩318公斤, 合计16.5万件: a total stated as one. */
const TOTAL_WORD_ZH = /总成绩|总计|合计|共计|总分|总量|总额|总和/u;
/**
 * Whether a rate's sentence says no basis (同比, 环比) and the sentence before it does: 同比增长3.8%。其中…增长1.1%
 * carries the basis over.
 */
function basisCarriedOver(analyzed: Analyzed, f: SourceFigure): boolean {
  const own = analyzed.sentences[f.sentence]?.text ?? '';
  const before = analyzed.sentences[f.sentence - 1]?.text ?? '';
  return !BASIS_ZH.test(own) && BASIS_ZH.test(before);
}
const BASIS_ZH = /同比|环比|比上年|比去年/u;
/** ，增长1.1%: a rate of rise or fall that opens its clause with no 同比 or 环比 before it. */
const RISE_WITHOUT_BASIS_BEFORE = /[，,；;：:]\s*(?:分别)?(?:增长|下降|增加|减少|上升|回落|提高)(?:了)?$/u;
/** "43 seconds faster", "two strokes ahead": an English figure stated as a gap, the words right after it. */
const GAP_AFTER_EN = /^\s+(?:faster|slower|quicker|ahead|behind|more|less|fewer|higher|lower|better|worse)\b/i;
/** "won the final by 27.35 points", "broke the record by 4 points": a margin, after "by". */
const GAP_BY_BEFORE_EN = /\b(?:won|wins?|winning|beat|beating|led|leading|lost|trailed|edged|record)\b[^,.;]{0,40}\bby\s+$/i;
/** "a discount introduced in", "the line opened on": a participle right after its noun, then the time it began. */
const STARTED_IN_BEFORE = /\b[a-z]+\s+(?:introduced|launched|started|opened|adopted|rolled\s+out)\s+(?:in|on|since)\s+$/i;
/** 3月起, 3月开始实行: a time the source states as a start. */
const STARTED_AFTER_ZH = /^(?:起|开始|以来|实行|实施|启动|上线|开通|投用)/u;

/** 比原纪录快43秒, 领先亚军2杆, 高出约900元: a source figure stated as a gap, of time and places as well. */
const STATED_AS_GAP_BEFORE = /(?:价差|差距|相差|差额|高出|低了|多出|少了|高|低|多|少|快了?|慢了?|领先|落后|提前|缩短)(?:约|了|为|达)?$/u;
/** 比2022年的, 较2021年同期的: the level a change is measured from follows, of the year captured. */
const COMPARED_LEVEL_BEFORE = /(?:比|较)([0-9]{4})年(?:同期)?的$/u;
/** 占比由去年同期的41.2%升至53.6%: the level a change starts from, at last year's time (no 同比 of its own). */
const FROM_LAST_YEAR_LEVEL_BEFORE = /[由从]去年(?:同期)?的$/u;

/** The year (2022) the source names last before a figure in its sentence, or null. */
function lastYearBefore(sourceText: string, f: SourceFigure): string | null {
  const start = Math.max(sourceText.lastIndexOf('。', f.start - 1), sourceText.lastIndexOf('\n', f.start - 1)) + 1;
  return [...sourceText.slice(start, f.start).matchAll(/([0-9]{4})年/gu)].at(-1)?.[1] ?? null;
}

/** 日均约14.6列, 平均每天接听: a figure per day. */
const DAILY_BEFORE_ZH = /(?:日均|每天|每日|平均每天|单日)[^，,。；;0-9０-９]{0,6}$/u;
/** "averaged about 14.6 a day", "a daily average of": an English figure per day. */
const DAILY_AROUND_EN = /\b(?:a|per)\s+day\b|\bdaily\b|\beach\s+day\b/i;

/** 领先第二名19秒, 落后冠军2分33秒: the party ahead of or behind may stand between the word and the gap. */
const AHEAD_OF_PARTY_BEFORE = /(?:领先|落后)[^，,。；;0-9０-９]{1,8}$/u;
function statedAsGap(sourceText: string, f: SourceFigure): boolean {
  return STATED_AS_GAP_BEFORE.test(sourceText.slice(Math.max(0, f.start - 4), f.start)) || AHEAD_OF_PARTY_BEFORE.test(sourceText.slice(Math.max(0, f.start - 12), f.start));
}
/** 价差0.53元, 高出约900元: a source figure stated as a gap. */
const GAP_WORD_BEFORE = /(?:价差|差距|相差|差额|高出|低了|多出|少了|高|低|多|少)(?:约|了|为|达)?$/u;

/** Words for whom a figure is about (学生 "students"): counted right after a count, they name no party. */
const WHO_TERMS = MODIFIERS.filter((t) => t.group === 'who');

/** What a claim says its figure measures, when that is a measure of its own (not a change or a share). */
function claimMeasureFamily(claim: PlacedClaim['claim'], text: string, lang: 'zh' | 'en'): string | null {
  const measure = 'measures' in claim ? (claim.measures as string | null) : lang === 'en' ? englishMeasure(text, claim.start, claim.end) : null;
  const family = measureFamily(measure);
  return family === null || PREDICATE_FAMILIES.has(family) ? null : family;
}

/**
 * 8月24日晚， at the head of a sentence: the time of day and the clause break after a date that opens it (an
 * event's time; a bare 11月1日， opens a report).
 */
const OPENING_TIME_AFTER = /^(?:晚|晚间|上午|下午|凌晨|早上|中午|傍晚)[，,]/u;
/** 6月1日上午，江苏省统计局发布数据显示: a time of day that opens a report, not an event. */
const REPORTED_SOON_AFTER = /^[^。；;]*?(?:发布|公布|披露|获悉|通报|表示|介绍|显示|召开|举行)/u;

/** 第二十二届, "the 22nd edition": the number of an edition of an event. */
function isEditionNumber(text: string, claim: { readonly kind: string; readonly text: string; readonly end: number }): boolean {
  return claim.kind === 'ordinal' && (/届$/u.test(claim.text) || text[claim.end] === '届' || /^\s+edition\b/i.test(text.slice(claim.end, claim.end + 9)));
}

/** 3月27日发布的, 3月27日公布: the date before it is a release's. */
const RELEASED_AFTER_ZH = /^(?:联合)?(?:发布|公布)的/u;

/**
 * "2021年虚增利润占当期披露利润总额的61.9%" where the source says 其中2022年…61.9%: a date or year
 * in the same summary clause as a figure must be the one the source's clause of that figure
 * states, when that clause states one (the sentence may list several: 2020年、2021年和2022年).
 */
export function clauseTimeProblems(
  placed: readonly PlacedClaim[],
  text: string,
  lang: 'zh' | 'en',
  analyzed: Analyzed,
  figures: readonly SourceFigure[],
  titleSentence: number | null = null,
): Map<number, string> {
  const problems = new Map<number, string>();
  const text0 = analyzed.article.source.text;
  const clauseOf = (p: PlacedClaim): [number, number] => clauseAround(text, p.claim.start, p.claim.end, lang);
  placed.forEach((p, i) => {
    if (!TEMPORAL_KINDS.has(p.claim.kind) || p.supporting.length === 0) return;
    // "according to an annual report released on March 27", 3月27日发布的年报显示: the day a report came out dates the
    // report, not the figures it gives.
    // (Only where the source states that day as a release's too.)
    const saysReleased = lang === 'en' ? RELEASED_ON_BEFORE.test(text.slice(Math.max(0, p.claim.start - 30), p.claim.start)) : RELEASED_AFTER_ZH.test(text.slice(p.claim.end, p.claim.end + 8));
    if (saysReleased && p.supporting.some((f) => f.end > f.start && releaseDayOfSentence(text0, f.end))) return;
    // "A cross-city fare discount introduced in March had benefited about 24 million passenger trips" where the source says
    // 今年3月起实行…截至9月底累计惠及乘客约2400万人次: the time a participle right after its noun gives is when that thing
    // began, which the source states as a start (3月起); the figures are of their own time.
    if (lang === 'en' && STARTED_IN_BEFORE.test(text.slice(Math.max(0, p.claim.start - 40), p.claim.start)) &&
      p.supporting.some((f) => f.end > f.start && STARTED_AFTER_ZH.test(text0.slice(f.end, f.end + 4)))) return;
    const [s, e] = clauseOf(p);
    // (为期80天的第二十二届冰雪节于2月25日闭幕 where the source says 2月25日，自2024年12月8日开幕、为期80天的第二十二届…: an
    // edition's number names the event, whose other times its clause may give; it dates nothing.)
    const anchors = placed.filter(
      (a) => a !== p && !TEMPORAL_KINDS.has(a.claim.kind) && a.claim.kind !== 'duration' && a.supporting.length > 0 && a.claim.start >= s && a.claim.end <= e &&
        !(lang === 'en' && isCompoundModifier(text, a.claim)) && !isEditionNumber(text, a.claim),
    );
    const claimBase = isBaseTime(text, p.claim.start, p.claim.end, lang);
    const fromToEnd = lang === 'en' ? fromToEndBefore(p, anchors, text) : undefined;
    // "down 2.1% year on year but still nearly 30% higher than in 2020": a base year is the base of the comparison
    // right before it, not of the clause's other changes.
    const compared = lang === 'en' && claimBase ? anchors.filter((a) => a.claim.end <= p.claim.start).slice(-1) : [];
    for (const a of fromToEnd !== undefined ? [fromToEnd] : compared.length > 0 ? compared : anchors) {
      const said: SourceFigure[] = [];
      // The title repeats a figure without its time (全国夏粮产量近1.5亿吨): the body's statement decides.
      const body = a.supporting.filter((f) => f.sentence !== titleSentence);
      for (const f of body.length > 0 ? body : a.supporting) {
        if (f.end <= f.start) return;
        const sentence = analyzed.sentences[f.sentence];
        let cs = f.start;
        while (cs > (sentence?.start ?? 0) && !ZH_BREAK.test(text0[cs - 1] ?? '')) cs--;
        let ce = f.end;
        while (ce < (sentence?.end ?? text0.length) && !ZH_BREAK.test(text0[ce] ?? '')) ce++;
        // 较2023年 in the clause of 25%以上 is the base of the change, not its time (到2027年).
        // 8月24日晚，自7月18日开幕、为期38天的第35届啤酒节…闭幕: a time of day that opens the sentence in a
        // clause of its own dates the whole sentence, the figure's clause too.
        const times = figures.filter(
          (g) => TEMPORAL_KINDS.has(g.kind) && g.kind === p.claim.kind && isBaseTime(text0, g.start, g.end, 'zh') === claimBase &&
            ((g.start >= cs && g.end <= ce) || (g.start === sentence?.start && g.end < cs && OPENING_TIME_AFTER.test(text0.slice(g.end, g.end + 4)) && !REPORTED_SOON_AFTER.test(text0.slice(g.end, g.end + 30)))),
        );
        // 占比由2020年的不到一成提高到今年的七成左右: a time joined to the figure by 的 is that figure's own, whatever
        // else its clause dates. (It only clears the claim: a change from one level to another may be timed as a whole.)
        if (figures.some((g) => TEMPORAL_KINDS.has(g.kind) && g.kind === p.claim.kind && g.start >= cs && g.end <= f.start &&
          /^的(?:约|近|逾|不到|超过)?$/u.test(text0.slice(g.end, f.start)) && temporalMatch(p.claim, g))) return;
        // A statement of the figure whose clause names no such time leaves the sentence to decide.
        if (times.length === 0) return;
        if (times.some((g) => temporalMatch(p.claim, g))) return;
        said.push(...times);
      }
      // "9月上市的星驰A5轿车10月交付超过9000辆": the clause's other time (9月) is the one the source
      // states with the figure, so this one says something else (when the deliveries happened).
      const sibling = placed.some(
        (q) => q !== p && TEMPORAL_KINDS.has(q.claim.kind) && q.claim.kind === p.claim.kind && q.claim.start >= s && q.claim.end <= e && said.some((g) => temporalMatch(q.claim, g)),
      );
      if (said.length > 0 && !sibling) {
        problems.set(i, `date not the source's for ${a.claim.text}: where the source states it, it says ${[...new Set(said.map((g) => g.text))].join(', ')}`);
        return;
      }
    }
  });
  return problems;
}

/**
 * Whether a source figure states the claim as written: the same kind and value (no rounding),
 * the same qualifier, and for a Chinese count the same classifier (逾1200人次 for 逾1200人次).
 */
function statedAsIs(claim: PlacedClaim['claim'], f: SourceFigure): boolean {
  if (f.end <= f.start || claim.kind !== f.kind || typeof claim.value !== 'number' || typeof f.value !== 'number') return false;
  if (Math.abs(claim.value - f.value) > 1e-9 * Math.max(1, Math.abs(f.value)) || claim.valueMax !== f.valueMax) return false;
  if ((claim.approx ?? null) !== (f.approx ?? null) || (claim.unit ?? null) !== (f.unit ?? null)) return false;
  const classifier = /[^\d\s.,%]+$/u.exec(claim.text)?.[0] ?? '';
  return !/\p{Script=Han}/u.test(classifier) || f.text.endsWith(classifier);
}

const SMALL_COUNT_WORDS: readonly (readonly string[])[] = [
  [], ['one', '一'], ['two', '两', '二'], ['three', '三'], ['four', '四'], ['five', '五'], ['six', '六'], ['seven', '七'],
  ['eight', '八'], ['nine', '九'], ['ten', '十'], ['eleven', '十一'], ['twelve', '十二'],
];

/** Whether a summary sentence states a count of up to twelve, in digits or in words (8, eight, 八个). */
function statesSmallCount(text: string, value: number | string): boolean {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 12) return false;
  if (new RegExp(`(?<![\\d.,])${value}(?!\\d|[.,]\\d)`, 'u').test(text)) return true;
  const [en, ...zh] = SMALL_COUNT_WORDS[value]!;
  return new RegExp(`\\b${en}\\b`, 'i').test(text) || zh.some((w) => new RegExp(`(?<![一二三四五六七八九十])${w}(?![一二三四五六七八九十])[个家项座台条名所种类批只头]`, 'u').test(text));
}

/** Whether a Chinese count and a source count end in different classifiers (人次 and 个, 人次 and 航次). */
function otherClassifier(claimText: string, sourceText: string): boolean {
  const classifier = (t: string): string => /(?<=[\d０-９一二三四五六七八九十两百千万亿])[^\d０-９.．万亿%％\s]+$/u.exec(t)?.[0] ?? '';
  const a = classifier(claimText);
  const b = classifier(sourceText);
  return /\p{Script=Han}/u.test(a) && /\p{Script=Han}/u.test(b) && a !== b && !a.endsWith(b) && !b.endsWith(a);
}

const NOUN_STOP = new Set(['and', 'or', 'of', 'in', 'at', 'on', 'for', 'to', 'from', 'with', 'by', 'the', 'a', 'an', 'this', 'that', 'last', 'year', 'years', 'were', 'was', 'are', 'is', 'had', 'have', 'has']);

/** Up to three words after an English count that say what it counts ("heart transplants", "new trains"). */
function nounWordsAfter(text: string, end: number): string[] {
  const words = /^\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)/u.exec(text.slice(end))?.[1]!.split(/\s+/u) ?? [];
  const stop = words.findIndex((w) => NOUN_STOP.has(w.toLowerCase()));
  return (stop < 0 ? words : words.slice(0, stop)).filter((w) => w.length >= 3);
}

/** The Chinese words right before a source figure in its clause (心脏移植 of 心脏移植14例). */
function leadIn(source: string, f: SourceFigure): string {
  const before = source.slice(Math.max(0, f.start - 8), f.start);
  return before.slice(before.search(/[^，,；;。、：:！？\n]*$/u));
}

/**
 * Whether an entity's every mention in the source stands just before a person the claim names (意大利车手马可·贝尔蒂,
 * 来自印度的特级大师阿尔琼·梅农): the person's country or home, said of them, not a party of its own.
 */
function describesPersonNamed(t: Term, named: readonly Term[], source: string): boolean {
  if (t.person === true || !t.key.startsWith('e:')) return false;
  const people = named.filter((x) => x.person === true).flatMap((x) => x.label.split('/'));
  let mentions = 0;
  for (const form of t.label.split('/')) {
    for (let at = source.indexOf(form); at >= 0; at = source.indexOf(form, at + form.length)) {
      mentions++;
      const after = source.slice(at + form.length, at + form.length + 16);
      const describes = people.some((person) => {
        const k = after.indexOf(person);
        return k >= 0 && k <= 6 && !/[，。；、,;：:“”0-9０-９\s]/u.test(after.slice(0, k));
      });
      if (!describes) return false;
    }
  }
  return mentions > 0;
}
