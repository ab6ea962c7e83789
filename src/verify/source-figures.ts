import { findQuantities, floorBefore, namesComparedLevel, shareQualifierAcross, wordsBeforeRate } from '../extract/quantities/index.js';
import { titleSentenceIndex } from '../pipeline/title-sentence.js';
import type { Analyzed, Approx, Fact } from '../types.js';
import type { Figure } from './compare-quantities.js';
import { UNLISTED, extraReadings, sourceOnlyReadings } from './extra-readings.js';
import { LEVEL_MULTIPLE, RISE_MULTIPLE } from './multiples.js';

/** A figure in the source, with where it stands. */
export interface SourceFigure extends Figure {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly en: string;
  readonly measures: string | null;
  /** The extractor's fact at this span, when there is one. */
  readonly fact: Fact | null;
}

const cache = new WeakMap<Analyzed, readonly SourceFigure[]>();

/**
 * 高达, 多达, 长达 (which stress a figure's size), 最远达, 最长, 最高可 (which make it the top) and 一度上涨
 * (the day's peak): "up to", "as much as".
 */
const AT_MOST_BEFORE = /(?:高达|多达|长达|(?:最远|最长|最高)(?:达|可达|可)?|一度(?:上涨|上升|大涨|涨|下跌|跌))$/u;
/**
 * 最短中转时间由原来的150分钟, 最低收费为5元, 最少3人: a figure that is the least of its kind, which English
 * gives as "the minimum time was cut from 150 minutes", "a minimum of 5 yuan".
 */
const AT_LEAST_BEFORE = /(?:最短|最低|最少)(?:[^，,；;。0-9０-９]{0,10}由(?:原来的|此前的|以前的|过去的)?|为|是|仅|需|要)?$/u;
/** 在20%和10%的范围内承担连带责任: a share within which something holds, "up to 20% and 10%". */
const WITHIN_AFTER = /^(?:[和、及与][0-9０-９.．]+[%％])*的?范围内/u;

/**
 * What a figure says besides its value as read, in the words English uses for it:
 * - 高达83亿元, 多达300人, 往返最远达300公里, 一度上涨6.8%, 在20%的范围内: a figure stressed as large, the
 *   farthest, the day's peak or a limit within which something holds is what "as much as" and "up to" say
 *   (and what the figure alone says: 最远71海里 copied into a summary);
 * - 最短中转时间由原来的150分钟, 最低为5元: the least of its kind, which is "a minimum of" (at least);
 * - 深层（-50米以下）: a depth below ground or sea level, which English states as a distance ("more than 50
 *   metres below ground");
 * - 6周岁至14周岁（不含）: a range whose top is left out ends under it ("aged six to under 14").
 */
function statedBounds(f: SourceFigure, text: string): SourceFigure[] {
  if (typeof f.value !== 'number' || f.end <= f.start) return [];
  const out: SourceFigure[] = [];
  if (f.approx === null && (AT_MOST_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start)) || WITHIN_AFTER.test(text.slice(f.end, f.end + 16)))) {
    out.push({ ...f, approx: 'at_most', fact: null });
  }
  if (f.approx === null && AT_LEAST_BEFORE.test(text.slice(Math.max(0, f.start - 18), f.start))) {
    out.push({ ...f, approx: 'at_least', fact: null });
  }
  // 粒径小于1毫米的微塑料: a size below (or above) a threshold ("particles smaller than one millimetre").
  const threshold = f.approx === null && f.kind === 'measure' ? /([小低大高])于$/u.exec(text.slice(Math.max(0, f.start - 2), f.start)) : null;
  if (threshold) out.push({ ...f, approx: /[小低]/u.test(threshold[1]!) ? 'under' : 'over', fact: null });
  if (f.kind === 'measure' && f.unit === 'm' && f.value < 0 && f.valueMax === null && f.approx !== null) {
    const approx = f.approx === 'under' ? 'over' : f.approx === 'over' ? 'under' : f.approx;
    out.push({ ...f, value: -f.value, approx, fact: null });
  }
  if (typeof f.valueMax === 'number' && /^\s?[（(]不含[）)]/u.test(text.slice(f.end, f.end + 5))) {
    out.push({ ...f, value: f.valueMax, valueMax: null, approx: 'under', fact: null });
  }
  return out;
}

