import type { Entity, EntityType, Segmented, Span, Token } from '../../types.js';
import { englishName, entryEnglish, isDescriptivePart } from './english-name.js';
import { loadEntityRules, type EntityRules } from './entity-rules.js';
import type { Glossary, GlossaryEntry } from './load-glossary.js';
import { looksTraditional, traditionalToSimplified } from './traditional-to-simplified.js';

export interface EntityContext {
  /** The compiled glossary (`loadGlossary()`), shared across articles. */
  readonly glossary: Glossary;
}

/** One candidate mention before overlaps are resolved. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Breaks ties between overlapping candidates of equal length; higher wins. */
  readonly priority: number;
  readonly entry?: GlossaryEntry;
}

const PRIORITY = { hand: 6, title: 5, suffixRule: 4, cedict: 3, jieba: 2, guess: 1 } as const;

const LATIN = /[A-Za-z0-9]/u;
/** `LATIN.test(ch)` for one UTF-16 code unit, without a regex. */
const isLatinCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const HAN_ONLY = /^[\u3400-\u9fff·]+$/u;
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/** Tags of tokens that may stand inside a proper name (organization heads, places). */
const PROPER_TAGS = new Set(['ns', 'nt', 'nr', 'nrt', 'nrfg', 'nz', 'j', 'eng']);
const NOUNISH_TAGS = new Set([...PROPER_TAGS, 'n', 'vn', 'x', 'an', 'ng']);
const ENUMERATORS = new Set(['、', '和', '与', '及', '，']);

/**
 * Finds the people, organizations, places and products named in an article, with every
 * mention's span in `source.text` and an English name for each.
 *
 * Sources, strongest first: the glossary (longest match; hand-curated entries beat
 * CC-CEDICT-derived ones), title rules (首席执行官黄仁勋), organization-suffix rules
 * (…公司, …委员会 after a proper name), then jieba's nr/ns/nt tags. Overlaps go to the
 * longer span. Mentions of one glossary entry (英伟达, 英伟达公司, NVIDIA) form one entity;
 * other mentions merge only when their text is identical, so 王小明 and a later 王 stay apart.
 * Traditional-script text is matched through a simplified twin with the same offsets.
 *
 * @example
 * extractEntities(segment(article, ctx), { glossary: loadGlossary() })
 * // [{ id: 'e1', type: 'organization', zh: '英伟达', en: 'Nvidia', enSource: 'glossary', mentions: [...] }, …]
 */
export function extractEntities(segmented: Segmented, ctx: EntityContext): Entity[] {
  const text = segmented.article.source.text;
  const mentions = findMentions(text, segmented.tokens, ctx.glossary);
  return groupMentions(text, mentions, ctx.glossary);
}

/** Candidate mentions, resolved so that none overlap, in text order. */
function findMentions(text: string, tokens: readonly Token[], glossary: Glossary): Candidate[] {
  const rules = loadEntityRules();
  const view = looksTraditional(text) ? traditionalToSimplified(text) : text;
  const tokenStarts = new Set<number>();
  const tokenEnds = new Set<number>();
  for (const token of tokens) {
    tokenStarts.add(token.start);
    tokenEnds.add(token.end);
  }
  const candidates: Candidate[] = [];
  // Appended one by one: spreading hundreds of thousands of candidates into push()
  // overflows the call stack on a long article.
  const add = (found: readonly Candidate[]): void => {
    for (const c of found) candidates.push(c);
  };
  add(glossaryCandidates(view, glossary, tokenStarts, tokenEnds, rules));
  add(tokenCandidates(view, tokens, glossary, rules, tokenEnds));
  add(productCandidates(view));
  add(abbreviationCandidates(view, rules));
  add(foreignNameCandidates(view, tokens, glossary, rules));
  add(enumeratedAbbreviations(view, rules));
  add(enumeratedPersons(view, candidates, rules, tokenStarts, tokenEnds));
  add(publicationCandidates(view, candidates, rules));
  add(repeatedPersons(view, candidates, tokenStarts));
  return resolveOverlaps(dropSwallowingCandidates(candidates));
}

