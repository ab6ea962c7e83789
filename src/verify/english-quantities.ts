import { recentScans } from '../util/recent-scans.js';
import { LEVEL_MULTIPLE } from './multiples.js';
import { CLOCK } from './extra-readings.js';
import type { QuantityMatch } from '../extract/quantities/index.js';
import type { Approx, FactKind } from '../types.js';
import { classifierOfEnglish, isRatio, monthRange } from './extra-readings.js';

/**
 * A figure found in English text, normalised like the Chinese extractor's facts so the two
 * can be compared: money in currency units with an ISO code, percent, percentage points,
 * durations, fractions, multiples, dates as ISO strings (`2025-05-19`, `--05-19` without a
 * year), years and periods (`FY2024`, `2025-Q1`, `Q1`).
 */
export type EnglishQuantity = Omit<QuantityMatch, 'en' | 'measures'>;

export interface EnglishQuantityOptions {
  /** Resolves "this year" and dates written without a year. @default null (no year: `--05-19`) */
  readonly referenceDate?: string | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, dozen: 12,
};
/** A whole number in digits or a small one in words ("4", "four"), or undefined. */
export function smallNumberOf(token: string): number | undefined {
  return /^\d+$/.test(token) ? Number(token) : SMALL[token.toLowerCase()];
}
const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};
/** Parts of ten to a power, by name: "ten-millionth" is 10^-7. */
const SMALL_PART_POWERS: Readonly<Record<string, number>> = {
  thousandth: 3, 'ten-thousandth': 4, 'hundred-thousandth': 5, millionth: 6, 'ten-millionth': 7, 'hundred-millionth': 8,
};
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};
const DURATION_UNITS: Readonly<Record<string, string>> = {
  millisecond: 'millisecond', ms: 'millisecond', second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year',
};

/**
 * Units of physical measures, as the Chinese extractor's symbols (吨 → t, 公里 → km, 吉瓦时 →
 * GWh): "100 tonnes" is a measure to compare with 近100吨, not a bare 100 that any count
 * (100架) would match.
 */
const MEASURE_UNITS: Readonly<Record<string, string>> = {
  gwh: 'GWh', twh: 'TWh', kwh: 'kWh', mwh: 'MWh', gw: 'GW', mw: 'MW', kw: 'kW', km: 'km', km2: 'km2', kg: 'kg', teu: 'TEU',
  tonne: 't', ton: 't', 'metric tonne': 't', 'metric ton': 't', kilometre: 'km', kilometer: 'km', kilogram: 'kg',
  'square kilometre': 'km2', 'square kilometer': 'km2', 'sq km': 'km2', 'square metre': 'm2', 'square meter': 'm2',
  'sq m': 'm2', hectare: 'ha', mu: 'mu', 'cubic metre': 'm3', 'cubic meter': 'm3', 'cubic kilometre': 'km3', 'cubic kilometer': 'km3', km3: 'km3', m3: 'm3', 'steam tonne': 'steam t', 'steam ton': 'steam t', candela: 'cd', millidarcy: 'mD', millidarcie: 'mD', ohm: 'ohm', metre: 'm', meter: 'm', litre: 'L', liter: 'L', millilitre: 'mL', milliliter: 'mL', ml: 'mL',
  kv: 'kV', kilovolt: 'kV', kva: 'kVA', '°c': '°C', hp: 'hp', horsepower: 'hp', kilolitre: 'kL', kiloliter: 'kL', kl: 'kL', decibel: 'dB', db: 'dB', mg: 'mg', 'μg': 'μg', 'µg': 'μg', milligram: 'mg', microgram: 'μg',
  inch: 'in', inche: 'in', 'nautical mile': 'nmi',
  cm: 'cm', mm: 'mm', centimetre: 'cm', centimeter: 'cm', millimetre: 'mm', millimeter: 'mm',
  kpa: 'kPa', mpa: 'MPa', gpa: 'GPa', kilopascal: 'kPa', megapascal: 'MPa', gigapascal: 'GPa',
  kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW', 'kilowatt-hour': 'kWh', 'megawatt-hour': 'MWh', 'gigawatt-hour': 'GWh',
  'kilowatt hour': 'kWh', 'megawatt hour': 'MWh', 'gigawatt hour': 'GWh', 'terawatt-hour': 'TWh', 'terawatt hour': 'TWh', '℃': '°C', 'degrees celsius': '°C', 'degree celsius': '°C', 'degrees c': '°C',
  // Bare "degrees" may be of heat, sugar or an angle; compare-quantities matches it with any of them.
  degree: '°', degrees: '°',
};
const MEASURE_SUFFIX =
  '\\s?(?:°C|℃)|\\s?(?:GWh|TWh|kWh|MWh|GW|MW|kW|kVA|kV|km2|km3|m3|km|kg|TEU|hp|mg|kPa|MPa|GPa|cm|mm)\\b|\\s?[μµ]g\\b|\\s+steam\\s+ton(?:ne)?s?\\b|\\s+candelas?\\b|\\s+millidarc(?:y|ies)\\b|\\s+ohms?\\b|\\s+(?:horsepower|(?:milli|micro)grams?|kilolit(?:re|er)s?|decibels?|kilovolts?(?![-\\s]amp)|(?:kilo|mega|giga)pascals?|inch(?:es)?|nautical\\s+miles?)\\b|\\s?dB\\b|\\s+degrees?\\s+(?:Celsius|C)\\b|\\s+degrees?\\b(?!\\s+(?:Fahrenheit|F|of\\s+freedom)\\b|[-\\s](?:granting|holders?|programmes?|programs?|courses?|level)\\b)|\\s+(?:(?:kilo|mega|giga|tera)watt(?:[- ]hours?|s)?|(?:metric\\s+)?tonnes?|(?:metric\\s+)?tons?|kilomet(?:re|er)s?|kilograms?|square\\s+(?:kilomet(?:re|er)|met(?:re|er))s?|sq\\.?\\s?(?:km|m)\\b|hectares?|mu|cubic\\s+(?:kilo)?met(?:re|er)s?|(?:centi|milli)met(?:re|er)s?|met(?:re|er)s?|millilit(?:re|er)s?|lit(?:re|er)s?)\\b|\\s?(?:ml|mL)\\b';

function measureUnit(unitRaw: string): string | null {
  const key = unitRaw.replace(/\s+/g, ' ').replace(/\.$|\. /g, (m) => (m === '. ' ? ' ' : '')).replace(/s$/, '');
  return MEASURE_UNITS[key] ?? MEASURE_UNITS[unitRaw.replace(/\s+/g, ' ')] ?? null;
}

const WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
// A comma group of more than three digits ("1,9353") is a mangled figure, read whole so it is checked, not skipped.
const DIGITS = '\\d{1,3}(?:,\\d{3,})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const NUM = `(?:${DIGITS}|${WORD}|an?(?= (?:hundred|thousand|million|billion|trillion)\\b))`;
/** Scales: words after a space, abbreviations (bn, m, k) glued to the digits. */
const SCALE = '(?:\\s+(?:hundred|thousand|million|billion|trillion)\\b|(?:bn|mn|mln|tn|m|k|b)\\b)';
const CUR_PREFIX = '(?:US\\$|U\\.S\\.\\s?\\$|HK\\$|NT\\$|S\\$|A\\$|C\\$|NZ\\$|MOP\\s?\\$?|RMB\\s?|CNY\\s?|USD\\s?|HKD\\s?|EUR\\s?|GBP\\s?|JPY\\s?|CHF\\s?|AUD\\s?|CAD\\s?|RUB\\s?|INR\\s?|THB\\s?|MYR\\s?|SGD\\s?|KRW\\s?|\\$|¥|€|£)';
const CUR_SUFFIX =
  '(?:\\s+(?:U\\.S\\.|US|American|Hong Kong|HK|Singapore|Taiwan|New Taiwan|Australian|Canadian|New Zealand|Macao|Macau)\\s+dollars?|\\s+patacas?|\\s+(?:Russian\\s+)?roubles?|\\s+(?:Russian\\s+)?rubles?|\\s+(?:Thai\\s+)?baht|\\s+(?:Indian\\s+)?rupees?|\\s+ringgit|\\s+Vietnamese\\s+dong|\\s+(?:Brazilian\\s+)?reais|\\s+(?:South\\s+African\\s+)?rand|\\s+(?:Turkish\\s+)?liras?|\\s+(?:Mexican\\s+)?pesos?|\\s+dollars?|\\s+yuan|\\s+renminbi|\\s+RMB|\\s+euros?|\\s+yen|\\s+pounds?(?: sterling)?|\\s+won(?!\\s+(?:the|a|an|its|his|her|their|gold|silver|bronze|titles?|medals?|first|second|third|both|all|every|each|by|in|at|on|over|against|with|out|back|places?|seats?|spots?|slots?|entr(?:y|ies)|tickets?|awards?|prizes?|votes?|contracts?|orders?|bids?|approval|support|recognition)\\b)|\\s+Swiss\\s+francs?|\\s+francs?)\\b';
const UNIT_SUFFIX =
  '(?:' + MEASURE_SUFFIX + '|\\s?%|\\s+per\\s?cent\\b|[- ]percentage[- ]points?\\b|\\s+points?\\b|\\s?(?:pp|ppt)\\b|(?:\\s+(?:consecutive|straight|successive|running))?[- ](?:millisecond|second(?![-‐][a-z])|minute|hour|day(?![-‐]care)|week|month|quarter|year)s?\\b|[- ]?fold\\b|\\s+times\\b|-plus\\b)';
// A whole word only: "cover 130,000" is no "over", "turnover" no "over", "awesome" no "some".
const QUAL_BEFORE =
  /(?<![A-Za-z'-])(?:about|around|roughly|approximately|approx\.|some|an estimated|nearly|almost|close to|approach(?:es|ed|ing)|just under|just over|more than|(?<!\b(?:hand|hands|handed|handing|turned|turn|turns|took|taken|take|takes|signed|won|win|wins)\s)over|above|beyond|in excess of|upwards of|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|(?<!\b(?:the|a|an|its|their|his|her|our|global|world|national|provincial|ranked|ranks|ranking|in)\s)(?<!['’]s\s)top|surpass(?:es|ed|ing)?|pass(?:es|ed|ing)?|(?<!\bthe\s)(?<!\blast\s)past|at least|no less than|no fewer than|less than|fewer than|finer than|thinner than|smaller than|younger than|under|below|up to|within|at most|no more than|not more than|not exceeding|capped at|a maximum of|maximum of|as many as|as much as|a minimum of|minimum of)\s+$/i;