/**
 * The date `今年`, `5月19日` resolve against: the article's own date first, then `--date`,
 * then the year the extractor gave 今年 (the Analyzed record does not carry the `--date`
 * it was analysed with, and a summary saying 今年 must resolve the same way).
 */
/** The text of the source sentence a figure stands in (up to the 。 or line break on either side). */
export function sourceSentenceOf(sourceText: string, f: { readonly start: number; readonly end: number }): string {
  const start = Math.max(sourceText.lastIndexOf('。', f.start), sourceText.lastIndexOf('\n', f.start)) + 1;
  const stop = sourceText.slice(f.end).search(/[。\n]/u);
  return sourceText.slice(start, stop < 0 ? sourceText.length : f.end + stop);
}

export function referenceDateOf(analyzed: Analyzed, fallback: string | null = null): string | null {
  const own = analyzed.article.source.publishedAt ?? analyzed.referenceDate ?? fallback;
  if (own !== null) return own;
  const thisYear = analyzed.facts.find((f) => f.kind === 'year' && f.text.startsWith('今年') && typeof f.value === 'string');
  return thisYear ? `${String(thisYear.value).slice(0, 4)}-12-31` : null;
}

/** 18日 opening a clause, or after 于, 在, 自 or 从 (so never after a month, a digit or 至; nor before 以内, 起 or 前, as days counted). */
const BARE_DAY = /(?<=^|[，。；、：\n]|于|在|自|从)([0-9]{1,2})日(?![以内前后起来均间])/gmu;
/**
 * 公司H股15日收涨8.6%, 国家统计局16日发布: a day between the subject and its verb, as news reports date what
 * happened. Not after a word that counts days (连续15日, 为期3日, 每月15日) nor before one (15日内, 15日均).
 */
const SUBJECT_DAY =
  /(?<=[A-Za-z\p{Script=Han}])(?<!(?:连续|持续|为期|历时|长达|共|约|近|逾|超过|不到|满|每|第|达|需|用|仅|只|耗时|平均|最近|未来|过去|月|号|年|周|天|这|那|几|数|多|半|前|后))([0-9]{1,2})日(?=\p{Script=Han})(?![以内前后起来均间天个])/gu;

/**
 * Every figure the source states: the extractor's facts, plus anything the quantity
 * scanner finds that extraction left out (a fact filtered for the sheet is still
 * something the source says, so a summary quoting it is supported).
 */