function glossaryCandidates(
  view: string,
  glossary: Glossary,
  tokenStarts: ReadonlySet<number>,
  tokenEnds: ReadonlySet<number>,
  rules: EntityRules,
): Candidate[] {
  const found: Candidate[] = [];
  const ambiguous: Candidate[] = [];
  for (let i = 0; i < view.length; i++) {
    // A non-Latin name is only taken where jieba starts a word (checked below), so skip the
    // glossary probe at every other non-Latin position: same result, half the probes.
    if (!tokenStarts.has(i) && !isLatinCode(view.charCodeAt(i))) continue;
    const match = glossary.matchAt(view, i);
    if (match === undefined) continue;
    const { entry, length } = match;
    let end = i + length;
    const surface = view.slice(i, end);
    // CC-CEDICT also names places after common words (新城 "Xincheng" is any new town).
    if (entry.source === 'cedict' && rules.nonNames.has(surface)) continue;
    if (LATIN.test(surface[0] ?? '')) {
      // Latin names must stand as words: no "AI" inside "OpenAI".
      if (LATIN.test(view[i - 1] ?? '') || LATIN.test(view[end] ?? '')) continue;
    } else {
      // A name must start where jieba starts a word; short and CC-CEDICT names must also end
      // where a word ends, since they are the ones that hide inside longer words (布拉 in 布拉格).
      if (!tokenStarts.has(i)) continue;
      const strictEnd = entry.source === 'cedict' || length <= 2;
      if (strictEnd && !tokenEnds.has(end)) {
        const suffix = entry.type === 'place' ? placeSuffixAt(view, end, rules, tokenEnds) : 0;
        if (suffix === 0) continue;
      }
      // Hand entries list their suffixed forms as aliases (上海市); only CC-CEDICT places grow
      // a suffix here, so 中国区 (China region of a company) stays 中国.
      if (entry.type === 'place' && entry.source === 'cedict') end += placeSuffixAt(view, end, rules, tokenEnds);
      // 10毫开尔文, 5牛顿, 3.5特斯拉: a "person" or a firm right after a number is a unit named after one.
      if ((entry.type === 'person' || entry.type === 'organization') && AFTER_NUMBER.test(view.slice(Math.max(0, i - 2), i))) continue;
      // 农民魏东明, 民宿主人俞建华: a two-character place right after a surname jieba split off is the
      // given name of a person (东明, 建华), unless a place suffix follows (向东明县).
      if (entry.type === 'place' && entry.source === 'cedict' && length === 2 && end === i + length &&
        rules.surnames.has(view[i - 1] ?? '') && (isNameAfterRole(view, i - 1, rules) || isSpeakerAt(view, i - 1, end))) continue;
      // 联合国内8家 is 联合 (jointly) + 国内 (domestic): the name's last character starts the next word.
      if (readsAcross(view, i, rules)) continue;
      if (entry.type === 'place' && length === 2 && closesNameBefore(view, i)) continue;
    }
    const candidate: Candidate = {
      start: i,
      end,
      type: entry.type,
      priority: entry.source === 'hand' ? PRIORITY.hand : PRIORITY.cedict,
      entry,
    };
    // Only the bare common word is ambiguous: its aliases (苹果公司, 理想汽车) and a grown place
    // suffix (新建县) are not.
    (entry.ambiguous && surface === entry.zh && end === i + length ? ambiguous : found).push(candidate);
    i = end - 1;
  }
  // Ambiguous names (理想, 长城, 苹果) count only with a cue: 苹果公司, 苹果CEO, or a list of
  // companies (理想、长城等车企). Repeat so that a chain of them is accepted link by link.
  let changed = true;
  const accepted = new Set<Candidate>();
  while (changed) {
    changed = false;
    for (const candidate of ambiguous) {
      if (accepted.has(candidate)) continue;
      const after = view.slice(candidate.end, candidate.end + 6);
      const cued =
        rules.organizationCues.some((cue) => after.startsWith(cue)) ||
        rules.enumerationCues.some((cue) => after.startsWith(cue)) ||
        [...found, ...accepted].some(
          (other) =>
            other.type === candidate.type &&
            ((other.end === candidate.start - 1 && ENUMERATORS.has(view[other.end] ?? '')) ||
              (other.start === candidate.end + 1 && ENUMERATORS.has(view[candidate.end] ?? ''))),
        );
      if (cued) {
        accepted.add(candidate);
        changed = true;
      }
    }
  }
  return [...found, ...accepted];
}

/**
 * Whether `w` is only a descriptive word and an organization suffix: 交易中心, 研究中心. A national
 * word is no description (国家电网, 中国银行 and 人民银行 are names).
 */