const DESCENDING_TO = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(\\s+to\\s+)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD})(?![\\d.,]\\d)\\b`, 'gi');

/** "every evening", "in the evening", "at night", "each night": the part of the day a clock time before it falls in. */
const EVENING_AFTER = /^\s+(?:(?:every|each|in\s+the|on\s+the)\s+evenings?|(?:every|each|at)\s+night|tonight)\b/i;

/** "three- to five-year": a range whose first end's hyphen waits for the unit of the second. */
const SUSPENDED_RANGE = new RegExp(`\\b(${WORD}|\\d{1,3})- to (${WORD}|\\d{1,3})-(?=(?:hour|day|week|month|year)s?\\b)`, 'gi');

/** ", 1,000m", " and 5,000m": a race distance listed after another. */
const RACE_DISTANCE_LISTED = /^(?:,\s*|,?\s+(?:and|or)\s+)(\d{1,5}|\d{1,2},\d{3})m\b/;

const CHANGE_FROM_TO = new RegExp(
  `(\\b(?:rose|rise|rises|rising|grew|grow|grows|increased?|increasing|fell|fall|falls|declined?|dropped|climbed|jumped|expand(?:s|ed|ing)?|lifts?|lifted|lifting|raised?|raising|cut|cutting|reduced?|reducing|tripled?|triple|doubled?|double|narrowed|widened|take|takes|taking|took|bring|brings|bringing|brought|boost(?:s|ed|ing)?|up|down)\\s+(?:[A-Za-z'-]+\\s+){0,6}?from\\s+(?:about\\s+|around\\s+|roughly\\s+)?(?:[$€¥£]|US\\$|HK\\$|RMB\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+(?:hundred|thousand|million|billion|trillion))?)(\\s+to\\s+)`,
  'gi',
);

/** Qualifiers that may stand before either level of "from A to B" ("from more than 30% to at least 45%"). */
const LEVEL_QUALIFIER = '(?:(?:about|around|roughly|approximately|some|nearly|almost|just|more|less|fewer|than|over|under|below|above|at|least|most|up|no|between)\\s+){0,3}';
/**
 * "Wages: from RMB 1,960 to RMB 2,200", "from RMB 11,000 in 2022 to RMB 18,000", "from about RMB 600
 * per mu in 2023 to RMB 900": "from" one figure "to" another is a change between two levels, with or
 * without a verb of change before it (CHANGE_FROM_TO needs one). Left alone: a spread ("prices range
 * from 20 to 50 yuan", "varying from"), a span of the day ("from 7 to 9 am") and days of a month
 * ("from February 15 to 23", a month name being no qualifier); "from the planned 16 to 24" is a change
 * too. Between the first figure and "to" stand its unit, scale, "per …" or time, never a clause break;
 * "to" is the first one after it.
 */
const FROM_LEVEL_TO = new RegExp(
  `(?<!\\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|spans?|spanning)\\s+)` +
    `(\\bfrom\\s+(?:an?\\s+average\\s+of\\s+|(?:the|its|their)\\s+(?:planned|original(?:ly\\s+planned)?|initial|previous|earlier|current|existing|scheduled)\\s+)?${LEVEL_QUALIFIER}(?:US\\$|HK\\$|RMB\\s?|[$€¥£])?\\d(?:(?!\\sto\\s)[^,;:()]|,(?=\\d{3})){0,48}?)` +
    `(\\s+to\\s+)(?=${LEVEL_QUALIFIER}(?:US\\$|HK\\$|RMB\\s?|[$€¥£])?\\d)(?!\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b))`,
  'gi',
);

/**
 * "about 60% to 70%", "by 5% to 8%", "about 3%-5%": a range whose ends both carry the sign, read as "60 to 70%" is
 * (a range goes up; "fell 8% to 5%" is no range). A change ("from 18.3% to 7.1%") is taken apart
 * first, and right after a verb ("rose 5% to 30%") the second may be the level reached: left as two.
 */
const PERCENT_RANGE =
  /(?<!\b(?:rose|rise|rises|rising|grew|grow|grows|growing|increased?|increases|fell|fall|falls|falling|declined?|declines|dropped|drop|climbed|jumped|up|down)\s+)(?<![\d.,])(\d+(?:\.\d+)?)%(\s+to\s+|\s?[-–—]\s?)(\d+(?:\.\d+)?)(?=\s?%)/gi;

/** "163 orange or higher warnings": "or higher" after a colour or a grade bounds the level, not the count. */
const NOT_A_LEVEL_WORD = '(?!(?:orange|red|yellow|blue|level|grade|class|category|magnitude)\\b)';
/** "people over 70" is for those older than that: "over" after whom it says is their age, negated verb or not. */
const OVER_NOT_AN_AGE = String.raw`(?<!\b(?:people|persons|residents|visitors|those|anyone|adults|seniors|elderly|children|men|women|aged)\s)over`;
/** "not to use … for more than", "should not exceed more than": a limit not to be passed, right before the figure. */
const FORBIDS_GOING_PAST = new RegExp(String.raw`\bnot\s+(?:to\s+)?[a-z]+(?:\s+[a-z]+){0,6}?\s+(?:for\s+)?(?:more\s+than|longer\s+than|${OVER_NOT_AN_AGE})\s+$`, 'i');
/** "may not be sold for more than", "must not exceed": a negated "more than" is a ceiling (不得超过). */
const NEGATED_MORE_THAN = new RegExp(String.raw`\b(?:not|cannot|can't|mustn't|never)\b(?:\s+\S+){0,4}\s*(?:more than|${OVER_NOT_AN_AGE}|above|in excess of|exceed(?:s|ed|ing)?)\s`, 'i');
/**
 * "crossing the ", "topped the ", "broke through the ": a verb of going past, before "the <figure> mark". The
 * reader takes "the 60% mark" as passed; the verifier takes "the 10-billion-yuan mark" so where the source does.
 */
export const PASSED_THE_BEFORE = /\b(?:cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|break(?:s|ing)?(?:\s+through)?|broke(?:\s+through)?|exceed(?:s|ed|ing)?)\s+the\s+$/i;
/** A sentence about a contest, whose bare "points" are a score. */
const CONTEST_WORDS = /\b(?:won|wins?|winning|title|champion(?:ship)?s?|record|ahead|behind|beat(?:ing)?|runner-up|medal|gold|silver|bronze|final|scored|score|finish(?:ed|ing)?)\b/i;
/** "breaking the record by four points", "won by 4.5 points": a contest's margin, before its figure… */
const POINTS_GAP_BEFORE = /\b(?:record|won|win|wins|winning|beat|beating|led|leading|lost|trailed|edged)\b[^,.;]{0,40}\bby\s+$/i;
/** …or "four points ahead of", "two points clear", "three points behind". */
const POINTS_GAP_AFTER = /^(?:\s+points?)?\s+(?:ahead|behind|clear|short|more|fewer|less|higher|lower|better|worse)\b/i;
/** "18 points and 12 rebounds": a player's line of a game. */
const PLAYER_LINE_AFTER = /^(?:\s+points?)?(?:,\s*\d+\s+[a-z]+)*,?\s+and\s+\d+\s+(?:rebounds|assists|steals|blocks)\b/i;
/** Words of a rate, whose bare "points" are percentage points. */
const RATE_WORDS = /%|\bper\s?cent|\bpercentage\b|\brates?\b|\bshares?\b|\bproportion\b|\bratio\b/i;
/** "no more than 8 minutes in urban areas and ": a bound, its figure, where it holds, and the next figure's "and". */
const BOUND_CARRIED_BEFORE = /\b(no more than|not more than|at most|up to|no less than|not less than|at least)\s+\d[\d.,]*(?:\s+[a-z%]+){0,2}\s+(?:in|for|at)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){0,2},?\s+and\s+$/i;
/** "scored 28", "averaged 31.5": a player's points follow. */
const SCORED_BEFORE = /\b(?:scor(?:ed|es|ing|e)|averag(?:ed|es|ing)|tallied|notched|poured\s+in|racked\s+up)\s+(?:[a-z]+\s+){0,2}$/i;
/** "averaged around 56 seconds over 200 meters": a time taken along a distance, no bound on it. */
const TIMED_OVER_BEFORE = /\b(?:seconds?|minutes?|hours?|secs?|mins?)\s+over\s+$/i;
/**
 * "all raced over 2,000 metres", "rowed over 6 km", "competing over 100 km, 50 km and 25 km", "won the men's quadruple
 * sculls over 2,000 metres", "races were held over 2,000 meters", "rounds were shot over 70 meters": a race run (or a
 * round shot) along a distance.
 */
const RACED_BEFORE_OVER = /\b(?:rac(?:ed|es|e)|compet(?:ing|ed|es|e)|rowed|rows|swum|swam|sailed|paddled|contested|sculls|pairs|fours|eights|relay|sprint|freestyle|breaststroke|backstroke|butterfly|medley|(?:were|was)\s+(?:held|shot|run|raced|rowed))\s+over\s+$/i;
/** "30,000 workers and over 2,000 sets", "more than 5 or less than 3": the word qualifies what follows it. */
const NOT_A_BOUND_OF_THE_NEXT = '(?!\\s+than\\b)(?!\\s+(?:US\\$|HK\\$|RMB\\s?|[$€¥£])?\\d)';
/** "up 37.2% and above the level of 2019": "and above" a noun phrase compares; "or higher this year" still bounds. */
const NOT_A_COMPARISON_AFTER = '(?!\\s+(?:the|its|their|a|an|pre-\\w+)\\b)';

const NUMBER_RE = new RegExp(
  `(?<cur>${CUR_PREFIX})?(?<num>${NUM})(?<scale>${SCALE})?` +
    // "two or three hundred yuan" (两三百元): "or" joins a range only before a scale written once, or
    // before a spelled number and its unit ("twenty or thirty yuan" for 二三十元, "two or three days").
    `(?:(?:-to-|\\s*(?:-|–|—|to)\\s*|\\s+or\\s+(?=(?:${WORD}|\\d+)\\s+(?:hundred|thousand|million|billion)\\b)|\\s+or\\s+(?=${WORD}\\s+(?:yuan|dollars?|days?|weeks?|months?|years?|hours?|minutes?)\\b))(?:${CUR_PREFIX})?(?<num2>${NUM})(?<scale2>${SCALE})?)?` +
    // "200 workers or more", "2 million mu of rapeseed or more": a bound after the figure, a word or the unit's "of" and
    // what it measures standing between.
    `(?<cursuf>${CUR_SUFFIX})?(?<unit>${UNIT_SUFFIX})?(?<orMore>(?:'?\\s+${NOT_A_LEVEL_WORD}[a-z]+|\\s+per\\s+[a-z]+|\\s+of\\s+[a-z]+)?(?:\\s+|-)(?:or(?:\\s+|-)(?:more|over|above|older|longer|higher|taller|better)|and(?:\\s+|-)(?:over|above|older|longer|higher|taller)\\b${NOT_A_COMPARISON_AFTER})\\b(?!-(?:level|grade|tier|class|ranked)\\b)${NOT_A_BOUND_OF_THE_NEXT})?` +
    // "35 or younger", "10 kV and below": a bound at the figure, as 以下 is ("an 80-and-over category" too).
    `(?<orLess>(?:'?\\s+${NOT_A_LEVEL_WORD}[a-z]+)?(?:\\s+|-)(?:or|and)(?:\\s+|-)(?:less|fewer|under|below|younger)\\b${NOT_A_BOUND_OF_THE_NEXT})?` +
    // "4,100 or so units", "3% or so": "about", after the figure.
    `(?<orSo>\\s+or\\s+so\\b)?`,
  'gi',
);

/**
 * Finds the figures in English text: "US$18 billion", "18 billion dollars", "RMB 2.4 billion",
 * "HK$111.5 billion", "230,000", "one-third", "66%", "6.6 percentage points", "two to three
 * years", "May 19", "fiscal 2024", "the first quarter", "more than 4,000", "nearly 40", "twice".
 *
 * Numbers inside names are not figures: a number glued to letters (H20, H100, Computex2025,
 * BR100), following an all-capital code word (RTX 4090, iOS 18) or "No." is skipped. Small
 * spelled numbers with nothing attached ("two companies") are skipped too: they are rarely
 * the figures a reader checks and the source often states them without a numeral.
 */
export function findEnglishQuantities(text: string, options: EnglishQuantityOptions = {}): EnglishQuantity[] {
  return scanRecent(text, options.referenceDate ?? null);
}

/** A summary sentence is read twice: verification, then linking it to its sources (see recentScans). */
const scanRecent = recentScans(16, (text: string, referenceDate: string | null) => scanEnglish(text, { referenceDate }));

function scanEnglish(text: string, options: EnglishQuantityOptions): EnglishQuantity[] {
  const refYear = options.referenceDate ? options.referenceDate.slice(0, 4) : null;
  const out: EnglishQuantity[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const push = (q: Omit<EnglishQuantity, 'text' | 'approx'> & { approx?: Approx }): void => {
    if (!free(q.start, q.end)) return;
    // "up 4.1% from the previous six months": the base of a change (环比), no span the source must state.
    if (q.kind === 'duration' && /\b(?:from|than|versus|vs\.?|compared (?:with|to))\s+the\s+(?:previous|preceding|prior)\s+$/i.test(text.slice(Math.max(0, q.start - 40), q.start))) return;
    taken.push([q.start, q.end]);
    let approx = q.approx ?? qualifierBefore(text, q.start);
    // "no more than 8 minutes in urban areas and 12 minutes in rural areas" (城区不超过8分钟、农村不超过12分钟): the
    // bound carries over to the figure given for the next place or group.
    if (q.approx === undefined && approx === null) {
      const carried = BOUND_CARRIED_BEFORE.exec(text.slice(Math.max(0, q.start - 120), q.start));
      if (carried) approx = /least|less/i.test(carried[1]!) ? 'at_least' : 'at_most';
    }
    // "3 yuan per hour after two hours" (超过2小时后每小时3元): the span a charge starts past is a threshold passed.
    if (q.kind === 'duration' && q.approx === undefined && approx === null && /\b(?:per|an?|each)\s+(?:hour|day|minute)\s+(?:after|beyond)\s+(?:the\s+first\s+)?$/i.test(text.slice(Math.max(0, q.start - 40), q.start))) approx = 'over';
    // "rose 13% over three years": before a span of time, "over" is "during", not "more than".
    // ("has mediated more than 6,000 disputes over 31 years" and "drew 21,000 visits over three days"
    // likewise; "for over 31 years" is more than, as is "recovering to over eight days' supply".)
    if (q.kind === 'duration' && q.approx === undefined && approx === 'over' && (q.unit === 'year' || q.unit === 'month' || q.unit === 'week' || q.unit === 'day') && (q.value as number) <= (q.unit === 'day' ? 400 : q.unit === 'week' ? 104 : 60) &&
      /\bover\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start)) && !/\b(?:for|of|after|than|aged|lasting|spanning|to)\s+over\s+$/i.test(text.slice(Math.max(0, q.start - 16), q.start)) &&
      !/^\s*(?:old|of age)\b/i.test(text.slice(q.end))) approx = null;
    // "turns out 24,000 pieces an hour, as much as 60 workers used to produce": what the figure equals, no ceiling.
    if (q.approx === undefined && approx === 'at_most' && /,\s*as\s+(?:much|many)\s+as\s+$/i.test(text.slice(Math.max(0, q.start - 16), q.start)) &&
      /^\s+[a-z]+(?:\s+[a-z]+)?\s+(?:used\s+to|once|would|could|did|can)\b/i.test(text.slice(q.end))) approx = null;
    // "generally not to use a power strip for more than five years" (不宜超过5年): a bound the sentence forbids
    // going past is a maximum.
    if (q.approx === undefined && approx === 'over' && FORBIDS_GOING_PAST.test(text.slice(Math.max(0, q.start - 60), q.start))) approx = 'at_most';
    // "plots under 5 to 8 years of conservation tillage": under a range is a preposition, as no bound is a range.
    if (q.approx === undefined && approx === 'under' && q.valueMax !== null && /\bunder\s+$/i.test(text.slice(Math.max(0, q.start - 7), q.start))) approx = null;
    // "delivers 12 kWh over one to two hours": over a span given as a range is during it, as no bound is a range.
    if (q.kind === 'duration' && q.approx === undefined && approx === 'over' && q.valueMax !== null && /\bover\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start))) approx = null;
    // "Over 214 peak-shaving events during the year, the cars fed …": a sentence opening "Over N …," sets
    // the stretch the rest happened across.
    if (q.kind === 'count' && q.approx === undefined && approx === 'over' && /^\s*over\s+$/i.test(text.slice(0, q.start)) && /^[^,;.]{0,60},/.test(text.slice(q.end))) approx = null;
    // "a worker with burns over 92% of his body" (全身烧伤面积达92%), "burned over 78% of his body": over a share of a body is
    // the area burned, no bound.
    if (q.kind === 'percent' && q.approx === undefined && approx === 'over' && /\bburn(?:s|ed)?\s+over\s+$/i.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
      /^\s+of\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:body|skin)\b/i.test(text.slice(q.end))) approx = null;
    // "out of a maximum of 100 points" (满分100分): full marks, no bound on a figure.
    if (q.approx === undefined && approx === 'at_most' && /\bout\s+of\s+a\s+maximum\s+of\s+$/i.test(text.slice(Math.max(0, q.start - 22), q.start))) approx = null;
    // "about 560 players over 118 games": over a count of games or rounds is across them, no bound ("played over 64
    // boards" likewise).
    if (q.kind === 'count' && q.approx === undefined && approx === 'over' && /\bover\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start)) &&
      /^\s+(?:games|matches|rounds|stages|legs|races|sessions|fixtures|events|boards|deals|hands|innings|holes|frames)\b/i.test(text.slice(q.end))) approx = null;
    // "sounded three times over three minutes": after a count of times, over a span of the clock is during it.
    if (q.kind === 'duration' && q.approx === undefined && approx === 'over' && (q.unit === 'hour' || q.unit === 'minute') &&
      /\btimes\s+over\s+$/i.test(text.slice(Math.max(0, q.start - 12), q.start))) approx = null;
    // "won the coxed eight over 6 kilometres in 19 minutes 47 seconds": a race over a distance it was
    // timed across is run along that distance, not more than it.
    if (q.kind === 'measure' && q.approx === undefined && approx === 'over' && /\bover\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start)) &&
      /^(?:km|kilometres?|kilometers?|metres?|meters?|m|miles?)$/i.test((q.unit ?? '').trim()) &&
      (/^\s+in\s+(?:a\s+time\s+of\s+)?\d/i.test(text.slice(q.end)) || RACED_BEFORE_OVER.test(text.slice(Math.max(0, q.start - 24), q.start)) ||
        TIMED_OVER_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)))) approx = null;
    // "The F1 final was run over 45 laps": laps raced along, no bound on them.
    if (q.kind === 'count' && q.approx === undefined && approx === 'over' && /\bover\s+$/i.test(text.slice(Math.max(0, q.start - 6), q.start)) &&
      /^\s+laps?\b/i.test(text.slice(q.end, q.end + 6))) approx = null;
    // "within 15%", "within 60 milliseconds" are bounds; "within two to three years" is a time
    // frame and "within 3 km of the stadium" a place.
    // A span of seconds ("within four to six seconds") is the time frame too.
    const bound = q.kind === 'percent' || q.kind === 'percentage_point' || (q.kind === 'duration' && (q.unit === 'millisecond' || q.unit === 'second') && q.valueMax === null);
    if (q.approx === undefined && !bound && /\bwithin\s+$/i.test(text.slice(Math.max(0, q.start - 8), q.start))) approx = null;
    out.push({ ...q, text: text.slice(q.start, q.end), approx });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    for (const m of text.matchAll(re)) fn(m as RegExpExecArray);
  };
  const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

  // "eight and a half minutes" (8分30秒): the half is part of the span.
  each(/\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half\s+(second|minute|hour|day|week|month|year)s\b/gi, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()];
    if (n !== undefined) push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: n + 0.5, valueMax: null, unit: m[2]!.toLowerCase() });
  });
  // "two and a half times as many" (是上赛季的2.5倍): one multiple, the half part of it.
  each(/\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+times\b/gi, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()];
    if (n !== undefined) push({ kind: 'multiple', start: m.index, end: m.index + m[0].length, value: n + 0.5, valueMax: null, unit: 'x' });
  });
  // "an hour and a half", "a day and a half": the half is part of the span too.
  each(/\b(an?|one)\s+(second|minute|hour|day|week|month|year)\s+and\s+a\s+half\b/gi, (m) => {
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: 1.5, valueMax: null, unit: m[2]!.toLowerCase() });
  });
  // "now aged three and a half" (如今3岁半): an age of a whole number and a half, one figure.
  each(/(?<=\b(?:aged|age\s+of|ages?)\s+)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half\b/gi, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()];
    if (n !== undefined) push({ kind: 'count', start: m.index, end: m.index + m[0].length, value: n + 0.5, valueMax: null, unit: null });
  });
  // "a ratio of 2.9 to 1", "3.2:1" (报录比2.9∶1): one figure, as many times the other side.
  each(/(?<![\d.,])(\d{1,3}(?:\.\d{1,2})?)\s*(?:to|:|∶)\s*1\b(?![.,:]\d)(?=\s*(?:[,.;)]|$|\s(?:in|and|or|for|last|this|a|the|with|from|down|up)\b))/g, (m) => {
    // ("a ratio of parking spaces to vehicles of about 0.72 to 1", 车位与车辆之比约为0.72比1: below one, only after "ratio".)
    const ratioSaid = /\bratio\b/i.test(text.slice(Math.max(0, m.index - 60), m.index));
    if (!(Number(m[1]) > 1 ? /\./.test(m[1]!) || ratioSaid : Number(m[1]) > 0 && /\./.test(m[1]!) && ratioSaid)) return;
    push({ kind: 'multiple', start: m.index, end: m.index + m[0].length, value: Number(m[1]), valueMax: null, unit: 'x' });
  });

  // "three in 1,000" (千分之三), "one in 10,000": a rate written as so many of a round whole; "one to two of
  // every 1,000" (千分之一至千分之二) as a range of such rates.
  each(/\b(\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:to|or)\s+(\d{1,3}(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten))?\s+(?:in|out\s+of|of)\s+(?:every\s+)?(100|1,000|10,000|100,000|1,000,000)\b(?![,.]\d)/gi, (m) => {
    const read = (t: string | undefined): number | undefined => (t === undefined ? undefined : /\d/.test(t) ? Number(t) : SMALL[t.toLowerCase()]);
    const n = read(m[1]);
    const nMax = read(m[2]);
    // "two of 1,000" without "every" or "in" is a part of a count, not a rate.
    if (n === undefined || (m[2] !== undefined && nMax === undefined) || (/\sof\s+1/i.test(m[0]) && !/\bevery\b/i.test(m[0]))) return;
    const whole = Number(m[3]!.replace(/,/g, ''));
    push({ kind: 'fraction', start: m.index, end: m.index + m[0].length, value: n / whole, valueMax: nMax === undefined ? null : nMax / whole, unit: null });
  });

  // 0. Month ranges as periods of months ("January-August", "from January to September", "the
  // first eight months"), as the Chinese 1至8月 and 前8个月 are read (M01..M08).
  const fullMonths = 'January|February|March|April|May|June|July|August|September|October|November|December';
  each(new RegExp(`\\b(?:[Bb]etween\\s+)?(${fullMonths}|${monthNames})\\.?\\s*(?:-|–|—|to|through|thru|and)\\s*(${fullMonths}|${monthNames})\\b`, 'g'), (m) => {
    // "January and May" alone lists two months; "between January and May" is the span, and so is
    // "January and February", the two months Chinese statistics report together (1至2月).
    const a = MONTHS[m[1]!.toLowerCase()]!;
    const b = MONTHS[m[2]!.toLowerCase()]!;
    // ("exported 19,000 tonnes in May and June", 5至6月: two months in a row after "in" are one span too, unless the
    // sentence gives each its own figure.)
    const inRun = b === a + 1 && /\bin\s+$/i.test(text.slice(Math.max(0, m.index - 3), m.index)) && !/\brespectively\b/i.test(text);
    if (/\sand\s/.test(m[0]) && !/^between/i.test(m[0]) && !(a === 1 && b === 2) && !inRun) return;
    // "from February to July 31": a run of days to a date, read as the month and the date it ends on.
    if (/^\s+\d{1,2}\b(?!\s*(?:%|per\s?cent|million|billion|thousand))/.test(text.slice(m.index + m[0].length))) {
      push({ kind: 'date', start: m.index, end: m.index + m[1]!.length, value: `--${String(a).padStart(2, '0')}`, valueMax: null, unit: null });
      return;
    }
    // ("Latin America between January and September": the word before "between" names nothing of the span.)
    const between = /^between/i.test(m[0]);
    if (a < b && (between || !insideName(text, m.index))) push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: monthRange(a, b), valueMax: null, unit: null });
  });
  each(/\bfirst\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b/gi, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()]!;
    // "sold 120,000 units in its first four months" (上市4个月): months since a launch, no calendar run.
    if (/\b(?:its|their|his|her)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) {
      push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: n, valueMax: null, unit: 'month' });
      return;
    }
    if (n >= 2 && n <= 12) push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: monthRange(1, n), valueMax: null, unit: null });
  });
  // "2 hours 10 minutes 18 seconds" in seconds, as 2小时10分18秒 and 2:10:18 are read.
  // ("2 hours, 3 minutes and 41.6 seconds": tenths of a second too.)
  each(/\b(\d{1,2})\s+hours?,?\s+(\d{1,2})\s+minutes?,?\s+(?:and\s+)?(\d{1,2}(?:\.\d{1,2})?)\s+seconds?\b/gi, (m) => {
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: clean(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])), valueMax: null, unit: 'second' });
  });
  // Mixed durations ("2 minutes 10 seconds" = 130 seconds, "1 hour and 30 minutes" = 90 minutes), and a race
  // time's hundredths ("2 minutes 18.05 seconds" as 2分18秒05 is read).
  each(/\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?)\s+(?:and\s+)?(\d{1,2}(?:\.\d{1,3})?)\s+(minutes?|seconds?)\b/gi, (m) => {
    const big = m[2]!.toLowerCase().startsWith('hour');
    const small = m[4]!.toLowerCase().startsWith('minute');
    if (big !== small) return;
    // "six hours and 12 minutes" as 6小时12分 is read: spelled or in digits alike.
    const whole = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()]!;
    if (small && m[3]!.includes('.')) return;
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: clean(whole * 60 + Number(m[3])), valueMax: null, unit: small ? 'minute' : 'second' });
  });
  // Race times (2:07:35) are durations in seconds, as 2小时07分35秒 is read.
  each(/(?<![\d.:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/g, (m) => {
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), valueMax: null, unit: 'second' });
  });
  // "took the title in 55:42": minutes and seconds where the minutes can be no hour of the clock.
  each(/(?<![\d.:])(2[5-9]|[3-9]\d):([0-5]\d)(?![\d:]|\.\d)/g, (m) => {
    // ("sharing the cost 60:40": a split in two parts, no time.)
    if (SPLIT_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) return;
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: Number(m[1]) * 60 + Number(m[2]), valueMax: null, unit: 'second' });
  });
  // "took the women's title in 16:52, improving on its time of 17:20": after "in" or a time's noun,
  // minutes and seconds under 25 minutes are a race time too (the clock's 16:52 is "at 16:52").
  each(/(?<=\b(?:in|clocked|clocking|(?:time|times|record|best) of)\s+)(\d{1,2}):([0-5]\d)(?![\d:]|\.\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b))/gi, (m) => {
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: Number(m[1]) * 60 + Number(m[2]), valueMax: null, unit: 'second' });
  });
  // Swimming and track times with hundredths ("3:31.08", "1:58.76") or, on ice, thousandths ("2:25.108") in seconds, as
  // 3分31秒08 is read.
  each(/(?<![\d.:])(\d{1,2}):([0-5]\d\.\d{1,3})(?![\d:])/g, (m) => {
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: clean(Number(m[1]) * 60 + Number(m[2])), valueMax: null, unit: 'second' });
  });
  // "the men's 100m freestyle", "a 400m relay", "won the women's 100m in 11.28 seconds": race
  // distances in metres, not millions.
  each(/(?<![\d.,$€¥£])(?:(?<=\b(?:men's|women's|boys'|girls'|mixed|men’s|women’s)\s+)(\d{1,5}|\d{1,2},\d{3})m\b|(\d{1,5}|\d{1,2},\d{3})m(?=\s+(?:freestyle|backstroke|breaststroke|butterfly|medley|individual medley|relay|hurdles|sprint|dash|race|final|heats?|steeplechase|springboard|platform|synchronised|synchronized|time\s+trials?|individual\s+pursuit|team\s+pursuit|flying\s+start|track|run|walk|event|qualif(?:ying|ier|iers|ication))\b))/gi, (m) => {
    push({ kind: 'measure', start: m.index, end: m.index + m[0].length, value: Number((m[1] ?? m[2])!.replace(',', '')), valueMax: null, unit: 'm' });
    // ("men's and women's 500m, 1,000m, 1,500m and mass start races": the distances listed after it too.)
    let at = m.index + m[0].length;
    for (let next = RACE_DISTANCE_LISTED.exec(text.slice(at)); next !== null; next = RACE_DISTANCE_LISTED.exec(text.slice(at))) {
      const start = at + next[0].length - next[1]!.length - 1;
      push({ kind: 'measure', start, end: at + next[0].length, value: Number(next[1]!.replace(',', '')), valueMax: null, unit: 'm' });
      at += next[0].length;
    }
  });
  // "stopped her by TKO at 1:48 of the fifth round" (第5回合1分48秒): minutes and seconds into a round or a period of
  // play, no time of day.
  each(/(?<![\d.:])(\d{1,2}):([0-5]\d)(?=\s+(?:of|into|in)\s+(?:the\s+)?(?:[a-z]+\s+|\d+(?:st|nd|rd|th)\s+)?(?:round|period|quarter|half|set|game|bout)\b)/gi, (m) => {
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: Number(m[1]) * 60 + Number(m[2]), valueMax: null, unit: 'second' });
  });
  // Clock times ("2:17 a.m.", "6 p.m.", "at 9:06") are the minute of the day, as 凌晨2时17分 is read.
  each(/(?<![\d.:$])(\d{1,2})(?::([0-5]\d))?\s*(a\.m\.|p\.m\.|am\b|pm\b)/gi, (m) => {
    // "80 p.m." is no time of day: left to be read (and checked) as a number.
    if (Number(m[1]) < 1 || Number(m[1]) > 12) return;
    const hour = Number(m[1]) % 12 + (/^p/i.test(m[3]!) ? 12 : 0);
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: hour * 60 + Number(m[2] ?? 0), valueMax: null, unit: CLOCK, ...clockSide(text, m.index) });
  });
  // (The second time of "from 12:00 to 14:00", "between 9:00 and 17:30" too.)
  // ("at 7:30 every evening", 每晚7点半: an hour before noon said of the evening is after it.)
  each(/(?<=\b(?:at|by|until|till|from|before|after|between)\s+|\d:[0-5]\d\s*(?:to|and|-|–)\s*)([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/gi, (m) => {
    const evening = Number(m[1]) >= 1 && Number(m[1]) < 12 && EVENING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    const hour = Number(m[1]) + (evening ? 12 : 0);
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: hour * 60 + Number(m[2]), valueMax: null, unit: CLOCK, ...clockSide(text, m.index) });
  });
  // "five and a half years" is 5.5 years, not five and a fraction.
  each(/\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half\s+(years?|months?|weeks?|days?|hours?|minutes?)\b/gi, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()]!;
    push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value: n + 0.5, valueMax: null, unit: DURATION_UNITS[durationUnit(m[2]!.toLowerCase())]! });
  });
  // "by 1¾ stones", "3 1/2 years": a whole number and a fraction, one figure (as 1又3/4子 is read).
  each(/(?<![\d.,\/])(\d{1,3})(?:\s?([¼½¾⅓⅔⅛⅜⅝⅞])|\s([1-9])\/([1-9]))(?![\d\/])(?:\s+(years?|months?|weeks?|days?|hours?|minutes?)\b)?/g, (m) => {
    const fraction = m[2] !== undefined ? VULGAR_FRACTIONS[m[2]]! : Number(m[3]) / Number(m[4]);
    if (!(fraction > 0 && fraction < 1)) return;
    const value = clean(Number(m[1]) + fraction);
    if (m[5] !== undefined) push({ kind: 'duration', start: m.index, end: m.index + m[0].length, value, valueMax: null, unit: DURATION_UNITS[durationUnit(m[5].toLowerCase())]! });
    else push({ kind: 'count', start: m.index, end: m.index + m[0].length, value, valueMax: null, unit: null });
  });
  // "a ratio of … 1 to 3,500": a ratio written in words, as 1∶3500 is.
  each(/\b1\s+to\s+(\d{1,3}(?:,\d{3})+|\d{2,})\b/g, (m) => {
    if (!/\bratios?\b/i.test(text.slice(0, m.index))) return;
    push({ kind: 'multiple', start: m.index, end: m.index + m[0].length, value: clean(1 / Number(m[1]!.replace(/,/g, ''))), valueMax: null, unit: 'x' });
  });
  // Ratios (2.6:1) are one figure, the quotient; a clock time (10:30) is not a ratio.
  each(/(?<![\d.:])(\d+(?:\.\d+)?)\s?:\s?(\d+(?:\.\d+)?)(?![\d:])/g, (m) => {
    if (!isRatio(m[1]!, m[2]!)) return;
    const end = m.index + m[0].length;
    // "3:2 or higher", as 3:2以上.
    const orMore = /^\s+or\s+(?:higher|more|above)\b/i.test(text.slice(end));
    push({ kind: 'multiple', start: m.index, end, value: clean(Number(m[1]) / Number(m[2])), valueMax: null, unit: 'x', ...(orMore ? { approx: 'over' as const } : {}) });
  });

  // "Huang Binhong (1865-1955)": the years of a life, as 黄宾虹（1865—1955）gives them.
  each(/\(((?:1[5-9]|20)\d{2})\s*[-–—]\s*((?:1[5-9]|20)\d{2})\)/g, (m) => {
    const second = m.index + m[0].length - 1 - m[2]!.length;
    push({ kind: 'year', start: m.index + 1, end: m.index + 1 + m[1]!.length, value: m[1]!, valueMax: null, unit: null });
    push({ kind: 'year', start: second, end: second + m[2]!.length, value: m[2]!, valueMax: null, unit: null });
  });
  // "the 2024/25 crushing season", "fiscal 2024/25": two years written short, as 2024/2025 is.
  each(/(?<![\d.\/])((?:19|20)\d{2})\/(\d{2})(?![\d\/])/g, (m) => {
    const first = Number(m[1]);
    if (Number(m[2]) !== (first + 1) % 100) return;
    push({ kind: 'year', start: m.index, end: m.index + 4, value: m[1]!, valueMax: null, unit: null });
    push({ kind: 'year', start: m.index + 5, end: m.index + 7, value: String(first + 1), valueMax: null, unit: null });
  });
  // "on September 13 and 14": the second day is a date of the same month.
  each(new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(\\s*(?:and|&)\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d)(?!\\s*(?:%|per\\s?cent|percentage|hundred|thousand|million|billion|yuan|dollars?|people|units?|times|years?|months?|weeks?|days?|hours?)\\b)(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) => {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    const [first, second] = [Number(m[2]), Number(m[4])];
    if (first < 1 || second > 31 || first >= second || insideName(text, m.index)) return;
    const secondAt = m.index + m[0].indexOf(m[3]!, m[1]!.length) + m[3]!.length;
    const year = m[5] ?? null;
    push({ kind: 'date', start: m.index, end: m.index + m[0].indexOf(m[3]!, m[1]!.length), value: isoDate(year, month, first), valueMax: null, unit: null });
    push({ kind: 'date', start: secondAt, end: secondAt + m[4]!.length, value: isoDate(year, month, second), valueMax: null, unit: null });
  });
  // 1. Dates, before numbers so "May 19, 2025" is one date, not a date and a year.
  each(new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) => {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    const day = Number(m[2]);
    if (day < 1 || day > 31 || insideName(text, m.index)) return;
    // "by the end of September 23 companies had applied": a number before a plural noun counts it; the month stands alone.
    // (Only after "the end of", "the start of": a month's end is no day of it.)
    if (m[3] === undefined && /^\d+$/.test(m[2]!) && /\b(?:end|beginning|start|middle|close)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
      PLURAL_NOUN_AFTER.test(text.slice(m.index + m[0].length))) return;
    // The "May 17" case (“5·17”专案): a date quoted before "case" names the case.
    if (/["“]$/.test(text.slice(0, m.index)) && QUOTED_CASE_AFTER.test(text.slice(m.index + m[0].length))) {
      taken.push([m.index, m.index + m[0].length]);
      return;
    }
    push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: isoDate(m[3] ?? null, month, day), valueMax: null, unit: null });
  });
  each(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthNames})\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'), (m) => {
    const month = MONTHS[m[2]!.toLowerCase()]!;
    push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: isoDate(m[3] ?? null, month, Number(m[1])), valueMax: null, unit: null });
  });
  // A month alone ("in April", "April 2025"); "May" only capitalised and not a modal verb at a sentence start.
  // After a preposition ("in May and May alone", "by May", "from May") it is the month too.
  each(new RegExp(`\\b(${monthNames.replace('|Mar|', '|').replace('|May|', '|May(?=\\s+\\d{4}|[,.;]|\\s+(?:this|last|next)\\b)|(?<=\\b(?:in|by|since|until|till|from|through|of|and|or|to|early|late|mid|between|before|after)[\\s-])May|')})\\b(?:\\s+(\\d{4})\\b)?`, 'g'), (m) => {
    const month = MONTHS[m[1]!.toLowerCase()]!;
    if (insideName(text, m.index)) return;
    // "Jun porcelain", "the Jun kiln" (钧瓷): a short form alone names a month only before a year or
    // with its dot, or where a clause or list goes on ("in Sept. last year", "Jun and Jul").
    if (m[2] === undefined && !FULL_MONTH.test(m[1]!) && !/^(?:\.|\s*$|[,;:)]|\s+(?:and|or|to|through)\b)/.test(text.slice(m.index + m[0].length))) return;
    const mm = String(month).padStart(2, '0');
    push({ kind: 'date', start: m.index, end: m.index + m[0].length, value: m[2] ? `${m[2]}-${mm}` : `--${mm}`, valueMax: null, unit: null });
  });

  // 2. Periods: fiscal years, quarters, halves.
  each(/\b(?:fiscal(?:\s+year)?\s+(\d{4})|FY\s?(\d{4}|\d{2}))\b/gi, (m) => {
    const y = m[1] ?? (m[2]!.length === 2 ? `20${m[2]}` : m[2]!);
    push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: `FY${y}`, valueMax: null, unit: null });
  });
  // "the fourth quarter of last year" is last year's quarter (去年四季度), not this year's.
  each(/\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b(?:\s+(?:of\s+)?(\d{4})\b|(\s+(?:of\s+)?last\s+year\b))?|\bQ([1-4])\b(?:\s+(\d{4})\b)?|\b(\d{4})\s+Q([1-4])\b/gi, (m) => {
    // "in its first quarter on the market" (上市后首个季度): the quarter since a launch, no quarter of the year.
    if (/\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && /^\s+(?:on\s+the\s+market|after|since|of\s+(?:sales|operation|trading))\b/i.test(text.slice(m.index + m[0].length))) return;
    // "at the end of the third quarter of the final" (第三节): a quarter of a game, no quarter of the year.
    if (m[1] !== undefined && m[2] === undefined && m[3] === undefined &&
      /^\s+of\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:final|finals|game|match|semifinal|semi-final|semifinals|contest|series|opener|decider)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      taken.push([m.index, m.index + m[0].length]);
      return;
    }
    const q = m[1] ? ORDINALS[m[1].toLowerCase()]! : Number(m[4] ?? m[7]);
    const y = m[2] ?? m[5] ?? m[6] ?? (m[3] && refYear ? String(Number(refYear) - 1) : null);
    push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: y ? `${y}-Q${q}` : `Q${q}`, valueMax: null, unit: null });
  });
  each(/\b(?:the\s+)?first\s+(two|three|2|3)\s+quarters\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi, (m) => {
    const last = /2|two/i.test(m[1]!) ? 2 : 3;
    const y = m[2] ?? null;
    push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: y ? `${y}-Q1..Q${last}` : `Q1..Q${last}`, valueMax: null, unit: null });
  });
  each(/\b(first|second)[- ]half\b(?!-year)(?:\s+(?:of\s+)?(\d{4})\b)?|\bH([12])\s+(\d{4})\b/gi, (m) => {
    // "the first half of the season", "five first-half matches" (上半赛季, 上半程), "the second half of this year's
    // course" (后半程): a half of a league, a game or a course, not of the calendar year.
    if (m[2] === undefined && m[1] !== undefined &&
      /^(?:\s+of\s+(?:the|this|its|their)\s+(?:[\w-]+(?:['’]s)?\s+)?(?:season|league|tournament|match|game|campaign|competition|championship|race|series|final|course|route|trail|track|distance|journey|climb)s?\b|\s+(?:matches|games|fixtures|goals|rounds|stage|leg)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      taken.push([m.index, m.index + m[0].length]);
      return;
    }
    // "raised our stroke rate to 32 per minute in the second half": a half of a race or game the sentence speaks of.
    if (m[2] === undefined && m[1] !== undefined && /\bin\s+the\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)) &&
      /\b(?:per\s+minute|stroke|strokes|race|raced|match|game|goals?|scored|lap|laps|sprint|paddl\w*|rowed|rowing|crew|coxswain|marathon|winning|pace|swim|swimmer|swimmers|current|overtook)\b/i.test(text)) {
      taken.push([m.index, m.index + m[0].length]);
      return;
    }
    const h = m[1] ? (m[1].toLowerCase() === 'first' ? 1 : 2) : Number(m[3]);
    const y = m[2] ?? m[4] ?? null;
    push({ kind: 'period', start: m.index, end: m.index + m[0].length, value: y ? `${y}-H${h}` : `H${h}`, valueMax: null, unit: null });
  });
  each(/\bthis year\b/gi, (m) => {
    if (refYear) push({ kind: 'year', start: m.index, end: m.index + m[0].length, value: refYear, valueMax: null, unit: null });
  });

  // 3. Fractions and multiples.
  // ("in a half-year", "a half-day session": a period's name, not one half.)
  // ("a third straight year", "a fifth consecutive month", "a third-batch pilot city", "a third automated line": an
  // ordinal, no share; "three half-days a week" counts half-days.)
  each(/\b(one|a|two|three|four|nine)[- ](half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b(?!-(?:years?|yearly|days?|hours?|batch|tier|largest|biggest|class|generation|phase|round|place|party|parties|rate|grade|person|anniversary)\b)(?!\s+(?:straight|consecutive|successive|running|time|round|place|year|month|week|day|term|session|edition|phase|batch|stage|tier|generation|wave|automated|new|line|plant|factory|production|project|branch|campus|store|workshop|child|children|baby|birth|or\s+(?:further|subsequent|later|additional))\b)(?=(\s+of\b)?)/gi, (m) => {
    const den = FRACTIONS[m[2]!.toLowerCase()]!;
    // "a quarter" is a period of time unless "of" follows ("a quarter of the market").
    if (/quarter/i.test(m[2]!) && m[3] === undefined) return;
    // "9,000 yuan for a first child, 60,000 yuan for a second and 110,000 yuan for a third": the third in a
    // count of children (or any row the sentence numbers), no share.
    if (/^a$/i.test(m[1]!) && /^(?:third|fourth|fifth)$/i.test(m[2]!) && m[3] === undefined && /\bfor\s+a\s+(?:first|second)\b/i.test(text.slice(0, m.index))) {
      taken.push([m.index, m.index + m[0].length]);
      return;
    }
    const num = m[1]!.toLowerCase() === 'a' ? 1 : SMALL[m[1]!.toLowerCase()]!;
    push({ kind: 'fraction', start: m.index, end: m.index + m[0].length, value: round4(num / den), valueMax: null, unit: null });
  });
  // "one ten-millionth", "three ten-thousandths": 千万分之一, 万分之三.
  each(/\b(one|a|two|three|four|five|six|seven|eight|nine)[- ](thousandth|ten-thousandth|hundred-thousandth|millionth|ten-millionth|hundred-millionth)s?\b/gi, (m) => {
    const num = m[1]!.toLowerCase() === 'a' ? 1 : SMALL[m[1]!.toLowerCase()]!;
    const power = SMALL_PART_POWERS[m[2]!.toLowerCase()]!;
    push({ kind: 'fraction', start: m.index, end: m.index + m[0].length, value: Number((num / 10 ** power).toPrecision(4)), valueMax: null, unit: null });
  });
  // "nine in ten", "one out of five": a share, the same figure as 九成 or 20%.
  // ("conceding only three in five games": so many over a run of games, rounds or spans, no share.)
  each(/\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(two|three|four|five|ten|\d{1,3})\b(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|cases?|games?|matches|match|rounds?|races?|bouts?|fights?|sets?|legs?|stages?|seasons?|starts?|appearances?|outings?|innings|attempts?|tries|shots?)\b)/gi, (m) => {
    const part = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()]!;
    const whole = /\d/.test(m[2]!) ? Number(m[2]) : SMALL[m[2]!.toLowerCase()]!;
    if (!(whole > 1 && part < whole)) return;
    push({ kind: 'fraction', start: m.index, end: m.index + m[0].length, value: round4(part / whole), valueMax: null, unit: null });
  });
  each(/\bhalf\s+of\b/gi, (m) => {
    push({ kind: 'fraction', start: m.index, end: m.index + 4, value: 0.5, valueMax: null, unit: null });
  });
  // "double-digit growth" is an idiom for 两位数, not a multiple.
  // ("double-blind", "double-check", "double-decker": a kind of thing, no multiple either.)
  // ("a double round-robin", "double rooms", "a triple jump", "eight double faults", a curling "double takeout": a kind of
  // thing, no multiple either.)
  each(/\b(twice|doubled?|doubling|tripled?|tripling|quadrupled?)\b(?![- ]digits?\b)(?![- ](?:1[0-2]|eleven|twelve)\b)(?!-(?:blind|check|checked|checking|decker|edged|track|tracked|layer|layered|sided|storey|story|bed|room|click|entry|helix|dip|header|cropping|cropped|crop|handed)\b)(?![- ](?:round[- ]robin|rooms?|beds?|jumps?|axels?|lutz(?:es)?|toe[- ]loops?|salchows?|somersaults?|crown|champions?|winners?|gold|bill|sculls?|faults?|plays?|bogeys?|eagles?|takeouts?)\b)/gi, (m) => {
    // "Double First-Class", "Triple Crown": a capitalised word starting a name is no multiple.
    if (/^[A-Z]/.test(m[1]!) && /^[- ]+[A-Z]/.test(text.slice(m.index + m[0].length))) return;
    // "double-chamber melting furnaces", "triple-glazed windows": double or triple joined to a word is a kind of thing.
    if (/^(?:double|triple|quadruple)$/i.test(m[1]!) && /^-[a-z]/i.test(text.slice(m.index + m[0].length))) return;
    // "the event doubled as a trial", "post offices now double as service stations": served also as, no multiple.
    if (/^doubl(?:ed?|es)$/i.test(m[1]!) && /^\s+as\s+(?:a|an|the|one|both|its|their|[a-z]+(?:\s+[a-z]+)?\s+(?:stations?|centres?|centers?|points?|venues?|sites?|offices?|hubs?|shelters?|classrooms?|hosts?|homes?))\b/i.test(text.slice(m.index + m[0].length))) return;
    // "twice-weekly", "twice a day": a frequency (每周两班), no multiple of anything.
    if (/^(?:[- ](?:weekly|daily|monthly|yearly|annually)\b|\s+(?:a|per|each|every)\s+(?:week|day|month|year)\b)/i.test(text.slice(m.index + m[0].length))) return;
    const w = m[1]!.toLowerCase();
    // "raised its prices twice in September" (两次上调): how often, a count; "twice as large", "twice
    // the level" are multiples.
    if (w === 'twice' && !/^\s+(?:as|the|that|this|those|these|its|their|his|her|our|what|a|an|more|over|last|previous|earlier|in\s+(?:size|value|number))\b/i.test(text.slice(m.index + m[0].length)) &&
      /\b(?:[a-z]+ed|met|held|rose|fell|won|ran|went|came|visited|raised|cut)\s+(?:[a-z]+\s+){0,3}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      push({ kind: 'count', start: m.index, end: m.index + m[0].length, value: 2, valueMax: null, unit: null });
      return;
    }
    const value = w.startsWith('tripl') ? 3 : w.startsWith('quadrupl') ? 4 : 2;
    push({ kind: 'multiple', start: m.index, end: m.index + m[0].length, value, valueMax: null, unit: LEVEL_MULTIPLE });
  });
  each(/\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*millionth\b/gi, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : SMALL[m[1]!.toLowerCase()]!;
    push({ kind: 'ordinal', start: m.index, end: m.index + m[0].length, value: n * 1e6, valueMax: null, unit: null });
  });

  // 4. Everything else with a number in it.
  // "between 20 and 50 yuan" is the range "20 to 50 yuan": the scan reads it so, with the
  // same offsets (" and " and "  to " are equally long), while slices come from the text.
  // "a 5-billion-yuan fund" is "5 billion yuan": hyphens become spaces (offsets unchanged).
  const scan = text
    .replace(BETWEEN_AND, (_all, head: string) => `${head}  to `)
    // "three- to five-year agreements": a range whose first end leaves its unit to the second (offsets unchanged).
    .replace(SUSPENDED_RANGE, (_m, a: string, b: string) => `${a}  to ${b} `)
    // "fell 11.4% in 2025 to 39 micrograms", "from 14 in 2024 to six": a descending "A to B" is a
    // year or a start and the level reached, not a range; "to" is blanked so each is read alone.
    // "per 100 kilometres", "per 10,000 people", "for every 10,000 residents" ("0.5 cases per 10,000." too): a
    // denominator, not a figure the source must state.
    .replace(/\b(?:per|for\s+(?:each|every))\s+(\d{1,3}(?:,\d{3})*)(?=\s+[a-z]|[.,;](?!\d)|$)/gi, (m) => m.replace(/[\d,]+/, (d) => ' '.repeat(d.length)))
    // Coordinates (26°30′N) are no figures: blanked, offsets unchanged.
    .replace(/\d+(?:\.\d+)?°(?:\s?\d+(?:\.\d+)?[′'])?(?:\s?\d+(?:\.\d+)?[″"])?\s?[NSEW]\b/g, (c) => ' '.repeat(c.length))
    // "fell by 31 to 97": the size of a change, then the level it reached (a range of percentages,
    // "rose by 2% to 3%", is read as one below).
    .replace(/(\b(?:rose|ris(?:e|es|en)|fell|fall(?:s|en)?|grew|grow(?:s|n)?|drop(?:s|ped)?|declin(?:e|es|ed)|increas(?:e|es|ed)|decreas(?:e|es|ed)|climb(?:s|ed)?|slip(?:s|ped)?|jump(?:s|ed)?|slid|sank|expand(?:s|ed)?|(?:was|were|is|are|be) (?:up|down))\s+by\s+(?:about\s+|around\s+|nearly\s+|more than\s+)?(\d[\d.,]*)(?:\s+(?:hundred|thousand|million|billion))?)(\s+to\s+)(?=(\d[\d,]*(?:\.\d+)?))/gi, (all, head: string, size: string, gap: string, level: string) =>
      // ("rise by about 800 to 1,000 yuan" is a range: its ends are alike.)
      parseNumber(level) > 2 * parseNumber(size) ? `${head}${gap.replace('to', '__')}` : all)
    // "rose from 12 million to 36 million" is a change between two levels, not a range.
    .replace(CHANGE_FROM_TO, (all, head: string, gap: string) => `${head}${gap.replace('to', '__')}`)
    .replace(FROM_LEVEL_TO, (all, head: string, gap: string) => `${head}${gap.replace('to', '__')}`)
    // ("800,000 to 1.5 million yuan" is a range: its second end's scale counts.)
    .replace(DESCENDING_TO, (all, a: string, gap: string, b: string, at: number, whole: string) =>
      (parseNumber(b) * scaleOf(/^\s+(thousand|million|billion)\b/i.exec(whole.slice(at + all.length))?.[1]) < parseNumber(a) ? `${a}${gap.replace('to', '__')}${b}` : all))
    .replace(PERCENT_RANGE, (all, a: string, gap: string, b: string) => (Number(a) < Number(b) ? `${a} ${gap}${b}` : all))
    .replace(/(\d)-(hundred|thousand|million|billion|trillion)-(?=yuan|dollars?|euros?|yen|tonnes?|(?:kilo|mega|giga)watts?|(?:kW|MW|GW)h?\b|kilomet(?:re|er)s?|mu\b)/gi, '$1 $2 ')
    // "a 120-million-U.S.-dollar base": a currency of two words, hyphenated too.
    .replace(/\d-(?:hundred|thousand|million|billion)-(?:U\.S\.|US|HK|Hong-Kong|Singapore|Australian|Canadian)-(?=dollars?\b)/gi, (m) => m.replace(/-/g, ' '))
    .replace(/(\d)-(?=(?:yuan|dollars?|euros?|yen|(?:kilo|mega|giga)watts?|kilomet(?:re|er)s?|met(?:re|er)s?|tonnes?|hectares?|kilovolts?|km|kg|kV|MW|GW|kW)\b)/gi, '$1 ')
    // "an 80,000-square-metre terminal": the area's unit, hyphenated as a modifier.
    .replace(/(\d)-(square|cubic)-(?=(?:kilo)?met(?:re|er)s?\b)/gi, '$1 $2 ')
    // Scores ("beat them 4-2", "won 3-1") are no ranges and no figures to check.
    // "went 14-2 in the regular season": a record of wins and losses right after "went".
    .replace(/\bwent\s+\d{1,2}-\d{1,2}\b/gi, (m) => m.replace(/\d{1,2}-\d{1,2}$/, (x) => ' '.repeat(x.length)))
    // (A tiebreak's points after a set score, "7-6(5)", are part of it.)
    .replace(/\b(\d{1,2}-\d{1,2})\((\d{1,2})\)/g, (_m, set: string, tiebreak: string) => `${set} ${' '.repeat(tiebreak.length)} `)
    .replace(/\b(?:beat|beats|beaten|beating|won|win|wins|winning|defeated|defeating|lost|loses|losing|drew|score[sd]?|victory|defeat|trail(?:ed|ing|s)?|led|lead(?:s|ing)?|edged|edging|edges|edge|downed|routed|overcame|overcoming|pipped|swept|sweeps?|sweeping|whitewashed)\b[^.;]{0,64}?\b\d{1,3}-\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3}-\d{1,3})*\b/gi, (m) =>
      // ("won her three games 11-7, 11-5 and 11-9": the scores listed after the first are scores too.)
      m.replace(/\d{1,3}-\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3}-\d{1,3})*$/, (x) => x.replace(/\d{1,3}-\d{1,3}/g, (y) => ' '.repeat(y.length))))
    // "and ended 1-1", "finished 2-2": a match's final score right after the verb (a list of set scores is left
    // to the rule for lists below).
    .replace(/\b(?:ended|finished|tied)\s+(?:in\s+a\s+)?\d{1,2}-\d{1,2}\b(?!\s*,\s*\d)/gi, (m) => m.replace(/\d{1,2}-\d{1,2}$/, (x) => ' '.repeat(x.length)))
    // "the first set 18-21", "the deciding game 11-9": a set's or game's score.
    .replace(/\b(?:set|sets|game|games|frame|frames|inning|innings)\s+\d{1,2}-\d{1,2}\b(?![.,]\d|\s*%|\s*per)/gi, (m) => m.replace(/\d{1,2}-\d{1,2}$/, (x) => ' '.repeat(x.length)))
    // "came third at 11-4", "finished second with 12-3": a place in a standing and the record it was won with.
    .replace(/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|top|last|\d{1,2}(?:st|nd|rd|th))\s+(?:at|with)\s+\d{1,2}-\d{1,2}\b(?![.,]\d|\s*%)/gi, (m) => m.replace(/\d{1,2}-\d{1,2}$/, (x) => ' '.repeat(x.length)))
    // "north of 26 degrees 30 minutes north latitude" (北纬26度30分): a position, no figure of anything.
    .replace(/\b\d{1,3}\s+degrees?(?:\s+\d{1,2}\s+minutes?)?(?:\s+(?:north|south|east|west))?\s+(?:latitude|longitude)\b/gi, (m) => ' '.repeat(m.length))
    // "graded 5.13b" (5.13b难度): a climbing route's grade, a name.
    .replace(/\b5\.1[0-5][a-d]\b/g, (m) => ' '.repeat(m.length))
    // "came back from a 3-0 deficit", "a 2-1 lead", "a 14-2 run": a score named as a deficit, a lead or a scoring run.
    // ("a 6-3, 6-2 win": the sets' scores listed before it too.)
    .replace(/\b\d{1,2}-\d{1,2}(?:\s*,\s*\d{1,2}-\d{1,2})*(?=\s+(?:deficit|lead|advantage|win|victory|defeat|loss|run|spurt|burst)\b)/gi, (m) => m.replace(/\d/g, ' '))
    // "2.1×10⁻¹⁸", "on the order of 10⁻¹⁸": a power of ten in scientific notation, no count of ten.
    .replace(/(?:\d+(?:\.\d+)?\s*[×x]\s*)?10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => ' '.repeat(m.length))
    // "in a 5:3:2 ratio", "at a ratio of 6 to 4" (按6比4的比例): a split in parts, no figure to check (the
    // source writes it 5:3:2 or 6比4 too; a descending "6 to 4" reaches here as "6 __ 4"). "A ratio of 2.9 to
    // 1" is a multiple, read below.
    .replace(/\b\d{1,2}(?::\d{1,2}){2,}\b/g, (m) => ' '.repeat(m.length))
    // ("sharing the cost 60:40", 按6∶4分担: a split of a cost in two parts.)
    .replace(/(\b(?:shar(?:e|es|ed|ing)|split(?:s|ting)?)\b[^.;]{0,40}?)(\d{1,2}:\d{1,2})\b(?![.:]\d)/gi, (_m, head: string, split: string) => head + ' '.repeat(split.length))
    // ("in a ratio of about 81 to 19", 之比约为81∶19, likewise.)
    .replace(/\bratio\s+of\s+(?:(?:about|around|roughly)\s+)?\d{1,2}\s+(?:to|__)\s+(?!1\b)\d{1,2}\b(?![.,]\d)/gi, (m) => m.replace(/\d/g, ' '))
    // "the ratio of caregivers to children must be no lower than 1 to 5" (不低于1比5): one to so many, a ratio.
    .replace(/(\bratio\b[^.;]{0,60}?\b(?:than|of|at|be|is|was)\s+(?:about\s+|around\s+|roughly\s+)?)(1\s+(?:to|__)\s+\d{1,2})\b(?![.,]\d)/gi, (_m, head: string, pair: string) => head + ' '.repeat(pair.length))
    // "has more than doubled since 2020 to 23,000 mu": a year a change is counted from, and the level it
    // reached, are no range.
    .replace(/\b((?:since|in)\s+(?:19|20)\d{2})(\s+to\s+)(?!(?:19|20)\d{2}\b)(?=[^\s\d]{0,4}\d)/gi, (_m, year: string, to: string) => year + ' '.repeat(to.length))
    // "the Top Ten Books selection" (十大好书): a number in a title's name, no count.
    .replace(/\bTop\s+(?:Three|Five|Ten|Twenty|Fifty|Hundred|\d{1,3})(?=\s+[A-Z])/g, (m) => ' '.repeat(m.length))
    // "at one point" is a moment, not a percentage point; "a 40-foot container" a box's size class.
    .replace(/\bat\s+one\s+point\b/gi, (m) => ' '.repeat(m.length))
    // "in a half-year", "half-yearly": a period's name, not one half.
    .replace(/\ba\s+half-year\b/gi, (m) => ' '.repeat(m.length))
    // "level 2-A or higher" (二级甲等), "Grade 3-B": a grade's label, no figure.
    .replace(/\b\d{1,2}-[A-Z]\b(?![-‐])/g, (m) => ' '.repeat(m.length))
    .replace(/\b(?:20|40|45)-(?:foot|ft)(?=\s+(?:(?:dry|reefer|refrigerated|standard|high-cube|cargo|shipping)\s+)?(?:containers?|boxes|box|equivalent))/gi, (m) => ' '.repeat(m.length))
    // "92-octane gasoline", "0-grade diesel" (92号汽油, 0号柴油): a fuel's grade, a name.
    .replace(/\b\d{1,3}[- ](?:octane|grade)\b(?=\s+(?:petrol|gasoline|gas|diesel|fuel|oil))/gi, (m) => ' '.repeat(m.length))
    // "a 25-21, 25-18, 25-23 sweep": a list of set scores, no ranges.
    .replace(/\b\d{1,2}-\d{1,2}(?:\s*,\s*(?:and\s+)?\d{1,2}-\d{1,2})+\b/g, (m) => m.replace(/\d/g, ' ').replace(/-/g, ' '))
    // Win–loss records ("a 36-6 record", "records of 33-9 and 31-11") are no ranges either, nor is a
    // score's lead or win ("held a 3-2 lead in their head-to-head record", "a 4-1 win").
    .replace(/\b(?:records?\s+of\s+|win-loss\s+(?:records?\s+)?(?:of\s+)?)\d{1,3}-\d{1,3}(?:\s*(?:,|and)\s*\d{1,3}-\d{1,3})*|\b\d{1,3}-\d{1,3}(?=\s+(?:(?:win-loss\s+)?records?|lead|edge|advantage|win|victory|defeat|loss)\b)/gi, (m) => m.replace(/\d{1,3}-\d{1,3}/g, (x) => ' '.repeat(x.length)))
  for (const m of scan.matchAll(NUMBER_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    const numText = g['num']!;
    const numStart = start + (g['cur']?.length ?? 0);
    if (isNameNumber(text, numStart, start, end, m[0])) continue;
    // "three kilometre-scale cable projects" (公里级): a class of size, no length.
    if (g['unit'] !== undefined && /^-(?:scale|class|level|grade)\b/i.test(text.slice(end))) continue;
    // "Five-Year Plan", "Three-North Shelterbelt": a spelled number capitalised on both sides of
    // its hyphen is part of a name.
    if (/^[A-Z][a-z]+-[A-Z]/.test(text.slice(start, start + m[0].length + 2))) continue;
    // A bare number after a capitalised word is a designation ("Long March 5", "Model 3").
    // ("Camps 1 to 3", "Lines 2 to 4": a run of such designations after a plural, small whole numbers at both
    // ends; "Liuhua East 21-3" is one code, checked as the source writes it.)
    const designationRun = g['num2'] === undefined ||
      (/^\d{1,2}$/.test(numText) && /^\d{1,2}$/.test(g['num2']) && g['scale2'] === undefined && /\s+to\s+/.test(m[0]) && /\b[A-Z][a-z]+s\s+$/.test(text.slice(Math.max(0, start - 16), start)));
    // ("Lines 1 and 2", "Gates 3, 4 and 5": the last of a list of them, after "and".)
    const designationListed = /^\d{1,2}$/.test(numText) && /\b[A-Z][a-z]+s\s+\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+(?:and|or)\s+$/.test(text.slice(Math.max(0, start - 30), start));
    if (g['cur'] === undefined && g['scale'] === undefined && g['unit'] === undefined && g['cursuf'] === undefined && designationRun && /\d/.test(numText) && (afterNameWord(text, start) || designationListed) && !ERA_AFTER.test(text.slice(end, end + 6))) continue;
    if (!free(start, end)) continue;
    // "trisomy 21", "chromosome 18": a chromosome's number names it (21三体).
    if (/\b(?:trisomy|chromosomes?)\s+$/i.test(text.slice(Math.max(0, start - 14), start))) continue;
    const unitRaw = (g['unit'] ?? '').trim().toLowerCase();
    const isWord = !/\d/.test(numText);
    // "between 2700K and 6500K": a colour temperature in kelvin; a thousand is "2.7K", never "2700K".
    const kelvin = g['scale'] === 'K' && parseNumber(numText) >= 1000 && (g['num2'] === undefined || (g['scale2'] ?? 'K') === 'K');
    let value = clean(parseNumber(numText) * (kelvin ? 1 : scaleOf(g['scale'])));
    let valueMax = g['num2'] !== undefined ? clean(parseNumber(g['num2']) * (kelvin ? 1 : scaleOf(g['scale2'] ?? g['scale']))) : null;
    // "18 to 20 billion": the scale written once applies to both ends; "800,000 to 1.5 million" writes
    // its first end in full.
    if (valueMax !== null && g['scale'] === undefined && g['scale2'] !== undefined && value < 1000) value = clean(value * scaleOf(g['scale2']));
    if (Number.isNaN(value) || (valueMax !== null && Number.isNaN(valueMax))) continue;
    const currency = currencyOf(g['cur'] ?? null, g['cursuf'] ?? null);
    let kind: FactKind;
    let unit: string | null = null;
    let approx: Approx | undefined;
    if (currency !== null) {
      kind = 'money';
      unit = currency;
    } else if (kelvin) {
      kind = 'measure';
      unit = 'K';
    } else if (/^\s*points?$/.test(unitRaw) && (value > 100 || SCORED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || (CONTEST_WORDS.test(text) && !RATE_WORDS.test(text) && (POINTS_GAP_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || POINTS_GAP_AFTER.test(text.slice(end, end + 40)) || PLAYER_LINE_AFTER.test(text.slice(end, end + 40)))))) {
      // "scored 28 points", "between 800 and 830 points" of an index: points counted, not percentage points.
      // "breaking the record by four points" (高出原纪录4环) where no rate is spoken of: a contest's score.
      kind = 'count';
    } else if (/percentage|pp|^\s*points?$/.test(unitRaw)) {
      kind = 'percentage_point';
      unit = 'pp';
    } else if (unitRaw === '%' || /per\s?cent/.test(unitRaw)) {
      kind = 'percent';
      unit = '%';
    } else if (measureUnit(unitRaw) !== null) {
      kind = 'measure';
      unit = measureUnit(unitRaw);
      // "minus 18C", "-18°C": a temperature below zero (零下18摄氏度).
      if ((unit === '°C' || unit === '°') && /(?:\bminus\s+|(?<![\w.,])[-−–])$/i.test(text.slice(Math.max(0, numStart - 8), numStart))) {
        value = -value;
        if (valueMax !== null) valueMax = -valueMax;
      }
    } else if (unitRaw === '' && g['num2'] === undefined && /\bminus\s+$/i.test(text.slice(Math.max(0, numStart - 8), numStart)) &&
      /^\s+(?:to|and)\s+minus\s+\d+(?:\.\d+)?\s*(?:°C|℃|degrees?\b)/i.test(text.slice(end))) {
      // "from minus 18 to minus 60 degrees": the first end is a temperature too.
      kind = 'measure';
      unit = '°C';
      value = -value;
    } else if (/fold|times/.test(unitRaw)) {
      // "three times" alone is a frequency ("visited three times"), not a factor.
      // "1.3 times net profit": a fractional number of times is a factor whatever follows.
      // "used 1.28 million times a day": a multiple never comes in millions; with a scale it is a count of uses.
      // ("bid-to-cover ratios exceeding 25 times": times a ratio reaches are a factor.)
      if (unitRaw === 'times' && (g['scale'] !== undefined || !/[.]/.test(numText)) && !/\b(?:ratios?|multiples?)\b[^,.;]{0,40}$/i.test(text.slice(Math.max(0, start - 50), start)) && !/^\s+(?:as|more|larger|higher|bigger|greater|the|that|its|their|what|oversubscribed|over-subscribed|magnification|zoom|brighter|faster|stronger|cheaper|smaller|lower|longer|wider|heavier|quicker|deeper|[a-z]+er\s+than)\b/i.test(text.slice(end))) {
        end = start + m[0].length - (g['unit']?.length ?? 0);
        if (isWord) continue;
        kind = 'count';
      } else {
        kind = 'multiple';
        // "fivefold" states a level, as "tripled" does (see multiples.ts); "1.3 times" is read as
        // written, and so is "1.4-fold": translators write it for 增长1.4倍, a rise.
        unit = /fold/.test(unitRaw) && isWord ? LEVEL_MULTIPLE : 'x';
      }
    } else if (unitRaw !== '' && unitRaw !== '-plus' && DURATION_UNITS[durationUnit(unitRaw)]) {
      // "one-day drop", "one-year term": a spelled "one-" compound reads as "single", and the
      // source says 单日/单月 without a figure.
      if (isWord && value === 1 && unitRaw.startsWith('-')) continue;
      // "four first prizes and seven second prizes": "second" after a number other than one, with no
      // plural and no hyphen, is the ordinal of what follows.
      if (unitRaw === 'second' && value !== 1) continue;
      kind = 'duration';
      unit = DURATION_UNITS[durationUnit(unitRaw)]!;
    } else if (
      !isWord && g['scale'] === undefined && valueMax !== null && unitRaw === '' && isYear(numText) && isYear(g['num2']!)
    ) {
      // "from 2020 to 2022", "2020-2022": two years, each a year the source must state.
      const at = start + m[0].indexOf(g['num2']!, numText.length);
      push({ kind: 'year', start, end: start + numText.length, value: numText, valueMax: null, unit: null });
      push({ kind: 'year', start: at, end: at + g['num2']!.length, value: g['num2']!, valueMax: null, unit: null });
      continue;
    } else if (
      !isWord && g['scale'] === undefined && unitRaw === '' && isYear(numText) && /^\d{2}$/.test(g['num2'] ?? '') &&
      Number(g['num2']) === (Number(numText) + 1) % 100 && /^[-–\/]$/.test(text.slice(start + numText.length, start + numText.length + 1))
    ) {
      // "the 2024-25 season", "fiscal 2024/25": a span of two years written short, as 2024—2025赛季 is.
      const next = String(Number(numText) + 1);
      const at = start + numText.length + 1;
      push({ kind: 'year', start, end: start + numText.length, value: numText, valueMax: null, unit: null });
      push({ kind: 'year', start: at, end: at + 2, value: next, valueMax: null, unit: null });
      continue;
    } else if (
      !isWord && g['scale'] === undefined && valueMax === null && /^\d{4}$/.test(numText) &&
      ((value >= 1900 && value <= 2100) ||
        // "founded in 1876", "built in 1368": an older year, after "in" or "since" and before no noun.
        (value >= 1000 && /\b(?:in|since|until|from|circa)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && !/^\s+(?!(?:under|by|when|as|after|before|during|with|at|on|in|to|until|from|for|the)\b)[a-z]/.test(text.slice(end))) ||
        // "Figure (1143): 48.6 m.": the year a label gives its figure, in brackets.
        (value >= 1000 && text[start - 1] === '(' && text[end] === ')')) ||
      // "the eruption of 946 AD" (公元946年): a year of the era, however old.
      (!isWord && g['scale'] === undefined && valueMax === null && unitRaw === '' && /^\d{1,4}$/.test(numText) && ERA_AFTER.test(text.slice(end, end + 6)))
    ) {
      push({ kind: 'year', start, end, value: numText, valueMax: null, unit: null });
      continue;
    } else {
      // A bare count. Small spelled numbers with nothing attached are skipped (see above).
      if (isWord && g['scale'] === undefined && value < 10) continue;
      kind = 'count';
    }
    // "machines in the 6,000-tonne class or above" (6000吨以上): the class is named by the figure, so its bound is the figure's.
    const classOrAbove = /\d-[a-z]+$/i.test(text.slice(start, end)) && /^\s+(?:class|grade|category)\s+(?:or|and)\s+(?:above|over|more|higher|larger|bigger)\b/i.test(text.slice(end));
    if (unitRaw === '-plus' || g['orMore'] !== undefined || classOrAbove) approx = 'over';
    else if (g['orLess'] !== undefined) approx = 'under';
    else if (g['orSo'] !== undefined) approx = 'about';
    push({ kind, start, end, value, valueMax, unit, ...(approx ? { approx } : {}) });
  }
  out.sort((a, b) => a.start - b.start);
  // "386,000 day surgeries", "120 day trips": "day" before a plural noun names a kind of thing, no span.
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    if (q.kind !== 'duration' || q.unit !== 'day' || q.value === 1 || !/\d\s+day$/i.test(q.text) || !/^\s+[a-z]+s\b/.test(text.slice(q.end))) continue;
    const number = /^\S+/.exec(q.text)![0];
    out[i] = { ...q, kind: 'count', unit: null, end: q.start + number.length, text: number };
  }
  // "rose by US$50,000 to US$450,000": a change by one amount to a level, not a range (a range of the
  // change, "by 5% to 20%", keeps its ends close and is left as it is).
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    if (!(q.kind === 'money' || q.kind === 'count' || q.kind === 'measure') || typeof q.value !== 'number' || q.valueMax === null || q.valueMax < 3 * q.value) continue;
    if (!CHANGE_BY_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) continue;
    const to = /\s+to\s+/.exec(q.text);
    if (to === null) continue;
    // Each end keeps the currency written on it ("by US$50,000 to HK$450,000" names two).
    const ownUnit = (part: string): string | null => (q.kind === 'money' ? (scanEnglish(part, options).find((r) => r.kind === 'money')?.unit ?? q.unit) : q.unit);
    const firstText = q.text.slice(0, to.index);
    const secondText = q.text.slice(to.index + to[0].length);
    const first = { ...q, end: q.start + to.index, text: firstText, valueMax: null, unit: ownUnit(firstText) };
    const second = { ...q, start: q.start + to.index + to[0].length, text: secondText, value: q.valueMax, valueMax: null, unit: ownUnit(secondText) };
    out.splice(i, 1, first, second);
  }
  // "2.1 working days" is 2.1个工作日, and so are the "days" a change joins to it ("cut to 2.1
  // working days from 5.2 days"); "a limit of 60 days" elsewhere in the sentence stays days.
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    const workdays = /^\s+(?:working|business|work)[ -]days?\b|^\s+workdays?\b/i.exec(text.slice(q.end));
    if (q.kind !== 'count' || q.unit !== null || typeof q.value !== 'number' || workdays === null) continue;
    out[i] = { ...q, kind: 'duration', unit: 'workday', end: q.end + workdays[0].length, text: text.slice(q.start, q.end + workdays[0].length) };
    for (const j of [i - 1, i + 1]) {
      const other = out[j];
      if (other?.kind !== 'duration' || other.unit !== 'day') continue;
      const between = j < i ? text.slice(other.end, q.start) : text.slice(out[i]!.end, other.start);
      if (/^\s*(?:from|to|and|or)\s+$/i.test(between)) out[j] = { ...other, unit: 'workday' };
    }
  }
  // "48 trains", "75.08 billion jin": a count whose noun names a classifier of classifiers.json.
  for (let i = 0; i < out.length; i++) {
    const q = out[i]!;
    if (q.kind !== 'count' || q.unit !== null) continue;
    const classifier = classifierOfEnglish(text.slice(q.end));
    if (classifier !== null) out[i] = { ...q, unit: classifier };
  }
  // "up 0.4 and 1.2 percentage points respectively", "3% and 5%" written "3 and 5%": a bare
  // number listed before a figure with a unit shares that unit (not its scale: "4 and 6
  // billion yuan" is left a count, so it is checked rather than misread). So does the start of a
  // change written "from 5 to 8%" (see FROM_LEVEL_TO).
  // A number that writes its own scale ("112 billion, 76 billion and 43 billion yuan") takes the
  // unit but keeps its value, so it is read as money only where it is listed beside money.
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1]!;
    const ownScale = /^[\d.,]+\s+(?:million|billion|trillion)$/i.test(q.text);
    if (q.kind !== 'count' || q.unit !== null || q.valueMax !== null || !(ownScale || /^[\d.,]+$/.test(q.text))) continue;
    const between = text.slice(q.end, next.start);
    const listed = /^\s*(?:,\s*(?:and|or)?|and|or)\s+$/.test(between);
    const changeStart = /^\s+to\s+$/.test(between) && /\bfrom\s+(?:[a-z]+\s+){0,3}$/i.test(text.slice(Math.max(0, q.start - 40), q.start));
    if (!listed && !changeStart) continue;
    if (!['percent', 'percentage_point', 'measure', 'money'].includes(next.kind) || !/^\d/.test(next.text) || next.valueMax !== null) continue;
    if (ownScale ? next.kind !== 'money' && next.kind !== 'measure' : /\d\s*(?:hundred|thousand|million|billion|trillion|bn|mn|mln|tn|m|k|b)\b/i.test(next.text)) continue;
    // "totalled 119,000, or 55.1% of the total": ", or" sets off the same figure as a share, and no
    // share is over a hundred.
    if ((next.kind === 'percent' || next.kind === 'percentage_point') && (/^\s*,\s*or\s+$/.test(between) || (q.value as number) > 100)) continue;
    // "an average age of 71.3, and 86% were aged 60 or over": ", and" before a clause of its own parts an
    // age (or any figure a word of its own names) from the share after it.
    // ("the apprentices are under 35, and 94.5% passed": an age bound after "are under" likewise.)
    if (/^\s*,\s*and\s+$/.test(between) && /\b(?:(?:age|aged|ages)\s+(?:of\s+)?(?:about\s+)?|(?:are|were|is|was|be)\s+(?:under|over|below|above|aged)\s+)$/i.test(text.slice(Math.max(0, q.start - 24), q.start))) continue;
    out[i] = { ...q, kind: next.kind, unit: next.unit };
  }
  // "from about 9,000 to 3,000 years ago", "between about 20 and 30 yuan": "about" before the first end
  // is said of both (约9000年至3000年).
  for (let i = 1; i < out.length; i++) {
    const q = out[i - 1]!;
    const next = out[i]!;
    if (q.approx !== 'about' || next.approx !== null || q.valueMax !== null || next.valueMax !== null) continue;
    if (!/^\s+(?:to|and)\s+$/.test(text.slice(q.end, next.start))) continue;
    const lead = text.slice(Math.max(0, q.start - 60), q.start);
    if (!/\b(?:from|between)\s+(?:about|around|roughly|approximately|some)\s+$/i.test(lead)) continue;
    // "from about 40 minutes to 15": the unit written on the first end makes two figures; a range writes it once, at the end.
    if (/\bfrom\s+\S+\s+$/i.test(lead) && !(q.kind === 'count' && q.unit === null && /^[\d,.]+$/.test(q.text) && next.unit !== null)) continue;
    // "rose from about 20% to 30%": a change's two levels, each with its own qualifier.
    if (/\b(?:rose|risen|rise|fell|fallen|fall|increased|decreased|grew|grown|climbed|dropped|declined|jumped|surged|slipped|cuts?|cutting|raised|lifted|lowered|reduced|shortened|expanded|narrowed|widened|up|down)\b[^,;.]*\bfrom\s+\S+\s+$/i.test(lead)) continue;
    out[i] = { ...next, approx: 'about' };
  }
  return out;
}