export function sourceFigures(analyzed: Analyzed, referenceDate: string | null): readonly SourceFigure[] {
  const cached = cache.get(analyzed);
  if (cached) return cached;
  const sentenceAt = (offset: number): number => {
    const s = analyzed.sentences.find((x) => offset >= x.start && offset < x.end);
    return s?.index ?? 0;
  };
  const figures: SourceFigure[] = analyzed.facts.map((f) => ({
    kind: f.kind,
    text: f.text,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    approx: f.approx,
    start: f.span.start,
    end: f.span.end,
    sentence: f.sentence,
    en: f.en,
    measures: f.measures ?? null,
    fact: f,
  }));
  const text = analyzed.article.source.text;
  for (const q of findQuantities(text, { referenceDate })) {
    if (figures.some((f) => f.start === q.start && f.end === q.end && f.kind === q.kind)) continue;
    figures.push({
      kind: q.kind,
      text: q.text,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      approx: q.approx,
      start: q.start,
      end: q.end,
      sentence: sentenceAt(q.start),
      en: q.en,
      measures: q.measures,
      fact: null,
    });
  }
  // Readings the extractor does not make (48列, 2分10秒, 1至8月, 2.6:1): a count where no figure
  // stands, a reading that spans figures (2分10秒 over 10秒) beside them.
  for (const r of [...extraReadings(text), ...sourceOnlyReadings(text)]) {
    const overlapping = figures.filter((f) => f.end > f.start && f.start < r.end && f.end > r.start);
    if (overlapping.some((f) => f.start === r.start && f.end === r.end && f.kind === r.kind)) continue;
    // PUE降至1.3以下: a bound the extractor leaves off its figure (read 1.3) is read as a summary's
    // 1.3以下 is, beside the figure.
    const boundOfFigure = r.approx !== null && overlapping.every((f) => f.start === r.start && f.value === r.value);
    // (床护比由1:0.41提高到1:0.52: the second term of a ratio one to a fraction is a count too, "0.52 nurses per bed".)
    const termOfRatio = r.kind === 'count' && overlapping.length > 0 && overlapping.every((f) => f.kind === 'multiple' && /^1[:：∶比]/u.test(f.text) && f.end === r.end);
    if (r.kind === 'count' && overlapping.length > 0 && !boundOfFigure && !termOfRatio) continue;
    if (!termOfRatio && overlapping.some((f) => f.start < r.start || f.end > r.end)) continue;
    figures.push({ ...r, sentence: sentenceAt(r.start), fact: null });
  }
  for (const f of [...figures]) {
    // 3个国家 as 3国, 5个省份 as 5省, 3个县 as 3县: the noun's first character standing as its classifier; 11个进球 as 11球 by its last.
    const noun = f.kind === 'count' && f.unit === '个' ? /^(?:国家|省份|城市|进球|县|区(?!域)|镇)/u.exec(text.slice(f.end, f.end + 2)) : null;
    if (noun) figures.push({ ...f, unit: `${UNLISTED}${noun[0] === '进球' ? '球' : noun[0].charAt(0)}`, fact: null });
    // 打进进球4312个 as 4312球: the noun before the count (总进球数达到287个 as 287球 too).
    else if (f.kind === 'count' && f.unit === '个' && /进球(?:数|总数)?(?:达到|达|为|共)?$/u.test(text.slice(Math.max(0, f.start - 6), f.start))) figures.push({ ...f, unit: `${UNLISTED}球`, fact: null });
    // 高温日19天 as 19个高温日, and 3个工作日 as "three working days": days counted as things called 日.
    if (f.kind === 'duration' && f.unit === 'day' && /\p{Script=Han}日(?:共|达|有|为)?$/u.test(text.slice(Math.max(0, f.start - 4), f.start))) {
      figures.push({ ...f, kind: 'count', unit: '个', fact: null });
    } else if (f.kind === 'count' && f.unit === '个' && /^\p{Script=Han}{1,3}日(?![期子])/u.test(text.slice(f.end, f.end + 5))) {
      figures.push({ ...f, kind: 'duration', unit: 'day', fact: null });
    }
  }
  // 当月 / 同月 / 该月 is the month the report is about: the one named most often before it
  // (公布10月交付数据：当月共交付…; a 9月上市 in between does not change it), the earliest on a tie.
  for (const m of text.matchAll(/当月|同月|该月/gu)) {
    const months = figures.filter((f) => f.kind === 'date' && f.end <= m.index && f.end > f.start && /^\d{4}-\d{2}$/.test(String(f.value)));
    const count = (v: string | number): number => months.filter((f) => f.value === v).length;
    const named = [...months].sort((a, b) => count(b.value) - count(a.value) || a.start - b.start)[0];
    if (named) figures.push({ ...named, text: m[0], start: m.index, end: m.index + m[0].length, sentence: sentenceAt(m.index), fact: null });
  }
  // 报告期内，公司新签订单合计103.5亿元 under the headline 湘江轨道动力上半年新签订单103.5亿元: the period a report covers is
  // the one its headline names.
  const title = titleSentenceIndex(analyzed);
  const reported = title === null ? undefined : figures.find((f) => f.sentence === title && f.kind === 'period' && f.end > f.start);
  if (reported !== undefined) {
    for (const m of text.matchAll(/报告期内/gu)) figures.push({ ...reported, text: m[0], start: m.index, end: m.index + m[0].length, sentence: sentenceAt(m.index), fact: null });
  }
  // 18日，…开赛 in an article dated 2025-01-19: a day named alone is a day of the dateline's month (of the month
  // before, when it is later than the dateline's day), as a news report means it.
  const dated = referenceDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(referenceDate);
  if (dated !== null) {
    for (const m of [...text.matchAll(BARE_DAY), ...text.matchAll(SUBJECT_DAY)]) {
      const day = Number(m[1]);
      if (day < 1 || day > 31 || figures.some((f) => f.start <= m.index && f.end >= m.index + m[0].length)) continue;
      let [year, month] = [Number(dated[1]), Number(dated[2])];
      if (day > Number(dated[3])) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
      const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      figures.push({ kind: 'date', text: m[0], value, valueMax: null, unit: null, approx: null, start: m.index, end: m.index + m[0].length, sentence: sentenceAt(m.index), en: '', measures: null, fact: null });
    }
  }
  // 并在年内上线: "within the year" is this year, the dateline's (三年内 is a span, no year).
  if (dated !== null) {
    for (const m of text.matchAll(/(?<![0-9０-９一二两三四五六七八九十几数多个半今本明去])年内/gu)) {
      if (figures.some((f) => f.start <= m.index && f.end >= m.index + 2)) continue;
      figures.push({ kind: 'year', text: m[0], value: dated[1]!, valueMax: null, unit: null, approx: null, start: m.index, end: m.index + 2, sentence: sentenceAt(m.index), en: '', measures: null, fact: null });
    }
  }
  // 截至9月底，南宁市今年新建…: what the year has added by the end of a month is the run of months to
  // it ("in the first nine months of the year").
  for (const f of [...figures]) {
    const month = f.kind === 'date' && typeof f.value === 'string' ? /^(\d{4})-(\d{2})$/u.exec(f.value) : null;
    if (month === null || !/(?:截至|截止|到)$/u.test(text.slice(Math.max(0, f.start - 3), f.start)) || !/[底末]$/u.test(f.text)) continue;
    if (!/今年|年初以来/u.test(analyzed.sentences[f.sentence]?.text ?? '') || Number(month[2]) < 2) continue;
    figures.push({ ...f, kind: 'period', value: `${month[1]}-M01..M${month[2]}`, fact: null });
  }
  figures.push(...dateSpanLengths(figures, text));
  figures.push(...extremesRanges(figures, text));
  // Qualifiers the extractor leaves off, read into the figure itself (so dropping them is caught
  // like dropping 逾): 500千伏及以上, 20秒以内, 时延低于50毫秒, 超过全省总量的一半.
  for (const [i, f] of figures.entries()) {
    const approx = f.approx === null && f.end > f.start && typeof f.value === 'number' ? boundAround(text, f.start, f.end, f.kind) : null;
    if (approx !== null) figures[i] = { ...f, approx };
  }
  figures.push(...figures.flatMap((f) => statedBounds(f, text)));
  const others = otherReadings(figures, text);
  // A rise by a multiple states the size of the rise (see multiples.ts); its level is among the readings.
  for (const [i, f] of figures.entries()) {
    if (f.kind === 'multiple' && others.some((o) => o.start === f.start && o.end === f.end && o.unit === LEVEL_MULTIPLE)) figures[i] = { ...f, unit: RISE_MULTIPLE };
  }
  figures.push(...others);
  figures.push(...boundedRanges(figures, text, sentenceAt));
  // The article's own date (from its metadata or dateline) is something the source states.
  const published = analyzed.article.source.publishedAt;
  if (published !== null && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
    figures.push({
      kind: 'date', text: published, value: published, valueMax: null, unit: null, approx: null,
      start: 0, end: 0, sentence: 0, en: published, measures: null, fact: null,
    });
  }
  cache.set(analyzed, figures);
  return figures;
}