function isGenericOrganization(w: string, rules: EntityRules): boolean {
  return rules.organizationSuffixes.some(([suffix]) => {
    const head = w.slice(0, -suffix.length);
    // 建设部 and 财政部 are ministries: a one-character suffix makes a name of any word.
    return suffix.length >= 2 && w.length > suffix.length && w.endsWith(suffix) && isDescriptivePart(head) && !NATIONAL_WORDS.test(head);
  });
}
const NATIONAL_WORDS = /^(?:中国|国家|全国|中华|中央|人民|美国|国际|联合|地方)$/u;

const HAN_CHAR = /[\u3400-\u9fff]/u;
/** What may follow a name as a word of its own: 罗文说, 罗文的, 罗文和…. */
const WORD_AFTER_NAME = /[的在和与是等也都就将对为向及说称讲道、，,。；;：:（(]/u;

/** 农民魏, 理事长张, 主人俞: a surname right after a word that introduces a person. */
const ROLE_BEFORE_SURNAME = /(?:传承人|创始人|农民|村民|农户|居民|主人|老板|店主|市民|游客|绣娘|教师|老师|医生|理事长|社长|负责人|经理|站长|村支书|书记|主任|员工|工人|师傅|船长|渔民|蔗农|果农|茶农)$/u;

/** “张秀英说, 。张秀英介绍: a surname and two characters opening a clause before a verb of saying are a speaker. */
function isSpeakerAt(view: string, surnameAt: number, end: number): boolean {
  return !HAN_CHAR.test(view[surnameAt - 1] ?? '') && /^(?:介绍|表示|说|称|坦言|告诉)/u.test(view.slice(end, end + 2));
}

function isNameAfterRole(view: string, surnameAt: number, rules: EntityRules): boolean {
  const before = view.slice(Math.max(0, surnameAt - 6), surnameAt);
  // 副厅长魏东明, 副县长俞建华: a title word (rules.personTitles) introduces a person too.
  return ROLE_BEFORE_SURNAME.test(before) || [...rules.personTitles].some((t) => t.length >= 2 && before.endsWith(t));
}

/** A number, or a number and a metric prefix (10毫), right before a name. */
const AFTER_NUMBER = /[0-9０-９零一二三四五六七八九十百千万亿][毫微纳千兆]?$/u;

/** Whether the text at `at` is one of rules.readsAcross (联合国内) and none of its exceptions (联合国内部). */
function readsAcross(view: string, at: number, rules: EntityRules): boolean {
  for (const [sequence, exceptions] of rules.readsAcross) {
    if (view.startsWith(sequence, at) && !exceptions.some((e) => view.startsWith(e, at))) return true;
  }
  return false;
}

/**
 * 连云港港海铁联运: the second 港 closes 连云港港 (the port of Lianyungang), so 港海 read from it is no
 * place. True when the character at `at` repeats the one before it and is a suffix that ends names.
 */
function closesNameBefore(view: string, at: number): boolean {
  const c = view[at] ?? '';
  return at > 0 && view[at - 1] === c && DOUBLED_NAME_ENDS.has(c);
}

const DOUBLED_NAME_ENDS: ReadonlySet<string> = new Set([...'港市县区镇州湾岛']);

/** Length of a place suffix (省, 市, 县 …) standing as its own word right at `at`, else 0. */
function placeSuffixAt(view: string, at: number, rules: EntityRules, tokenEnds: ReadonlySet<number>): number {
  for (const suffix of rules.strongPlaceSuffixes) {
    if (view.startsWith(suffix, at) && tokenEnds.has(at + suffix.length)) return suffix.length;
  }
  return 0;
}

function tokenCandidates(
  view: string,
  tokens: readonly Token[],
  glossary: Glossary,
  rules: EntityRules,
  tokenEnds: ReadonlySet<number>,
): Candidate[] {
  const found: Candidate[] = [];
  const word = (t: Token): string => view.slice(t.start, t.end);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token === undefined) continue;
    const w = word(token);
    if (!HAN_ONLY.test(w) || rules.nonNames.has(w) || glossary.isCommonWord(w)) {
      if (rules.personTitles.has(w)) found.push(...titleCandidate(view, tokens, k, rules));
      continue;
    }
    // 1. jieba's own tags. Its nr also lands on idioms and verb phrases (同比增加, 努力学习):
    // a person needs a surname in front or a transliterated name.
    if (NAME_TAGS.has(token.tag) && w.length >= 2) {
      // 罗文|杰: jieba cut a three-character name after two; the whole is the person (not the singer 罗文).
      const rest = tokens[k + 1];
      if (w.length === 2 && rest !== undefined && rest.start === token.end && rest.end === rest.start + 1 && NAME_TAGS.has(rest.tag) &&
        rules.surnames.has(w[0] ?? '') && !WORD_AFTER_NAME.test(view[rest.start] ?? '')) {
        const joined = retypePerson(view, { start: token.start, end: rest.end, type: 'person', priority: PRIORITY.jieba }, rules);
        if (joined !== undefined) found.push(joined);
        k++;
        continue;
      }
      const person = personInNameToken(token, w, rules);
      const retyped = person === undefined ? undefined : retypePerson(view, person, rules);
      if (retyped !== undefined) found.push(retyped);
    } else if (token.tag === 'ns' && (w.length >= 2 || glossary.lookup(w) !== undefined)) {
      // A lone character jieba tags as a place (云 in 云平台, 东 in 流花东21-3) is too ambiguous:
      // one-character abbreviations count only in lists (enumeratedAbbreviations).
      const known = glossary.lookup(w);
      const end = known?.source === 'hand' ? token.end : token.end + placeSuffixAt(view, token.end, rules, tokenEnds);
      if (w.length !== 2 || known?.source === 'hand' || !closesNameBefore(view, token.start)) found.push({ start: token.start, end, type: 'place', priority: PRIORITY.jieba });
    } else if (token.tag === 'nt') {
      // 中国区 is a company's China region, not an organization of its own.
      const region = w.endsWith('区') && glossary.lookup(w.slice(0, -1))?.type === 'place';
      // An ambiguous glossary name (日产 Nissan, or 日产 daily output) needs the glossary's cue:
      // jieba tags 高峰日产原油 nt all the same.
      const cueNeeded = glossary.lookup(w)?.ambiguous === true;
      // 交易中心负责人: a descriptive word and a suffix (the trading center) refers back to a name said before.
      const generic = glossary.lookup(w) === undefined && isGenericOrganization(w, rules);
      // 3.5特斯拉 is the unit tesla, not the carmaker.
      const unit = AFTER_NUMBER.test(view.slice(Math.max(0, token.start - 2), token.start));
      if (!region && !cueNeeded && !generic && !unit && !readsAcross(view, token.start, rules)) {
        found.push({ start: token.start, end: token.end, type: 'organization', priority: PRIORITY.jieba });
      }
    } else if (token.tag === 'x' && isLikelyPersonName(w, rules)) {
      // Unknown words jieba's HMM glued together: three-character ones starting with a
      // surname are usually people (王小明); two-character ones are too risky alone.
      const retyped = retypePerson(view, { start: token.start, end: token.end, type: 'person', priority: PRIORITY.guess }, rules);
      if (retyped !== undefined) found.push(retyped);
    }
    // 2. Titles: 首席执行官黄仁勋, 市长龚正.
    if (rules.personTitles.has(w)) found.push(...titleCandidate(view, tokens, k, rules));
    // 3. Organization suffixes: a proper name followed by …公司, …委员会, …部.
    const org = organizationBySuffix(view, tokens, k, glossary, rules);
    if (org !== undefined) found.push(org);
  }
  return found;
}