/**
 * Capitalised words that may stand before a month without making it part of a name
 * ("On March 5", "Tuesday, March 5", "Early May"); any other capitalised word directly
 * before a month name makes it one ("Long March 5" is a rocket, "Arab Spring"-style names).
 */
/** A month's name written in full ("May" too), as against its short form (Jun, Sept). */
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const BEFORE_MONTH = /^(?:On|In|By|From|Since|Until|Till|Before|After|Through|Throughout|The|Early|Late|Mid|Last|Next|This|Of|And|To|At|Between|During|Since|Each|Every|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "after 10 p.m." (22时以后), "before 8 a.m." (8时以前): the side of the hour a time lies on, as the Chinese says it. */
function clockSide(text: string, at: number): { approx?: Approx } {
  const before = text.slice(Math.max(0, at - 8), at);
  if (/\b(?:after|past|beyond)\s+$/i.test(before)) return { approx: 'over' };
  if (/\bbefore\s+$/i.test(before)) return { approx: 'under' };
  return {};
}

function insideName(text: string, at: number): boolean {
  const prev = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, at - 24), at));
  return prev !== null && !BEFORE_MONTH.test(prev[1]!);
}

// The first end may have thousands commas ("between 4,000 and 6,000 yuan").
// ("between five and 15 years": a spelled first end too, where the second is in digits.)
const BETWEEN_AND = new RegExp(`(\\bbetween\\s+(?:(?:[^\\s,;]|,(?=\\d{3}))*\\d(?:[^\\s,;]|,(?=\\d{3}))*|${WORD})(?:\\s+(?:hundred|thousand|million|billion|trillion))?) and (?=\\S*\\d)`, 'gi');