/** 年龄最小的仅, 最低: what opens the least of a run; {@link LARGEST_BEFORE} the greatest. */
const LEAST_BEFORE = /(?:最小|最低|最少|最短|最轻)[的为是仅只才达约]{0,3}$/u;
const LARGEST_BEFORE = /(?:最大|最高|最多|最长|最重)[的为是达约]{0,3}$/u;

/**
 * 年龄最小的仅2岁，最大的81岁: the least and the greatest of one run, stated in one sentence, span it
 * ("ranging from 2 to 81", "aged 2 to 81"), as 2至81岁 would.
 */
function extremesRanges(figures: readonly SourceFigure[], text: string): SourceFigure[] {
  const ranges: SourceFigure[] = [];
  for (const least of figures) {
    if (typeof least.value !== 'number' || least.valueMax !== null || least.end <= least.start) continue;
    if (!LEAST_BEFORE.test(text.slice(Math.max(0, least.start - 6), least.start))) continue;
    const greatest = figures.find(
      (g) => g.sentence === least.sentence && g.start > least.end && g.start - least.end <= 16 && g.kind === least.kind && g.unit === least.unit &&
        typeof g.value === 'number' && g.value > (least.value as number) && g.valueMax === null && LARGEST_BEFORE.test(text.slice(Math.max(0, g.start - 6), g.start)),
    );
    if (greatest === undefined) continue;
    ranges.push({ ...least, text: text.slice(least.start, greatest.end), valueMax: greatest.value as number, end: greatest.end, approx: null, fact: null });
  }
  return ranges;
}

