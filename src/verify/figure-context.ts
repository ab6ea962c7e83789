// The extractor's keyword table (营收 → revenue), so both sides name measures alike.
import measures from '../extract/quantities/measures.json' with { type: 'json' };
import { isAgeUnit } from '../extract/quantities/index.js';
import { sameDimension, TEMPORAL_KINDS, type Figure } from './compare-quantities.js';
import { checksAgainst } from './claim-checks.js';
import { sourceSentenceOf, type SourceFigure } from './source-figures.js';

/**
 * What a figure measures decides whether a figure that exists in the source is used for
 * the right thing: "revenue up 34%" is wrong when the source's 34% is a tariff and its
 * growth figure is 66% (the FactCC "number swap"). The extractor names a figure's measure
 * in English from Chinese keywords (营收 → revenue); these English words say the same in a
 * summary, mapped to one family each so "sales" and "revenue", "up" and "growth" agree.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  growth: 'growth', 'growth rate': 'growth', increase: 'growth', rise: 'growth', 'year on year': 'growth',
  'quarter on quarter': 'growth', up: 'growth', rose: 'growth', grew: 'growth', jumped: 'growth', increased: 'growth',
  higher: 'growth', surged: 'growth', climbed: 'growth', gained: 'growth', soared: 'growth',
  // "expects exports to grow 15% to 20%": the verb in the present too (not its participle: "seed-growing
  // households", "rising demand" name no change).
  grow: 'growth', grows: 'growth', rises: 'growth', increases: 'growth',
  // "caps were raised by about 8%" (上调约8%): a change by a share, where a bare "raised" may be funds.
  'raised by': 'growth', 'lowered by': 'decline', 'cut by': 'decline',
  decline: 'decline', fall: 'decline', down: 'decline', fell: 'decline', dropped: 'decline', declined: 'decline',
  decreased: 'decline', lower: 'decline', slid: 'decline', shrank: 'decline',
  // (The participle too: "prices have fallen about 5% year on year". "risen" was tried as a rise and dropped: it took
  // "unit prices had risen by about 10%" (单价上涨约一成) for a rise like the "year on year" of the orders before it.)
  fallen: 'decline',
  falls: 'decline', drops: 'decline', declines: 'decline', decreases: 'decline',
  // 减少近一成 is a fall ("down nearly 10%").
  reduction: 'decline',
  revenue: 'revenue', 'sales revenue': 'revenue', revenues: 'revenue',
  // 进出口 (foreign trade) and 贸易额 (trade) are one measure: "trade with Africa" says either; and "imports and exports"
  // is their sum, not exports.
  'foreign trade': 'trade', 'imports and exports': 'trade', 'exports and imports': 'trade', 'import and export': 'trade',
  // 缺口: "a shortfall of around 2,000 chip designers".
  shortfall: 'shortfall',
  // 出口额: "export sales of about 2.6 million yuan" are exports, not sales. (Not "export revenue", which a source may call
  // 海外收入, a revenue.)
  'export sales': 'exports',
  // 出厂价 is a factory price too ("factory prices of some models may rise 5% to 8%").
  'factory price': 'ex-factory price', 'factory prices': 'ex-factory price', 'ex-factory prices': 'ex-factory price',
  'factory-gate price': 'ex-factory price', 'factory-gate prices': 'ex-factory price',
  // (A winery's or a mill's 出厂价 likewise: "the average ex-winery price".)
  'ex-winery price': 'ex-factory price', 'ex-winery prices': 'ex-factory price', 'ex-mill price': 'ex-factory price', 'ex-mill prices': 'ex-factory price',
  // English says "sales" for a company's or a street's 营业收入 as often as for 销售额: one family.
  sales: 'revenue',
  // 成交额 and 交易额 are what is traded (a market's turnover), not a company's revenue.
  turnover: 'turnover', 'transaction value': 'turnover', 'trading volume': 'turnover', 'transaction volume': 'turnover',
  profit: 'profit', 'net profit': 'profit', 'net profit attributable to shareholders': 'profit', 'operating profit': 'profit',
  earnings: 'profit', profits: 'profit',
  // Not "cost": a project's total cost is its investment (总投资), not a loss; "built at a cost of
  // 3.15 billion yuan" says what was invested, as "a total cost of" does.
  'total cost': 'investment', 'at a cost of': 'investment', 'total investment': 'investment',
  // "the project cost about 470 million yuan": what a project cost is what was invested in it.
  'project cost': 'investment', 'projects cost': 'investment', 'project costs': 'investment',
  loss: 'loss', 'net loss': 'loss', losses: 'loss', charge: 'loss', 'write-down': 'loss',
  emissions: 'emissions', 'carbon emissions': 'emissions', 'carbon dioxide emissions': 'emissions', 'co2 emissions': 'emissions',
  tariff: 'tariff', tariffs: 'tariff', 'tax rate': 'tariff', duties: 'tariff', levies: 'tariff',
  employees: 'employees', headcount: 'employees', staff: 'employees', workers: 'employees',
  orders: 'orders', order: 'orders', backlog: 'orders',
  // 客单价: what an order is worth is a price, not a number of orders.
  'order value': 'price', 'average order value': 'price', 'spending per order': 'price',
  'market size': 'market size', market: 'market size',
  'share price': 'share price', shares: 'share price', stock: 'share price', 'closing price': 'share price', 'closed at': 'share price',
  'market value': 'market value', 'market capitalisation': 'market value', 'market capitalization': 'market value',
  'market share': 'share', share: 'share', proportion: 'share',
  // "made up 78.6% of the total" is a share, not a rise ("up" alone is growth).
  'made up': 'share', 'make up': 'share', 'makes up': 'share', 'making up': 'share',
  'accounted for': 'share', 'account for': 'share', 'accounts for': 'share', 'accounting for': 'share',
  'r&d': 'r&d', 'r&d spending': 'r&d',
  // A year's output (年产量) is output: "annual shale gas output" and "output this year" alike.
  'annual output': 'output', production: 'output',
  // A production line is a plant, and what it "can make a year" its capacity, not what it made.
  'production line': 'capacity', 'production lines': 'capacity',
  // 成交均价 is the price the market quotes ("the average transaction price").
  'average price': 'price', 'average transaction price': 'price', 'transaction price': 'price',
  // "priced about 30% higher than its predecessor" (价格高出约30%): a price, not a rise of sales.
  priced: 'price',
  // 全长 and 总长度 alike: a total length is a length ("bring the total length of its ski runs to 80 km").
  'total length': 'length',
  // "its unit prices had risen by about 10%" (单价提高约一成): a unit price is a price.
  'unit price': 'price', 'unit prices': 'price',
  // What growers get is named 产地收购价, 产地价 or 产地均价 alike: "the farm-gate price" tells none of them apart (see GENERIC_MEASURES).
  'farm-gate price': 'farm-gate price', 'farm gate price': 'farm-gate price',
  // 票房 is what tickets brought in: revenue ("ticket revenue"), as 票房收入 is.
  'box office': 'revenue', 'box-office': 'revenue',
};
/** Measures that say only that money was involved (资金, 专项资金), or a price of any of several names: they tell no figure from another. */
const GENERIC_MEASURES: ReadonlySet<string> = new Set(['funds', 'special funds', 'farm-gate price']);
/** Every measure the extractor names is also an English keyword for itself ("gross margin"). */
const FAMILIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(measures.keywords).map((en) => [en.toLowerCase(), en.toLowerCase()])),
  ...SYNONYMS,
};

/** What stands between a verb "cost" and its sum: a qualifier and a currency sign at most. */
/** A sum of the size projects cost ("360 million yuan"); a ticket's "70 yuan per person" is a price. */
const INVESTED_SUM = /\b(?:million|billion|trillion)\b|亿/i;
const VERB_COST_GAP = /^\s+(?:about|around|roughly|nearly|almost|some|more than|over|less than|just over|just under)?\s*(?:US\$|RMB|\$|¥|€)?\s*$/i;

/** The measure family of a measure word, or null when it names none. */
export function measureFamily(measure: string | null | undefined): string | null {
  if (!measure || GENERIC_MEASURES.has(measure.toLowerCase())) return null;
  return FAMILIES[measure.toLowerCase()] ?? measure.toLowerCase();
}

// "200 large-scale farms", "low-income households": after a hyphen a keyword is half of an adjective,
// not the measure (规模, 收入) of the figure.
const KEYWORD_RE = new RegExp(
  `\\b(?<!-)(${Object.keys(FAMILIES)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[-\s]/g, '[-\\s]'))
    .join('|')})\\b`,
  'gi',
);