const isTransliteration = (w: string, rules: EntityRules): boolean =>
  w.length >= 2 && [...w].every((c) => rules.transliterationChars.has(c));

/**
 * The person inside a token jieba tagged as a name, if any: 王楠 and 欧阳明 (a surname and a
 * one- or two-character given name), 戴利 (a transliteration), the surname alone in 吴先生;
 * nothing for 同比增加 or the four-character idiom 张冠李戴.
 */
function personInNameToken(token: Token, w: string, rules: EntityRules): Candidate | undefined {
  const whole: Candidate = { start: token.start, end: token.end, type: 'person', priority: PRIORITY.jieba };
  const honorific = rules.honorificsAfterSurname.find((h) => w.endsWith(h) && w.length > h.length);
  if (honorific !== undefined) {
    const head = w.slice(0, w.length - honorific.length);
    return head.length === 1 && rules.surnames.has(head)
      ? { start: token.start, end: token.start + 1, type: 'person', priority: PRIORITY.jieba }
      : undefined;
  }
  if (rules.compoundSurnames.has(w.slice(0, 2)) && w.length <= 4) return whole;
  if (rules.surnames.has(w[0] ?? '') && w.length <= 3) return whole;
  if (isTransliteration(w, rules)) return whole;
  return undefined;
}