/**
 * 10月1日至8日国庆中秋假期: the days a span of dates covers, both ends counted, which a summary calls
 * "the eight-day holiday". Spans of up to a month that name a holiday or a period (其中10月1日至3日出境
 * 客流最为集中 picks out days of one, and is no length of its own).
 */
function dateSpanLengths(figures: readonly SourceFigure[], text: string): SourceFigure[] {
  const days = (f: SourceFigure): number | null =>
    f.kind === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(f.value) ? Date.parse(`${f.value}T00:00:00Z`) / 86_400_000 : null;
  const spans: SourceFigure[] = [];
  for (const from of figures) {
    const first = days(from);
    if (first === null || from.end <= from.start) continue;
    const to = figures.find((g) => g.start > from.end && g.start - from.end <= 2 && /^(?:至|到|—|－|-|～|~)$/u.test(text.slice(from.end, g.start)));
    const last = to === undefined ? null : days(to);
    if (to === undefined || last === null || last <= first || last - first >= 31) continue;
    if (!/^[^，。；,;]{0,6}(?:假期|黄金周|长假|期间)/u.test(text.slice(to.end, to.end + 10))) continue;
    spans.push({
      kind: 'duration', text: text.slice(from.start, to.end), value: last - first + 1, valueMax: null, unit: 'day', approx: null,
      start: from.start, end: to.end, sentence: from.sentence, en: `${last - first + 1} days`, measures: null, fact: null,
    });
  }
  return spans;
}

/**
 * 处50元以上200元以下罚款: two bounds that close one range, which a summary writes "50 to 200 yuan".
 * Read beside the two bounds, which stay figures of their own.
 */
function boundedRanges(figures: readonly SourceFigure[], text: string, sentenceAt: (offset: number) => number): SourceFigure[] {
  const ranges: SourceFigure[] = [];
  for (const low of figures) {
    if (low.end <= low.start || typeof low.value !== 'number' || low.valueMax !== null) continue;
    const lowEnd = text.startsWith('以上', low.end) ? low.end + 2 : low.text.endsWith('以上') ? low.end : -1;
    if (lowEnd < 0) continue;
    const high = figures.find((g) => g.start === lowEnd && g.kind === low.kind && g.unit === low.unit && g.valueMax === null);
    if (high === undefined || typeof high.value !== 'number' || high.value <= low.value) continue;
    const end = text.startsWith('以下', high.end) ? high.end + 2 : high.text.endsWith('以下') ? high.end : -1;
    if (end < 0) continue;
    ranges.push({
      ...low, text: text.slice(low.start, end), valueMax: high.value, approx: null, end, sentence: sentenceAt(low.start),
      en: `${low.en} to ${high.en}`, fact: null,
    });
  }
  return ranges;
}

/** A rise verb just before a multiple: 环比增长1.5倍 is a rise of 150%, not "1.5 times" the level (比种地时多了一倍: twice as much). */
const RISE_BEFORE = /(?:增长|增加|上涨|上升|提高|提升|扩大|延长|增大|跃升|攀升|高出|多出|增多|猛增|激增|飙升|暴涨|大涨|增殖|繁殖|增長|增加|上漲|提昇|(?<![大许])多)了?$/u;
/**
 * The qualifier a Chinese text states around a figure in words the extractor does not read, or
 * null; read the same way on both sides (a summary repeating 高于55% keeps its bound).
 */
