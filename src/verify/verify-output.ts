import { findQuantities, isAgeUnit } from '../extract/quantities/index.js';
import type { SummarizeResult } from '../summarize/provider.js';
import type { Analyzed, Fact, Verification, VerificationIssue } from '../types.js';
import { checkClaim, isFaithfulRounding, type Figure } from './compare-quantities.js';
import { checksAgainst } from './claim-checks.js';
import { LEVEL_MULTIPLE } from './multiples.js';
import { derivedFrom } from './derived-figures.js';
import { findEnglishQuantities, PASSED_THE_BEFORE } from './english-quantities.js';
import { extraReadings, mergeReadings } from './extra-readings.js';
import { countryAlias, demonymCountries, designationNumbers, findNamePhrases, isCommonWord, nameWords, singularOf, sourceLanguages, sourcePhrases, withoutAccents } from './english-names.js';
import { clauseFamilies, englishMeasure, misplacedFigure, sentenceStructureProblems, wordingFitsMeasure } from './figure-context.js';
import { clauseTimeProblems, cooccurrenceProblems } from './cooccurrence.js';
import { countsThingsAfter } from './counted-things.js';
import { copiedSourceSentence } from './copied-sentences.js';
import { locateQuote } from './locate-quote.js';
import { countsNamedThings } from './named-counts.js';
import { wordsWithoutGloss } from './gloss-words.js';
import { wordsWithoutPinyin } from './pinyin-names.js';
import { articleFrame, fromToProblems, isMonthEnd, saysMonthEnd, scaleSlipProblems, subjectProblems, tieToContext } from './sentence-context.js';
import { boundAround, referenceDateOf, sourceFigures, type SourceFigure } from './source-figures.js';
import { splitSummarySentences } from './split-summary-sentences.js';

export interface VerifyOptions {
  /** Resolves 今年 and dates without a year when the article states no date. @default null */
  readonly referenceDate?: string | null;
  /**
   * Leave LLM-proposed facts that carry an issue out of `facts`. The fact sheet JSON keeps
   * everything (strict off); renderers use {@link publishable} instead.
   * @default false
   */
  readonly strict?: boolean;
}

export interface VerifyOutput {
  readonly verification: Verification;
  /** The extractor's facts, followed by figures only the provider's verified quotes surfaced (origin 'llm'). */
  readonly facts: readonly Fact[];
}

/** Names a Chinese article gives its own country by (今年前8个月我国…): "China" stands there too. */
const SELF_REFERENCES: ReadonlyMap<string, RegExp> = new Map([['中国', /我国|我们国家/u]]);

/**
 * A summary's 4月1日 in a sentence that names no year: the year the extractor guessed for it (自4月1日起
 * as next April) is no claim, so it is checked by month and day, as "April 1" is.
 */
function withoutGuessedYear<T extends { readonly kind: string; readonly value: unknown; readonly text: string }>(q: T, sentence: string): T {
  if (q.kind !== 'date' || typeof q.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(q.value) || /年/u.test(q.text)) return q;
  // "2024年汨罗江龙舟赛于5月31日开赛": a year the sentence states is the date's.
  if (/[0-9０-９]{4}年|[今去明前]年/u.test(sentence)) return q;
  return { ...q, value: `--${q.value.slice(5)}` };
}

/**
 * Checks a provider's output (any provider, builtin included) against the source.
 *
 * - Every figure in the Chinese and English summaries and in each proposed fact's
 *   statements is parsed and must agree with a source figure in kind, unit, currency and
 *   value (faithful rounding allowed), with an honest qualifier; dates compare as dates.
 * - Each proposed fact's quote must stand in the source (ignoring width, punctuation and
 *   whitespace); its figures become facts with spans there. A quote with no figure counts
 *   as a verified quote but is not a fact (a fact needs a kind and a value).
 * - Each proposed entity's Chinese name must occur in the source, and every name in the
 *   English summary must be one of the article's entities or a name the source spells in Latin letters.
 *
 * Issues say where (`summaries.en`, `summaries.zh`, `llm.facts[3].quote`,
 * `llm.facts[3].statement_en`, `llm.entities[2]`), what was claimed and what is wrong.
 * `llm.*` indexes the provider's own lists, which are not the fact sheet's `facts`/`entities`.
 */