/**
 * Transliterated foreign names jieba cut in pieces (拉特纳/亚克, 弗拉/内舍/维奇) or joined with a
 * middle dot (马克·卢蒲): adjacent runs of transliteration characters, one piece at least
 * tagged as a name. Known names (巴西) are never glued to their neighbours.
 */
function foreignNameCandidates(view: string, tokens: readonly Token[], glossary: Glossary, rules: EntityRules): Candidate[] {
  const found: Candidate[] = [];
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k];
    if (first === undefined) break;
    let j = k;
    let end = first.start;
    let named = false;
    let dotted = false;
    let place = false;
    while (j < tokens.length) {
      const t = tokens[j];
      if (t === undefined || t.start !== end) break;
      const w = view.slice(t.start, t.end);
      const dot = w === '·' || w === '•';
      if (dot) {
        const next = tokens[j + 1];
        if (j === k || next === undefined || !isTransliteration(view.slice(next.start, next.end), rules)) break;
        dotted = true;
      } else if (!isTransliteration(w, rules) || (glossary.lookup(w) !== undefined && j !== k)) {
        break;
      }
      named ||= NAME_TAGS.has(t.tag);
      place ||= t.tag === 'ns';
      end = t.end;
      j++;
    }
    const length = end - first.start;
    if (j - k >= 2 && length >= 3 && (named || dotted) && glossary.lookup(view.slice(first.start, end)) === undefined) {
      found.push({ start: first.start, end, type: place && !dotted ? 'place' : 'person', priority: PRIORITY.jieba });
    }
    k = Math.max(j, k + 1);
  }
  return found;
}

/**
 * Names listed with 、 next to a person already found: 由李菊、王楠、杨影出征. Each item of two
 * or three characters that starts with a surname and stands on jieba word boundaries is
 * taken as a person too; the first and last items may carry words outside the list (由, 出征).
 */