export function boundAround(text: string, start: number, end: number, kind: string): Approx {
  const after = text.slice(end, end + 3);
  // 翻了一番以上 / 翻了一番多 / 逾翻了一番: more than doubled; 近翻了一番, 约翻了一番 likewise.
  if (kind === 'multiple') {
    if (/^(?:以上|多)/u.test(after)) return 'over';
    const before = text.slice(Math.max(0, start - 2), start);
    if (/(?:逾|超过)$/u.test(before)) return 'over';
    if (/(?:近|接近)$/u.test(before)) return 'under';
    if (/约$/u.test(before)) return 'about';
  }
  // 仅为1号线的四分之一多一点: "slightly more than a quarter".
  if (/^多一?[点些]/u.test(after)) return 'over';
  // 入托半年以上: a span and up, which the extractor reads for digits (3年以上) but not for 半年.
  if (kind === 'duration' && /^以上/u.test(after) && text.slice(start, end) === '半年') return 'over';
  // 以内 is a soft bound ("within 36 hours" and "36 hours" both say it): read beside the figure, not into it.
  if (BOUND_AFTER.test(after) && !/^以内/u.test(after)) return 'at_least';
  // 跑进3小时, 滑进37秒5, 游进50秒: ran (skated, swam) inside the time, "under three hours".
  if (kind === 'duration' && /[跑滑游骑划]进$/u.test(text.slice(Math.max(0, start - 2), start))) return 'under';
  // 6.5级以上地震, 8级及以上大风: a magnitude or a wind force and up.
  if (/^级(?:及|或)?以上/u.test(text.slice(end, end + 4)) && /^[0-9０-９.．]+$/u.test(text.slice(start, end))) return 'at_least';
  // 1000台（套）以上: the bound after a second classifier in brackets.
  if (kind === 'count' && /^（[^）]{1,3}）以上/u.test(text.slice(end, end + 7))) return 'over';
  // 每天射300支箭以上, 两年生以上的大杯苗: the bound after the thing counted (one character) or after a span's 生, which the
  // extractor does not reach. (87家规模以上企业, 二级以上医院: a class of the thing, no bound.)
  if ((kind === 'count' && /^[^\P{Script=Han}级的之和与及或以]以上/u.test(text.slice(end, end + 3))) || (kind === 'duration' && /^生以上/u.test(text.slice(end, end + 3)))) return 'over';
  // 低于每立方米30毫克: the bound before a rate's 每 and its unit (虾价每斤低于18元: or right before the figure).
  const justBefore = text.slice(Math.max(0, start - 2), start);
  const lead = /(?:低于|少于|高于|多于)$/u.test(justBefore) ? justBefore : wordsBeforeRate(text, start).slice(-2);
  // 低于920元的出厂价: compared with a named price, which the figure states exactly.
  const reference = namesComparedLevel(text, end);
  if (/(?:低于|少于)$/u.test(lead) && !reference) return 'under';
  if (/(?:高于|多于)$/u.test(lead) && !reference) return 'over';
  // 至少还缺护理员1500名: a floor set before the verb, "short of at least 1,500".
  if (floorBefore(text, start)) return 'at_least';
  // Only a share is a threshold across a noun phrase (超过全省总量的一半); 低于对照组的45.1% compares
  // with another party's figure, which is exact. A multiple likewise: 接近普通牛奶的2倍 is "close to twice that of ordinary milk".
  const across = shareQualifierAcross(text, start, end, kind);
  if (across === null) return null;
  if (/^不(?:超过|高于)$/u.test(across)) return 'at_most';
  if (/^不(?:低于|少于)$/u.test(across)) return 'at_least';
  return /超过|逾|高于/u.test(across) ? 'over' : 'under';
}