export function verifyOutput(analyzed: Analyzed, result: SummarizeResult, options: VerifyOptions = {}): VerifyOutput {
  const source = analyzed.article.source.text;
  const referenceDate = referenceDateOf(analyzed, options.referenceDate ?? null);
  const figures = sourceFigures(analyzed, referenceDate);
  const issues: VerificationIssue[] = [];
  let checked = 0;
  let supported = 0;
  const tally = (issue: VerificationIssue | null): boolean => {
    checked++;
    if (issue === null) supported++;
    else issues.push(issue);
    return issue === null;
  };

  const frame = articleFrame(analyzed);
  const figuresOfThings = figures.filter((f) => !(f.kind === 'count' && isAgeUnit(f.unit)));
  const checkText = (where: string, text: string, lang: 'zh' | 'en'): boolean => {
    let ok = true;
    const sentences = splitSummarySentences(text, lang);
    for (const sentence of sentences) {
      const copied = lang === 'zh' ? copiedSourceSentence(analyzed, sentence.text) : null;
      if (copied !== null) {
        for (const f of figures) if (f.start >= copied.start && f.end <= copied.end) tally(null);
        continue;
      }
      const readable = lang === 'zh' ? withoutScores(sentence.text) : sentence.text;
      const found =
        lang === 'zh'
          ? mergeReadings(findQuantities(readable, { referenceDate }), extraReadings(readable), (r) => r).map((q) =>
              q.approx === null && typeof q.value === 'number' ? { ...q, approx: boundAround(sentence.text, q.start, q.end, q.kind) } : withoutGuessedYear(q, sentence.text),
            )
          : findEnglishQuantities(sentence.text, { referenceDate }).filter(
              (q) => !isSourceModelName(sentence.text, q, source) && !isSourceCodeToken(sentence.text, q, source) && !isSourceNameNumber(sentence.text, q, source),
            );
      const claims = found
        .filter((q) => !isSourceCode(q, figures, source))
        .map((claim) => readInContext(claim, sentence.text, lang, source, figures));
      const issuesHere = claims.map((claim) => {
        const measure =
          'measures' in claim ? (claim.measures as string | null) : englishMeasure(sentence.text, claim.start, claim.end);
        const clause = clauseFamilies(sentence.text, claim.start, claim.end, lang);
        // "42 teams" is no 42岁: a count of things is not supported by somebody's age.
        const candidates = lang === 'en' && countsThingsAfter(sentence.text, claim) ? figuresOfThings : figures;
        return figureIssue(where, claim, measure, clause, candidates, sentence.text, source);
      });
      claims.forEach((claim, i) => {
        if (lang === 'zh' && issuesHere[i] !== null && countsNamedThings(sentence.text, claim, source)) issuesHere[i] = null;
      });
      // 6000元 where the source says 不超过6000元 (and 4000至6000元 elsewhere): one end of a range
      // stands for the figure only when the sentence gives the range (its other end too);
      // a lone figure answers to the source's figure stated by itself, qualifier included.
      claims.forEach((claim, i) => {
        if (issuesHere[i] !== null || claim.valueMax !== null) return;
        const check = checkClaim(claim, figures);
        if (check.status !== 'supported' || check.fact.valueMax === null) return;
        const ends = [check.fact.value, check.fact.valueMax];
        const pairs = claims.some((o) => o !== claim && typeof o.value === 'number' && ends.some((e) => typeof e === 'number' && isFaithfulRounding(o.value as number, e)));
        if (pairs) return;
        const alone = checkClaim(claim, figures.filter((f) => f.valueMax === null));
        if (alone.status === 'qualifier') issuesHere[i] = { where, claim: claim.text, problem: `qualifier: ${alone.problem}` };
        // "rose 5%" where the source gives 5% only as one end of 减产5%至8%: the range is not the figure.
        else if (alone.status === 'unsupported') issuesHere[i] = { where, claim: claim.text, problem: `only one end of the source's range ${check.fact.text}, and the sentence gives no range` };
      });
      // "5.1% in April, down 0.1 percentage point from March", "rose to 51.3% in May from 50.7% in
      // April": the month before, as the base of a change the source gives month on month (环比, 比上月),
      // is what the source says, when the sentence or the source names the month after it.
      claims.forEach((claim, i) => {
        const issue = issuesHere[i];
        if (issue === null || issue === undefined || claim.kind !== 'date' || !issue.problem.startsWith('date not found')) return;
        const month = monthOf(claim.value);
        if (month === null) return;
        const before = sentence.text.slice(0, claim.start);
        if (!(lang === 'en' ? /\b(?:from|than(?:\s+in)?|over)\s+$|\bfrom\s+[^,;]{1,24}?\s+in\s+$/i : /(?:比|较|环比)$/u).test(before)) return;
        // The source sentences that give another figure of this sentence month on month.
        const monthOnMonth = figures
          .filter(
            (f) =>
              /环比|比上月|较上月|上月/u.test(analyzed.sentences[f.sentence]?.text ?? '') &&
              claims.some((o, j) => j !== i && issuesHere[j] === null && !['date', 'year', 'period'].includes(o.kind) && checkClaim(o, [f]).status === 'supported'),
          )
          .map((f) => f.sentence);
        if (monthOnMonth.length === 0) return;
        const nextMonth = (month.m % 12) + 1;
        const namesNext = new RegExp(`(?<![\\d.])${nextMonth}月`, 'u');
        const next =
          claims.some(
            (o, j) => j !== i && o.kind === 'date' && issuesHere[j] === null && monthOf(o.value)?.m === nextMonth && (month.y === null || monthOf(o.value)?.y !== month.y || month.m < 12),
          ) || [0, ...monthOnMonth].some((n) => namesNext.test(analyzed.sentences[n]?.text ?? ''));
        if (next) issuesHere[i] = null;
      });
      const placed = claims.map((claim, i) => {
        const checks = issuesHere[i] === null ? checksAgainst(claim, figures) : [];
        let supporting = issuesHere[i] === null ? figures.filter((_, k) => checks[k]!.status === 'supported') : [];
        // "截至6月末" is not supported by 6月7日: the end of a month needs the source's end of it.
        if (claim.kind === 'date' && supporting.length > 0 && saysMonthEnd(claim.text, sentence.text.slice(0, claim.start))) {
          supporting = supporting.filter((f) => isMonthEnd(f, source));
          if (supporting.length === 0) {
            issuesHere[i] = { where, claim: claim.text, problem: 'the source states no end of this month' };
          }
        }
        return { claim, supporting };
      });
      // Dates and durations are checked where the source states the sentence's other figures.
      const tied = tieToContext(placed, figures, sentence.text, frame, source, lang);
      const tiedPlaced = placed.map((p, i) => ({ claim: p.claim, supporting: tied.supporting[i] ?? [] }));
      const structure = sentenceStructureProblems(tiedPlaced, figures, sentence.text, frame.title, source);
      const fromTo = fromToProblems(tiedPlaced, sentence.text, lang, source, figures);
      const subjects = subjectProblems(tiedPlaced, sentence.text, lang, analyzed, figures, result.entities ?? []);
      const clauseTimes = clauseTimeProblems(tiedPlaced, sentence.text, lang, analyzed, figures, frame.title);
      const cooccurring = cooccurrenceProblems(tiedPlaced, sentence.text, lang, analyzed, figures, result.entities ?? [], frame.title);
      const slips = scaleSlipProblems(tiedPlaced, figures, frame, sentence.text);
      claims.forEach((claim, i) => {
        const problem =
          tied.problems.get(i) ?? clauseTimes.get(i) ?? structure.get(i) ?? fromTo.get(i) ?? subjects.get(i) ?? cooccurring.get(i) ?? slips.get(i);
        const issue = issuesHere[i] ?? (problem === undefined ? null : { where, claim: claim.text, problem });
        ok = tally(issue) && ok;
      });
      // 776亿欧美元: a number with 万/亿 is always a figure; one the reader cannot parse
      // (an unknown unit) cannot be checked, so it is not passed.
      if (lang === 'zh') {
        for (const m of sentence.text.matchAll(SCALED_ZH_NUMBER)) {
          const at = m.index;
          if (claims.some((c) => at < c.end && at + m[0].length > c.start)) continue;
          ok = tally({ where, claim: m[0], problem: 'figure not read (unknown unit or form): it cannot be checked against the source' }) && ok;
        }
      }
    }
    return ok;
  };

  // 1. Summaries.
  checkText('summaries.zh', result.zh, 'zh');
  checkText('summaries.en', result.en, 'en');

  // 2. Entities the provider named: their Chinese must stand in the source.
  // The glosses of the article's topic terms name what the source says too (麋鹿: "Père David's deer").
  const knownNames: string[] = [...analyzed.entities.map((e) => e.en), ...(analyzed.terms ?? []).map((t) => t.en)];
  (result.entities ?? []).forEach((entity, i) => {
    const found = locateQuote(source, entity.zh) !== null || SELF_REFERENCES.get(entity.zh)?.test(source) === true;
    if (found) knownNames.push(entity.en);
    tally(
      found
        ? null
        : { where: `llm.entities[${i}]`, claim: `${entity.zh} (${entity.en})`, problem: 'entity name not found in source' },
    );
  });

  // 3. Names in the English summary.
  const latinInSource = source.match(/[A-Za-z][A-Za-z0-9.&'-]*/g) ?? [];
  // "Yihang-600" for “翼航-600”: the number of a model the source joins to its name by a hyphen.
  const modelNumbers = source.match(/(?<=[\u4e00-\u9fff][-－])[0-9]+[A-Za-z]*/gu) ?? [];
  // A unit the extractor read from the source's own words (1.2万P in a computing clause is PFLOPS) is stated there too.
  const factUnits = analyzed.facts.flatMap((f) => (f.unit !== null && /^[A-Za-z][A-Za-z0-9]+$/.test(f.unit) ? [f.unit] : []));
  const known = nameWords([...knownNames, ...latinInSource, ...modelNumbers, ...sourcePhrases(source), ...factUnits, ...sourceLanguages(source)]);
  // "the NEA" for the National Energy Administration: an acronym of a name the article gives.
  for (const acronym of acronymsOf(knownNames)) known.add(acronym);
  // Chang'e-6 for 嫦娥六号, Xuesong-1 for 雪松一号: the number of a designation the source spells in characters.
  for (const number of designationNumbers(source)) known.add(number);
  // A title the summary quotes ("The Legend of the White Snake", a "Quiet Night" campaign) translates one
  // the source quotes (《白蛇传》, “静夜”行动): its words are the translator's, not a party's name.
  const quotedInSource = /[《“「"]/u.test(source);
  const quoted = quotedInSource ? [...result.en.matchAll(/"[^"]{1,80}"|“[^”]{1,80}”/gu)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  for (const phrase of findNamePhrases(result.en)) {
    if (quoted.some(([s, e]) => phrase.start > s && phrase.end < e) || namesLetteredGroup(phrase.text, source)) {
      tally(null);
      continue;
    }
    const unknown = phrase.words.filter((w) => {
      const lower = withoutAccents(w.toLowerCase());
      // A plural of a known name word (two Lexuses, IPOs) is as known as the word, and the singular of
      // a plural the source writes (HFC for its HFCs).
      if (known.has(lower) || known.has(singularOf(w)) || known.has(`${lower}s`)) return false;
      if (demonymCountries(lower).some((country) => country.split(' ').every((w) => known.has(w)))) return false;
      const alias = countryAlias(lower);
      if (alias !== null && alias.split(' ').every((w) => known.has(w))) return false;
      // Wi-Fi for the source's WiFi, e-commerce for ecommerce: a hyphen the source does not write.
      if (lower.includes('-') && known.has(lower.replace(/-/g, ''))) return false;
      return !lower.split('-').every((part) => part === '' || known.has(part));
    });
    // Names the source writes only in characters, spelled in pinyin ("Typhoon Lanhu" for 蓝湖), and
    // ordinary words of a translated name ("Handicrafts Expo" for 手工艺品博览会).
    // A hyphenated name ("Shujian-P2" for 数鉴-P2) is checked part by part: the parts not already known.
    // "China-Germany" for 中德: a part that is an everyday country needs the source no more than the word alone would.
    const unknownParts = unknown.flatMap((w) => (w.includes('-') ? w.split('-').filter((part) => part !== '' && !known.has(withoutAccents(part.toLowerCase())) && !isCommonWord(part)) : [w]));
    // "the Hefei Tong app" for 合肥通: a known word and a syllable, spelled together as one run of the source.
    const spelledWhole = unknownParts.length > 0 && phrase.words.length > unknownParts.length && wordsWithoutPinyin(phrase.words, source).length === 0;
    const missing = unknownParts.length === 0 || spelledWhole ? [] : wordsWithoutGloss(wordsWithoutPinyin(unknownParts, source), source);
    tally(
      missing.length === 0
        ? null
        : { where: 'summaries.en', claim: phrase.text, problem: `name not found in source or its entities (${missing.join(', ')})` },
    );
  }

  // 4. Proposed facts: quote in the source, statements agree with it.
  const facts: Fact[] = [...analyzed.facts];
  const extractorSpans = new Set(analyzed.facts.map((f) => `${f.span.start}:${f.span.end}`));
  (result.facts ?? []).forEach((proposal, i) => {
    const span = locateQuote(source, proposal.quote);
    const quoteOk = tally(
      span === null ? { where: `llm.facts[${i}].quote`, claim: proposal.quote, problem: 'quote not found in source' } : null,
    );
    const statementsOk =
      checkText(`llm.facts[${i}].statement_en`, proposal.statementEn, 'en') &&
      checkText(`llm.facts[${i}].statement_zh`, proposal.statementZh, 'zh');
    if (!quoteOk || span === null || (options.strict === true && !statementsOk)) return;
    // The quote's figures, with spans in the source, as the source states them.
    let n = 0;
    for (const f of figures) {
      // (A figure with no span, the article's own date from its metadata, is in no quote, not even one that opens the text.)
      if (f.end <= f.start || f.start < span.start || f.end > span.end) continue;
      if (extractorSpans.has(`${f.start}:${f.end}`)) continue;
      extractorSpans.add(`${f.start}:${f.end}`);
      facts.push(toFact(f, `llm${i}-${++n}`, analyzed));
    }
  });

  return {
    verification: { status: issues.length > 0 ? 'flagged' : 'ok', checked, supported, issues },
    facts,
  };
}

/** 分别…约29.5万人次和 before a figure: a qualifier that opens the list 分别 gives, and the figures before this one. */
const RESPECTIVE_LIST_BEFORE = /分别[^，,。；;！？0-9０-９]{0,12}(约|近|超过|逾)(?:[0-9０-９.．]+[^，,。；;！？0-9０-９和、与及]{0,6}[和、与及])+$/u;

/**
 * Digits with 万/亿 and a unit-like word the extractor did not read (776亿欧美元): a money or
 * measure figure whatever its unit. A bare 4630万 (人次 understood) is left alone.
 */
const SCALED_ZH_NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?[万亿萬億]+[^0-9０-９，。；、,;：:！？\s]{0,2}[元圆吨米克亩升瓦箱]/gu;

/** 是去年的, 超过去年同期的, 约为去年的: a verb of being or passing, then whose level a multiple is taken of. */
const LEVEL_OF_BEFORE = /(?:((?:约|大约|近|将近|逾)?(?:是|为|相当于|达到))|(超过|高于|不到|不足))[^，,。；;！？：:0-9０-９]{1,12}的$/u;
/** 逾2倍, 约4倍: a multiple that carries its own qualifier. */
const QUALIFIED_MULTIPLE = /^(?:约|近|逾|超过|不到|不足|大约)|左右$|多倍$/u;
/** Another multiple earlier in the sentence. */
const MULTIPLE_BEFORE = /[0-9０-９.．一二三四五六七八九十两]倍/u;

/**
 * A claim as its sentence means it, where the figure alone says less:
 * - "约占全国新增电力装机的86%" puts 约 before 占, a few words from the figure; it qualifies the
 *   figure as 占…的约86% does;
 * - ¥ is the sign of both yuan and yen: a sentence that says yen or Japan means yen, and
 *   so does one whose figure the source states in 日元 but not in yuan;
 * - an English figure that reads two ways (see otherEnglishReading) means what the source states.
 */
function readInContext<C extends Figure & { readonly start: number }>(
  claim: C,
  sentence: string,
  lang: 'zh' | 'en',
  source: string,
  figures: readonly SourceFigure[],
): C {
  if (lang === 'zh') {
    // 订单翻了一番 (增长1倍 in the source): a doubling is the level the rise reaches, as "doubled" is.
    if (claim.kind === 'multiple' && claim.unit === 'x' && /翻/u.test(claim.text)) return { ...claim, unit: LEVEL_MULTIPLE };
    // 同比增长107%，超过去年同期的两倍: a level as a multiple of another (是…的, 超过…的), which a rise of 100%
    // or more in the source states as well as 是去年的2.1倍 does; 超过 before it bounds it.
    // (Not a multiple with a qualifier of its own, 逾2倍, nor one after another multiple of the sentence, 认购倍数为
    // 5.8倍，高于去年的4.2倍, where it is the level compared with.)
    const upTo = sentence.slice(0, claim.start);
    const level = claim.kind === 'multiple' && claim.unit === 'x' && !QUALIFIED_MULTIPLE.test(claim.text) && !MULTIPLE_BEFORE.test(upTo) ? LEVEL_OF_BEFORE.exec(upTo) : null;
    if (level !== null) {
      const said = level[1] ?? level[2]!;
      const approx = /约/u.test(said) ? 'about' : /超过|高于|逾/u.test(said) ? 'over' : /不到|不足|近/u.test(said) ? 'under' : null;
      return { ...claim, unit: LEVEL_MULTIPLE, approx: claim.approx ?? approx };
    }
    if (claim.approx !== null || typeof claim.value !== 'number') return claim;
    const before = sentence.slice(0, claim.start);
    // 每辆最高可获补贴2万元: 最高 bounds the figure across a few verbs the extractor does not
    // bridge (it reads 最高补贴2万元 and 最高可达…); the verbs are a closed set, so 最高人民法院 is not a bound.
    const bound = /(最高|最多|至多|最低|至少)(?:可|能|可以)?(?:获得?|领取|享受|享有|给予|获批|申请)?(?:补贴|补助|奖励|资助|贷款|减免)?$/u.exec(before);
    if (bound && bound[0].length > bound[1]!.length) {
      return { ...claim, approx: bound[1] === '最低' || bound[1] === '至少' ? 'at_least' : 'at_most' };
    }
    // 分别接待观众约29.5万人次和17.2万人次: the qualifier before the first of the list 分别 gives
    // qualifies each of them.
    const listed = RESPECTIVE_LIST_BEFORE.exec(before);
    if (listed) return { ...claim, approx: listed[1] === '约' ? 'about' : listed[1] === '近' ? 'under' : 'over' };
    // 约为同期净利润的1.3倍 likewise (the source's 1.3倍左右 says the same "about").
    // 约为牛庄区块单井平均日产27.5吨的四成: across another figure too, when the claim is a share of it (…的).
    const lead = /(约|大约|近|将近|逾|超过)(?:占|佔)[^，,。；;！？：:\d]{0,24}$|(约|大约)(?:为|是|相当于)(?:[^，,。；;！？：:\d]{0,24}|[^，,。；;！？：:]{0,24}的)$/u.exec(before);
    if (!lead) return claim;
    if (lead[2] !== undefined) return { ...claim, approx: 'about' };
    const approx = lead[1] === '约' || lead[1] === '大约' ? 'about' : lead[1] === '近' || lead[1] === '将近' ? 'under' : 'over';
    return { ...claim, approx };
  }
  const other = otherEnglishReading(claim, sentence);
  if (other !== null && checkClaim(claim, figures).status === 'unsupported' && checkClaim(other, figures).status !== 'unsupported') return other;
  // "peaked at 9,860" for 最高达9860人次, "for as long as 47 days" for 最长达到47天, "the annual cap … 25,000
  // yuan" for 不超过25000元: English marks a maximum with words other than "up to". Read so only where
  // the source's figure is a maximum: "a record 11,200" is no bound of a figure stated plainly.
  if (claim.approx === null && saysMaximum(sentence, claim.start)) {
    const asMaximum = { ...claim, approx: 'at_most' as const };
    // (Also where the source states the value plainly elsewhere too: 最长3年 is the one a maximum speaks of.)
    const maxima = figures.filter((f) => f.approx === 'at_most');
    if (checkClaim(claim, figures).status === 'qualifier' && checkClaim(asMaximum, figures).status === 'supported') return asMaximum;
    if (maxima.length > 0 && checkClaim(asMaximum, maxima).status === 'supported') return asMaximum;
  }
  // "passing the 10-billion-yuan mark" for 突破百亿元: a mark passed is a level exceeded, read so where the source
  // states that very level as passed (so "passing the 20-billion-yuan mark" stays a figure the source lacks).
  if (claim.approx === null && PASSED_THE_BEFORE.test(sentence.slice(0, claim.start)) && /^\s+mark\b/i.test(sentence.slice(claim.start + claim.text.length))) {
    const asPassed = { ...claim, approx: 'over' as const };
    if (checkClaim(claim, figures).status === 'qualifier' && checkClaim(asPassed, figures.filter((f) => f.value === claim.value)).status === 'supported') return asPassed;
  }
  if (claim.kind !== 'money' || claim.unit !== 'CNY' || !claim.text.startsWith('¥')) return claim;
  const asYen = { ...claim, unit: 'JPY' };
  if (/\b(?:yen|Japan(?:ese)?)\b/i.test(sentence)) return asYen;
  if (source.includes('日元') && checkClaim(claim, figures).status === 'unsupported' && checkClaim(asYen, figures).status !== 'unsupported') {
    return asYen;
  }
  return claim;
}

/** "Division B", "Group A's": a group named by a letter, as the source's 乙组 or A组 names it. */
const LETTERED_GROUP = /^(?:Division|Group|Pool|Section|Category|Zone)\s+([A-D])(?:['’]s)?$/;

function namesLetteredGroup(phrase: string, source: string): boolean {
  const letter = LETTERED_GROUP.exec(phrase)?.[1];
  if (letter === undefined) return false;
  const stem = '甲乙丙丁'.charAt('ABCD'.indexOf(letter));
  return new RegExp(`(?:${letter}|${stem})(?:组|級|级|类|区)`, 'u').test(source);
}

/** Whether a plain multiple is exactly the ratio of the two levels its sentence states (worked out as derivedFrom does). */
function exactRatioInSentence(claim: Figure & { readonly start: number }, sentence: string, figures: readonly SourceFigure[], sourceText: string): boolean {
  const pair = derivedFrom(claim, sentence, figures, sourceText);
  if (pair === null || typeof claim.value !== 'number') return false;
  const [a, b] = pair;
  if (typeof a.value !== 'number' || typeof b.value !== 'number' || b.value === 0 || a === b) return false;
  return Math.abs(a.value / b.value - claim.value) <= 0.01 * claim.value;
}

/** A match score (以3∶0战胜, 3比1击败): no figure of the source's to check, and no ratio. */
const SCORE_ZH = /(?<![\d.])\d{1,2}\s?[∶:比]\s?\d{1,2}(?=\s?(?:战胜|击败|擊敗|战平|戰平|取胜|取勝|获胜|獲勝|大胜|力克|险胜|惜败|落败|横扫|负于|不敌|的比分|胜出|告负))/gu;

/** A Chinese summary sentence with its match scores blanked (offsets kept). */
function withoutScores(text: string): string {
  // replace() starts the global pattern afresh each call; test() would carry lastIndex between sentences.
  return text.replace(SCORE_ZH, (m) => ' '.repeat(m.length));
}

/** Words right before an English figure that make it a maximum: a peak ("the single-day peak … reached"), a record, "as long as", a deadline. */
const MAXIMUM_BEFORE =
  /\b(?:as (?:long|high|many|much|far|deep|large|big|fast) as|peak\b[^,;.]{0,50}?\s(?:reached|hit|stood at|came to)|peak(?:ed|ing|s)? (?:at|of)(?: an? (?:record|all-time high|new high))?|(?:a|its|the) (?:peak|high|maximum|record(?: high)?) of|(?:single-day|daily|one-day|all-time|record) (?:record|high|peak) of|within|(?:the|its) (?:longest|largest|biggest|tallest|highest|heaviest|deepest|widest)(?: one)?(?: (?:measuring|at|of|reaching|weighing|stretching))?)\s+$/i;
/** A clause about a cap: every figure in it is a maximum ("the annual cap … has risen to 25,000 yuan from 20,000 yuan"). */
const CAP_CLAUSE = /\b(?:caps?|ceilings?|upper limits?|maximum)\b[^.;:]*$/i;
/** "daily visits are limited to 8,000", "a daily limit of 8,000" (单日限流8000人次): the figure right after a limit. */
const LIMIT_BEFORE = /\b(?:limit(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?to|limit\s+of)\s+(?:US\$|HK\$|RMB\s?|[$€¥£])?$/i;

/**
 * Whether the English words before a figure say it is a maximum: right before it, in the clause
 * (a cap), or as the earlier level of a maximum ("borrow up to 20,000 yuan a year, up from 16,000 yuan").
 */
function saysMaximum(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  return MAXIMUM_BEFORE.test(before) || CAP_CLAUSE.test(before) || LIMIT_BEFORE.test(before) || /\bup to\b[^.;:]*\bfrom\s+(?:US\$|HK\$|RMB\s?|[$€¥£])?$/i.test(before);
}

/**
 * The other thing some English figures can mean, which the source decides when it states only that:
 * - "more than one quarter", "three-quarters" without "of": a span of quarters or a share (四分之一以上);
 * - "4.2 times", "from 4.2 times to 0.3 times", "twice": a factor, or how often (平均跑动次数由4.2次减至0.3次).
 */
function otherEnglishReading<C extends Figure & { readonly start: number }>(claim: C, sentence: string): C | null {
  if (claim.kind === 'duration' && claim.unit === 'quarter' && claim.valueMax === null && typeof claim.value === 'number' && claim.value < 4 &&
    /^(?:one|a|two|three|[123])[- ]quarters?$/i.test(claim.text)) {
    return { ...claim, kind: 'fraction', value: claim.value / 4, unit: null };
  }
  if (claim.kind === 'multiple' && claim.unit === 'x' && /^[\d.,]+ times$/.test(claim.text)) return { ...claim, kind: 'count', unit: '次' };
  // "about 45 workdays per mu" (每亩用工约45个): labour counted in days' work, a count of them.
  if (claim.kind === 'duration' && (claim.unit === 'workday' || /\b(?:workdays?|man-days?|person-days?)$/i.test(claim.text))) return { ...claim, kind: 'count', unit: null };
  // "give blood at least twice within a year" (一年内献血2次及以上): how often, not a factor.
  // ("more than twice the roughly 410,000" compares two levels: a factor.)
  if (claim.kind === 'multiple' && /^twice$/i.test(claim.text) && !/^\s+(?:the|that|those|as|its|their|his|her)\b/i.test(sentence.slice(claim.start + claim.text.length))) {
    return { ...claim, kind: 'count', value: 2, unit: '次' };
  }
  return null;
}

/**
 * A number inside a code the source writes letter for letter: the "3128B" grade of cotton, the
 * "Liuhua East 21-3" oilfield, a "2-1-1" schedule. Digits glued to letters or joined by hyphens
 * name a thing there, as H20 does, and a slip in them is no longer the source's token.
 */
function isSourceCodeToken(sentence: string, q: { start: number; end: number }, source: string): boolean {
  let start = q.start;
  let end = q.end;
  while (start > 0 && /[A-Za-z0-9-]/.test(sentence[start - 1]!)) start--;
  while (end < sentence.length && /[A-Za-z0-9-]/.test(sentence[end]!)) end++;
  const token = sentence.slice(start, end).replace(/^-+|-+$/g, '');
  if (!/^[A-Za-z0-9-]+$/.test(token) || !/\d[A-Za-z]|[A-Za-z]\d|\d-\d/.test(token)) return false;
  const escaped = token.replace(/-/g, '\\-');
  return new RegExp(`(?<![A-Za-z0-9.-])${escaped}(?![A-Za-z0-9-]|\\.\\d)`).test(source);
}

/** The initials of multi-word names, lower case ("National Energy Administration" → "nea"), small words skipped. */
function acronymsOf(names: readonly string[]): string[] {
  const out: string[] = [];
  // "the Southwest Regional Administration of the Civil Aviation Administration of China" holds CAAC too.
  for (const name of names.flatMap((n) => [n, ...n.split(/\s+of\s+the\s+/).slice(1)])) {
    const words = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w) && !/^(?:Of|And|The|For|On|In|Co\.?|Ltd\.?)$/.test(w));
    if (words.length >= 2 && words.length <= 6) out.push(words.map((w) => w[0]!.toLowerCase()).join(''));
  }
  return out;
}

/** What may follow digits that count, measure or date something (余, 多, a classifier, a unit, a time word). */
const COUNTED_AFTER = '余多年月日号时点分秒周个万亿千百元角人名家所座台项辆次天岁米吨亩克升瓦条只头件张场批艘架部位间户套册本篇起例单种类股倍成级度期届轮门栋层道块片株棵尾匹';

/**
 * "the 1905 Cultural and Creative Park" for 1905文化创意园: a number that opens a name in the source
 * (digits, then the name's first character, not a unit or a time) and in the sentence (before a
 * capitalised word) is part of that name.
 */
function isSourceNameNumber(sentence: string, q: { start: number; end: number; text: string }, source: string): boolean {
  // "the 6.18 case" for “6·18”专案, "7.20 rainstorm" for “7·20”特大暴雨: a month and day joined by a
  // middle dot name an event (a date the source never writes as one).
  const named = /^(\d{1,2})\.(\d{1,2})$/.exec(q.text);
  if (named !== null && writesWithMiddleDot(source, named[1]!, named[2]!)) return true;
  // "the "618" shopping promotion" for “6·18”促销: the same name written without its dot, in quotation marks.
  const quoted = /^(\d{1,2})(\d{2})$/.exec(q.text);
  if (quoted !== null && /["“]$/.test(sentence.slice(0, q.start)) && /^["”]/.test(sentence.slice(q.end)) && writesWithMiddleDot(source, quoted[1]!, quoted[2]!)) return true;
  if (!/^\d{3,}$/.test(q.text) || !/^\s+[A-Z][a-z]/.test(sentence.slice(q.end))) return false;
  return new RegExp(`(?<![0-9０-９.])${q.text}(?![${COUNTED_AFTER}%.0-9])[\u4e00-\u9fff]{2}`, 'u').test(source);
}

/** “6·18”, “7·20”: a month and a day the source joins with a middle dot, the name of an event. */
function writesWithMiddleDot(source: string, month: string, day: string): boolean {
  return new RegExp(`(?<![0-9０-９.])${month}\\s?[·•・]\\s?${day}(?![0-9０-９])`, 'u').test(source);
}

/**
 * A bare number after a word that the source writes together with it ("Mate 70" for
 * Mate 70系列, "Model 3") is part of a product name, as H20 is, not a count.
 */
function isSourceModelName(sentence: string, q: { kind: string; start: number; text: string }, source: string): boolean {
  if (q.kind !== 'count') return false;
  const prev = /([A-Za-z][A-Za-z0-9-]*)\s*$/.exec(sentence.slice(0, q.start));
  if (!prev) return false;
  const escaped = prev[1]!.replace(/[-]/g, '\\-');
  return new RegExp(`${escaped}\\s*${q.text.replace(/[.]/g, '\\.')}(?![0-9])`, 'i').test(source);
}

/**
 * A whole number of three or more digits that the source writes only where it reads as no
 * figure — 12345热线, 成都120共受理 — is the name of a line or service ("the 12345 hotline",
 * 成都120单日…), not a count the source must state.
 */
function isSourceCode(q: Figure, figures: readonly SourceFigure[], source: string): boolean {
  if (q.kind !== 'count' || q.approx || q.valueMax !== null || typeof q.value !== 'number' || !Number.isInteger(q.value) || q.value < 100) return false;
  if (checkClaim(q, figures).status !== 'unsupported') return false;
  const digits = String(q.value);
  const at = new RegExp(`(?<![\\d.,，])${digits}(?![\\d]|[.,]\\d)`, 'gu');
  let found = false;
  for (const m of source.matchAll(at)) {
    // Where the extractor read a fact, the digits are a figure (the scanner's bare readings are not).
    if (figures.some((f) => f.fact !== null && f.start <= m.index && f.end >= m.index + digits.length)) return false;
    found = true;
  }
  return found;
}

function figureIssue(
  where: string,
  claim: Figure & { readonly start: number; readonly end: number },
  measure: string | null,
  clause: ReadonlySet<string>,
  figures: readonly SourceFigure[],
  sentence: string,
  sourceText: string,
): VerificationIssue | null {
  const check = checkClaim(claim, figures);
  switch (check.status) {
    case 'supported': {
      const misplaced = misplacedFigure(claim, measure, clause, figures);
      if (misplaced === null) return null;
      if ('used' in misplaced && wordingFitsMeasure(misplaced.used, sentence, claim.start, claim.end)) return null;
      // 单晚1500元以上的高端民宿, "every company with 500 or more employees": a bound that names a class of the noun it
      // modifies, measuring nothing of its own.
      if ('used' in misplaced && ((/^的/u.test(sentence.slice(claim.end)) && /(?:以上|以下)$/u.test(claim.text)) ||
        (/\b(?:or|and)\s+(?:more|above|over)$/i.test(claim.text) && /\bwith\s+$/i.test(sentence.slice(Math.max(0, claim.start - 6), claim.start))) ||
        // ("wines priced above 300 yuan account for less than 10 percent": a price bound that names a class of the wines.)
        /\bpriced\s+(?:at\s+)?(?:above|below|over|under)\s+$/i.test(sentence.slice(Math.max(0, claim.start - 20), claim.start)))) return null;
      if ('qualified' in misplaced) return { where, claim: claim.text, problem: `qualifier: ${misplaced.problem}` };
      return {
        where,
        claim: claim.text,
        problem: `figure from the wrong place: the source's ${misplaced.used.text} is ${misplaced.used.measures ?? 'another figure'}; for ${measure} it gives ${misplaced.right.text}`,
      };
    }
    case 'qualifier':
      // "是去年同期1350万元的两倍多" beside the source's 翻番: a multiple the sentence works out from the two levels it
      // states, 2860万元 against 1350万元, holds with its own qualifier whatever the source calls the rise.
      // (Only beside a doubling the source words as a change, 翻番: a plain 2.7倍 made 逾2.7倍 is a qualifier added.)
      if (claim.kind === 'multiple' && /翻/u.test(check.fact.text) && derivedFrom(claim, sentence, figures, sourceText) !== null) return null;
      // "80,000 yuan in prize money, twice the 40,000 yuan awarded to the runners-up" beside a 接近…2倍 said of other
      // figures: a plain multiple the two levels of the sentence give exactly is not that one.
      if (claim.kind === 'multiple' && claim.approx === null && exactRatioInSentence(claim, sentence, figures, sourceText)) return null;
      return { where, claim: claim.text, problem: `qualifier: ${check.problem}` };
    case 'unsupported':
      // A sum or difference of two figures the source states side by side is stated by them.
      if (derivedFrom(claim, sentence, figures, sourceText) !== null || statedInLatin(claim, sentence, sourceText)) return null;
      return { where, claim: claim.text, problem: check.problem };
  }
}

/** "100 Gbps" where the source writes 100Gbps in Latin letters: a figure stated as is, unit and all. */
function statedInLatin(claim: Figure & { readonly start: number }, sentence: string, sourceText: string): boolean {
  const m = /^([\d.,]+)\s?([A-Za-z]{2,})\b/.exec(sentence.slice(claim.start, claim.start + 32));
  if (m === null) return false;
  return sourceText.replace(/[\s,]+/g, '').includes(m[1]!.replace(/,/g, '') + m[2]!);
}

function toFact(f: SourceFigure, id: string, analyzed: Analyzed): Fact {
  const sentence = analyzed.sentences[f.sentence];
  return {
    id,
    kind: f.kind,
    text: f.text,
    span: { start: f.start, end: f.end },
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    approx: f.approx,
    en: f.en,
    sentence: f.sentence,
    context: sentence?.text ?? '',
    measures: f.measures,
    origin: 'llm',
  };
}

/** The month of a month-only date value (--03, 2025-03), else null. */
function monthOf(value: number | string): { y: string | null; m: number } | null {
  const m = /^(?:--|(\d{4})-)(\d{2})$/.exec(String(value));
  return m ? { y: m[1] ?? null, m: Number(m[2]) } : null;
}