const ZH_KEYWORDS: ReadonlyMap<string, string> = new Map(Object.entries(measures.keywords));
const ZH_KEYWORD_RE = new RegExp([...ZH_KEYWORDS.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');
const ZH_CLAUSE_END = /[，,；;。！？!?：:]/u;

/** Every measure family named in the clause around a figure (both languages). */
export function clauseFamilies(sentence: string, start: number, end: number, lang: 'zh' | 'en'): Set<string> {
  const out = new Set<string>();
  if (lang === 'zh') {
    let s = start;
    while (s > 0 && !ZH_CLAUSE_END.test(sentence[s - 1] ?? '')) s--;
    let e = end;
    while (e < sentence.length && !ZH_CLAUSE_END.test(sentence[e] ?? '')) e++;
    for (const m of sentence.slice(s, e).matchAll(ZH_KEYWORD_RE)) {
      const family = measureFamily(ZH_KEYWORDS.get(m[0]));
      if (family) out.add(family);
    }
    return out;
  }
  const [s, e] = englishClause(sentence, start, end);
  for (const m of sentence.slice(s, e).matchAll(KEYWORD_RE)) {
    const family = measureFamily(m[1]!.replace(/\s+/g, ' '));
    if (family) out.add(family);
  }
  // "has cut the cost of finishing-pig feed by about 86 yuan a tonne": the cut of what the words between name, which
  // the source may state as the cost's (下调采购价格50元) or as the cut's (饲料成本降低约86元).
  if (CUT_BY_BEFORE.test(sentence.slice(s, start))) out.add('decline');
  return out;
}

export function englishClause(sentence: string, start: number, end: number): [number, number] {
  // "imports and exports" is one measure, foreign trade: its "and" joins no clauses.
  const text = sentence.replace(TRADE_PAIR, (m) => m.replace(/ and /, ' & '));
  const clauseStart = Math.max(
    0,
    ...[',', ';', ':', '—', ' – ', '(', ' while ', ' and ', ' even as ', ' whereas '].map((p) => {
      const at = text.lastIndexOf(p, start - 1);
      return at < 0 ? 0 : at + p.length;
    }),
  );
  const tail = text.slice(end);
  const stops = [',', ';', ':', '—', ' – ', ')', ' while ', ' and ', ' even as ', ' whereas '].map((p) => tail.indexOf(p)).filter((i) => i >= 0);
  return [clauseStart, end + (stops.length > 0 ? Math.min(...stops) : tail.length)];
}

/** "cut the cost of feed by about": a cut, with what was cut between the verb and "by". */
const CUT_BY_BEFORE = /\b(?:cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|lowering|slashed|trimmed)\s+(?:the|its|their|his|her)\s+[^,;.:\d]{1,60}?\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?(?:US\$|HK\$|RMB\s?|[$€¥£])?$/i;

/** "imports and exports": foreign trade, one measure. */
const TRADE_PAIR = /\b(?:imports? and exports?|exports? and imports?)\b/gi;

/** "per 100 yuan of revenue", "for every 1,000 yuan of sales": the base of a rate, which names no measure of the figure. */
const RATE_BASE = /\b(?:per|for\s+every)\s+[\d,.]+\s+(?:[a-z]+\s+){0,2}of\s+[a-z-]+/gi;
/** "30% less than", "15% higher than": a percentage compared with another figure. */
const COMPARED_AFTER = /^\s+(less|lower|fewer|smaller|cheaper|more|higher|greater|larger)\s+than\b/i;
/** "equals roughly", "equivalent to about": what stands before a share a thing amounts to. */
const EQUALS_BEFORE = /\b(?:equals?|equalled|equaled|equal\s+to|equivalent\s+to)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+)?$/i;

/**
 * What an English figure measures, from its clause (split at , ; : and dashes): the
 * nearest measure word before the figure, else the nearest after it.
 */
export function englishMeasure(sentence: string, start: number, end: number): string | null {
  const [clauseStart, clauseEnd] = englishClause(sentence, start, end);
  const familyOf = (m: RegExpMatchArray): string | null => FAMILIES[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  // "up to 500 yuan" is a bound, not a rise.
  // "picked up 36.5% of the cases", "made up a third": a verb's particle, no rise either.
  const isUpTo = (m: RegExpMatchArray, text: string): boolean =>
    /^up$/i.test(m[1]!) && (/^\s+to\b/i.test(text.slice(m.index! + m[0].length)) || /\b(?:picked|picks|pick|made|makes|make|set|sets|ended|ends|showed|shows|turned|turns|signed|signs|took|takes|take|backed|backs|opened|opens|followed|follows)\s+$/i.test(text.slice(0, m.index)));
  // "Gannan Wuye net profit (H1 2025): RMB 520 million": a label before the colon names what it measures.
  // ("Fudan University demand: about 150 orders": a qualifier may stand between the colon and the figure.)
  const leadWords = sentence.slice(clauseStart, start);
  const qualifier = /^\s*(?:about|around|roughly|nearly|almost|some|more than|over|less than|up to|at least|at most)?\s*$/i.exec(leadWords);
  const label = qualifier !== null ? /([^.;:]*?)(?:\s*\([^)]*\))?\s*:\s*$/.exec(sentence.slice(0, clauseStart)) : null;
  // "Costs per 100 yuan of revenue were 85.12 yuan": the words of a rate's base measure nothing here.
  const lead = (label ? label[1]! : sentence.slice(clauseStart, start)).replace(RATE_BASE, (m) => ' '.repeat(m.length));
  // "output … equals roughly 30% of the country's": a percentage something equals is its share.
  if (/%|\bper\s?cent\b/i.test(sentence.slice(start, end)) && EQUALS_BEFORE.test(lead)) return 'share';
  // "about 30% less than the 2.6 billion yuan" (比…减少约三成): a percentage less or more than another
  // figure is the fall or the rise between them.
  const comparedTo = /%|\bper\s?cent\b/i.test(sentence.slice(start, end)) ? COMPARED_AFTER.exec(sentence.slice(end)) : null;
  if (comparedTo) return /^(?:less|lower|fewer|smaller|cheaper)$/i.test(comparedTo[1]!) ? 'decline' : 'growth';
  // "rose 10% to 22.6 GWh": the figure after "to" is the level the change reached, not the
  // change, so a rise or fall word before it names what the other figure measures.
  // "up 23 percentage points from 18%" likewise: the figure after "from" is the level it started at.
  // "climbed above 78%", "fell below 55%": the level passed, as "to" says.
  const reached = /\b(?:to|from)\s+(?:about|around|nearly|almost|some|roughly|more than|over|less than|fewer than|under|below|just over|just under|a record(?: high of)?)?\s*$/i.test(lead) ||
    /\b(?:rose|risen|climbed|jumped|surged|soared|fell|fallen|dropped|slipped|sank)\s+(?:above|past|over|beyond|below|under)\s+$/i.test(lead);
  const before = [...lead.matchAll(KEYWORD_RE)].filter((m) => {
    if (isUpTo(m, lead)) return false;
    // "grew seed on 141,000 mu", "grow tea on 5,000 hectares": growing a crop on land, no rise.
    if (/^(?:grew|grow)$/i.test(m[1]!) && /^\s+[a-z-]+(?:\s+[a-z-]+)?\s+on\s*$/i.test(lead.slice(m.index! + m[0].length))) return false;
    const family = familyOf(m);
    return !(reached && (family === 'growth' || family === 'decline'));
  });
  // A label names its measure before the change it states ("Scale rise": a rise of the scale).
  const last = label ? (before.filter((m) => !PREDICATE_FAMILIES.has(familyOf(m) ?? '')).at(-1) ?? before.at(-1)) : before.at(-1);
  if (last) {
    // "the new line, which cost 360 million yuan": what a thing cost, as a verb, is what was invested in it
    // (3.6亿元 总投资); a unit or running cost ("unit cost", "operating costs") is no verb, and "tickets
    // cost 70 yuan" a price.
    if (/^costs?$/i.test(last[1]!) && VERB_COST_GAP.test(lead.slice(last.index! + last[0].length)) && INVESTED_SUM.test(sentence.slice(start, end + 12)) &&
      !/\b(?:unit|average|production|operating|running|labou?r|the|a|an|per|its|their|lower|higher)\s+$/i.test(lead.slice(0, last.index))) return 'investment';
    // "the market purchase price currently averages around 1.22 yuan" (市场收购均价): a price its verb averages is an average price.
    if (/price/i.test(last[1]!) && /\baverag(?:es|ed|ing)\s+(?:about\s+|around\s+|roughly\s+)?$/i.test(lead)) return 'price';
    return familyOf(last);
  }
  // "55.7% of revenue": a part of the measure after "of", not the measure itself (what it is a
  // share of, the source may name in words of its own).
  if (/%|\bper\s?cent\b/i.test(sentence.slice(start, end)) && /^\s+of\s/i.test(sentence.slice(end))) return null;
  const tail = sentence.slice(end, clauseEnd);
  // "level 2-A or higher": a bound on a grade, no rise.
  const orBound = (m: RegExpMatchArray): boolean => /^(?:higher|lower)$/i.test(m[1]!) && /\bor\s+$/i.test(tail.slice(0, m.index));
  const after = [...tail.matchAll(KEYWORD_RE)].find((m) => !isUpTo(m, tail) && !orBound(m));
  if (!after) return null;
  // "worth 117 million yuan at a purchase price of around 45 yuan": a keyword that goes on to a figure
  // of its own names that one.
  if (/^\s*(?:of|at|was|is|were|are)?\s*(?:about|around|roughly|nearly|some|more than|over|less than|up to)?\s*(?:US\$|HK\$|RMB\s?|[$€¥£])?\d/i.test(tail.slice(after.index! + after[0].length))) return null;
  // Past a verb the figure is the subject and the keyword its predicate ("1,800 hectares of
  // crops were a total loss"): the keyword says what happened to the figure, not what it measures.
  // So past a modal or a verb of lifting: "a 20,000-tonne expansion will lift its capacity to …".
  if (/\b(?:is|are|was|were|be|been|became|become|will|would|shall|should|can|could|may|might|lifts?|lifted|raises?|raised|brings?|brought|takes?|took|pushe?s?|pushed|boosts?|boosted)\b/i.test(sentence.slice(end, end + after.index!))) return null;
  return familyOf(after);
}

/** 约占六成, 占比35%: a source figure stated as a share, by 占 in its own span. */
const SHARE_STATED = /^(?:约|近|超过|逾|仅)?占/u;

/**
 * When a claimed figure agrees with source figures in value but every one of them
 * measures something else, while the source gives a figure of the same kind for what
 * the claim says it measures, returns that figure: the claim took a number from the
 * wrong place. Null when the measure is unknown on either side (nothing to tell).
 */
export function misplacedFigure(
  claim: Figure,
  claimMeasure: string | null,
  clause: ReadonlySet<string>,
  figures: readonly SourceFigure[],
): { right: SourceFigure; used: SourceFigure } | { qualified: SourceFigure; problem: string } | null {
  const family = measureFamily(claimMeasure);
  if (family === null) return null;
  const each = checksAgainst(claim, figures);
  const checks = figures.map((f, i) => ({ f, check: each[i]! })).filter((x) => x.check.status !== 'unsupported');
  if (checks.length === 0) return null;
  // Measures are read from nearby keywords, which a paraphrase can move: any keyword in
  // the claim's clause that fits a supporting figure clears it.
  // 主力产品产值约占六成 is a share whatever its clause measures: "accounted for about 60% of that output" fits it.
  const fits = (f: SourceFigure): boolean => {
    const m = measureFamily(f.measures);
    return m === null || m === family || clause.has(m) || (family === 'share' && SHARE_STATED.test(f.text));
  };
  const supported = checks.filter((x) => x.check.status === 'supported');
  // "market share slipped to 15%" is the source's 市场份额降至15%左右 without its 左右, not the
  // 15% end of a sales-growth range 10%至15% that happens to agree in value.
  if (!supported.some((x) => fits(x.f))) {
    const qualified = checks.find((x) => x.check.status === 'qualifier' && measureFamily(x.f.measures) !== null && fits(x.f));
    if (qualified && qualified.check.status === 'qualifier') return { qualified: qualified.f, problem: qualified.check.problem };
  }
  const supporting = checks.map((x) => x.f);
  for (const f of supporting) {
    if (fits(f)) return null;
  }
  const right = figures.find(
    // (A capacity in tonnes is no right figure for "450 megawatts of wind capacity".)
    (f) => f.kind === claim.kind && measureFamily(f.measures) === family && (claim.kind !== 'money' || f.unit === claim.unit) && (claim.kind !== 'measure' || sameDimension(claim.unit, f.unit)),
  );
  return right ? { right, used: supporting[0]! } : null;
}

/**
 * Whether the English words around a figure fit the measure of the source figure it took, where the measure
 * read from its clause did not (see {@link misplacedFigure}):
 * - "Online sales … about 940 million yuan" for 线上交易额约9.4亿元: "sales" says a turnover (交易额, 成交额)
 *   as readily as a revenue; "revenue" does not;
 * - "costs about 15% less than comparable products" for 成本低约15%: a percentage compared with another
 *   figure is a change of what the source says it measures; only a share (占比约六成) is no change.
 */
export function wordingFitsMeasure(used: SourceFigure, sentence: string, start: number, end: number): boolean {
  const family = measureFamily(used.measures);
  if (family === 'turnover' && /\bsales\b/i.test(sentence.slice(0, start)) && !/\brevenues?\b/i.test(sentence)) return true;
  return COMPARED_AFTER.test(sentence.slice(end)) && !['share', 'decline', 'growth'].includes(family ?? '');
}

/** A claimed figure in one summary sentence with every source figure that supports it. */
export interface SentenceClaim {
  readonly claim: Figure & { readonly start: number; readonly end: number };
  readonly supporting: readonly SourceFigure[];
}

/** 占全县建材产值的, 占全市总产量: a clause that opens on 占 gives a share of the whole it names. */
const SHARE_OF_WHOLE_LEAD = /^[，,\s]*(?:约|近|超过|逾|仅)?占[^，,。；;]*$/u;
const ANCHOR_KINDS = new Set(['money', 'count', 'measure', 'percent', 'percentage_point']);
const RATE_KINDS = new Set(['percent', 'percentage_point']);
/** Figures a rate is a change of (revenue, visitors, tonnes), as opposed to rates themselves. */
const BASE_KINDS = new Set(['money', 'count', 'measure']);


/**
 * Checks how the figures of one summary sentence sit together, which value checks alone
 * cannot see (a FactCC "number swap" uses a figure the source does state):
 *
 * - the same figure written k times needs k statements of it in the source
 *   ("将34%的关税降至34%" where the source cuts 125% to 34%), or one given to each (各500名);
 * - a rate (percent, percentage points) goes with the figure next to it (revenue of
 *   RMB 170.36 billion, up 36.35%); when the source states rates with that figure but not
 *   this one, the rate took its value from elsewhere.
 *
 * Returns one problem per flagged claim index.
 */
export function sentenceStructureProblems(
  claims: readonly SentenceClaim[],
  figures: readonly SourceFigure[],
  text: string,
  titleSentence: number | null = null,
  source = '',
): Map<number, string> {
  const problems = new Map<number, string>();
  // 1. Repeated figures ("5月…比5月下降", "in May and May alone" where the source names May once).
  const groups = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (c.supporting.length === 0) return;
    if (typeof c.claim.value !== 'number' && !['date', 'year', 'period'].includes(c.claim.kind)) return;
    // "at least 5,000 mu this year and next, including 60 this year" (今明两年…其中今年): the start of a
    // span of years, not the year stated a second time.
    if (c.claim.kind === 'year' && /^\s+(?:and|or)\s+next\b/i.test(text.slice(c.claim.end))) return;
    // 今年一天能挖到150公斤，而去年同期一天挖100公斤: one day (一天, 一年) frames a rate each time it is said.
    if (c.claim.kind === 'duration' && c.claim.value === 1 && c.claim.valueMax === null) return;
    // 《2024年中国专利调查报告》显示，2024年…: a year inside a title is part of its name, no second statement.
    if (text.lastIndexOf('《', c.claim.start) > text.lastIndexOf('》', c.claim.start)) return;
    // 到2026年底…，2026年全年外送电量 where the source says 到2026年底…，全年外送电量: the year named again for
    // the source's 全年, not a second year.
    if (/^全年/u.test(text.slice(c.claim.end)) && c.supporting.some((f) => sourceSentenceOf(source, f).includes('全年'))) return;
    // 王德顺今年52岁，…今年收入超过25万元: the year of someone's age, said for the age alone.
    if (c.claim.kind === 'year' && /^[0-9０-９]{1,3}(?:岁|周岁)/u.test(text.slice(c.claim.end))) return;
    const key = `${c.claim.kind}|${c.claim.unit ?? ''}|${c.claim.value}|${c.claim.valueMax ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const indices of groups.values()) {
    if (indices.length < 2) continue;
    const spans = new Set(indices.flatMap((i) => claims[i]!.supporting.map((f) => f.start)));
    if (spans.size >= indices.length) continue;
    // 比去年增加27项；…比去年减少8项: the base of two changes, named once for each.
    if (indices.every((i) => claims[i]!.claim.kind === 'year' && /(?:比|较)$/u.test(text.slice(Math.max(0, claims[i]!.claim.start - 1), claims[i]!.claim.start)))) continue;
    // 专科医师和营养师各500名: one statement of a figure for each of several parties.
    if (indices.every((i) => claims[i]!.supporting.some((f) => /[各均]$/u.test(source.slice(Math.max(0, f.start - 1), f.start))))) continue;
    for (const i of indices.slice(spans.size)) {
      problems.set(
        i,
        `the same figure appears ${indices.length} times in this sentence, but the source states it ${spans.size === 1 ? 'once' : `${spans.size} times`}`,
      );
    }
  }
  // 2. Rates and the figure they go with.
  claims.forEach((c, i) => {
    if (problems.has(i) || c.supporting.length === 0 || !RATE_KINDS.has(c.claim.kind)) return;
    // 增长23.6%至21.7亿元，增速高于化工产业整体的11.3%: a rate 高于 another party's is that party's, the level
    // compared with, when the source states it where it names the party; it goes with no figure of this sentence.
    const compared = COMPARED_RATE_BEFORE.exec(text.slice(Math.max(0, c.claim.start - 20), c.claim.start));
    if (compared !== null && c.supporting.some((r) => namesParty(sourceSentenceOf(source, r), compared[1]!))) return;
    const anchor = anchorOf(c, claims, text);
    if (anchor === null) return;
    // "fell 2.4 percent in volume in the first half, with export value at about 1.46 billion U.S. dollars" where the
    // source says 出口量同比下降2.4%，出口额约14.6亿美元: a figure after ", with" may be one the source states after the
    // rate, in its sentence (the rate's own base unsaid).
    // (参赛人数比上届增加35%，其中外籍选手47人 where the source says the same: a part after 其中, likewise.)
    if (anchor.claim.start > c.claim.end) {
      const between = text.slice(c.claim.end, anchor.claim.start);
      const withClause = /,\s*with\b/i.test(between);
      if ((withClause || /[，,]\s*其中/u.test(between)) &&
        c.supporting.some((r) => anchor.supporting.some((a) => a.sentence === r.sentence && r.end <= a.start && (withClause || /其中/u.test(source.slice(r.end, a.start)))))) return;
    }
    // "A follow-up survey of 2,100 recipients … found that 81% were still wearing them" where the source says 对2100名受助老人
    // 进行回访，…佩戴半年后仍坚持每天使用的比例为81%: a share a survey found is of those it asked, stated in their sentence.
    if (anchor.claim.end <= c.claim.start && SURVEY_FOUND_BEFORE.test(text.slice(anchor.claim.end, c.claim.start)) &&
      SURVEY_WORD.test(text.slice(0, c.claim.start)) &&
      c.supporting.some((r) => anchor.supporting.some((a) => a.sentence === r.sentence && a.end <= r.start))) return;
    // "Non-fare revenue rose 12% to 130 million yuan, outpacing the 6.3% increase in fare revenue" where the source says
    // 票务收入…增长6.3%；非票务收入1.3亿元，同比增长12%: the rate outpaced is another party's, which the source gives in the
    // sentence of the figure before it; it goes with no figure of this sentence.
    if (OUTPACED_RATE_BEFORE.test(text.slice(Math.max(0, c.claim.start - 30), c.claim.start)) &&
      c.supporting.some((r) => anchor.supporting.some((a) => a.sentence === r.sentence))) return;
    // "with the European Union accounting for about 42% of the total" where the source says 其中对欧盟出口4.1亿美元，约占
    // 总额的42%: a share of the whole, which goes with its part (unsaid here), not with the whole stated before. (A
    // change in points beside it is still the share's: "made up 30% of the total, up six percentage points".)
    if (!claims.some((o) => o.claim.kind === 'percentage_point') && SHARE_OF_TOTAL_BEFORE.test(text.slice(Math.max(0, c.claim.start - 40), c.claim.start)) &&
      // (Of the total, or of a whole it names after "with" a new party: "with the European Union accounting for about 45% of
      // the district's scooter exports".)
      // ("of the county's total textile exports": the whole may be named before "total".)
      (/^\s*of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:total|all)\b/i.test(text.slice(c.claim.end)) ||
        (/^\s*of\b/i.test(text.slice(c.claim.end)) && WITH_PARTY_SHARE_BEFORE.test(text.slice(Math.max(0, c.claim.start - 80), c.claim.start)))) &&
      c.supporting.every((r) => /占[^，。；,;0-9０-９]{0,10}$/u.test(source.slice(Math.max(0, r.start - 12), r.start)))) return;
    // 首次就诊的患儿约占四成 where the source says 其中初诊患儿约占四成: a share the source too states with 占 goes with the
    // whole it is part of (unsaid here), not with the figure before.
    // (Only a share the source gives in the sentence of the figure before, or in a 其中 sentence right after it.)
    // (Not after an age, which says whom the share is of: 18岁以下青少年占16.4%.)
    // ("…to 437 million U.S. dollars, and nearly 40% of them went to …": a share of "them", in English; "120 million
    // yuan of the county's 310 million yuan, nearly 40% of the total": of the whole, likewise.)
    if (c.claim.kind !== 'percentage_point' && !isAgeUnit(anchor.claim.unit) && !/[岁歲]$/u.test(anchor.claim.text) &&
      (saysShare(text, c.claim.start, c.claim.text) || /^\s+of\s+(?:them|it|which|those|the\s+total)\b/i.test(text.slice(c.claim.end, c.claim.end + 18))) &&
      c.supporting.some((r) => (saysShare(source, r.start, r.text) || /占[^，。；,;0-9０-９]{0,10}$/u.test(source.slice(Math.max(0, r.start - 12), r.start))) &&
        anchor.supporting.some((a) => r.sentence === a.sentence ||
          (r.sentence === a.sentence + 1 && /其中[^，。；,;]{0,16}$/u.test(source.slice(Math.max(0, r.start - 18), r.start))) ||
          // (Or the summary's own 其中, where a source sentence just after states the part's share: 平均每天约234个。…。
          // 夜间…的来电占29.3%.)
          (r.sentence > a.sentence && r.sentence <= a.sentence + 2 && /其中[^，。；,;]{0,24}$/u.test(text.slice(Math.max(0, c.claim.start - 26), c.claim.start)))))) return;
    // 确诊患者约7800人，其中近六成为肥胖患者 where the source says 其中确诊…的患者约7800人。…肥胖患者占确诊人数的近六成: a share
    // of a whole the summary's 其中 names, which the source takes further on of that whole by its name.
    // ("…about 7,800 patients in 2024, nearly 60% of them obese": of them, in English.)
    if (c.claim.kind !== 'percentage_point' &&
      (/其中[^，。；,;]{0,24}$/u.test(text.slice(Math.max(0, c.claim.start - 26), c.claim.start)) || /^\s+of\s+(?:them|those|whom|these)\b/i.test(text.slice(c.claim.end, c.claim.end + 14))) &&
      c.supporting.some((r) => anchor.supporting.some((a) => r.sentence > a.sentence && sharesOfNamedWhole(source, r, a)))) return;
    // 交易额约占全市网络零售额的四成，跨境直播出口额达5.4亿美元: a share of a whole it names, in a clause before the
    // figure, is no rate of a figure in the clauses after.
    if (anchor.claim.start > c.claim.end && BASE_KINDS.has(anchor.claim.kind) && /[，,]/u.test(text.slice(c.claim.end, anchor.claim.start)) &&
      /占[^，,；;。0-9０-９]{1,12}(?:的)?(?:约|近|超过|逾|不到)?$/u.test(text.slice(Math.max(0, c.claim.start - 16), c.claim.start))) return;
    let paired: SourceFigure | null = null;
    // The title repeats the body's figures in a headline's order (308.3万辆 新能源汽车…增长75.2%),
    // so it pairs nothing when the body states the anchor too.
    const body = anchor.supporting.filter((a) => a.sentence !== titleSentence && a.end > a.start);
    for (const a of body.length > 0 ? body : anchor.supporting) {
      // In the source a rate follows its base (营收1703.6亿元，同比增长36.35%; PMI为51.2%，环比上升
      // 0.5个百分点), whatever order the summary uses ("rose 36.35% to RMB 170.36 billion").
      const rateIsClaim = !(c.claim.kind === 'percent' && anchor.claim.kind === 'percentage_point');
      // A summary that lists its own rates "respectively" pairs them by its own order: the source's
      // order is for a claim that stands alone.
      const inOrder = !/\brespectively\b|分别/u.test(text);
      // Points the summary states as a gap ("高出23个百分点", "9 points lower than") may go with either rate.
      const saysGap = anchor.claim.kind === 'percentage_point' && SUMMARY_GAP_NEAR.test(text.slice(Math.max(0, anchor.claim.start - 12), anchor.claim.end + 16));
      // (Levels listed after the points they changed by, "rose 1.6 and 4.2 points to 94.8% and 81.3% respectively",
      // take the source's 分别 order too.)
      const sourceOrder = inOrder || (c.claim.kind === 'percent' && anchor.claim.kind === 'percentage_point' && anchor.claim.end <= c.claim.start);
      const reachable = reachableRates(a, c.claim.kind, figures, rateIsClaim ? 'after' : 'before', source, sourceOrder, saysGap);
      // "786,000 jobs, over 90% of its annual target" where the source says 78.6万人，完成全年目标任务85万人的92.5%: a share's
      // bound that a reachable share meets says it, rounded (a change, 同比增长38.7%, is no share).
      // (A share the source takes of a whole it names, 完成全年目标18万人的七成, is no change: "70% more than a year earlier"
      // is not it.)
      const asShare = takenAsShare(text, c.claim);
      if (reachable.some((r) => (c.supporting.includes(r) && (asShare || !shareOfNamedWhole(source, r, figures))) ||
        (asShare && boundMetBy(c.claim, r) && !CHANGE_RIGHT_BEFORE.test(source.slice(Math.max(0, r.start - 6), r.start))))) return;
      // 超过六成观众年龄在25岁至34岁之间: the source's own clause holds both, in whatever order; and
      // 从2022年的18%提升至今年上半年的41%，提高23个百分点: both ends of a change go with the change.
      const sameClause = (x: SourceFigure, y: SourceFigure): boolean =>
        x.end > x.start && y.end > y.start && !ZH_CLAUSE_END.test(source.slice(Math.min(x.end, y.end), Math.max(x.start, y.start)));
      if (c.supporting.some((r) => sameClause(r, a) || reachable.some((q) => q !== r && sameClause(r, q)))) return;
      // "rose 9 percentage points, from 62% last year to 71% this year" (去年…为62%，今年…提高到71%，上升了9个百分点): the
      // level a change starts from goes with it as the level it reaches does, when the source states both in one
      // sentence, the start first and as a level (同比增长9% is no start).
      if (FROM_LEVEL_BEFORE_ZH_EN.test(text.slice(Math.max(0, c.claim.start - 12), c.claim.start)) &&
        claims.some((o) => o !== c && o.claim.kind === c.claim.kind && o.claim.start > c.claim.end && TO_LEVEL_BEFORE_ZH_EN.test(text.slice(Math.max(0, o.claim.start - 12), o.claim.start)) &&
          o.supporting.some((r) => reachable.includes(r) && c.supporting.some((q) => q.sentence === r.sentence && q.start < r.start &&
            !/(?:增长|下降|增加|减少|上升|提高|降低|回落)了?约?$/u.test(source.slice(Math.max(0, q.start - 6), q.start)))))) return;
      paired ??= reachable[0] ?? null;
    }
    // "accounted for 31.5% of deals, the first time its share has exceeded 30%, and 6.2 percentage points more":
    // a bound the level passed, beside the level the source pairs with the change, which the sentence states too.
    // (A bound under the level, beside a change in points: the bound and the level measure one thing.)
    const boundPassed = (c.claim.approx === 'over' || c.claim.approx === 'at_least') && anchor.claim.kind === 'percentage_point' &&
      claims.some((o) => o !== c && o.claim.kind === c.claim.kind && o.claim.approx === null && paired !== null && o.supporting.includes(paired) &&
        typeof o.claim.value === 'number' && typeof c.claim.value === 'number' && c.claim.value < o.claim.value);
    if (paired !== null && !boundPassed) {
      problems.set(i, `goes with ${anchor.claim.text} here, but the source gives ${paired.text} with ${anchor.supporting[0]!.text}`);
    }
  });
  return problems;
}

/** The level a change starts from ("from 62%", 从去年的62%) and the one it reaches ("to 71%", 提高到今年的71%). */
const FROM_LEVEL_BEFORE_ZH_EN = /(?:\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?|[从由][^，。；,;0-9０-９]{0,8})$/u;
const TO_LEVEL_BEFORE_ZH_EN = /(?:\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|more than\s+)?|[到至][^，。；,;0-9０-９]{0,8})$/u;

/** "… found that about", "showed": what a survey or a study found, right before the share it found. */
const SURVEY_FOUND_BEFORE = /^[^;:]*\b(?:found|find|finds|showed|shows|revealed|reveals|indicated)\s+(?:that\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than)\s+)?$/i;
const SURVEY_WORD = /\b(?:survey|poll|study|questionnaire|follow-up|sample|interviews?)\b/i;

/** "with the European Union accounting for about": a share a new party takes, after "with" (a party named by no figure). */
const WITH_PARTY_SHARE_BEFORE = /\bwith\s+[^,;\d]{1,60}?\s+(?:accounting\s+for|making\s+up|taking)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than)\s+)?$/i;
/** "accounting for about", "making up", "taking": a share said of the whole it is part of. */
const SHARE_OF_TOTAL_BEFORE = /\b(?:(?:accounting|accounted|accounts?)\s+for|(?:making|made|makes?)\s+up|representing|represented|taking)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|less\s+than)\s+)?$/i;

/**
 * The figure a rate goes with in the summary: the nearest figure of another kind that can
 * carry a rate, in the same stretch of the sentence (not across ; : —), with no such figure
 * between them ("revenue of RMB 170.36 billion, up 36.35%"). Null when there is none.
 */
function anchorOf(c: SentenceClaim, claims: readonly SentenceClaim[], text: string): SentenceClaim | null {
  const listed = respectiveBase(c, claims, text);
  if (listed !== undefined) return listed;
  const clauseStart = clauseStartBefore(text, c.claim.start);
  const clauseLead = text.slice(clauseStart, c.claim.start);
  let anchor: SentenceClaim | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const other of claims) {
    if (other === c || other.supporting.length === 0) continue;
    if (!ANCHOR_KINDS.has(other.claim.kind) || other.claim.kind === c.claim.kind) continue;
    // “300米见绿、500米见园”覆盖率为86.5%: a figure inside a quoted slogan or name is no base of a rate.
    if (insideQuotes(text, other.claim.start) && !insideQuotes(text, c.claim.start)) continue;
    const lo = Math.min(other.claim.end, c.claim.end);
    const hi = Math.max(other.claim.start, c.claim.start);
    if (/[;；:：—]| – | while /u.test(text.slice(lo, hi))) continue;
    // 超时费收入减少约35%，但柜机使用率提高了9个百分点: a figure in a clause that turns to another subject (但, 而,
    // "but", "while") after the rate is no base of it.
    if (other.claim.start > c.claim.end && /[，,]\s*(?:但是?|而|不过|but\b|while\b)/u.test(text.slice(c.claim.end, other.claim.start))) continue;
    // "the apprentices are under 35, and 94.5% passed": a rate that opens a clause of its own after ", and"
    // is that clause's subject, not the change of the figure before.
    if (other.claim.end <= c.claim.start && /^\s*,\s*and\s+$/i.test(text.slice(other.claim.end, c.claim.start))) continue;
    // "said first-half revenue rose 18% to 320 million yuan and that nearly 40 percent of its products are sold overseas": a
    // second reported statement, after "and that", has its own subject.
    if (other.claim.end <= c.claim.start && /\band\s+that\b/i.test(text.slice(other.claim.end, c.claim.start))) continue;
    // "earned about 240 million yuan in tourism revenue, and homestays near the venue were more than 95% occupied": nor
    // one whose clause after ", and" has a subject and verb of its own.
    // (Only where the source states the rate in the sentence of that figure too: 约2.4亿元；…民宿入住率超过95%.)
    if (other.claim.end <= c.claim.start && NEW_CLAUSE_AFTER_AND.test(text.slice(other.claim.end, c.claim.start)) &&
      c.supporting.some((r) => other.supporting.some((a) => a.sentence === r.sentence))) continue;
    // A figure after the rate is its base only when nothing parts them ("rose 8.6% to 20.9
    // million"); "growth of 5.5% and at least 650,000 jobs" lists two targets.
    if (other.claim.start > c.claim.start && BASE_KINDS.has(other.claim.kind) && /、|\band\b|和|及/u.test(text.slice(lo, hi))) continue;
    // 平均股息率为2.1%，其中15家超过4%: a count after 其中 that has a rate of its own in its clause picks out a part; it is
    // no base of the rate before. (增长约6%，其中鲜食葡萄约75万吨 still pairs the rate with the part, as the source does.)
    if (other.claim.start > c.claim.start && /[，,]\s*其中/u.test(text.slice(lo, hi)) &&
      claims.some((x) => x !== c && RATE_KINDS.has(x.claim.kind) && x.claim.start >= other.claim.end && !/[，,；;。]/u.test(text.slice(other.claim.end, x.claim.start)))) continue;
    // 而蓝湾渔业有限公司同比仅增长3.1%: a rate whose clause opens on another subject is not the change of the
    // figure in the clause before. (Not 其中: a part's share goes with the whole before it; nor 但其, "but its".)
    if (other.claim.start < clauseStart && OWN_SUBJECT_OPENING.test(clauseLead)) continue;
    // 1号线客运量5130万人次，…，而在4号线二期开通带动下，4号线客运量同比增长41.2%: nor one whose 而 clause comes
    // between them, further back.
    if (other.claim.end <= c.claim.start && /[，,]\s*而(?![其且])/u.test(text.slice(other.claim.end, clauseStart))) continue;
    // "shifted 30% of its capacity to stockings, whose sales reached 230 million yuan": a figure in a
    // relative clause after the rate is no base of it.
    if (other.claim.start > c.claim.start && /,\s*(?:whose|which|where|who)\b/i.test(text.slice(lo, hi))) continue;
    // 到2027年能耗比2022年下降15%，今年市财政已安排3.5亿元: nor one in a clause after the rate that opens on a time of its
    // own, where the rate's clause has its own too. (超速10%以内的仅予警告，前三季度共发出警告短信约58万条: a rate with no
    // time of its own is still read with the figure after it.)
    if (other.claim.start > c.claim.end) {
      const comma = Math.max(text.lastIndexOf('，', other.claim.start), text.lastIndexOf(',', other.claim.start));
      const timed = (x: SentenceClaim): boolean => TEMPORAL_KINDS.has(x.claim.kind);
      const ownClauseStart = clauseStartBefore(text, c.claim.start);
      if (comma >= c.claim.end && claims.some((x) => timed(x) && x.claim.start >= ownClauseStart && x.claim.end <= c.claim.start) &&
        claims.some((x) => timed(x) && x.claim.start > comma && /^\s*$/u.test(text.slice(comma + 1, x.claim.start)) && x.claim.end <= other.claim.start)) continue;
    }
    // "Fewer than 30% had contributed, with 728,000 contributors making up 27.6%": a figure after the rate
    // that has a rate of this kind of its own right after it is that rate's base, not this one's. (A change
    // to the figure, "rose 19.8% to 312 million yuan, or 37.3% of the total", is still the figure's.)
    if (other.claim.start > c.claim.start && ownRateFollows(c, other, claims, text)) continue;
    // "农牧民占比超过85%，30至59岁人群占近七成": an age opening the next clause says whom that clause's
    // figure is about; the rate before it does not go with it.
    if (other.claim.start > c.claim.start && (isAgeUnit(other.claim.unit) || /[岁歲]$/u.test(other.claim.text)) && /[，,]\s*$/u.test(text.slice(lo, hi))) continue;
    // 为28.6万名3至6岁在园儿童筛查视力，筛查率达到96.3%: an age right after a count says whom it counts; the
    // count is the base.
    if ((isAgeUnit(other.claim.unit) || /[岁歲]$/u.test(other.claim.text)) && claims.some((x) => x !== other && x.claim.end === other.claim.start)) continue;
    // "上升0.5个百分点，高于2024年同期的4.9%": a rate after a change in points is the level the change
    // reached (升至, "to") or started from ("from 28%") only when the sentence says so, right before the
    // rate ("up 3.8 points from a year earlier, meeting the target of 70%" says it of no 70%); otherwise it
    // is another level to compare with.
    if (
      c.claim.kind === 'percent' && other.claim.kind === 'percentage_point' && other.claim.start < c.claim.start &&
      !/(?:至|到|达|为|由|从|\bto\b|\bat\b|\bfrom\b)[^，,；;]{0,12}$/u.test(text.slice(lo, hi))
    ) continue;
    const between = claims.some(
      (x) => x !== c && x !== other && ANCHOR_KINDS.has(x.claim.kind) && x.claim.start >= lo && x.claim.end <= hi,
    );
    if (between) continue;
    // "营业利润…至28.7亿欧元，营业利润率降至3.7%": a rate whose own clause names what it measures
    // is not the change of the figure in the clause before.
    // (桂南水泥产值约19亿元，占全县建材产值的近四成: a share's clause names the whole it is a share of,
    // and the share still goes with the figure before.)
    const ownLead = text.slice(Math.max(lo, clauseStartBefore(text, c.claim.start)), c.claim.start);
    if (other.claim.start < c.claim.start && /[，,]/u.test(text.slice(lo, hi)) && !SHARE_OF_WHOLE_LEAD.test(ownLead) && namesOwnMeasure(ownLead)) continue;
    // 较2022年提高8.1个百分点，90天死亡率降至12.5%; 卧射、立射命中率分别为89.1%和80.2%; 目标是到2027年达到90%: after a
    // change in points, a rate its own clause names (or a target) is no level the change reached.
    if (other.claim.kind === 'percentage_point' && other.claim.end <= c.claim.start && /[，,]/u.test(text.slice(lo, hi)) &&
      (OWN_RATE_SUBJECT_ZH.test(ownLead) || OWN_TARGET_ZH.test(ownLead))) continue;
    // A rate follows the figure it goes with ("X, up Y%"); a figure after the rate
    // ("rose 36.35% to RMB 170.36 billion") only serves when none comes before.
    // …unless the words after the rate take it to that figure ("rose 8.9% year on year to 1.71 billion yuan",
    // 增长8.9%至17.1亿元): the level the change reached is the rate's, whatever stands before.
    // ("a 17% fall in net profit to 102 million yuan": the change may name what changed before "to".)
    const leadsTo = other.claim.start > c.claim.start &&
      /^\s*(?:year[- ]on[- ]year\s+)?(?:(?:rise|fall|drop|increase|decrease|decline|jump|gain|growth|slide|cut)\s+in\s+(?:[a-z'-]+\s+){1,4})?(?:to|至|到)\s*(?:about|around|nearly|almost|some|more than|over|约|近)?\s*(?:US\$|HK\$|RMB\s?|[$€¥£])?$/i.test(text.slice(c.claim.end, other.claim.start));
    const distance = leadsTo ? -1 : hi - lo + (other.claim.start > c.claim.start ? 1e6 : 0);
    if (distance < best) {
      best = distance;
      anchor = other;
    }
  }
  return anchor;
}

/**
 * Whether `base`, written after the rate `rate`, has a rate of the same kind of its own right after it,
 * in its own clause ("with 728,000 contributors making up 27.6%"), while nothing makes `rate` a change
 * to it ("rose 19.8% to 312 million yuan", 增长9.5%至6800万元).
 */
function ownRateFollows(rate: SentenceClaim, base: SentenceClaim, claims: readonly SentenceClaim[], text: string): boolean {
  if (/\bto\b|至|到|达/u.test(text.slice(rate.claim.end, base.claim.start))) return false;
  return claims.some(
    (x) =>
      x !== rate && x.claim.kind === rate.claim.kind && x.claim.start > base.claim.end &&
      !/[,，;；:：]|\b(?:and|while|but|or)\b|而/u.test(text.slice(base.claim.end, x.claim.start)) &&
      !claims.some((y) => y !== base && ANCHOR_KINDS.has(y.claim.kind) && y.claim.start > base.claim.end && y.claim.end <= x.claim.start),
  );
}

/** 高于化工产业整体的, 低于全省平均水平的: the words before another party's rate a summary compares with (the party captured). */
const COMPARED_RATE_BEFORE = /(?:高于|低于|大于|小于|快于|慢于|好于|不及)([^，,；;。0-9０-９]{1,14})的$/u;
/** "outpacing the 6.3% increase", "faster than the 4% growth": a rate the sentence's own is set against. */
const OUTPACED_RATE_BEFORE = /\b(?:outpac(?:ing|ed|es)|outstripp(?:ing|ed)|outstrips|faster than|slower than|(?:well\s+|far\s+)?ahead\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:about\s+|around\s+)?$/i;

/** Whether a source sentence names a party as a summary writes it: most of its pairs of characters. */
function namesParty(sentence: string, party: string): boolean {
  const pairs = [...party].slice(0, -1).map((ch, k) => ch + party[k + 1]!).filter((pair) => /^\p{Script=Han}{2}$/u.test(pair));
  if (pairs.length === 0) return false;
  return pairs.filter((pair) => sentence.includes(pair)).length * 2 >= pairs.length;
}

/** 同比增长38.7%, 下降了约5%: a change right before its rate. */
const CHANGE_RIGHT_BEFORE = /(?:增长|下降|增加|减少|上升|提高|降低|回落|上涨|下跌)了?(?:约|近|逾|超过)?$/u;

/** 正常保有量380万头的104.7%, 全年目标任务85万人的92.5%: a figure standing right before a rate as the whole it is taken of. */
function wholeOf(source: string, whole: SourceFigure, rate: SourceFigure): boolean {
  return whole.end <= rate.start && /^的(?:约|近)?$/u.test(source.slice(whole.end, rate.start));
}

/** 完成全年目标任务85万人的92.5%: a rate the source takes of a whole whose figure stands right before it. */
function shareOfNamedWhole(source: string, r: SourceFigure, figures: readonly SourceFigure[]): boolean {
  // (Not an age bound, which picks out whom the rate counts: 60岁以上的约占七成.)
  return figures.some((g) => g.sentence === r.sentence && BASE_KINDS.has(g.kind) && !isAgeUnit(g.unit) && wholeOf(source, g, r));
}

/** "68.5% of its annual target", "or 54.6%, of its total", 完成年度目标的68.5%, 约占总量的三成: a summary's rate written as a part of a whole. */
function takenAsShare(text: string, claim: { readonly start: number; readonly end: number }): boolean {
  return /^,?\s+of\b/i.test(text.slice(claim.end, claim.end + 6)) || /(?:的|占)(?:约|近|超过|逾|不到)?$/u.test(text.slice(Math.max(0, claim.start - 4), claim.start));
}

/** Whether a figure meets a claim's bound, rounded as a summary rounds: "over 90%" for 92.5%, "nearly 90%" for 88.6%. */
function boundMetBy(claim: Figure, f: SourceFigure): boolean {
  if (claim.kind !== f.kind || f.approx !== null || typeof claim.value !== 'number' || typeof f.value !== 'number' || claim.valueMax !== null) return false;
  if (claim.approx === 'over' || claim.approx === 'at_least') return f.value > claim.value && f.value <= claim.value * 1.2;
  if (claim.approx === 'under') return f.value < claim.value && f.value >= claim.value * 0.9;
  return false;
}

/** Whether a figure is stated as a share with 占 (约占四成, 占比23.4%): in its own text or right before it. */
function saysShare(text: string, start: number, figureText: string): boolean {
  return /占/u.test(figureText) || /占(?:比)?(?:约|近|超过|逾|不到)?$/u.test(text.slice(Math.max(0, start - 4), start));
}

/** ", and homestays near the venue were": a clause with its own subject and verb after ", and". */
const NEW_CLAUSE_AFTER_AND = /,\s*and\s+(?:the\s+|its\s+|their\s+)?[a-z][a-z-]*(?:\s+[a-z-]+){0,5}\s+(?:were|was|are|is|had|have|has)\s+(?:[a-z]+\s+){0,2}$/i;
/**
 * 而 opening the clause of a rate, not 而其 or 而且: the clause speaks of another subject; so does a party named before 则
 * (南岸区则以21.5%的同比增速领跑); so does 但 before another time (但二季度弃光率一度达到6.2%).
 */
const OWN_SUBJECT_OPENING = /^\s*(?:而(?![其且])|[^，,；;。0-9０-９]{1,10}则|但(?:是)?(?![其仍也还却])[^，,；;。0-9０-９]{0,4}(?:[一二三四]季度|上半年|下半年|去年|前年|今年))/u;

/**
 * "货运量约96万吨，进出口贸易额达58.7亿元，同比分别增长32%和44.5%", "…rose 32% and 44.5% respectively": rates
 * listed after 分别 (or before "respectively") go with the figures before them in order, the first with
 * the first. Undefined when the rate is in no such list or the counts differ.
 */
function respectiveBase(c: SentenceClaim, claims: readonly SentenceClaim[], text: string): SentenceClaim | null | undefined {
  const zh = text.indexOf('分别');
  const en = text.search(/\brespectively\b/i);
  if (zh < 0 && en < 0) return undefined;
  const rates = claims.filter((x) => x.claim.kind === c.claim.kind && (zh >= 0 ? x.claim.start > zh : x.claim.end <= en)).sort((a, b) => a.claim.start - b.claim.start);
  const firstRate = rates[0]?.claim.start ?? -1;
  const before = (kinds: (kind: string) => boolean): SentenceClaim[] =>
    claims
      .filter((x) => x.supporting.length > 0 && kinds(x.claim.kind) && x.claim.end <= firstRate)
      .sort((a, b) => a.claim.start - b.claim.start)
      .slice(-rates.length);
  // "rose 1.6 and 4.2 percentage points to 94.8% and 81.3% respectively": the levels go with the changes
  // listed before them, in order.
  const points = c.claim.kind === 'percent' && en >= 0 ? before((k) => k === 'percentage_point') : [];
  const bases = points.length === rates.length ? points : before((k) => ANCHOR_KINDS.has(k) && !RATE_KINDS.has(k));
  const index = rates.indexOf(c);
  if (index < 0 || rates.length < 2 || bases.length !== rates.length) return undefined;
  return bases[index] ?? null;
}

/** Whether an offset stands between an opening “ (or ") and its closing mark. */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('“');
  if (open >= 0 && before.lastIndexOf('”') < open) return true;
  return ((before.match(/"/g) ?? []).length % 2) === 1;
}

function clauseStartBefore(text: string, at: number): number {
  return Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf(',', at - 1)) + 1;
}

/** 去年同期为, 上年为, 2024年为, 去年同期亏损: what follows is the level a change started from. */
export const BASE_THEN = /(?:去年|上年|同期|此前|上一|前一|[0-9]{4}年)[^，,；;。]{0,6}(?:为|亏损|盈利)$/u;

/** A share as a ratio (31.4% → 0.314, 三分之一 → 0.3333), or null for other kinds. */
function shareOf(f: SourceFigure): number | null {
  if (typeof f.value !== 'number' || f.valueMax !== null) return null;
  if (f.kind === 'percent') return f.value / 100;
  return f.kind === 'fraction' ? f.value : null;
}

/** Whether `g` says `anchor`'s share again in rounder words (超过三成 after 31.4%): close, and on the side its bound says. */
function restatesShare(anchor: SourceFigure, g: SourceFigure): boolean {
  const a = shareOf(anchor);
  const b = shareOf(g);
  if (a === null || b === null || g.approx === null || a === 0) return false;
  if (Math.abs(a - b) > 0.05) return false;
  if (g.approx === 'over' || g.approx === 'at_least') return a >= b;
  if (g.approx === 'under' || g.approx === 'at_most') return a <= b;
  return true;
}

/** 占确诊人数的近六成: a share of a whole named by what its people are (确诊), before 人数 or 总数. */
const SHARE_OF_NAMED_COUNT_BEFORE = /占(\p{Script=Han}{2,6}?)(?:人数|总人数|总数|人次)的(?:约|近|超过|逾|不到)?$/u;

/** Whether the source takes share `r` of the whole figure `a` stands for, naming it by a word of `a`'s clause (确诊). */
function sharesOfNamedWhole(source: string, r: SourceFigure, a: SourceFigure): boolean {
  const named = SHARE_OF_NAMED_COUNT_BEFORE.exec(source.slice(Math.max(0, r.start - 16), r.start));
  if (named === null || a.end <= a.start) return false;
  let from = a.start;
  while (from > 0 && !/[，。；,;！？]/u.test(source[from - 1] ?? '')) from--;
  return source.slice(from, a.end).includes(named[1]!);
}

/** ，较去年同期的每吨: what follows is the level the figure before is compared with. */
const COMPARED_WITH = /^[，,]\s*(?:较|比)[^，,；;。\d]{0,10}$/u;

/** Families that say how a figure changed or what share it is, not what it measures. */
export const PREDICATE_FAMILIES: ReadonlySet<string> = new Set(['growth', 'decline', 'share']);

/** Whether a clause's words before its rate name a measure of their own (营业利润率, "the operating margin"). */
function namesOwnMeasure(prefix: string): boolean {
  for (const m of prefix.matchAll(ZH_KEYWORD_RE)) {
    const family = measureFamily(ZH_KEYWORDS.get(m[0]));
    if (family !== null && !PREDICATE_FAMILIES.has(family)) return true;
  }
  for (const m of prefix.matchAll(KEYWORD_RE)) {
    const family = measureFamily(m[1]!.replace(/\s+/g, ' '));
    if (family !== null && !PREDICATE_FAMILIES.has(family)) return true;
  }
  // "…stood at 59.64 billion yuan, and the overdue rate was below 0.01%": a clause that names its own
  // rate (逾期率), however the measure lists call it.
  return OWN_RATE_SUBJECT.test(prefix);
}

/** 90天死亡率降至, 命中率分别为: a rate (not a rate of growth) named as its clause's subject, right before its level. */
const OWN_RATE_SUBJECT_ZH = /(?<!增长|增|涨|降|减|下降|提高|上升)率(?:分别)?(?:为|是|达到?|降至|降到|升至|升到|提高到|提高至|提升到|提升至|下降到|下降至|上升到|上升至)?(?:约|近)?$/u;
/** 目标是到2027年达到, 计划到2030年提高到: a target or a plan opening its clause. */
const OWN_TARGET_ZH = /^[，,\s]*(?:目标|计划)/u;

/** "and the overdue rate was", "while its vacancy ratio stood at": a rate named as its clause's subject. */
const OWN_RATE_SUBJECT = /\b(?:the|its|their)\s+(?!(?:growth|increase|decrease|decline|rise|fall|drop|change)\b)[a-z-]+\s+(?:rate|ratio)\s+(?:was|stood|came|fell|rose|remained|reached|is|of)\b/i;

/** A summary's words for a gap between two rates, around its points. */
const SUMMARY_GAP_NEAR = /相差|差距|高出|低出|高|低|\b(?:higher|lower|gap|difference|above|below)\b/iu;

/** 相差, 高出, 低约 right before points: the gap between two rates (not 提高, 降低: a change of one). */
const POINTS_GAP_BEFORE = /(?:相差|差距为?|高出|低出|(?<![提升拉抬])高|(?<![降减压])低)(?:约|近|逾)?$/u;

/** What stands between a change in points and the level it brings the rate to (，降至18.6%). */
const LEVEL_REACHED_GAP = /^[，,]?\s*(?:降至|降到|下降至|下降到|升至|升到|上升至|上升到|增至|提高至|提高到|提升至|提升到|回升至|回落至|达到|达)$/u;

/**
 * 覆盖率达到95.3%，治疗成功率为96.1%，分别比2020年提高7.2个和3.4个百分点: points listed after 分别
 * go with the rates before it in order, the first with the first. Null when the figure is in no
 * such list or the list and the rates do not count alike.
 */
function respectiveRate(
  anchor: SourceFigure,
  before: readonly SourceFigure[],
  sameSentence: readonly SourceFigure[],
  source: string,
): SourceFigure[] | null {
  const nearest = before[0]!;
  const marker = source.lastIndexOf('分别', anchor.start);
  if (marker < nearest.end) return null;
  const listEnd = source.slice(anchor.end).search(/[，,；;。]/u);
  const limit = listEnd < 0 ? source.length : anchor.end + listEnd;
  const listed = sameSentence.filter((f) => f.kind === anchor.kind && f.start > marker && f.end <= limit).sort((a, b) => a.start - b.start);
  const rates = [...before].sort((a, b) => a.start - b.start).slice(-listed.length);
  const index = listed.indexOf(anchor);
  if (listed.length < 2 || index < 0 || rates.length !== listed.length) return null;
  return [rates[index]!];
}

/**
 * The rates of a kind the source states with a figure: in its sentence, not past another
 * figure of the figure's own kind (营业收入1703.6亿元，同比增长36.35%；净利润91.55亿元，
 * 同比增长100.38% pairs 36.35% with the revenue, 100.38% with the profit). Nearest first.
 */
function reachableRates(
  anchor: SourceFigure,
  kind: string,
  figures: readonly SourceFigure[],
  side: 'after' | 'before',
  source: string,
  respectiveInOrder = true,
  gapStated = false,
): SourceFigure[] {
  // end > start leaves out the article's own date, which stands in metadata, not in a sentence.
  const sameSentence = figures.filter((f) => f.sentence === anchor.sentence && f.end > f.start);
  // Another base figure (of any kind a rate goes with) in another clause, or a semicolon, between them parts a
  // rate from the base: 接待游客3012.6万人次，同比增长11.7%；实现旅游总收入265.3亿元，同比增长14.2%.
  // A base in the anchor's own clause does not part them (70个城市中…的城市有64个，占比逾九成).
  const parts = (g: SourceFigure): boolean => {
    if (source === '') return g.kind === anchor.kind;
    const base = g.kind === anchor.kind || (BASE_KINDS.has(g.kind) && BASE_KINDS.has(anchor.kind));
    // 票房收入14.2亿元，去年同期为9.6亿元，增长47.9%: the year-earlier level is the change's start, not another base.
    if (base && g.start > anchor.start && BASE_THEN.test(source.slice(anchor.end, g.start))) return false;
    // 每吨865美元，较去年同期的每吨1020美元下降15.2%: the level compared with is the change's start too.
    if (base && g.start > anchor.start && COMPARED_WITH.test(source.slice(anchor.end, g.start))) return false;
    // 3850名教师中…，35岁以下占比近九成: an age bound picks out a group of the figure's, no base of its own.
    if (g.kind === 'count' && isAgeUnit(g.unit) && g.approx !== null) return false;
    return base && /[，,；;]/u.test(source.slice(Math.min(g.end, anchor.end), Math.max(g.start, anchor.start)));
  };
  // 能繁母猪存栏398万头，为正常保有量380万头的104.7%: the whole a rate is taken of, right before it, is no base that parts
  // the figures around it.
  const wholeOfRate = (g: SourceFigure): boolean => source !== '' && sameSentence.some((r) => RATE_KINDS.has(r.kind) && wholeOf(source, g, r));
  const reachable = sameSentence
    .filter((f) => {
      if (f.kind !== kind) return false;
      const lo = Math.min(f.end, anchor.end);
      const hi = Math.max(f.start, anchor.start);
      if (/[；;]/u.test(source.slice(lo, hi))) return false;
      return !sameSentence.some((g) => g !== anchor && parts(g) && g.start >= lo && g.end <= hi && !wholeOfRate(g));
    })
    .sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start));
  // A rate after its base is its own, one before it belongs to the figure before; when the
  // source has none on the expected side it was written the other way round, and any will do.
  const sided = reachable.filter((f) => (side === 'after' ? f.start > anchor.start : f.start < anchor.start));
  // Points go with the one rate just before them (客观缓解率达到67.3%，较对照组提高21.5个百分点).
  // …and with the rate that one restates (占比达到31.4%，首次超过三成，比去年同期提高9.2个百分点) or
  // that it is the earlier level of (达到15.92%，比2024年的15.37%提高0.55个百分点).
  // 毛利率同比下降2.1个百分点，降至18.6%: the level the points bring a rate to, written after them, is theirs too.
  const reached = side === 'before' && source !== '' ? reachable.find((f) => f.start > anchor.end && LEVEL_REACHED_GAP.test(source.slice(anchor.end, f.start))) : undefined;
  if (reached !== undefined) return [reached];
  if (side === 'before' && sided.length > 0) {
    const respective = source === '' || !respectiveInOrder ? null : respectiveRate(anchor, sided, sameSentence, source);
    if (respective !== null) return respective;
    const [nearest, previous] = sided;
    // (比2022年同类筛查的11.4%: the earlier level may be named at some length.)
    const earlierLevel = source !== '' && /(?:比|较)[^，,；;。]{0,12}的$/u.test(source.slice(Math.max(0, nearest!.start - 16), nearest!.start));
    // 比例达到46%，而龙游县为23%，两地相差23个百分点; 剖宫产率为24.8%，而…为33.9%，低约9个百分点: a gap
    // between two rates goes with both.
    const gap = gapStated && source !== '' && POINTS_GAP_BEFORE.test(source.slice(Math.max(0, anchor.start - 6), anchor.start));
    return previous !== undefined && (restatesShare(previous, nearest!) || earlierLevel || gap) ? [nearest!, previous] : [nearest!];
  }
  return sided.length > 0 ? sided : reachable;
}