/** A bound after a figure the extractor leaves off: 及以上, 或以上 (and 以内, read beside the figure). */
const BOUND_AFTER = /^(?:[及或]以上|以内)/u;
/** A maximum named before a figure in its clause: 最高降幅达, 最大下泄流量, 最多, 单件封顶. */
const CEILING_BEFORE = /(?:最高|最大|最多|最长|最長|封顶)[^，。；、,;0-9０-９]{0,10}$/u;
/** 以内 or 内 after a figure, or after the list it opens (控制在0.55小时和3.8小时以内): a ceiling for each. */
const WITHIN_AFTER_LIST = /^(?:[和、及与][0-9０-９.．]+[^，。；,;0-9０-９]{0,4}?)*以?内/u;
/** 此前, 以往: a maximum so far is a record, stated as it was. */
const PAST_RECORD_BEFORE = /(?:此前|以往|历史上|过去|往年)[^，。；,;0-9０-９]{0,12}$/u;
/** "can reach": 续航可达1000公里 is a ceiling, "a range of up to 1,000 km" (可能达到, "may reach", is a forecast). */
const CAN_REACH_BEFORE = /(?:可达|可達|可高达|可高達)$/u;

/**
 * The same statement read another way a careful writer reads it, as a figure at the same
 * span (so a claim agrees with either, and nothing else changes where the figure stands):
 * - a rise by a multiple as a percentage (增长1.5倍 → up 150%, 上涨超过两倍 → more than 200%)
 *   and as the level it reaches (增长一倍 → twice the level, "doubled");
 *   增长1.5倍 is the standard reading of 倍 after a rise verb; 是…的3倍 (a level) is not read so;
 * - an unqualified figure after "can reach" as an upper bound (可达1000公里 → "up to 1,000 km").
 *   The bare reading stays: "a range of 1,000 km" states the figure the source gives.
 */
function otherReadings(figures: readonly SourceFigure[], text: string): SourceFigure[] {
  const out: SourceFigure[] = [];
  for (const f of figures) {
    if (typeof f.value !== 'number' || f.end <= f.start) continue;
    const before = text.slice(Math.max(0, f.start - 6), f.start);
    if (f.kind === 'multiple' && RISE_BEFORE.test(before)) {
      out.push({
        ...f,
        kind: 'percent',
        value: Number((f.value * 100).toPrecision(12)),
        valueMax: f.valueMax === null ? null : Number((f.valueMax * 100).toPrecision(12)),
        unit: '%',
        measures: f.measures ?? 'growth',
        fact: null,
      });
      out.push({
        ...f,
        value: Number((f.value + 1).toPrecision(12)),
        valueMax: f.valueMax === null ? null : Number((f.valueMax + 1).toPrecision(12)),
        unit: LEVEL_MULTIPLE,
        fact: null,
      });
    } else if (f.kind === 'percent' && f.valueMax === null && f.value >= 100 && RISE_BEFORE.test(before)) {
      // 送养1860只，同比增长102%: a rise of 100% or more takes the level to 2.02 times, "more than doubled".
      out.push({ ...f, kind: 'multiple', value: Number((f.value / 100 + 1).toPrecision(12)), unit: LEVEL_MULTIPLE, fact: null });
    } else if (f.approx === null && WITHIN_AFTER_LIST.test(text.slice(f.end, f.end + 24))) {
      out.push({ ...f, approx: 'at_most', fact: null });
    } else if (f.approx === null && CEILING_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))) {
      // 最高降幅达93%, 最大下泄流量9800立方米: the figure is a maximum ("as much as", "a maximum of").
      out.push({ ...f, approx: 'at_most', fact: null });
    } else if (f.approx === null && CAN_REACH_BEFORE.test(before)) {
      out.push({ ...f, approx: 'at_most', fact: null });
    } else if (f.approx === 'at_most' && PAST_RECORD_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) {
      // 此前单次放归数量最多为32条: the most so far, a record stated exactly ("the previous record of 32").
      out.push({ ...f, approx: null, fact: null });
    } else if (f.approx === null && f.kind === 'duration' && /近$/u.test(before)) {
      // 创近4年新高: the recent four years, which a translator may give as "nearly four years".
      out.push({ ...f, approx: 'under', fact: null });
    }
  }
  return out;
}