function enumeratedPersons(
  view: string,
  found: readonly Candidate[],
  rules: EntityRules,
  tokenStarts: ReadonlySet<number>,
  tokenEnds: ReadonlySet<number>,
): Candidate[] {
  const persons = new Set(found.filter((c) => c.type === 'person').map((c) => `${c.start}:${c.end}`));
  const surnamed = (t: string): boolean => rules.surnames.has(t[0] ?? '') || rules.compoundSurnames.has(t.slice(0, 2));
  const out: Candidate[] = [];
  for (const m of view.matchAll(/[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+/gu)) {
    const parts = m[0].split('、');
    const items: { start: number; end: number }[] = [];
    let at = m.index;
    parts.forEach((part, index) => {
      const first = index === 0;
      const last = index === parts.length - 1;
      let item: { start: number; end: number } | undefined;
      for (const size of [3, 2]) {
        if (part.length < size || (!first && !last && part.length !== size)) continue;
        const s = first ? at + part.length - size : at;
        const e = s + size;
        if (tokenStarts.has(s) && tokenEnds.has(e) && surnamed(view.slice(s, e))) {
          item = { start: s, end: e };
          break;
        }
      }
      if (item !== undefined) items.push(item);
      at += part.length + 1;
    });
    const known = items.filter((it) => persons.has(`${it.start}:${it.end}`)).length;
    if (known === 0 || items.length < parts.length - 1) continue;
    for (const it of items) {
      if (!persons.has(`${it.start}:${it.end}`)) out.push({ ...it, type: 'person', priority: PRIORITY.guess });
    }
  }
  return out;
}

/**
 * Later mentions of a person first named after a title: 副局长胡建平介绍 … 胡建平表示, where jieba
 * reads the second 胡建平 as 胡 + 建平 (a county). Full names of three characters or more only.
 */
function repeatedPersons(view: string, found: readonly Candidate[], tokenStarts: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const named = new Set(found.filter((c) => c.type === 'person' && c.priority === PRIORITY.title && c.end - c.start >= 3).map((c) => view.slice(c.start, c.end)));
  for (const name of named) {
    for (let at = view.indexOf(name); at !== -1; at = view.indexOf(name, at + name.length)) {
      if (tokenStarts.has(at)) out.push({ start: at, end: at + name.length, type: 'person', priority: PRIORITY.title });
    }
  }
  return out;
}

/**
 * A newspaper named in book-title marks (据《中国能源报》报道) or on a dateline of its own
 * (2025-11-06 中国能源报): one organization, not the place 中国. Longer than any name inside
 * it, it wins the overlap. A dateline outlet is only taken where some name was found inside
 * it, so that datelines do not add outlets to the entities, they only stop the fragments.
 */
function publicationCandidates(view: string, found: readonly Candidate[], rules: EntityRules): Candidate[] {
  const out: Candidate[] = [];
  const titled = /《([\u4e00-\u9fff]{2,14})》|^\d{4}-\d{1,2}-\d{1,2}[ \t]+([\u4e00-\u9fff]{2,14})[ \t]*$/gmu;
  for (const m of view.matchAll(titled)) {
    const title = m[1] ?? m[2] ?? '';
    if (!rules.publicationSuffixes.some(([suffix]) => title.endsWith(suffix) && title.length > suffix.length)) continue;
    const start = m.index + m[0].indexOf(title);
    const end = start + title.length;
    if (m[2] !== undefined && !found.some((c) => c.start >= start && c.end <= end)) continue;
    out.push({ start, end, type: 'organization', priority: PRIORITY.title });
  }
  return out;
}

/** One-character place abbreviations listed with 、: 转战赣、粤、闽、湘; 在英、法住了多年. */
function enumeratedAbbreviations(view: string, rules: EntityRules): Candidate[] {
  const chars = `${rules.countryAbbreviations}${rules.provinceAbbreviations}`;
  const out: Candidate[] = [];
  // 41台、新编历史剧: after a number, 台 is a measure word (41 productions), not Taiwan.
  const pattern = new RegExp(`(?<![\\u4e00-\\u9fff]、)(?<![0-9０-９零一二三四五六七八九十百千万])[${chars}](?:、[${chars}])+(?!、)`, 'gu');
  for (const m of view.matchAll(pattern)) {
    // Only single characters: the next character must not glue the last one into a word list (中、小企业).
    for (let i = 0; i < m[0].length; i += 2) {
      out.push({ start: m.index + i, end: m.index + i + 1, type: 'place', priority: PRIORITY.guess });
    }
  }
  return out;
}

/**
 * A surname-led "person" that is something else by its last character: a place when it ends
 * in a place word (盛泽镇, 高新区, 冷湖, 罗勇府), a speaker when it ends in a verb of saying
 * (赵敏称 → 赵敏, as in 秘书赵敏称，…), none when it ends in a group word (龙舟队). Names
 * ending in 江 or 山 stay people (李长江).
 */
function retypePerson(view: string, person: Candidate, rules: EntityRules): Candidate | undefined {
  const w = view.slice(person.start, person.end);
  // 1.35万海里: a "name" right after a number starts with a unit or a multiplier (万 is a surname too).
  if (/[0-9０-９.．]$/u.test(view.slice(Math.max(0, person.start - 1), person.start))) return undefined;
  const last = w[w.length - 1] ?? '';
  if (w.length >= 2 && rules.placeNameEndings.has(last)) return { ...person, type: 'place' };
  if (w.length === 3 && rules.sayingVerbs.has(last)) return { ...person, end: person.end - 1 };
  // 龙舟队 (dragon-boat team): a group, named (if at all) by the organization-suffix rule.
  if (w.length >= 3 && rules.groupNameEndings.has(last)) return undefined;
  return person;
}

const isSurnamed = (w: string, rules: EntityRules): boolean =>
  rules.surnames.has(w[0] ?? '') || rules.compoundSurnames.has(w.slice(0, 2));

function isLikelyPersonName(w: string, rules: EntityRules): boolean {
  if (w.length === 3) return rules.surnames.has(w[0] ?? '') || rules.compoundSurnames.has(w.slice(0, 2));
  if (w.length === 4) return rules.compoundSurnames.has(w.slice(0, 2));
  return false;
}

/** A name right after a title word: 首席执行官黄仁勋 → 黄仁勋 (person). */
function titleCandidate(view: string, tokens: readonly Token[], k: number, rules: EntityRules): Candidate[] {
  const title = tokens[k];
  let next = tokens[k + 1];
  if (title === undefined || next === undefined) return [];
  // "CEO 库克": allow one space between a Latin title and the name.
  if (next.start > title.end + 1 || (next.start === title.end + 1 && view[title.end] !== ' ')) return [];
  const w = view.slice(next.start, next.end);
  if (!HAN_ONLY.test(w) || rules.nonNames.has(w) || rules.personTitles.has(w)) return [];
  // An unknown word after a title is a name only if it looks like one: 校长陪餐 (the principal
  // eats with pupils) is no person, CEO 库克 is.
  const namelike = NAME_TAGS.has(next.tag) || isSurnamed(w, rules) || isTransliteration(w, rules);
  if ((NAME_TAGS.has(next.tag) || next.tag === 'x') && namelike && w.length >= 2 && w.length <= 4) {
    const retyped = retypePerson(view, { start: next.start, end: next.end, type: 'person', priority: PRIORITY.title }, rules);
    return retyped === undefined ? [] : [retyped];
  }
  // A surname jieba split from its given name: 龚/正 → 龚正.
  const after = tokens[k + 2];
  if (w.length === 1 && rules.surnames.has(w) && after !== undefined && after.start === next.end) {
    const given = view.slice(after.start, after.end);
    if (HAN_ONLY.test(given) && given.length <= 2) {
      next = after;
      return [{ start: next.start - 1, end: next.end, type: 'person', priority: PRIORITY.title }];
    }
  }
  return [];
}

const suffixIndex = new WeakMap<EntityRules, ReadonlyMap<number, readonly string[]>>();

/**
 * rules.organizationSuffixes grouped by last UTF-16 code unit, each group in the rules' own
 * (longest-first) order: a word can only end in the suffixes of its last character, so the
 * first of those that matches is the first of the whole list that matches.
 */
function suffixesByLastChar(rules: EntityRules): ReadonlyMap<number, readonly string[]> {
  let index = suffixIndex.get(rules);
  if (index === undefined) {
    const built = new Map<number, string[]>();
    for (const [s] of rules.organizationSuffixes) {
      if (s === '') continue;
      const last = s.charCodeAt(s.length - 1);
      const group = built.get(last) ?? [];
      group.push(s);
      built.set(last, group);
    }
    index = built;
    suffixIndex.set(rules, index);
  }
  return index;
}

function organizationBySuffix(
  view: string,
  tokens: readonly Token[],
  k: number,
  glossary: Glossary,
  rules: EntityRules,
): Candidate | undefined {
  const token = tokens[k];
  if (token === undefined) return undefined;
  const w = view.slice(token.start, token.end);
  const suffix = suffixesByLastChar(rules).get(w.charCodeAt(w.length - 1))?.find((s) => w.endsWith(s));
  if (suffix === undefined) return undefined;
  // A one-character suffix must be its own token or end a short word (商务部, 省委), never a
  // long common word that merely ends in it (俱乐部 is fine, 全部 is not: checked below).
  const weak = rules.weakOrganizationSuffixes.has(suffix);
  // 莫高窟全部 (all of the caves) and 全部 ending in 部: a common word that ends in a one-character
  // suffix names nothing; 该队 and 各队 (that team, each team) refer back to a team, never name one.
  if (weak && suffix.length === 1 && rules.nonNames.has(w)) return undefined;
  if (/^[该各本此]/u.test(w)) return undefined;
  let start = token.start;
  let proper = PROPER_TAGS.has(token.tag) && token.tag !== 'nz';
  let j = k - 1;
  let steps = 0;
  while (j >= 0 && steps < 4) {
    const prev = tokens[j];
    if (prev === undefined || prev.end !== start) break;
    const pw = view.slice(prev.start, prev.end);
    const known = glossary.lookup(pw);
    const isName = known !== undefined || PROPER_TAGS.has(prev.tag) || (prev.tag === 'x' && HAN_ONLY.test(pw));
    if (!isName && !(NOUNISH_TAGS.has(prev.tag) && HAN_ONLY.test(pw))) break;
    // A listed non-name stops the name even when jieba tags it nz or j (力争中心城区, 上届该队).
    if (rules.nonNames.has(pw) && known === undefined) break;
    start = prev.start;
    proper ||= isName;
    j--;
    steps++;
  }
  // Drop leading common nouns: only the part from the first proper token on is the name.
  while (start < token.start) {
    const first = tokens.find((t) => t.start === start);
    if (first === undefined) break;
    const fw = view.slice(first.start, first.end);
    if (glossary.lookup(fw) !== undefined || PROPER_TAGS.has(first.tag) || first.tag === 'x') break;
    start = first.end;
  }
  if (!proper) return undefined;
  const surface = view.slice(start, token.end);
  if (surface.length < 3 || surface === suffix || !HAN_ONLY.test(surface)) return undefined;
  // 赵海军 is a person whose name ends in an organization suffix (军), not an army.
  if (start === token.start && NAME_TAGS.has(token.tag) && personInNameToken(token, w, rules) !== undefined) return undefined;
  if (weak && start === token.start && w.length > 4) return undefined;
  if (start === token.start && glossary.lookup(w) === undefined && isGenericOrganization(w, rules)) return undefined;
  return { start, end: token.end, type: 'organization', priority: PRIORITY.suffixRule };
}

/**
 * Paired one-character country abbreviations before a relation word: 中美关系, 中日双方 →
 * 中 and 美 as places. Alone, 中 or 美 is far too ambiguous to tag.
 */
function abbreviationCandidates(view: string, rules: EntityRules): Candidate[] {
  const found: Candidate[] = [];
  const chars = rules.countryAbbreviations;
  const pattern = new RegExp(`([${chars}])([${chars}])(?=${rules.relationWords.join('|')})`, 'gu');
  for (const m of view.matchAll(pattern)) {
    found.push({ start: m.index, end: m.index + 1, type: 'place', priority: PRIORITY.guess });
    found.push({ start: m.index + 1, end: m.index + 2, type: 'place', priority: PRIORITY.guess });
  }
  return found;
}

/** Model codes next to a product word: H20芯片, BR100 (after a known maker). */
function productCandidates(view: string): Candidate[] {
  const found: Candidate[] = [];
  const pattern = /(?<![A-Za-z0-9])[A-Z]{1,4}\d{1,4}[A-Za-z]?(?![A-Za-z0-9])/gu;
  for (const m of view.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = view.slice(end, end + 3);
    const before = view.slice(Math.max(0, start - 2), start);
    if (/^(?:芯片|系列|型号|处理器|手机|车型|GPU|显卡)/u.test(after) || /[\u4e00-\u9fff]$/u.test(before) && /^[、，,)）]/u.test(after)) {
      found.push({ start, end, type: 'product', priority: PRIORITY.guess });
    }
  }
  return found;
}