function isYear(raw: string): boolean {
  return /^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100;
}

/** "consecutive years" → year, "-day" → day: the duration unit a suffix names. */
function durationUnit(unitRaw: string): string {
  return unitRaw.replace(/^(?:consecutive|straight|successive|running)\s+/, '').replace(/^[- ]/, '').replace(/s$/, '');
}

/** The bare figures of a list before one of its later items: "5, 20 and " before 30, "5, " before 20. */
const LIST_BEFORE = /(?<![\d.,])\d[\d.,]*%?(?:\s*,\s*\d[\d.,]*%?)*(?:\s*,?\s+(?:and|or)\s+|\s*,\s*)$/;

function qualifierBefore(text: string, start: number): Approx {
  // "below 5, 20 and 30 milligrams … respectively": a qualifier before a list of figures that
  // share one unit holds for each. Without "respectively" a list may qualify its first figure only
  // ("more than 30% and 18.7%").
  const list = /\brespectively\b/i.test(text) ? LIST_BEFORE.exec(text.slice(Math.max(0, start - 60), start)) : null;
  if (list) {
    const first = start - list[0].length;
    const own = qualifierBefore(text, first);
    if (own !== null) return own;
  }
  // "around minus 3°C": the sign is no qualifier and stands between.
  const before = text
    .slice(Math.max(0, start - 40), start)
    .replace(/(?:\b(?:minus|negative)\s+|(?<=\s)[-−–])$/i, '')
    // "at least another 2,000 hectares", "more than a further 30": the bound is on the figure.
    .replace(/\b(?:another|an additional|a further|an extra)\s+$/i, '')
    // "about a 19% higher risk": the article stands between the qualifier and its figure.
    .replace(/\b(about|around|roughly|nearly|almost|some)\s+an?\s+$/i, '$1 ');
  // "11 kg more than three years ago", "23 more than a year earlier", "19 percentage points more
  // than five years ago": a comparison of the figure before, not a qualifier on this one.
  // (A decade, "the 1990s more than doubled", is no figure compared.)
  const comparison = /(?<![A-Za-z\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?:\s*%)?\s+(?:percentage\s+points?\s+|([A-Za-z]+)\s+)?(?:more|less|fewer|higher|lower)\s+than\s+$/i.exec(before);
  // ("April 6 after more than 420 games": a word that joins on a new phrase ends the comparison.)
  // ("By June 18 more than 99%": the day of a date is no figure compared.)
  // ("310 while more than doubling", "27.4% spent more than two hours": a verb or a conjunction opens a new phrase too.)
  if (comparison && !/^(?:up|down|rose|fell|grew|by|to|from|in|of|and|or|was|were|is|are|year|years|after|before|since|until|with|at|on|for|while|whilst|but|as|so|yet|when|spent|spend|spends|had|have|has|got|get|gets|took|take|takes|made|make|makes|paid|pay|pays|used|use|uses|needed|need|needs|saw|see|sees)$/i.test(comparison[1] ?? '') &&
    // ("launched on September 1 sold more than 2,100 copies" likewise, whatever word follows the day.)
    !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$/.test(before.slice(0, comparison.index))) return null;
  // "capping single prepaid cards at 5,000 yuan and three years": a cap on what follows "at", and on
  // the figures listed with it.
  if (/\bcap(?:s|ped|ping)?\s+(?:[\w-]+\s+){0,5}at\s+(?:(?:[^,.;]|[,.](?=\d)){0,24}\s+(?:and|or)\s+)?$/i.test(text.slice(Math.max(0, start - 90), start))) return 'at_most';
  // "units smaller than 90 square metres", "towns larger than 100,000 people": a bound, as 以下/以上.
  // "deeper than 3,500 m" is 埋深3500米以下 read as the depth it is (more than the figure).
  const size = /\b(?:(no|not)\s+)?(smaller|shorter|lower|cheaper|younger|shallower|larger|bigger|longer|older|wider|taller|deeper|higher)\s+than\s+$/i.exec(before);
  // "30% cheaper than three years ago": the figure compared is the price then, not a bound on the span.
  if (size && /^\S+(?:\s+\S+)?\s+(?:ago|earlier|before)\b/i.test(text.slice(start, start + 40))) return null;
  if (size) {
    const below = /^(?:smaller|shorter|lower|cheaper|younger|shallower)$/i.test(size[2]!);
    // "thermostats set no lower than 26 degrees" (不低于26摄氏度): a floor, not a figure under it.
    if (size[1] !== undefined) return below ? 'at_least' : 'at_most';
    return below ? 'under' : 'over';
  }
  // "raise the minimum playing time from 45 to 60 minutes" (由至少45分钟提高到60分钟): the minimum it was.
  // ("the monthly minimum will rise from 1,700 yuan" is a minimum wage, a level of its own.)
  if (/\bminimum\s+(?:[a-z-]+\s+){0,2}(?:time|age|score|standard|requirement|threshold|period|hours|length|stay)\b[^,.;]{0,40}\bfrom\s+$/i.test(text.slice(Math.max(0, start - 90), start))) return 'at_least';
  // "outside the required range of 0 to 8 degrees" (超出0至8摄氏度的规定范围): past the range, as the source's 超出 reads.
  if (/\boutside\s+(?:the|a|its|their)\s+(?:[a-z-]+\s+){0,2}range\s+of\s+$/i.test(before)) return 'over';
  // "under the age of 60" (60岁以下), "over the age of 65": a bound on an age.
  const age = /\b(under|below|over|above)\s+the\s+age\s+of\s+$/i.exec(before);
  if (age) return /^(?:under|below)$/i.test(age[1]!) ? 'under' : 'over';
  // "remained above the alert line of 10" (高于10的警戒线), "fell below the safety line of seven days": past the level a
  // line is drawn at, as the source's 高于 and 低于 read.
  // ("below the seven-day safety line", "above the five-day safety alert line": the line named by its figure.)
  const line = /\b(above|over|below|under)\s+(?:the|an?|its|their)\s+(?:[a-z-]+\s+)?(?:line|threshold|mark)\s+of\s+$/i.exec(before) ??
    (/^[\w.,]*(?:[- ][a-z]+)?\s+(?:[a-z]+\s+){0,2}(?:line|threshold)\b/i.test(text.slice(start, start + 40)) ? /\b(above|over|below|under)\s+(?:the|an?|its|their)\s+$/i.exec(before) : null);
  if (line) return /^(?:below|under)$/i.test(line[1]!) ? 'under' : 'over';
  // "crossing the 60% mark for the first time" (超六成): past the figure a milestone names.
  if (PASSED_THE_BEFORE.test(before) &&
    /^[\d,.]+\s*(?:%|percent|per cent)?\s*(?:mark|threshold|barrier|level|line)\b/i.test(text.slice(start, start + 30))) return 'over';
  // "a third less than two years ago", "30% more than in 2023": a comparison the figure is the other side of,
  // no bound on it.
  if (/(?:\d\s*%|\bper\s?cent|\b(?:a|one|two)[- ](?:half|third|quarter|fifth|tenth)s?|\bhalf|\btimes)\s+(?:less|more|fewer)\s+than\s+$/i.test(before)) return null;
  const m = QUAL_BEFORE.exec(before);
  if (!m) return null;
  const q = m[0].trim().toLowerCase();
  // "under 25-year concessions": a preposition before a hyphenated term, no bound on it.
  if (q === 'under' && /^\d+-(?:year|month|day|week)\b/i.test(text.slice(start, start + 12))) return null;
  if (q === 'below' && isDepthBelow(text, start)) return 'over';
  if (/^(about|around|roughly|approximately|approx\.|some|an estimated)$/.test(q)) return 'about';
  if (/^(nearly|almost|close to|approach(?:es|ed|ing)|just under|less than|fewer than|finer than|thinner than|smaller than|younger than|under|below)$/.test(q)) return 'under';
  // "passed/topped/surpassed 12,000" is 突破1.2万: over the figure.
  if (/^(more than|over|above|beyond|in excess of|upwards of|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|pass(?:es|ed|ing)?|past|just over)$/.test(q)) {
    // "may not be sold for more than 2,450 yuan", "must not exceed": a negated "more than" is a ceiling (不得超过).
    // The ceiling carries through a list that leaves the verb out ("…, diammonium phosphate for more than 3,900 yuan").
    const sentence = text.slice(0, start).split(/[.;!?](?:\s|$)|\bbut\b/).at(-1) ?? '';
    return NEGATED_MORE_THAN.test(sentence) ? 'at_most' : 'over';
  }
  if (/^(at least|no less than|no fewer than|a minimum of|minimum of)$/.test(q)) return 'at_least';
  // "called 110 as many as 1,860 times" (达1860次) stresses how large a count is; "could be as many
  // as" makes it a ceiling, and "fall by as much as 93%" is the most of several.
  if (q === 'as many as' && !/\b(?:could|may|might|can|would|will)\b(?:\s+[a-z]+){0,3}\s+as\s+many\s+as\s+$/i.test(before)) return null;
  // "13 age groups, from 25-29 up to 85-89": the far end of what "from" opens, no ceiling on it.
  if (q === 'up to' && /\bfrom\s+[^\s,;]+\s+up\s+to\s+$/i.test(before)) return null;
  return 'at_most'; // up to, at most, no more than, capped at, a maximum of, as much as, as many as after a modal
}

/** A change by an amount: "rose by", "was cut by", "increased by". */
const CHANGE_BY_BEFORE = /\b(?:rose|risen|rising|increased?|increasing|grew|grown|growing|climbed|jumped|added|raised|fell|fallen|dropped|declined|decreased?|cut|reduced|lowered)\s+by\s+$/i;

/** A length right at the figure: "3,500 metres", "6,000 m". */
const LENGTH_AT = /^[\d,.]+\s*(?:m|metres?|meters?|km|kilometres?|kilometers?)\b/i;
/** Words that make a sentence speak of depth. */
const DEPTH_WORDS = /\b(?:depths?|deep|deeper|underground|buried|burial|beneath|subsurface|seabed|sea ?floor|hadal|trench)\b/i;

/**
 * "shale gas buried below 3,500 metres", "at depths below 6,000 m": below a depth is deeper, more
 * than the figure, as the extractor reads 埋深3500米以下 in a sentence about the deep. Elsewhere
 * "below 3 metres" stays a bound under the figure.
 */
function isDepthBelow(text: string, start: number): boolean {
  if (!LENGTH_AT.test(text.slice(start))) return false;
  const from = Math.max(...['. ', '; ', '! ', '? '].map((c) => text.lastIndexOf(c, start)));
  const to = text.slice(start).search(/[.;!?](?:\s|$)/);
  return DEPTH_WORDS.test(text.slice(Math.max(0, from), to < 0 ? text.length : start + to));
}

/**
 * A number that is part of a name: glued to letters (H20, Computex2025, 4090Ti), after an
 * all-capital code word or a mixed code (RTX 4090, iOS 18, BR 100), or a document number (No. 16).
 */
function isNameNumber(text: string, numStart: number, start: number, end: number, matched: string): boolean {
  const before = text[numStart - 1] ?? '';
  const hasCurrency = numStart !== start;
  if (!hasCurrency && /[A-Za-z0-9_]/.test(before)) return true;
  // A word, a hyphen, then digits is a designation (Chang'e-6, Shenzhou-20, COVID-19), not a figure.
  if (!hasCurrency && before === '-' && /[A-Za-z]['’]?[A-Za-z]*$/.test(text.slice(Math.max(0, numStart - 12), numStart - 1))) return true;
  // "5-dan", "9-dan professional": a Go player's rank, as 五段 is a grade, not a count.
  if (/^-dan\b/i.test(text.slice(end))) return true;
  // A letter, a slash, then digits is a class (the J/80 keelboat), as J/80级 is.
  if (!hasCurrency && before === '/' && /(?:^|[^A-Za-z])[A-Za-z]$/.test(text.slice(Math.max(0, numStart - 3), numStart - 1))) return true;
  const after = text[end] ?? '';
  if (/[A-Za-z0-9]/.test(after) && !/\s$/.test(matched)) return true;
  if (hasCurrency) return false;
  // The "6.08" case (“6·08”案): a number quoted alone before "case" or "operation" names it.
  if (/["“]$/.test(before) && QUOTED_CASE_AFTER.test(text.slice(end))) return true;
  // "Yulin No.1 Hospital": a number glued to "No." names the thing.
  if (/\bNo\.$/.test(text.slice(Math.max(0, start - 4), start))) return true;
  const prev = /(\b[A-Za-z][A-Za-z0-9./]*)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  if (prev) {
    const word = prev[1]!;
    // "No. 16" and "No 10" are document numbers; lower-case "no" without a dot is the
    // determiner ("no more than", "no 3 million years") and must stay a figure.
    if (/^(?:No\.|no\.|No)$/.test(word)) return true;
    // "type 2 diabetes", "phase 3 trial", "pad 2": a designation, as 2型 and 二期 are names of kinds.
    if (/^(?:type|phase|class|category|grade|gate|pad|platform|berth|batch|force)$/i.test(word)) return true;
    const currencyOrCommon = /^(US|USD|RMB|CNY|HKD|EUR|GBP|JPY|CEO|CFO|AI|GDP|Q[1-4]|FY)$/.test(word);
    // GB/T 27689-2011, ISO/IEC 27001: a standard's number.
    if (!currencyOrCommon && (/^[A-Z]{2,}$/.test(word) || /^[A-Z]+\/[A-Z]+$/.test(word) || /[a-z][A-Z]/.test(word) || /^[A-Z]+\d/.test(word))) return true;
  }
  return false;
}

/** "sharing the cost", "split": a split in parts follows. */
const SPLIT_BEFORE = /\b(?:shar(?:e|es|ed|ing)|split(?:s|ting)?)\b[^.;]{0,40}$/i;
/** The one-character fractions a whole number may carry (1¾). */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };
/** A plural noun right after a number ("23 companies had applied"), not a word that may follow a date (this, was, days). */
const PLURAL_NOUN_AFTER = /^\s+(?!(?:as|was|is|has|this|its|his|plus|across|versus|less|unless|thus|always|perhaps|towards|afterwards|besides|days|weeks|months|years|hours|minutes|seconds)\b)[a-z]{2,}s\b/;

/** What follows a quoted number or date that names a case: the "6.08" case, the "May 17" operation. */
const QUOTED_CASE_AFTER = /^["”]\s+(?:[a-z-]+\s+){0,3}(?:case|operation|campaign|incident|project|plan)\b/i;

/** "946 AD", "1143 CE": the era after a year. */
const ERA_AFTER = /^\s?(?:AD|A\.D\.|CE)\b/;

/** Capitalised words a bare figure may follow without being part of a name ("In 2024", "About 40", "Since 2020"). */
const NOT_NAME_WORDS = new Set(
  'in on at by for from to of since until till before after through during between about around over under above below nearly almost some only just the a an and but or with without within roughly approximately than like per each every all another more less fewer up down last next this that these those its their his her our even also still total top'.split(' '),
);
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function afterNameWord(text: string, start: number): boolean {
  const prev = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 24), start));
  if (!prev || NOT_NAME_WORDS.has(prev[1]!.toLowerCase())) return false;
  // A month before a number is a date unless it is itself inside a name (Long March 5).
  if (MONTH_WORD.test(prev[1]!)) return insideName(text, start - prev[0].length);
  return true;
}

function parseNumber(raw: string): number {
  const s = raw.trim().toLowerCase();
  if (/\d/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === 'a' || s === 'an') return 1;
  const [tens, ones] = s.split('-');
  const t = SMALL[tens ?? ''];
  if (t === undefined) return Number.NaN;
  return t + (ones ? SMALL[ones] ?? Number.NaN : 0);
}

function scaleOf(raw: string | undefined): number {
  if (raw === undefined) return 1;
  return SCALES[raw.trim().toLowerCase()] ?? 1;
}

function currencyOf(prefix: string | null, suffix: string | null): string | null {
  const p = prefix?.replace(/\s/g, '').toUpperCase() ?? '';
  const s = suffix?.trim().toLowerCase() ?? '';
  if (p === 'HK$' || p === 'HKD' || /hong kong|hk/.test(s)) return 'HKD';
  if (p === 'NT$' || /taiwan/.test(s)) return 'TWD';
  if (p === 'S$' || p === 'SGD' || /singapore/.test(s)) return 'SGD';
  if (p === 'A$' || p === 'AUD' || /australian/.test(s)) return 'AUD';
  if (p === 'C$' || p === 'CAD' || /canadian/.test(s)) return 'CAD';
  if (p === 'NZ$' || /new zealand/.test(s)) return 'NZD';
  if (p.startsWith('MOP') || /pataca|maca[ou]/.test(s)) return 'MOP';
  if (p === 'RUB' || /r[ou]u?bles?/.test(s)) return 'RUB';
  if (p === 'INR' || /rupee/.test(s)) return 'INR';
  if (p === 'THB' || /baht/.test(s)) return 'THB';
  if (p === 'MYR' || /ringgit/.test(s)) return 'MYR';
  if (/dong/.test(s)) return 'VND';
  if (/reais/.test(s)) return 'BRL';
  if (/rand/.test(s)) return 'ZAR';
  if (/lira/.test(s)) return 'TRY';
  if (/peso/.test(s)) return 'MXN';
  if (p === 'RMB' || p === 'CNY' || p === '¥' || /yuan|renminbi|rmb/.test(s)) return 'CNY';
  if (p === '€' || p === 'EUR' || /euro/.test(s)) return 'EUR';
  if (p === '£' || p === 'GBP' || /pound/.test(s)) return 'GBP';
  if (p === 'JPY' || /yen/.test(s)) return 'JPY';
  if (p === 'KRW' || /won/.test(s)) return 'KRW';
  if (p === 'CHF' || /franc/.test(s)) return 'CHF';
  if (p.includes('$') || p === 'USD' || /dollar/.test(s)) return 'USD';
  return null;
}

function isoDate(year: string | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
}

/** 17.1 × 1e9 is 17100000000.000002 in binary floating point; figures never need 12+ digits. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