/**
 * Rule candidates that end where a glossary name ends but start earlier swallow words in
 * front of it (另据工业和信息化部): the glossary name is the entity, so they are dropped.
 */
function dropSwallowingCandidates(candidates: readonly Candidate[]): Candidate[] {
  const glossaryEnds = new Map<number, number>();
  for (const c of candidates) {
    if (c.entry !== undefined) glossaryEnds.set(c.end, Math.min(glossaryEnds.get(c.end) ?? c.start, c.start));
  }
  return candidates.filter((c) => {
    // A surname and given name after a title (局长韩卫东) swallow no word: the given name merely
    // happens to be a place too (卫东, 建平).
    if (c.entry !== undefined || (c.priority === PRIORITY.title && c.type === 'person')) return true;
    const start = glossaryEnds.get(c.end);
    return start === undefined || start <= c.start;
  });
}

/** Longest candidates first, then by priority; a candidate overlapping an accepted one is dropped. */
function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(candidates.reduce((max, c) => Math.max(max, c.end), 0));
  for (const candidate of ordered) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (occupied[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    occupied.fill(1, candidate.start, candidate.end);
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function groupMentions(text: string, mentions: readonly Candidate[], glossary: Glossary): Entity[] {
  const byKey = new Map<string, { type: EntityType; zh: string; entry?: GlossaryEntry; mentions: Span[] }>();
  for (const mention of mentions) {
    const surface = text.slice(mention.start, mention.end);
    const key = mention.entry !== undefined ? `g:${mention.entry.zh}` : `${mention.type}:${surface}`;
    const group = byKey.get(key);
    if (group !== undefined) {
      group.mentions.push({ start: mention.start, end: mention.end });
      continue;
    }
    byKey.set(key, {
      type: mention.entry?.type ?? mention.type,
      zh: mention.entry?.zh ?? surface,
      ...(mention.entry !== undefined ? { entry: mention.entry } : {}),
      mentions: [{ start: mention.start, end: mention.end }],
    });
  }
  // Map keeps insertion order and mentions arrive in text order: entities are in first-mention order.
  return [...byKey.values()].map((group, index) => {
    const name =
      group.entry !== undefined
        ? { en: entryEnglish(group.entry), enSource: 'glossary' as const }
        : englishName(group.zh, group.type, glossary);
    return {
      id: `e${index + 1}`,
      type: group.type,
      zh: group.zh,
      en: name.en,
      enSource: name.enSource,
      mentions: group.mentions,
    };
  });
}
