/**
 * The quantity scanner: one pass of one compiled regex over the text finds every
 * number core (arabic, Chinese or mixed), and small sticky regexes read what stands
 * right before and after it (qualifier, currency, unit, range). Nothing is compiled
 * per call and no position is scanned twice, so the cost is linear in the text.
 *
 * Numbers are read from the characters, never from jieba tokens: jieba splits
 * 一点七八万亿美元 into pieces that no longer add up.
 */
import type { Approx, FactKind } from '../../types.js';
import { dailyAverage } from './daily-average.js';
import { findMeasures } from './find-measures.js';
import { parseChineseNumber, CN_DIGITS, normalizeDigits, shiftDecimal } from './parse-chinese-number.js';
import { pricePer } from './price-per.js';
import { isAgeUnit, type QuantityMatch, type QuantityOptions } from './quantity-match.js';
import { renderQuantityEn, type RenderContext } from './render-quantity-en.js';
import units from './units.json' with { type: 'json' };
import { recentScans } from '../../util/recent-scans.js';

const D = '0-9０-９';
const CN_D = '零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖廿卅';
const CN_U = '十拾万萬亿億';
const ARNUM = `[${D}]+(?:[,，][${D}]{3}(?![${D}]))*(?:[.．][${D}]+)?`;
// 百 is a numeral except in 百分之 / 百分点, and 千 except in 千米/千克/千瓦/千伏/千帕/千升: units of their own.
const CNCH = `[${CN_D}${CN_U}]|[百佰](?!分[之点])|[千仟](?![米克瓦伏帕升])|[点點](?=[${CN_D}${D}])`;
// A core never starts with 点: in 低点1.60% the 点 belongs to 低点, and 点1.60 parses to nothing.
const CNCH_HEAD = `[${CN_D}${CN_U}]|[百佰](?!分[之点])|[千仟](?![米克瓦伏帕升])`;
// A number never starts on a Chinese numeral with digits right after it: in 余阿四8年前 the 四 ends a name.
const CORE = `(?:${ARNUM}|(?:${CNCH_HEAD})(?![${D}]))(?:${ARNUM}|${CNCH})*`;
/** Every number core in a text, and the 百分之/千分之/万分之 prefixes. */
const NUM_RE = new RegExp(`([百千万萬]分之)|(${CORE})`, 'gu');
/** The same core, anchored: reads the second number of a range or a fraction. */
const CORE_Y = new RegExp(CORE, 'uy');

type UnitKind = FactKind | 'special';
interface UnitInfo {
  readonly kind: UnitKind;
  readonly unit: string;
}

/** Units and markers that change the kind rather than name a unit. */
const SPECIAL_UNITS = [
  '%', '％', '个百分点', '百分点', '成', '倍', '番', '分之', '季度', '财年', '财政年度', '财季',
  '年', '月', '日', '号', '块钱', '块', '个亿', '个万', '个基点', '分钱', '角钱', '毛钱', '毛',
];

const UNIT_TABLE: ReadonlyMap<string, UnitInfo> = (() => {
  const table = new Map<string, UnitInfo>();
  for (const k of Object.keys(units.classifier)) table.set(k, { kind: 'count', unit: k });
  for (const [k, v] of Object.entries(units.duration)) table.set(k, { kind: 'duration', unit: v });
  for (const [k, v] of Object.entries(units.measure)) table.set(k, { kind: 'measure', unit: v });
  for (const [k, v] of Object.entries(units.currency)) table.set(k, { kind: 'money', unit: v });
  for (const k of SPECIAL_UNITS) table.set(k, { kind: 'special', unit: k });
  // 每服务1小时可获得10个积分: a reward scheme's points, written in English as a score's are.
  for (const k of ['积分', '个积分', '積分', '個積分']) table.set(k, { kind: 'count', unit: '分' });
  return table;
})();

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** All units, longest first, so 个百分点 wins over 个 and 美元 over 元. */
const UNIT_RE = new RegExp(
  `(?:${[...UNIT_TABLE.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`,
  'uy',
);
/**
 * Characters that can follow a number that is a figure (a unit's first character, 余,
 * a range connector, a space). A Chinese-numeral core followed by anything else (一些,
 * 三星, 千行百业) is dropped before any further work: most cores in running text are such words.
 */
const FOLLOWERS: ReadonlySet<string> = new Set([
  ...[...UNIT_TABLE.keys()].map((k) => k[0] ?? ''),
  ...'余多至到~～〜-－—–（( 个',
]);
/** A unit must not run into a word it merely starts: 两位数, 三周年, 三年级, 二手. */
const UNIT_BLOCKERS: Readonly<Record<string, RegExp>> = {
  位: /^数/u, 周: /^[年岁]/u, 年: /^[级代]/u, 天: /^[津然]/u, 股: /^[东份票权市价]/u,
  处: /^[理罚长]/u, 起: /^[诉来草步]/u, 部: /^[分长]/u, 只: /^[有是要能]/u,
  成: /^[本员立长果功就交为绩熟都型品效是会要不了]/u, 本: /^土/u, 台: /^湾/u, 名: /^[义字]/u,
  米: /^[兰饭]/u, 克: /^[隆服]/u, 升: /^[级值温]/u,
  // 三轮车, 两轮电动车, 四轮驱动 name vehicles by their wheels; 三轮谈判 counts rounds.
  轮: /^[车車驱驅摩电電]/u,
  // 3单元 is a flat's entrance, 单位/单价/单日 are words; 186万单 counts orders.
  单: /^[元位价價独獨据據词詞项項品方身日]/u, 羽: /^[毛绒絨翼球]/u,
  // 零部件 and 零件 are components, not "zero units" (see the 零 check in simple()).
  尾: /^[盘盤声聲款数數部号號气氣巴端随隨]/u, 株: /^洲/u, 人份: /^额/u, 枝: /^[条條头頭叶葉节節]/u, 册: /^子/u,
  // 80万副 counts pairs (of glasses, gloves); 副市长, 副总经理, 副作用 are no count of them.
  副: /^[市县縣区區省镇鎮乡鄉村总總主院部局书書教秘会會司处處科组組队隊厂廠校所馆館作食产產高中标標本业業]/u,
  // 45身彩塑 counts statues; 身份, 身体, 身高 are words. 36胜6负 is a record; 四胜制, 负责, 负增长 are not.
  身: /^[份體体高材边邊上心价價亡后後旁患穿处處]/u, 胜: /^[制利地任出诉訴券算率]/u, 勝: /^[制利地任出訴券算率]/u,
  负: /^[责債债担擔荷面数數值号號载載重增]/u, 負: /^[責債擔荷面數值號載重增]/u,
  // 三人篮球 and 五人制足球 name a game by its side's size (3x3 basketball); 三人获奖 counts people.
  人: /^(?:篮球|籃球|制|足球赛|排球赛)/u,
};
/**
 * The denominators of a compound measure: 立方米每秒 is a flow (m3/s), 公里/小时 and 每小时78公里 a
 * speed (km/h), 每千克165瓦时 an energy density (Wh/kg), 每平方米约10兆瓦 a heat load (MW/m2). Read
 * alone, the first unit turns a rate into a volume or a distance: the worst misreading there is.
 */
const RATE_UNITS: Readonly<Record<string, string>> = units.rate;
const RATE_ALT = Object.keys(RATE_UNITS).sort((a, b) => b.length - a.length).map(escapeRe).join('|');
/** "/" and any denominator of the table, or 每 and a time, mass or area (每年 after a unit may start a new phrase). */
const RATE_AFTER_RE = new RegExp(`[/／](${RATE_ALT})(?![A-Za-z])|每(秒钟|秒|小时|小時|分钟|分鐘|千克|公斤|平方米)`, 'uy');
/** A "/" joining a unit to another word the table does not know (5吨/手): half a compound. */
const UNKNOWN_RATE_RE = /[/／][^\s0-9０-９，。；：、！？,.;:!?（）()]/uy;
/** 每秒45立方米, 每小时可处理鲜虾5吨, 每亩约330公斤: 每 and a denominator before the figure, a few words between at most. */
const RATE_BEFORE_RE = /每(秒钟|秒|小时|小時|分钟|分鐘|千克|公斤|平方米|亩|畝)[^\s0-9０-９，。；：、！？,.;:!?每]{0,8}$/u;
/** A count's denominator in its English ("about 40,000 stems per mu"): a measure shows it as a symbol (kg/mu). */
const RATE_EN: Readonly<Record<string, string>> = {
  s: 'second', h: 'hour', min: 'minute', kg: 'kg', m2: 'square metre', m3: 'cubic metre', L: 'litre', yr: 'year', d: 'day', mu: 'mu',
};
const LATIN_UNITS = new Set([
  'km', 'kg', 'nm', 'mm', 'cm', 'dpi', 'GW', 'MW', 'kW', 'kWh', 'GWh', 'TWh', 'TB', 'GB', 'MB', 'PB', 'EB', 'ZB', 'EFLOPS', 'PFLOPS', 'TFLOPS', 'TEU',
]);
/**
 * 1.2万P, 算力达500P: P is computing power in PFLOPS (每秒千万亿次浮点运算) when the figure has a
 * 万/亿 magnitude or its clause speaks of 算力; 1080P (a resolution) and 1.5P空调 stay codes.
 */
const COMPUTE_CLAUSE_RE = /算力|智算|超算|计算能力/u;
/** What may stand between PUE and its value: a closing bracket (电能利用效率（PUE）), 值, a verb. */
const PUE_BEFORE_RE = /PUE[）)]?\s?值?(?:设计值)?(?:为|約為|约为|达到|降至|降到|控制在|仅为|僅為)?$/u;
const COMPUTE_POWER: UnitInfo = { kind: 'measure', unit: 'PFLOPS' };
/**
 * 场均得到24.6分, 得分97.3分，较上赛季提高1.8分, 以9.76分夺冠 (以累计21分的最低积分), 随后连得4分, 等级分涨了80多分 (a chess
 * rating): 分 as points, where the sentence speaks of scoring.
 * Elsewhere 分 is a minute (10时30分), a cent, a part (分之) or starts a word (分公司, 分红), so
 * only a 分 that closes its phrase counts, and never after 时 or 点.
 */
const SCORING_RE = /得分|得到|连得|連得|等级分|等級分|拿到|扣|自由滑|短节目|夺冠|奪冠|亚军|亞軍|季军|季軍|满意度|滿意度|測評|测评|場均|场均|拿下|砍下|贡献|貢獻|狂砍|评分|評分|打分|总分|總分|满分|滿分|分数|分數|平均分|比分|积分|積分|考了|考出|成绩|成績|[积積](?:逾|超过?|近|约|約)?$|领先|領先|落后|落後|相差|(?<![所可难])以(?:累计|累計)?(?:逾|超过?|近|约|約)?$/u;
const POINTS_AFTER_RE = /^分(?:$|[，。；、！？,.;!?）)\s]|以上|以下|左右|之多|的|和|及|与|與|或|夺|奪|获|獲|摘|位|居|排|屈|列|领|領|并|並|计入|計入|高出|高於|高于|低于|低於|领先|領先|落后|落後|之差|创|創|完成|逆转|逆轉|反超|扳平|锁定|鎖定|[0-9]{1,2}个?(?:篮板|助攻|抢断|盖帽))/u;
const POINTS: UnitInfo = { kind: 'count', unit: '分' };
/** 指数为97.8点: an index and its points (not 8点, a clock time, nor 3点 of a list). */
const INDEX_RE = /指数|点位|收于|报收|收报|综指|成指/u;
const INDEX_POINTS_AFTER_RE = /^[点點](?:$|[，。；、！？,.;!?）)\s]|以上|以下|左右|和|及|与|與|，)/u;
const INDEX_POINTS: UnitInfo = { kind: 'count', unit: '点' };
/** 平均糖度达到13.5度, 甜度在16度以上: 度 of sugar content (or sweetness) is degrees Brix; elsewhere 度 is kWh, °C, an angle or proof. */
const SUGAR_RE = /糖度|含糖量|甜度/u;
const BRIX: UnitInfo = { kind: 'measure', unit: '°Bx' };
/** Cobb角超过40度, 位移超过15度, 9个近90度的急弯: 度 of an angle, where the clause speaks of one (or of a bend). */
const ANGLE_RE = /(?:Cobb|夹|倾|仰|俯|转|偏|坡)角|角度|坡度|倾斜|位移|偏转|旋转|偏移|弯/u;
const ANGLE: UnitInfo = { kind: 'measure', unit: '°' };
/** 600度以上的高度近视, 近视度数300度: a spectacle prescription's degrees (hundredths of a dioptre), as English writes them. */
const PRESCRIPTION_RE = /近视|远视|散光|度数|镜片|老花/u;
/** 最高气温达到38度: 度 of heat, where the clause speaks of a temperature (not 用电量120亿度). */
const TEMPERATURE_RE = /气温|温度|水温|体温|室温|地温|高温|低温|降温|升温/u;
const CELSIUS: UnitInfo = { kind: 'measure', unit: '°C' };
/**
 * 建于1368年, 公元960年, 金皇统三年（1143年） (not 大于1000年, 相当于300年, nor 公元前562年, a year
 * before the era): what makes an old N年 a year, not a span.
 */
const OLD_YEAR_BEFORE_RE = /(?:(?<![大小多少长短高低等当至由对关超])于|公元|年[（(])$/u;
/** 色温2700K至6500K: a colour temperature in kelvin (not a code like K12). */
const COLOUR_TEMPERATURE_RE = /色温/u;
const KELVIN: UnitInfo = { kind: 'measure', unit: 'K' };
/** 72支箭683环, 打出10环: rings scored in archery and shooting. */
const RINGS_CONTEXT_RE = /箭|射击|射箭|枪|靶|环数/u;
const RINGS: UnitInfo = { kind: 'count', unit: '环' };
/**
 * 4钱至6钱规格的中虾, 9钱以上大虾: 钱 (5 g, a tenth of a 两) grades crayfish and fish by weight.
 * Only after digits and where the sentence sizes seafood: money is 块钱 or 元钱, never a bare 钱.
 */
const SIZE_GRADE_RE = /规格|規格|个头|個頭|只重|虾|蝦|蟹|鱼|魚/u;
const QIAN: UnitInfo = { kind: 'measure', unit: 'qian' };
/**
 * 场均送出7.9次助攻, 户均2.5人, 每亩0.5个 (a density): an average or a rate may have a fraction, a plain count may not.
 * Looked for in the sentence up to the figure: 每千人口注册护士数为3.6人，计划到2027年提高到4.2人以上.
 */
const AVERAGE_RE = /场均|場均|平均|人均|户均|戶均|日均|每场|每場|密度|每[亩畝人户戶]|每平方(?:米|公里)|每公顷|每[百千万](?:人|户|平方米)/u;
/**
 * 2小时08分31秒, 2分11秒05, 52分18.6秒, 47秒12, 40秒512 and 52秒3: hours, minutes, seconds and hundredths (or tenths,
 * or, in short track and luge, thousandths) of a race time (see raceTime).
 */
const RACE_TIME_RE =
  /(?:(?<h>[0-9０-９]{1,2})小时)?(?<m>[0-9０-９]{1,2})分(?:(?<s>[0-9０-９]{1,2})秒(?:(?<cs>[0-9０-９]{1,3})(?![0-9０-９]))?|(?<sd>[0-9０-９]{1,2}[.．][0-9０-９]{1,3})秒)|(?<s2>[0-9０-９]{1,3})秒(?<cs2>[0-9０-９]{1,3})(?![0-9０-９.．])/uy;

/** The denominator after a range's first end (200元/吨至…), written again after the second. */
const PER_BEFORE_CONNECTOR_RE = /^[/／][^\d/／至到~～—－-]{1,3}(?=[至到~～—－-])/u;

/** “00后”, 95后: a generation by the years of its birth (see generation). */
const GENERATION_RE = /([0-9]{2})[后後](?![0-9０-９天年月日周期半])/uy;

/** 4米78, 1米75: metres, then two digits of centimetres (see metresCentimetres). */
const METRES_CENTIMETRES_RE = /([0-9０-９])米([0-9０-９]{2})(?![0-9０-９.．%％])/uy;

/** 6小时12分, 3个小时20分钟: hours and minutes, one duration (372 minutes); read apart, 6小时 alone is wrong. */
const HOURS_MINUTES_RE =
  /([0-9０-９]{1,2}|[一二两兩三四五六七八九十]{1,3})[个個]?小[时時]([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})分(?:钟|鐘)?(?![0-9０-９秒之])/uy;

/** 3万亩的年度计划, 5亿元的全年目标: a figure that is a plan's or a target's level, named right after it. */
const TARGET_PASSED_AHEAD = /^[0-9０-９.．]+[万亿]?[^\s，,。；;的0-9]{0,3}的(?:年度|全年|年|既定|原定)?(?:计划|目标|任务|预期|指标)/u;

const LEFT_QUALIFIERS: ReadonlyMap<string, Approx> = new Map<string, Approx>([
  ['大约', 'about'], ['约合', 'about'], ['约为', 'about'], ['约', 'about'], ['近似', 'about'],
  ['大約', 'about'], ['約合', 'about'], ['約為', 'about'], ['約', 'about'],
  ['逾', 'over'], ['超过', 'over'], ['超過', 'over'], ['超出', 'over'], ['超', 'over'], ['突破', 'over'],
  // 线上销售额突破了5亿元: the verb's 了 leaves it a threshold passed.
  ['突破了', 'over'], ['超过了', 'over'], ['超過了', 'over'],
  // 海外收入首破百亿元: passed for the first time, so more than the figure.
  ['首破', 'over'],
  // 均价首次跌破200美元: fell through the figure, so below it.
  ['跌破', 'under'], ['跌穿', 'under'],
  ['将近', 'under'], ['將近', 'under'], ['接近', 'under'], ['近', 'under'], ['不到', 'under'], ['不足', 'under'],
  // 不满12周岁: not yet 12, under it.
  ['不满', 'under'], ['不滿', 'under'],
  ['不低于', 'at_least'], ['不低於', 'at_least'], ['不少于', 'at_least'], ['不少於', 'at_least'], ['至少', 'at_least'],
  // 跑过不下20遍: no fewer than.
  ['不下', 'at_least'],
  // 订单同比几乎翻番: nearly doubled.
  ['几乎', 'under'], ['幾乎', 'under'],
  ['不超过', 'at_most'], ['不超過', 'at_most'], ['不高于', 'at_most'], ['不高於', 'at_most'],
  // 与灶具的距离不小于0.5米: a distance or size "not less than" (不大于 "not more than").
  ['不小于', 'at_least'], ['不小於', 'at_least'], ['不大于', 'at_most'], ['不大於', 'at_most'],
  ['不多于', 'at_most'], ['不多於', 'at_most'],
  // 每吨不得超过2450元 is a ceiling: a negated 超过 bounds from above, whatever modal stands between.
  ['不得超过', 'at_most'], ['不得超過', 'at_most'], ['不能超过', 'at_most'], ['不能超過', 'at_most'], ['不应超过', 'at_most'],
  ['不應超過', 'at_most'], ['不可超过', 'at_most'], ['不宜超过', 'at_most'], ['严禁超过', 'at_most'], ['不会超过', 'at_most'],
  ['不得低于', 'at_least'], ['不得低於', 'at_least'], ['不能低于', 'at_least'], ['不应低于', 'at_least'], ['不得少于', 'at_least'],
  ['最高', 'at_most'], ['最多', 'at_most'], ['最长', 'at_most'], ['最長', 'at_most'],
  // 回购数量上限为10%: a cap is a ceiling, a floor (下限) a minimum.
  ['上限', 'at_most'], ['下限', 'at_least'],
  // 单日限流8000人次, 每户限购2套: a limit on the figure is a ceiling. (限额 is not: 债务限额2015亿元 is the limit's own size.)
  ['限流', 'at_most'], ['限购', 'at_most'], ['限購', 'at_most'],
]);
// 高于/低于/多于/少于 are comparisons, not qualifiers (gold README): in 均高于50%的临界点 the
// figure is the threshold itself. Only the negated forms (不低于, 不超过) bound a figure.
/** 每吨最高上调300元, 最多增加5000人: a verb of change between the qualifier and the size of the change. */
const CHANGE_VERB = '上调|上調|下调|下調|上涨|上漲|提高|增加|降低|减少|減少|节省|節省|节约|節約';
/**
 * A qualifier may stand a verb away from its figure: 最高补贴2万元, 最高可达410亿港元, 最高可报销90%, 约占三分之一,
 * 来回至少花两天, 至少需要3天, 每个城市至少建设10个. The verbs are few and closed, so 最高温度35度 (a noun between) is not read
 * as "up to".
 */
const LEFT_QUAL_RE = new RegExp(
  `(?:${[...LEFT_QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|')})(?:可达|可達|可至|可报销|可報銷|报销|報銷|可获得|可獲得|可获|可獲|可领取|可領取|达到|達到|达|達|为|為|补贴|補貼|补助|補助|发放|發放|发出|發出|占|佔|可|有|花费|花費|花|需要|需|耗时|耗時|建设|建成|新建|培育|贡献|貢獻|支付|付|种植|種植|栽种|栽種|种|種|栽|${CHANGE_VERB})?$`,
  'u',
);
const QUAL_WORD_RE = new RegExp(`^(?:${[...LEFT_QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'u');
/** What may stand between a qualifier and its figure besides a verb: a noun phrase, or 每 and a unit. */
const NP_CHAR = '[^\\s0-9０-９零〇一二两兩三四五六七八九十百千万萬亿億，。；：、！？,.;:!?（）()“”《》的]';
/**
 * 全国约完成肺移植1050例: "about" before a verb of doing and its object bounds the figure the object is counted by. The
 * verbs are few (a report's tallies), so 约谈 or 约定 never lend a qualifier.
 */
const VERB_OBJECT_QUAL_RE = new RegExp(`(大约|约|約)(?:有|完成|实现|實現|接待|发送|發送|运送|運送|生产|生產|销售|銷售|收治|救治|处理|處理)${NP_CHAR}{1,10}$`, 'u');
/**
 * 约每股36.8港元, 最高每人补贴2000元: a rate's 每 and its unit between qualifier and figure. The unit
 * is at most three characters (每立方米), so the qualifier still sits in the figure's own phrase; 千
 * or 百 after 每 starts the unit or its base (约每千瓦时0.38元, 约每百斤120元), no figure.
 */
const PER_QUAL_RE = new RegExp(
  `(?:${[...LEFT_QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|')})每(?:[百千万]|[0-9]{1,4})?${NP_CHAR}{1,4}(?:每${NP_CHAR}{1,2})?(?:可达|可達|达到|達到|达|達|为|為|补贴|補貼|可)?$`,
  'u',
);
/**
 * A share or a bound of a whole named before 的: 约占全部案件的64%, 不低于预估损失的30%,
 * 上限为已发行股本的10%. Only words that bound or share the figure itself reach across the noun:
 * 超过 and 高于 also compare two figures (增速超过全国平均水平的5.4% gives the average exactly).
 */
const BRIDGE_QUALIFIERS: ReadonlyMap<string, Approx> = new Map<string, Approx>([
  ['约占', 'about'], ['約佔', 'about'], ['約占', 'about'], ['大约占', 'about'], ['约为', 'about'], ['約為', 'about'],
  ['约相当于', 'about'], ['約相當於', 'about'],
  // 不到总面积的百分之一: "less than" a share of a whole. Unlike 超过 it never compares two
  // parties' figures (增速超过全国平均水平的5.4% gives the average exactly).
  ['不到', 'under'], ['不足', 'under'],
  ['不低于', 'at_least'], ['不低於', 'at_least'], ['不少于', 'at_least'], ['不少於', 'at_least'],
  ['不得低于', 'at_least'], ['不得少于', 'at_least'], ['下限为', 'at_least'], ['下限為', 'at_least'],
  ['不超过', 'at_most'], ['不超過', 'at_most'], ['不高于', 'at_most'], ['不高於', 'at_most'],
  ['不得超过', 'at_most'], ['不得超過', 'at_most'], ['上限为', 'at_most'], ['上限為', 'at_most'],
]);
/**
 * The noun before 的 may hold a numeral that is no figure (约占一期产能的六成: phase one). Any figure
 * between has been read already and bounds the search (the scanner's floor): 约为2020年同期的1.5倍
 * stays exact, as the gold records it (fixtures/gold a24).
 */
// Digits may stand inside the noun phrase (约占318线四川段通行车辆的58%): a figure read before it ends the
// search anyway (leftQualifier starts after the last figure).
const BRIDGE_NP_CHAR = '[^\\s，。；：、！？,.;:!?（）()“”《》的]';
const BRIDGE_QUAL_RE = new RegExp(
  `(${[...BRIDGE_QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|')})${BRIDGE_NP_CHAR}{1,12}的$`,
  'u',
);
/** 占比从2021年的不到一半提高到目前的95%: a half (read after the digits) or a change to a level ends what the qualifier bounds. */
const BRIDGE_CROSSES_A_FIGURE = /一半|半数|(?:提高|增加|增长|下降|降低|减少|上升|扩大|缩小)(?:到|至)/u;
/**
 * 约为三年前价格的3倍: a time ago (三年前, 5年前) names whose figure the noun is and is no figure the
 * qualifier bounds; the copula's "about" is the multiple's. Unlike a year (约为2020年同期的1.5倍,
 * exact in the gold), it does not stop the bridge.
 */
const AGO_NP = `(?:[0-9０-９]{1,3}|[一二两兩三四五六七八九十]{1,3})(?:个|個)?(?:年|月|天|日|周|星期)以?前${BRIDGE_NP_CHAR}{0,10}的`;
/** 接近5年前的3倍: "nearly" reaches across a time ago too, as the bridging words do. */
const AGO_BRIDGE_QUALIFIERS: ReadonlyMap<string, Approx> = new Map<string, Approx>([...BRIDGE_QUALIFIERS, ['接近', 'under'], ['将近', 'under'], ['將近', 'under']]);
const AGO_BRIDGE_RE = new RegExp(`(${[...AGO_BRIDGE_QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|')})${AGO_NP}$`, 'u');
/** A qualifier, then the noun of the base a multiple is taken of (接近|去年全年|160万吨的两倍); the base itself follows. */
const BASE_BRIDGE_RE = new RegExp(`(${[...AGO_BRIDGE_QUALIFIERS.keys()].sort((a, b) => b.length - a.length).join('|')})${BRIDGE_NP_CHAR}{1,10}$`, 'u');
/** A multiple (digits or numerals, then 倍) or a share of the base (五分之一, 一半). */
const MULTIPLE_AHEAD_RE = /^(?:(?:[0-9０-９.．]+|[一二两兩三四五六七八九十]{1,3})倍|[二三四五六七八九十]分之[一二三四五六七八九]|一半)/u;
/** After a time ago's unit: 前 or 以前, its noun and 的, then the figure the qualifier before it bounds. */
const AGO_AFTER_RE = new RegExp(`^以?前${BRIDGE_NP_CHAR}{0,10}的(?=[0-9０-９零〇一二两兩三四五六七八九十百千])`, 'u');

/**
 * 签约50个项目, 节约30%, 预约3000人次: 约 closing a word (sign, save, book) is no "about".
 * 合约 (a contract) too, unless 合 ends a word of its own: 折合约48亩 is 折合 + 约.
 */
const YUE_IN_WORD_BEFORE = /[签簽节節预預履违違续續缔締解集简簡公条條制契隐隱婚邀践踐]/u;
const HE_WORD_BEFORE = /[折综綜融混结結复複整组組配联聯]/u;
// 多 is "more than" after a figure (3000多欧元, 3天多), but not where it starts a word: 多个, 多家,
// 多种, 多样, 多少, and 多温区 (multi-temperature: 零下18℃至零下60℃多温区存储).
// 以内 is left to the verifier, which reads it as a soft bound beside the figure (see boundAround).
// 多出 is "more by" (比计划的550个多出36个: 550 is exact), never "more than"; so are 多了 (比去年的16人多了15人) and 多 before a figure
// (比辉县市的241毫米多45毫米). 2136户多子女家庭 is 2,136
// multi-child households: 多子女, 多孩, 多胎, 多元, 多层, 多功能, 多渠道 are words of their own.
// 及以上 / 及以下 include the figure (10千伏及以下), as (含)以上 does; 40吨级以上 is a class and above.
const RIGHT_QUAL_RE = /(?:左右|上下|前后|以上|以下|之多|出头|[（(]含[）)]以上|[（(]含[）)]以下|[及或]以上|[及或]以下|级(?:及)?以上|级(?:及)?以下|多(?![个家种样少温出子孩胎元层功渠方措维式重媒晶边彩地国轮批0-9０-９一二两兩三四五六七八九十]|了[0-9０-９一二两兩三四五六七八九十近约]))/uy;
const RIGHT_QUALIFIERS: Readonly<Record<string, Approx>> = {
  左右: 'about', 上下: 'about', 前后: 'about', 以上: 'over', 之多: 'over', 出头: 'over', 多: 'over', 以下: 'under',
};
/** 埋深3500米以下, 水深6000米以下, 地下500米以下: a length after a word of depth (see isDepth). */
const DEPTH_BEFORE_RE = /(?:埋深|埋藏深度|深度|水深|井深|地下|海底以下|海面以下)(?:在|为|為|达|達|约|約)?$/u;
/** 起 after a price that starts there: 15元起, 20万元起售, 99元起步 (not 起到 "play", 起来). */
const STARTING_PRICE_RE = /^起(?:$|[，。；、！？,.;!?）)\s]|[售步拍投订訂租价價])/u;
/** What may follow a year: 2026年前后, 2020年左右 (not 2026年前, "before 2026"). */
const YEAR_QUAL_RE = /前后|左右/uy;

/** 余/多 between the number and its unit (4000余名, 3000多欧元), optionally before a magnitude (100多万人). */
const BETWEEN_RE = /([余多])([万萬亿億]*)/uy;
const SPACE_RE = /[ \u00a0\u3000]/uy;
const RANGE_RE = /(?:[（(]含[）)])?\s?(?:至|到|~|～|〜|－|-{1,2}|—{1,2}|–)\s?/uy;
const CURRENCY_PREFIX_RE = /(人民币|人民幣|港币|港幣|港元|新台币|新台幣|台币|台幣|美元|美金|欧元|歐元|日元|英镑|英鎊)\s?$/u;
const CURRENCY_PREFIX: Readonly<Record<string, string>> = {
  人民币: 'CNY', 人民幣: 'CNY', 港币: 'HKD', 港幣: 'HKD', 港元: 'HKD', 新台币: 'TWD', 新台幣: 'TWD',
  台币: 'TWD', 台幣: 'TWD', 美元: 'USD', 美金: 'USD', 欧元: 'EUR', 歐元: 'EUR', 日元: 'JPY', 英镑: 'GBP', 英鎊: 'GBP',
};
const SYMBOL_RE = /(US\$|HK\$|NT\$|\$|¥|￥|€|£)$/u;
const SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD', HK$: 'HKD', NT$: 'TWD', $: 'USD', '¥': 'CNY', '￥': 'CNY', '€': 'EUR', '£': 'GBP',
};
/** Numbers that label rather than count: 股票代码600519, 电话010-…, 编号, 许可证号. */
const ID_CONTEXT_RE = /(?:代码|电话|手机|热线|编号|证号|号码|账号|邮编|传真|文号|许可证|身份证|车牌|工号|订单号|尾号|型号|版本)[:：\s]*$/u;
const MONEY_TAIL_RE = /(?:([0-9０-９]|[零一二两三四五六七八九])[角毛])?(?:([0-9０-９]|[零一二两三四五六七八九])分)?钱?(?:整|正)?/uy;
const YEAR_WORD_RE = /(今年|去年|前年|明年|本年|上年)$/u;
const YEAR_OFFSETS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1,
};
const MONTH_DAY_RE = new RegExp(
  `([${D}]{1,2}|[零〇一二三四五六七八九十]{1,3})月(?:([${D}]{1,2}|[零〇一二三四五六七八九十廿卅]{1,3})[日号])?`,
  'uy',
);
/** A day in digits with no 日: 10月22. */
const BARE_DAY_RE = /([0-9０-９]{1,2})(?![0-9０-９.．,，:：%％])/uy;
const MONTH_TAIL_RE = /份?月?(?:底|末|初|中旬|上旬|下旬)?/uy;
const DAY_RE = new RegExp(`([${D}]{1,2}|[零〇一二三四五六七八九十廿卅]{1,3})[日号]`, 'uy');
/**
 * 约占全国进口总量的七成以上, 约占全国的一半以上: a bound written on the figure (以上, 以下) outweighs an
 * 约 lent across the noun before it. A qualifier lent across a noun is the one whose span starts at the
 * figure itself (see leftQualifier).
 */
function boundOutweighsLentAbout(left: { start: number; approx: Approx } | null, figureStart: number, rightWord: string): boolean {
  return left !== null && left.start === figureStart && left.approx === 'about' && (rightWord === '以上' || rightWord === '以下');
}

/** A verb of change right before a figure: 提高, 增加, 上涨, 下降, 减少 … */
const CHANGE_VERB_BEFORE_RE = /(?:提高|提升|增加|增长|增長|上涨|上漲|上调|上調|上升|降低|下降|减少|減少|下调|下調|涨|漲|增|降|减|減)$/u;
/** 前10个月 (or 前10月) after a year: the first N months of it. */
const FIRST_MONTHS_RE = /前([0-9０-９]{1,2}|十[一二]?|[二两兩三四五六七八九])[个個]?月(?![0-9０-９一二三四五六七八九十])/uy;
/** Words of lasting before 近 and a stretch of time, where 近 is "nearly" (历时近3年, 已近三年, 长达近两年). */
const NEARLY_LASTING_BEFORE = /(?:的|历时|歷時|长达|長達|用了|用时|耗时|经过|經過|持续|持續|时隔|時隔|历经|歷經|花了|为期|為期|已|达|達|有|了|用|花|耗|需|要)$/u;

/** What may follow 2024年: 底/末/初/中, 上半年, 第一季度, Q1, 前三季度, 度. */
const YEAR_TAIL_RE = /(年底|年末|年初|底|末|初|中(?![国文外])|度)|(上半年|下半年)|第?([一二三四1-4首])季度|第([一二三四1-4])财季|Q([1-4])(?![0-9A-Za-z])|前([二三两2-3])个?季度/uy;
const QUARTER_TAIL_RE = /第?([一二三四1-4])季度|第([一二三四1-4])财季|Q([1-4])(?![0-9A-Za-z])|前([二三两2-3])个?季度/uy;
const ORDINAL_SUFFIX_RE = /大|名|位|届|轮|期|代|季(?!度)|章|阶段|批|次|个|家|条|款|步|波|集|场|年|天|辆|台|枚|架|艘|座|部|项|针|剂|站|代|任|号线|把手/uy;
/** Relative years and halves, Q1, FY2024, 翻番: temporal and multiple words with no numeral core. */
const REL_RE = /(今年|去年|前年|明年)(年底|年末|年初|底|末|初|上半年|下半年)?|(上半年|下半年)|((?:上一?个?月|本月|下一?个?月)(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号])?)|(?<![A-Za-z0-9])(Q[1-4])(?![A-Za-z0-9])|(?<![A-Za-z])FY ?([12]\d{3})(?![0-9])|(翻番|翻倍|翻了?一番)|(?<![另])(一半|半数(?=以上|以下|左右)|(?<=近|逾|约|約)半数|(?<=过)半(?![年月天日小个])|(?<=超)半数?(?![年月天日小个]))|(上个?季度|本季度|下个?季度)|(?<![上下前后後过過年一两兩二三四五六七八九十多])(半年)(?![度报報末底])/gu;

/** 2025/2026产季, 2024/25赛季 (and 年度 after them): two consecutive years joined by a slash. */
const SEASON_RE = /((?:19|20)\d{2})[/／]((?:19|20)?\d{2})(?![\d/／.．])(?:年度|年)?/uy;
/** The nouns a head count written without a classifier follows: 观看人次4.7亿, 常住人口1200万. */
const COUNT_NOUN_RE = /(?:人次|人数|人口|用户数?|游客|旅客|观众|客流量?)[^\s0-9０-９，。；：、！？,.;:!?（）()]{0,4}$/u;

/** Punctuation that closes a clause, and what may stand before a clause's first word. */
const CLAUSE_END_CH = /^[，。；：、！？,.;:!?）)”」\n]$/u;
const CLAUSE_START_CH = /^[，。；：、！？,.;:!?（(“「\n\s]$/u;
/** What follows 三元 when it names a chemistry or a concept, not a price. */
const CN_YUAN_WORD_RE = /^(?:电|電|材|锂|鋰|正极|前驱|化|论|組|组|素)/u;
/**
 * Words that make a bare 块 the colloquial 元 in their clause: prices, paying, selling, earning.
 * Without one, 块 is a classifier (屏幕, 金牌, 芯片), whatever the size of the number.
 */
const KUAI_MONEY_CONTEXT_RE = /价|元|钱|花了|花费|卖|买|付|赚|挣|薪|工资|收入|租金|房租|费|补贴|奖金|罚|赔|红包/u;
/** A lone financial numeral (着陆场, 伍) is a word: 陆 means land and 伍 a rank unless other numerals join it. */
const LONE_FINANCIAL_RE = /^[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]$/u;
const FINANCIAL_BEFORE_DIGITS = /^[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]+(?=[0-9０-９])/u;
/** Before 一年/一天: 上一年, 同一天, 每一天, 这一年 are no figures. */
const ONE_DURATION_BLOCK_BEFORE = /[上下这這那同每哪某当當整全另单單唯头頭首末逐第任统統]/u;
/** After 一年: 一年一度, 一年四季, 一天到晚, 一年级 are idioms. */
const ONE_DURATION_BLOCK_AFTER = /^(?:一|到|四季|级|級|多|半)/u;
/** 2025-04-28, 2025/4/28, 2025.04.28: a dated line or a date written with separators. */
const ISO_DATE_RE = /((?:19|20)\d{2})([-/.])(\d{1,2})[-/.](\d{1,2})(?![\d.:：\-/])/uy;
/**
 * The context in which a day without a month (海关总署9日发布, 于20日召开) is a date: a
 * verb of announcing or holding right after it, or 于/自/截至 before it.
 */
const DAY_ONLY_AFTER_RE = /^(?:电|電|发布|發布|公布|宣布|表示|召开|召開|举行|舉行|举办|舉辦|晚间|晚間|晚|早间|早間|上午|下午|凌晨|中午|当天|當天|起|正式|开幕|開幕|闭幕|閉幕|报道|報道|披露|发表|發表|签署|簽署|印发|印發|出台|启动|啟動|上线|上線|开盘|開盘|收盘|收盤|早盘|早盤|午盘|午盤|尾盘|尾盤|发射|發射|对外|對外|晚些时候|在|与|與|同)/u;
const DAY_ONLY_BEFORE_RE = /(?:于|於|自|截至|截止|直至|定于|定於|记者|記者)$/u;
/** Elements whose isotopes Chinese news names with a hyphen and a mass number (碘-125, 碳-14, 钴-60). */
const ISOTOPE_ELEMENT_RE = /^[氢氘氚氦锂铍硼碳氮氧氟钠镁铝硅磷硫氯钾钙钪钛铬锰铁钴镍铜锌镓锗硒溴氪铷锶钇锆钼锝钌铑钯银镉铟锡锑碲碘氙铯钡镧铈钐铕钆铽镝钬铒铥镱镥铪钽钨铼锇铱铂金汞铊铅铋钋砹氡钫镭锕钍镤铀镎钚镅锔]$/u;
/** 2.9∶1, 3.2:1: a ratio to one. */
const RATIO_RE = /(?<![0-9０-９.])([0-9]{1,3}(?:\.[0-9]{1,2})?)[∶:]1(?![0-9.])/gu;
/** After a percent: a product's grade (50%粉, 95%原药, 5%乳油, 10%颗粒剂), no figure of its own. */
const PRODUCT_GRADE_AFTER_RE = /^(?:粉(?!丝)|原药|乳油|粉剂|可湿性|水剂|颗粒剂|悬浮剂|水分散)/u;
/** After N日: a bound or span of days (以上, 以下, 以内, 内 — not 内蒙古 or 日内瓦). */
const DAYS_COUNTED_AFTER_RE = /^(?:以上|以下|以内|之内|内(?![蒙瓦]))/u;
/** Before N日: 前7日 (the previous seven days; not 月前), 连续5日. */
const DAYS_COUNTED_BEFORE_RE = /(?:^|[^月])前$|连续$|連續$|拘留$|关押$|隔离$|停业$|停产$|暂扣$|扣留$|等待$|等候$|为期$|历时$|持续$/u;
/** 25日至28日: a day opening a run of days to another day of the month (the second is chained to it). */
const DAY_RANGE_AFTER_RE = /^(?:至|到|－|-|—|~|～)[0-9０-９]{1,2}日/u;
/** What ranks a 前N位/前N名 (位居全省农商银行系统前三位): a place in a ranking, not a head count. */
const RANK_BEFORE_RE = /(?:居|排名|排在|排|进入|進入|跻身|躋身|位列|名列|列|稳居|穩居|保持|挤进|擠進)[^，。；！？,;!?\d]{0,12}$/u;
/** The parts of a statute: 第197条, 第二款, 第三项, 第五章, 第四节. */
const LEGAL_PART_RE = /^[条條款项項章节節]$/u;
/**
 * What stands before 第N条 when it cites a statute: the closing 》 of its title, a law-like
 * name (证券法, 实施条例, 管理办法, 若干规定). A part joined to the citation before it (第197条第二款,
 * 第五条、第六条) is one too: the scanner remembers where the last citation ended.
 */
const LEGAL_BEFORE_RE = /(?:》|法|条例|條例|规定|規定|办法|辦法|细则|細則|法典|章程|准则|準則|司法解释|决定|決定)$/u;
/** What may join two parts of one citation: 第197条第二款, 第五条、第六条, 第五条至第八条. */
const LEGAL_JOIN_RE = /^(?:[、和及与與或至到]|以及)?$/u;
/** A right qualifier closing a span, which a list before it may share (see shareListQualifiers). */
const LIST_QUAL_END_RE = /(?:以上|以下|左右)$/u;
/** What joins the figures of a list: 5毫克、20毫克和30毫克. */
const LIST_JOIN_RE = /^(?:[、和及与與或]|以及)$/u;
/** What joins the two ends of a date range: 4月28日至5月26日, 4月28日-5月26日. */
const DATE_CHAIN_RE = /^\s?(?:至|到|~|～|〜|－|-{1,2}|—{1,2}|–)\s?$/u;
/** What joins a full date to the day that closes its range: 至, 到, a dash, after a part of the day. */
const DAY_CHAIN_RE = /^(?:晚间|晚間|晚|上午|下午|凌晨|早间|早間|中午)?\s?(?:至|到|~|～|〜|－|-{1,2}|—{1,2}|–)\s?$/u;
/** Where a sentence ends: a date in an earlier sentence never lends its year to a later one. */
const SENTENCE_END_RE = /[。！？!?\n]/u;
/** Words after which a month later than the publication month is this year's, not last year's. */
const FUTURE_RE = /将|將|预计|預計|计划|計劃|拟|擬|有望|届时|屆時|力争|力爭|争取|爭取|持续至|持續至|持续到|持續到|排至|排到|延至|延长至|延長至|延续至|延續至|推迟至|推遲至|顺延至|順延至|之前|前完成|以前|定于|定於|即将|即將|预定|預定|预期|預期/u;
/** What right after a month or day puts it ahead (7月1日起施行, 9月底前完成), or a future word later in its clause. */
const FUTURE_AFTER_RE = /^(?:份|底|末|初|中旬|上旬|下旬)?(?:起(?!草)|前(?![后後])|以前|之前|开始|開始)|^[^，。；！？,;!?\n]{0,20}(?:将|將|预计|預計|计划|計劃|拟|擬|有望|届时|屆時|力争|力爭|争取|爭取)/u;
/**
 * A year heading a clause of the sentence (2024年秋季学期，…于9月1日至11月30日完成; 去年，…7月): the
 * year a bare month in that sentence is told in. A year inside a comparison (比2024年的91.5%,
 * 较2023年) heads nothing, 2023年同期 compares, and a starting point (2023年以来, 自2023年起) spans
 * the years up to now: 2023年以来…截至3月底 is this year's March. A year heading an earlier sentence does not
 * reach: 2019年、2020年公司连续亏损。4月24日晚公司公告 recounts, then returns to the present.
 */
const CLAUSE_YEAR_RE = /(?:^|[，,；;：:。！？!?\n])\s?(?:在|于|於)?(?:((?:19|20)[0-9]{2})年|(今年|去年|前年|明年|本年|上年))(?!同期|的|[0-9]|以前|之前|前[^后後]|以来|以來|来|來|起|开始|開始|至今|底以来|末以来|[至到—-])/gu;
/**
 * What in a sentence tells of a finished past: a record set (创历史新高), a first (首次突破), a
 * comparison with a year before (同比), a total (累计), the year's high (全年最高), 已/了/曾. A month later than the publication
 * month in such a sentence is last year's (a 2024 report published in January 2025: 7月29日单日受理
 * 呼救电话8652个，创历史新高).
 */
const PAST_RE = /了(?![解不])|已|曾|全年最|创下|创历史|創歷史|创出|历史新高|歷史新高|首次|首度|同比|環比|环比|上年|较去年|較去年|比去年|累计|累計|记录|紀錄/u;
/** The period a YYYY年同期 compares with: the last half, quarter or months named before it in its sentence. */
const SAME_PERIOD_RE = /(上半年|下半年)|第?([一二三四1-4])季度|前([二三两兩2-3])个?季度/gu;

interface RefDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parseReference(iso: string | null): RefDate | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  return { y, m: mo, d: Number(m[3] ?? '1') };
}

interface Draft {
  kind: FactKind;
  start: number;
  end: number;
  value: number | string;
  valueMax: number | null;
  unit: string | null;
  approx: Approx;
  /**
   * A measure's denominator (s in 310立方米每秒, h in 每小时78公里): the English shows the rate whole
   * ("310 m3/s"), while `unit` keeps the first unit, the one the verifier compares: its English
   * reader takes "310 cubic metres per second" and "78 km/h" as m3 and km.
   */
  per?: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９]/u.test(ch);
const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/u.test(ch);
const isInteger = (v: number): boolean => Math.abs(v - Math.round(v)) < 1e-9;
/** A round magnitude with no digit before or after it (亿元, 千万元), as 过 bounds it. */
const PURE_MAGNITUDE_RE = /^[百佰千仟万萬亿億]+(?![0-9０-９零〇一二两兩三四五六七八九十])/u;

/** 上亿美元的项目, 上万元: 上 before a single magnitude of money reaches it ("$100 million or more"). */
const UP_TO_MAGNITUDE_MONEY_RE = /^[万萬亿億](?:元|美元|欧元|歐元|港元|日元|英镑|英鎊)/u;
/** Whether the magnitude at `start` follows such a 上 (not 线上, 以上, 网上). */
const reachesMagnitudeOfMoney = (text: string, start: number): boolean =>
  text[start - 1] === '上' && UP_TO_MAGNITUDE_MONEY_RE.test(text.slice(start, start + 4)) && !/[以线線网網马馬早晚楼樓路身手]/u.test(text[start - 2] ?? '');

/** A magnitude written alone (近千家, 逾万人): its value. */
const MAGNITUDE_VALUES: Readonly<Record<string, number>> = { 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** 一 alone (一家, 一次) is an article, not a figure. */
const isBareOne = (core: string): boolean => core === '一' || core === '壹';

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function smallNumber(s: string | undefined): number | null {
  if (s === undefined) return null;
  const v = parseChineseNumber(s);
  return v !== null && isInteger(v) ? v : null;
}

function dateValue(year: number | null, month: number, day: number | null): string {
  const ym = year === null ? `--${pad2(month)}` : `${year}-${pad2(month)}`;
  return day === null ? ym : `${ym}-${pad2(day)}`;
}

/**
 * The core's trailing magnitude: 三十万 → base 三十 ×10^4, 九百亿 → 九百 ×10^8; with no
 * 万/亿, the last small unit (3百 → 3 ×10^2). Used to complete 两到三万 and 十八至三十万.
 */
function magnitudeSuffix(core: string): { base: string; exp: number; big: boolean } | null {
  const norm = core.replace(/萬/gu, '万').replace(/億/gu, '亿').replace(/拾/gu, '十').replace(/佰/gu, '百').replace(/仟/gu, '千');
  const big = /([万亿]+)$/u.exec(norm);
  const m = big ?? /([十百千])$/u.exec(norm);
  if (!m || m.index === 0) return null;
  let exp = 0;
  for (const ch of m[1] ?? '') exp += ch === '十' ? 1 : ch === '百' ? 2 : ch === '千' ? 3 : ch === '万' ? 4 : 8;
  return { base: norm.slice(0, m.index), exp, big: big !== null };
}

/** 八九亿, 三五百, 两三个: two neighbouring digits and a magnitude make a range. */
function adjacentRange(core: string): [number, number] | null {
  const m = /^([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]*)$/u.exec(core);
  if (!m) return null;
  const a = CN_DIGITS[m[1] ?? ''] ?? 0;
  const b = CN_DIGITS[m[2] ?? ''] ?? 0;
  if (!(b === a + 1 || (a === 3 && b === 5))) return null;
  const mag = m[3] === '' ? 1 : (parseChineseNumber(`一${m[3] ?? ''}`) ?? 1);
  return [a * mag, b * mag];
}

interface Simple extends Draft {
  /** Where the number itself starts (after any qualifier or currency prefix). */
  coreStart: number;
  coreText: string;
  /** True when no unit followed: a bare number is not a fact by itself. */
  bare: boolean;
}

/** Scanner state for one call; nothing here outlives it. */
class Scanner {
  readonly out: Draft[] = [];
  lastEnd = 0;
  /** Where the last statute citation (第197条) ended, so 第二款 after it is read as its part. */
  legalEnd = -1;

  constructor(
    readonly text: string,
    readonly ref: RefDate | null,
  ) {}

  run(): void {
    const text = this.text;
    NUM_RE.lastIndex = 0;
    for (let m = NUM_RE.exec(text); m !== null; m = NUM_RE.exec(text)) {
      const start = m.index;
      let core = m[0];
      // 队伍1860支, 着陆2次: a financial numeral never runs into Arabic digits; it is the end of a word.
      const word = m[2] === undefined ? null : FINANCIAL_BEFORE_DIGITS.exec(core);
      if (word !== null) {
        NUM_RE.lastIndex = start + word[0].length;
        continue;
      }
      // A full-width comma only groups thousands when a decimal part shows it is one
      // number (82，225.00); otherwise it separates a list (分别为82，225元).
      if (core.includes('，') && !/[，][0-9０-９]{3}[.．]/u.test(core) && !core.includes(',')) {
        core = core.slice(0, core.indexOf('，'));
        NUM_RE.lastIndex = start + core.length;
      }
      // 尼龙66一体化: Arabic digits never run into a Chinese digit (only into a magnitude, 3万): the
      // digit begins a word.
      const glued = m[2] === undefined ? null : /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?=[零〇一二两兩三四五六七八九])/u.exec(core);
      if (glued !== null) {
        // 3一5年 (a dash typed as 一) is no number at all: skip the run rather than read 315 or 15.
        if (/^[0-9０-９]/u.test(core.slice(glued[0].length + 1))) {
          NUM_RE.lastIndex = start + core.length;
          continue;
        }
        core = glued[0];
        NUM_RE.lastIndex = start + core.length;
      }
      let draft: Draft | null = null;
      try {
        draft = m[1] !== undefined ? this.perWord(start, core) : this.atCore(start, core);
      } catch {
        draft = null; // a scanner bug must cost one figure, never the article
      }
      // 一、二类苗: grades listed, not a count of two categories.
      if (draft !== null && draft.unit === '类' && /[一二三四五六七八九十Ⅰ-Ⅻ][、，]$/u.test(text.slice(Math.max(0, draft.start - 2), draft.start))) draft = null;
      if (draft !== null && draft.start >= this.lastEnd && draft.end > draft.start) {
        this.out.push(draft);
        this.lastEnd = draft.end;
        if (NUM_RE.lastIndex < draft.end) NUM_RE.lastIndex = draft.end;
      }
    }
    this.shareListQualifiers();
    this.boundedSpans();
    this.relative();
    this.ratios();
  }

  /**
   * 报录比约为2.9∶1, 前两年3.2∶1和3.4∶1: a ratio to one is a figure, as many times the other side.
   * Only with a decimal or after 比…为: 以3∶1战胜 is a match score.
   */
  private ratios(): void {
    const text = this.text;
    const found: Draft[] = [];
    for (const m of text.matchAll(RATIO_RE)) {
      const lead = text.slice(Math.max(0, m.index - 8), m.index);
      if (!(Number(m[1]) > 1) || (!m[1]!.includes('.') && !/比(?:例|率)?(?:约|大约)?为?$/u.test(lead))) continue;
      if (/比分|以$/u.test(lead)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (this.out.some((d) => d.start < end && d.end > start)) continue;
      const left = this.leftQualifier(start, 0);
      found.push({ kind: 'multiple', start: left?.start ?? start, end, value: Number(m[1]), valueMax: null, unit: 'x', approx: left?.approx ?? null });
    }
    if (found.length === 0) return;
    const all = [...this.out, ...found].sort((a, b) => a.start - b.start);
    this.out.length = 0;
    for (const d of all) this.out.push(d);
  }

  /**
   * 处3年以上7年以下有期徒刑, 5日以上10日以下拘留: a floor and a ceiling written back to back are one
   * span (three to seven years), as 3至7年 is; read apart, neither end is the figure.
   */
  private boundedSpans(): void {
    const out = this.out;
    const text = this.text;
    for (let i = out.length - 1; i > 0; i--) {
      const lo = out[i - 1]!;
      const hi = out[i]!;
      if (hi.start !== lo.end || lo.kind !== hi.kind || lo.unit !== hi.unit || lo.valueMax !== null || hi.valueMax !== null) continue;
      if (typeof lo.value !== 'number' || typeof hi.value !== 'number' || !(lo.value < hi.value)) continue;
      if (!/以上$/u.test(text.slice(lo.start, lo.end)) || !/以下$/u.test(text.slice(hi.start, hi.end))) continue;
      out.splice(i - 1, 2, { ...lo, end: hi.end, valueMax: hi.value, approx: null });
      i--;
    }
  }

  /**
   * 浓度分别稳定在每立方米5毫克、20毫克和30毫克以下: after 分别, a qualifier written once after a
   * list of like figures (same kind and unit, joined by 、/和/及) bounds each of them. Without 分别
   * it belongs to the last alone: 期限分为1年、3年和5年以上 names three tiers. Written once before the
   * first, right after 分别 (分别不低于1.15亿元、1.30亿元和1.45亿元), it bounds each of them too.
   */
  private shareListQualifiers(): void {
    const out = this.out;
    const text = this.text;
    for (let i = out.length - 1; i > 0; i--) {
      const last = out[i];
      if (last === undefined || last.approx === null || !LIST_QUAL_END_RE.test(text.slice(last.start, last.end))) continue;
      let first = i;
      while (first > 0) {
        const prev = out[first - 1];
        const next = out[first];
        if (prev === undefined || next === undefined || prev.kind !== last.kind || prev.unit !== last.unit) break;
        if (prev.approx !== null || prev.valueMax !== null || typeof prev.value !== 'number') break;
        if (!LIST_JOIN_RE.test(text.slice(prev.end, next.start))) break;
        first -= 1;
      }
      const head = out[first];
      if (first === i || head === undefined || !/分别|分別/u.test(this.clauseOf(head.start))) continue;
      for (let j = first; j < i; j++) {
        const d = out[j];
        if (d !== undefined) d.approx = last.approx;
      }
      i = first;
    }
    // 扣非净利润分别不低于1.15亿元、1.30亿元和1.45亿元: a qualifier written once before the first of
    // such a list, right after 分别, bounds each of them too.
    for (let i = 0; i < out.length - 1; i++) {
      const head = out[i];
      if (head === undefined || head.approx === null || !/分别(?:为|是|达到?|在)?$/u.test(text.slice(Math.max(0, head.start - 4), head.start))) continue;
      let j = i + 1;
      for (let next = out[j], prev = head; next !== undefined; prev = next, next = out[++j]) {
        if (next.kind !== head.kind || next.unit !== head.unit || next.approx !== null || next.valueMax !== null) break;
        if (!LIST_JOIN_RE.test(text.slice(prev.end, next.start))) break;
        next.approx = head.approx;
      }
      i = j - 1;
    }
  }

  /** 百分之三十八点一 (percent), 千分之五 and 万分之一 (fractions). */
  private perWord(start: number, word: string): Draft | null {
    const text = this.text;
    const coreM = sticky(CORE_Y, text, start + word.length);
    if (!coreM) return null;
    const core = coreM[0];
    const v = core === '百' ? 100 : parseChineseNumber(core);
    if (v === null) return null;
    let end = start + word.length + core.length;
    const isPercent = word.startsWith('百');
    const base = word.startsWith('千') ? 1000 : 10000;
    let approx: Approx = null;
    const r = sticky(RIGHT_QUAL_RE, text, end);
    if (r) {
      approx = rightApprox(r[0]);
      end += r[0].length;
    }
    const left = this.leftQualifier(start);
    // 百分之三十至百分之四十, 百分之三十到四十: one range.
    let valueMax: number | null = null;
    const conn = approx === null ? sticky(RANGE_RE, text, end) : null;
    if (conn && conn[0] !== '') {
      let at = end + conn[0].length;
      if (text.startsWith(word, at)) at += word.length;
      const core2 = sticky(CORE_Y, text, at);
      const v2 = core2 ? parseChineseNumber(core2[0]) : null;
      if (core2 && v2 !== null && v2 > v) {
        valueMax = isPercent ? v2 : round4(v2 / base);
        end = at + core2[0].length;
      }
    }
    return {
      kind: isPercent ? 'percent' : 'fraction',
      start: left?.start ?? start,
      end,
      value: isPercent ? v : round4(v / base),
      valueMax,
      unit: isPercent ? '%' : null,
      approx: left?.approx ?? approx,
    };
  }

  /**
   * The qualifier before a figure, and where it starts: right before it or a verb away (约, 最高可达),
   * before a rate's 每 (约每股), or before a noun phrase and 的 (约占全部案件的) — in that order.
   */
  leftQualifier(start: number, floor = this.lastEnd): { start: number; approx: Approx } | null {
    const text = this.text;
    // 过亿元, 过千万元: 过 before a round magnitude is "over". Elsewhere it is a verb's (经过, 通过) or
    // an aspect particle (获得过3次), no qualifier.
    if (text[start - 1] === '过' && start - 1 >= floor && !/[经經通超不度跨越错錯路看去来來]/u.test(text[start - 2] ?? '') && PURE_MAGNITUDE_RE.test(text.slice(start, start + 4))) {
      return { start: start - 1, approx: 'over' };
    }
    if (start - 1 >= floor && reachesMagnitudeOfMoney(text, start)) {
      return { start: start - 1, approx: 'at_least' };
    }
    let from = Math.max(floor, start - 7);
    let m = LEFT_QUAL_RE.exec(text.slice(from, start));
    let approxOf = (word: string): Approx => LEFT_QUALIFIERS.get(word) ?? null;
    let word = '';
    let bridged = false;
    if (!m) {
      from = Math.max(floor, start - 14);
      m = VERB_OBJECT_QUAL_RE.exec(text.slice(from, start));
      // (The span stays on the figure, as across a noun before 的.)
      bridged = m !== null;
    }
    if (m) {
      word = QUAL_WORD_RE.exec(m[0])?.[0] ?? '';
    } else {
      from = Math.max(floor, start - 10);
      m = PER_QUAL_RE.exec(text.slice(from, start));
      if (m) {
        word = QUAL_WORD_RE.exec(m[0])?.[0] ?? '';
      } else {
        from = Math.max(floor, start - 18);
        m = BRIDGE_QUAL_RE.exec(text.slice(from, start));
        const ago = this.out.at(-1);
        if (!m && ago?.kind === 'duration' && ago.end === floor && AGO_AFTER_RE.test(text.slice(ago.end, start + 1))) {
          from = Math.max(this.out.at(-2)?.end ?? 0, start - 24);
          m = AGO_BRIDGE_RE.exec(text.slice(from, start));
        }
        // 接近去年全年160万吨的两倍: the base a multiple is taken of, then 的; the qualifier before the base's noun is the multiple's.
        if (!m && ago !== undefined && ago.end === floor && text.slice(floor, start) === '的' && MULTIPLE_AHEAD_RE.test(text.slice(start, start + 6))) {
          from = Math.max(this.out.at(-2)?.end ?? 0, ago.start - 14);
          m = BASE_BRIDGE_RE.exec(text.slice(from, ago.start));
        }
        if (!m || BRIDGE_CROSSES_A_FIGURE.test(m[0])) return null;
        word = m[1] ?? '';
        approxOf = (w) => AGO_BRIDGE_QUALIFIERS.get(w) ?? null;
        bridged = true;
      }
    }
    const qStart = from + m.index;
    const prev = text[qStart - 1] ?? '';
    // 最近30天 is "the last 30 days", 附近 "nearby": not 近 = nearly.
    if (word.startsWith('近') && /[最附临靠鄰臨]/u.test(prev)) return null;
    // 近3年来, 创近四年新高, 保护区近5年活珊瑚覆盖率…, 对近三年发生过事故的高校: 近 before a stretch of time
    // is "the past three years"; only after a word of lasting (历时近3年, 已近三年), before one (近三年
    // 时间, 近3年之久) or closing its clause (项目建设近两年，) is it "nearly". A clause of its own (。近5年，
    // 全市年均新增…) is the past five years again.
    if (word === '近') {
      const span = /^[0-9０-９一二两三四五六七八九十]+(?:年|个月|天|周)/u.exec(text.slice(start));
      const after = text.slice(start + (span?.[0].length ?? 0));
      const ownClause = (qStart === 0 || /[，。；！？,.;!?\n]/u.test(prev)) && /^[，,]/u.test(after);
      const lasting = NEARLY_LASTING_BEFORE.test(text.slice(Math.max(0, qStart - 2), qStart)) || (!ownClause && /^(?:的?时间|的?時間|之久|后|後|多|[，。；、！？,.;!?]|$)/u.test(after));
      if (span !== null && !lasting) return null;
    }
    // 便携式彩超58台, B超12台: 超 of an ultrasound scanner, no "over".
    if (word.startsWith('超') && /[彩BbＢ]/u.test(prev)) return null;
    // 超出3万亩的年度计划, 超过5亿元的全年目标: the level of the plan that was passed, which is the plan's figure, no bound.
    if (word.startsWith('超') && TARGET_PASSED_AHEAD.test(text.slice(start, start + 24))) return null;
    // 精简约六成 is 精简 (cut) + 约 (about): 简约 is a word only without the 精 before it.
    const jingJian = /[简簡]/u.test(prev) && /[精]/u.test(text[qStart - 2] ?? '');
    // 持续约7个月 is 持续 (lasted) + 约, as 连续约 and 陆续约 are: 续约 (renew) only without the word before.
    const lasted = /[续續]/u.test(prev) && /[持连連陆陸继繼]/u.test(text[qStart - 2] ?? '');
    if (/^[约約]/u.test(word) && !jingJian && !lasted && (YUE_IN_WORD_BEFORE.test(prev) || (prev === '合' && !HE_WORD_BEFORE.test(text[qStart - 2] ?? '')))) {
      return null;
    }
    // Across a noun the qualifier lends its meaning, not its span: the noun between is the
    // sentence's (约为去年全年赔款的2倍 holds the year 去年), and the span stays on the figure.
    return { start: bridged ? start : qStart, approx: approxOf(word) };
  }

  /** True when the core is part of an identifier: H20, Computex2025, 00700.HK, 1.2.3, 10:30, 〔2020〕. */
  private isIdentifier(start: number, end: number, core: string, afterConnector = false): boolean {
    const text = this.text;
    // The second number of a range (2020-2024年) is judged by what follows it only.
    const before = afterConnector ? ' ' : text[start - 1];
    const after = text[end];
    if (/^[0-9０-９]/u.test(core)) {
      if (isLatin(before) || before === '_') return true;
      // 1920×1080: a resolution, not a count (4×100米, a relay, is read whole by relayLegs).
      if (/[×xX*＊]/u.test(before ?? '') && isDigit(text[start - 2])) return true;
      if ((before === '-' || before === '/') && isLatin(text[start - 2])) return true;
      // 碘-125, 镥-177, 钴-60: an isotope's mass number names it; no figure, and no minus sign.
      if (/[-－‐]/u.test(before ?? '') && ISOTOPE_ELEMENT_RE.test(text[start - 2] ?? '')) return true;
      if (isLatin(after)) {
        const unit = /^[A-Za-z]+/u.exec(text.slice(end, end + 8))?.[0] ?? '';
        const kelvin = unit === 'K' && /^\d{4,5}$/u.test(core) && COLOUR_TEMPERATURE_RE.test(this.wholeClauseOf(start));
        if (!LATIN_UNITS.has(unit) && !kelvin && !(afterConnector ? false : this.computePowerAt(start, end, core))) return true;
      }
      if ((after === '.' || after === '．') && (isLatin(text[end + 1]) || isDigit(text[end + 1]))) return true;
      if ((before === '.' || before === '．') && isDigit(text[start - 2])) return true;
      if ((after === ':' || after === '：') && isDigit(text[end + 1])) return true;
      if ((before === ':' || before === '：') && isDigit(text[start - 2])) return true;
      if ((before === '-' || before === '/') && isDigit(text[start - 2])) return true;
      if (/^[0-9０-９]{12,}$/u.test(core)) return true;
    }
    if (before === '〔' || before === '[' || before === '【' || before === '（' || before === '(') {
      if (after === '〕' || after === ']' || after === '】' || ((after === '）' || after === ')') && /^[0-9０-９]{4}$/u.test(core))) {
        return true;
      }
    }
    if (afterConnector) return false;
    if (text.slice(Math.max(0, start - 3), start).includes('〕')) return true;
    if (!ID_CONTEXT_RE.test(text.slice(Math.max(0, start - 8), start))) return false;
    // 接听咨询和投诉电话2.6万余个: a decimal point or a magnitude makes it a count; no number to dial has either.
    if (/[.．]/u.test(core) || /^[万亿萬億千百]/u.test(text.slice(end, end + 1))) return false;
    // 受理呼救电话8652个, 呼救电话10秒内接听: a unit after the number makes it a count of calls or a
    // time, not a phone number (热线12345 has none).
    const unit = UNIT_TABLE.get(sticky(UNIT_RE, text, end)?.[0] ?? '');
    return unit === undefined || unit.kind === 'special';
  }

  /** 2025-04-28 (a dateline), 2025/4/28, 2025.04.28: a real calendar date, else null (then an identifier). */
  private isoDate(start: number): Draft | null {
    const text = this.text;
    if (isDigit(text[start - 1]) || isLatin(text[start - 1]) || /[-/.]/u.test(text[start - 1] ?? '')) return null;
    const m = sticky(ISO_DATE_RE, text, start);
    if (!m) return null;
    const y = Number(m[1]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
    return draft('date', start, start + m[0].length, `${y}-${pad2(mo)}-${pad2(d)}`);
  }

  /**
   * 分别上升0.4个和1.2个百分点: the first figure of a pair shares the unit written after the
   * second. Only for percentages and points, where the ellipsis is the house style;
   * 3、4月 (two months) and 1和2号线 (two lines) stay what they are.
   */
  private elliptical(start: number, core: string): Draft | null {
    const text = this.text;
    const end = start + core.length;
    const m = /^(个|個)?[和、或与與及]/u.exec(text.slice(end, end + 2));
    if (!m) return null;
    const value = parseChineseNumber(normalizeDigits(core).replace(/，/gu, ','));
    if (value === null || (isBareOne(core) && m[1] === undefined)) return null;
    const at = end + m[0].length;
    const core2 = sticky(CORE_Y, text, at);
    if (!core2) return null;
    const second = this.simple(at, core2[0], false);
    if (second === null || second.bare || (second.kind !== 'percentage_point' && second.kind !== 'percent')) return null;
    if (m[1] !== undefined && second.kind !== 'percentage_point') return null;
    const left = this.leftQualifier(start);
    return {
      kind: second.kind, start: left?.start ?? start, end: end + (m[1]?.length ?? 0), value, valueMax: null,
      unit: second.unit, approx: left?.approx ?? null,
    };
  }

  /** 一年, 一天, 一个月 stand as figures unless a determiner or an idiom claims the 一. */
  bareOneDuration(start: number, end: number): boolean {
    const text = this.text;
    if (ONE_DURATION_BLOCK_BEFORE.test(text[start - 1] ?? '')) return false;
    // 最后一天 is "the final day", 最后一年 "the last year": a place in time, not a length.
    if (/最[后後]$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
    const unit = sticky(UNIT_RE, text, end)?.[0] ?? '';
    if (!/^(?:年|天|个月|個月|周|星期|个星期|个小时|小时|個小時|小時)$/u.test(unit)) return false;
    return !ONE_DURATION_BLOCK_AFTER.test(text.slice(end + unit.length, end + unit.length + 2));
  }

  /** Reads one number core and what surrounds it; returns the fact or null. */
  private atCore(start: number, core: string): Draft | null {
    const text = this.text;
    const coreEnd = start + core.length;
    if (!/^[0-9０-９]/u.test(core) && !FOLLOWERS.has(text[coreEnd] ?? '') && !/[第前翻币幣元金]/u.test(text[start - 1] ?? '')) {
      return null;
    }
    if (LONE_FINANCIAL_RE.test(core)) return null;
    const iso = this.isoDate(start) ?? this.seasonYears(start);
    if (iso !== null) return iso;
    const relay = this.relayLegs(start, core);
    if (relay !== null) return relay;
    if (this.isIdentifier(start, coreEnd, core)) return null;
    // Forms read whole before the number alone: 2小时08分31秒, 6小时12分, 4米78, “00后”.
    const whole = this.raceTime(start) ?? this.hoursMinutes(start) ?? this.metresCentimetres(start) ?? this.generation(start);
    if (whole !== null) return whole;
    const elliptical = this.elliptical(start, core);
    if (elliptical !== null) return elliptical;
    const first = this.simple(start, core, true);
    if (first === null) return null;
    const ranged = this.range(first);
    if (ranged !== null) return ranged;
    if (first.bare) return this.powerUsage(first) ?? this.nounCount(first);
    return first;
  }

  /**
   * 男子4×100米混合泳接力: a relay of four legs of 100 m, read whole so that neither a 100 m race nor
   * a count of 4 is told; its value is the leg (as 4x100m reads in English), its span holds the 4×.
   */
  private relayLegs(start: number, core: string): Draft | null {
    const text = this.text;
    const legs = /([0-9０-９]{1,2})\s?[×xX＊*]\s?$/u.exec(text.slice(Math.max(this.lastEnd, start - 4), start));
    if (legs === null || !/^[0-9０-９]+$/u.test(core)) return null;
    const leg = this.simple(start, core, false);
    if (leg === null || leg.kind !== 'measure' || leg.unit !== 'm') return null;
    return { ...leg, start: start - legs[0].length };
  }

  /**
   * 2小时08分31秒, 2分11秒05, 47秒12, 40秒512: a race time as one duration in seconds (7711, 131.05,
   * 47.12, 40.512), hundredths or thousandths written after 秒. Read apart, 11秒 alone would be the winning time and 12 a count.
   */
  private raceTime(start: number): Draft | null {
    const text = this.text;
    const m = sticky(RACE_TIME_RE, text, start);
    const g = m?.groups;
    if (m === null || g === undefined) return null;
    const num = (s: string | undefined): number => (s === undefined ? 0 : Number(normalizeDigits(s)));
    const seconds = g['sd'] === undefined ? num(g['s'] ?? g['s2']) : Number(normalizeDigits(g['sd']).replace('．', '.'));
    const hundredths = g['cs'] ?? g['cs2'];
    if (seconds >= 60 && g['m'] !== undefined) return null;
    const end = start + m[0].length;
    // 47秒12个: the number after 秒 counts something else.
    if (hundredths !== undefined && sticky(UNIT_RE, text, end) !== null) return null;
    const value = round4(num(g['h']) * 3600 + num(g['m']) * 60 + seconds + num(hundredths) / 10 ** (hundredths?.length ?? 2));
    const left = this.leftQualifier(start);
    return { ...draft('duration', left?.start ?? start, end, value), unit: 'second', approx: left?.approx ?? null };
  }

  /**
   * 越过4米78, 身高1米75: metres with the centimetres written after 米, one height (4.78 m). Read
   * apart, 4米 would be the height and 78 a stray number.
   */
  private metresCentimetres(start: number): Draft | null {
    const text = this.text;
    const m = sticky(METRES_CENTIMETRES_RE, text, start);
    if (m === null) return null;
    const end = start + m[0].length;
    if (sticky(UNIT_RE, text, end) !== null) return null;
    const value = round4(Number(normalizeDigits(m[1]!)) + Number(normalizeDigits(m[2]!)) / 100);
    const left = this.leftQualifier(start);
    return { ...draft('measure', left?.start ?? start, end, value), unit: 'm', approx: left?.approx ?? null };
  }

  /**
   * “00后”运动员, 90后: a generation, people born from that year on; its figure is the year (2000), as
   * English writes it ("born in or after 2000").
   */
  private generation(start: number): Draft | null {
    const text = this.text;
    const m = sticky(GENERATION_RE, text, start);
    if (m === null || isLatin(text[start - 1]) || /[第月号號.．]/u.test(text[start - 1] ?? '')) return null;
    const twoDigits = Number(m[1]);
    if (twoDigits % 5 !== 0 || (twoDigits > 20 && twoDigits < 50)) return null;
    const year = twoDigits <= 20 ? 2000 + twoDigits : 1900 + twoDigits;
    return draft('year', start, start + m[0].length, String(year));
  }

  /** 6小时12分: hours and minutes as one duration in minutes (372), with any qualifier and bound around it. */
  private hoursMinutes(start: number): Draft | null {
    const text = this.text;
    const m = sticky(HOURS_MINUTES_RE, text, start);
    const hours = smallNumber(normalizeDigits(m?.[1] ?? ''));
    const minutes = smallNumber(normalizeDigits(m?.[2] ?? ''));
    if (m === null || hours === null || minutes === null || minutes >= 60) return null;
    let end = start + m[0].length;
    const left = this.leftQualifier(start);
    const right = sticky(RIGHT_QUAL_RE, text, end);
    if (right) end += right[0].length;
    const approx = left?.approx ?? (right ? rightApprox(right[0]) : null);
    return { ...draft('duration', left?.start ?? start, end, hours * 60 + minutes), unit: 'minute', approx };
  }

  /** 1.2万P, 算力500P: P as PFLOPS (see COMPUTE_CLAUSE_RE). */
  private computePowerAt(start: number, end: number, core: string): boolean {
    const text = this.text;
    if (text[end] !== 'P' || isLatin(text[end + 1]) || isDigit(text[end + 1])) return false;
    return /[万亿萬億]$/u.test(core) || COMPUTE_CLAUSE_RE.test(this.clauseOf(start));
  }

  /** 2025/2026产季, 2024/25赛季: a season across two years, the period from one to the next. */
  private seasonYears(start: number): Draft | null {
    const text = this.text;
    if (isDigit(text[start - 1]) || isLatin(text[start - 1]) || /[-/.／]/u.test(text[start - 1] ?? '')) return null;
    const m = sticky(SEASON_RE, text, start);
    if (!m) return null;
    const y1 = Number(m[1]);
    const y2 = (m[2] ?? '').length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (y2 !== y1 + 1) return null;
    return draft('period', start, start + m[0].length, `${y1}..${y2}`);
  }

  /**
   * 电能利用效率（PUE）不高于1.2: a data centre's power usage effectiveness, a ratio written after
   * its name with no unit. Only right after PUE (and a verb or bound): elsewhere 1.2 says nothing.
   */
  private powerUsage(first: Simple): Draft | null {
    if (typeof first.value !== 'number') return null;
    if (!PUE_BEFORE_RE.test(this.text.slice(Math.max(this.lastEnd, first.start - 12), first.start))) return null;
    return { kind: 'measure', start: first.start, end: first.end, value: first.value, valueMax: first.valueMax, unit: 'PUE', approx: first.approx };
  }

  /**
   * 观看人次4.7亿, 观影人次达5238万, 登记人数已超过700万: a head count written with its magnitude
   * and no classifier, the noun before it saying what is counted. Only 万/亿-sized figures that
   * close their clause: a small bare number says nothing by itself.
   */
  private nounCount(first: Simple): Draft | null {
    const text = this.text;
    if (first.kind !== 'count' || typeof first.value !== 'number' || first.valueMax !== null || !isInteger(first.value)) return null;
    if (!/[万萬亿億]/u.test(text.slice(first.coreStart, first.end))) return null;
    // 服务人次分别为1.4万和1.2万: a list of such counts closes the clause as one.
    const closes = /^(?:[和、及与][0-9０-９.．]+[万萬亿億])?(?:[，。；、！？,.;!?\n）)]|$)/u.test(text.slice(first.end, first.end + 12));
    if (!closes) return null;
    const prev = this.out.at(-1);
    const listed = prev !== undefined && prev.kind === 'count' && prev.unit === null && /^[和、及与]$/u.test(text.slice(prev.end, first.start));
    if (!listed && !COUNT_NOUN_RE.test(text.slice(Math.max(this.lastEnd, first.start - 10), first.start))) return null;
    return { kind: 'count', start: first.start, end: first.end, value: first.value, valueMax: null, unit: null, approx: first.approx };
  }

  /**
   * One number with its left context (qualifier, currency, 第, 前, 今年) and right
   * context (余, unit, qualifier). `bare` marks a number with no unit.
   */
  private simple(start: number, core: string, allowLeft: boolean): Simple | null {
    const text = this.text;
    let end = start + core.length;
    const coreNorm = normalizeDigits(core).replace(/，/gu, ',');
    const before = text[start - 1] ?? '';
    const isArabic = /^[0-9]/u.test(coreNorm);
    const isCnDigitSeq = /^[零〇一二两兩三四五六七八九]{2,}$/u.test(core);
    const pair = adjacentRange(core);

    // 零部件, 零件, 零配件 are components: 零 there is no figure.
    if (/^[零〇]$/u.test(core) && /^(?:部件|件|配件)/u.test(text.slice(end, end + 3))) return null;
    // 数十亿, 几百, 上千, 成千: vague amounts are not figures.
    if (/[数几上成好]/u.test(before) && /^[十百千万拾佰仟]/u.test(core)) return null;
    if (text[end] === '几' || text[end] === '来') return null;

    // 超百亿元, 千万元: a 百 or 千 leading a 万/亿 is one of it (一百亿), as round sums are written.
    // After 每 it is a rate's base (每百万人口6例), no figure of its own.
    const leadingUnit = /^[百千佰仟][万萬亿億]/u.test(core) && before !== '每' ? parseChineseNumber(`一${coreNorm}`) : null;
    // 不足百尾, 近千家, 逾万人: a magnitude alone, right after a qualifier, is that round figure (不足100尾).
    // Without one (百年老店, 千家万户) it is a word, and after 上/成/数 a vague amount (above).
    const qualifiedMagnitude =
      /^[百佰千仟万萬亿億]$/u.test(core) && /(?:近|逾|超|超过|超過|不足|不到|约|約|突破|将近|將近|接近|(?<![经經通超不度跨越错錯路看去来來])过)$/u.test(text.slice(Math.max(0, start - 3), start))
        ? MAGNITUDE_VALUES[core] ?? null
        : reachesMagnitudeOfMoney(text, start)
          ? MAGNITUDE_VALUES[core] ?? null
          : null;
    let value: number | null = pair !== null ? pair[0] : (parseChineseNumber(coreNorm) ?? leadingUnit ?? qualifiedMagnitude);
    let valueMax: number | null = pair !== null ? pair[1] : null;
    if (value === null) return null;
    if (isCnDigitSeq && pair === null && !(core.length === 4 && text[end] === '年')) return null;

    // -5% is a fall: a minus sign counts when it does not join two numbers or words.
    const minusSign =
      allowLeft && isArabic && /[-−－]/u.test(before) && start - 1 >= this.lastEnd &&
      !/[0-9０-９A-Za-z%％)）]/u.test(text[start - 2] ?? '');
    // 零下18摄氏度 is -18 °C (a temperature the sign belongs to, not a qualifier).
    const belowZero = allowLeft && text.slice(start - 2, start) === '零下' && start - 2 >= this.lastEnd;
    const signStart = belowZero ? start - 2 : minusSign ? start - 1 : start;
    if (minusSign || belowZero) {
      value = -value;
      if (valueMax !== null) valueMax = -valueMax;
    }
    const left = allowLeft ? this.leftQualifier(signStart) : null;
    let approx: Approx = left?.approx ?? null;
    let spanStart = left?.start ?? signStart;
    const base: Omit<Simple, 'kind' | 'unit' | 'value' | 'valueMax' | 'bare'> = {
      start: spanStart, end, approx, coreStart: start, coreText: core,
    };

    // Dates, years and periods first: 2024年, 5月19日, 第一季度, 2024财年.
    const temporal = this.temporal(start, end, core, value, isArabic, allowLeft);
    if (temporal !== null) return temporal;
    if (!isInteger(value) && /^[日号月]/u.test(text[end] ?? '')) return null;

    // Ordinals: 第100万辆, 第二次, 第三大. 第16号 is a document or house number.
    if (allowLeft && before === '第') {
      if (!isInteger(value) || text[end] === '号') return null;
      // 《证券法》第一百九十七条, 本法第十条第二款, 第五条、第六条: an article, paragraph or item
      // of a statute is a legal reference (an identifier), not a rank.
      if (LEGAL_PART_RE.test(text[end] ?? '')) {
        const chained = this.legalEnd >= 0 && this.legalEnd < start && LEGAL_JOIN_RE.test(text.slice(this.legalEnd, start - 1));
        if (chained || LEGAL_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start - 1))) {
          this.legalEnd = end + 1;
          return null;
        }
      }
      const suf = sticky(ORDINAL_SUFFIX_RE, text, end);
      if (!suf) {
        // A rank standing alone (位居第一。排名第三，): 第N closing a clause. At a clause's
        // start 第一， is an enumeration ("firstly"), not a rank.
        // 排名第二、第三。: after a rank and 、 the next is one too, not an enumeration's "thirdly".
        const listed = text[start - 2] === '、' && this.out.at(-1)?.kind === 'ordinal' && this.out.at(-1)?.end === start - 2;
        // (分列全市第一和第二: a rank before 和 and another rank closing the clause is one too.)
        const pairedRank = /^[和及与、]第[一二三四五六七八九十0-9]{1,3}(?:[，。；！？,;!?]|$)/u.test(text.slice(end, end + 8));
        if ((!CLAUSE_END_CH.test(text[end] ?? '。') && !pairedRank) || (CLAUSE_START_CH.test(text[start - 2] ?? '\n') && !listed)) return null;
        return { ...base, kind: 'ordinal', start: start - 1, end, value, valueMax: null, unit: null, approx: null, bare: false };
      }
      return { ...base, kind: 'ordinal', start: start - 1, end: end + suf[0].length, value, valueMax: null, unit: null, approx: null, bare: false };
    }

    // 位居全省前三位, 排名前十名, 排名前100的高校, 跻身前50强: a place in a ranking ("the top three"), not
    // three people.
    if (allowLeft && before === '前' && isInteger(value) && value >= 2 && /^[位名强強的]/u.test(text[end] ?? '') &&
        RANK_BEFORE_RE.test(text.slice(Math.max(this.lastEnd, start - 14), start - 1))) {
      const rankEnd = text[end] === '的' ? end : end + 1;
      return { ...base, kind: 'ordinal', start: start - 1, end: rankEnd, value, valueMax: null, unit: null, approx: null, bare: false };
    }

    // 翻一番 = ×2, 翻两番 = ×4.
    if (allowLeft && text[end] === '番') {
      const fan = /翻了?$/u.exec(text.slice(Math.max(0, start - 2), start));
      if (!fan || !isInteger(value)) return null;
      // 翻了一番多, 翻了一番以上: more than doubled.
      const more = sticky(RIGHT_QUAL_RE, text, end + 1);
      const moreApprox = more === null ? null : rightApprox(more[0]);
      const over = moreApprox === 'over' || moreApprox === 'at_least';
      return {
        ...base, kind: 'multiple', start: start - fan[0].length, end: end + 1 + (over && more !== null ? more[0].length : 0), value: 2 ** value,
        valueMax: null, unit: 'x', approx: over ? moreApprox : null, bare: false,
      };
    }

    // 余/多 and 两个亿 between number and unit.
    const between = sticky(BETWEEN_RE, text, end);
    if (between && isInteger(value) && !isBareOne(core)) {
      const mag = between[2] ?? '';
      // 余 or 多 means "over" only before a magnitude or a unit: 300多 alone stays bare. (涨了80多分: points, where
      // the clause speaks of scoring.)
      const after = end + between[0].length;
      const points = POINTS_AFTER_RE.test(text.slice(after, after + 3)) && SCORING_RE.test(this.clauseBefore(start));
      if (mag !== '' || sticky(UNIT_RE, text, after) !== null || points) {
        const magValue = mag === '' ? 1 : (parseChineseNumber(`一${mag}`) ?? 1);
        value *= magValue;
        if (valueMax !== null) valueMax *= magValue;
        end += between[0].length;
        approx ??= 'over';
      }
    }
    // 兆 is 10^12 before a currency (新台幣1.77兆元, Taiwanese and Japanese usage); elsewhere
    // it is the prefix mega (兆瓦 = MW), so it never scales a number on its own.
    if (text[end] === '兆' && UNIT_TABLE.get(sticky(UNIT_RE, text, end + 1)?.[0] ?? '')?.kind === 'money') {
      value = shiftDecimal(String(value), 12);
      if (valueMax !== null) valueMax *= 1e12;
      end += 1;
    }
    const geMag = /^个([万亿])/u.exec(text.slice(end, end + 2));
    if (geMag && !isArabic) {
      value *= geMag[1] === '万' ? 1e4 : 1e8;
      end += 2;
    }
    if (isArabic && sticky(SPACE_RE, text, end) && /[万亿億萬元美港欧日]/u.test(text[end + 1] ?? '')) {
      // 177.1 亿元, 1 万: one space between number and magnitude or unit.
      const mag = /^[万亿萬億]+/u.exec(text.slice(end + 1, end + 4))?.[0] ?? '';
      if (mag !== '') {
        const scaled = parseChineseNumber(coreNorm + mag);
        if (scaled !== null) value = scaled;
      }
      end += 1 + mag.length;
      if (sticky(SPACE_RE, text, end)) end += 1;
    }

    // Currency written before the number: 人民币100亿元, 港币两千九百六十元, US$5, ￥5999.
    let prefixCurrency: string | null = null;
    if (allowLeft) {
      const head = text.slice(Math.max(this.lastEnd, start - 4), start);
      const cur = CURRENCY_PREFIX_RE.exec(head);
      const sym = isArabic ? SYMBOL_RE.exec(head) : null;
      const found = sym ?? cur;
      if (found) {
        prefixCurrency = sym ? (SYMBOLS[found[1] ?? ''] ?? null) : (CURRENCY_PREFIX[found[1] ?? ''] ?? null);
        const pStart = start - (head.length - found.index);
        const q = this.leftQualifier(pStart);
        spanStart = q?.start ?? pStart;
        approx = q?.approx ?? approx;
      }
    }

    // 17个多月, 三个多小时: 多 inside the unit means "more than"; 5个半小时, 两个半月: 半 there adds a half.
    const geInside = /^[个個]([多余半])/u.exec(text.slice(end, end + 2));
    // 一个半月 is a span of its own; 一个多月 stays too loose to be a figure.
    if (geInside && isInteger(value) && (!isBareOne(core) || geInside[1] === '半')) {
      const rest = sticky(UNIT_RE, text, end + 2)?.[0] ?? '';
      const info = UNIT_TABLE.get(`个${rest}`) ?? UNIT_TABLE.get(`個${rest}`);
      if (rest !== '' && info?.kind === 'duration') {
        const half = geInside[1] === '半';
        return {
          ...base,
          start: spanStart,
          end: end + 2 + rest.length,
          kind: 'duration',
          value: half ? value + 0.5 : value,
          valueMax: half && valueMax !== null ? valueMax + 0.5 : valueMax,
          unit: info.unit,
          approx: half ? approx : (approx ?? 'over'),
          bare: false,
        };
      }
    }
    // Judged before the unit moves `end`: 一年 in 过去一年 is a figure, in 上一年 not.
    const oneDurationOk = isBareOne(core) && this.bareOneDuration(start, end);
    const unitM = sticky(UNIT_RE, text, end);
    let unitText = unitM?.[0] ?? '';
    if (unitText !== '' && (UNIT_BLOCKERS[unitText]?.test(text.slice(end + unitText.length, end + unitText.length + 2)) ?? false) && !shareBeforeCopula(text, unitText, start, end)) {
      unitText = '';
    }
    // 其中62个周末开放: 62 of them (个) open at weekends (周末), no span of 62 weeks.
    if ((unitText === '个周' || unitText === '個周') && text[end + 2] === '末') unitText = unitText.slice(0, 1);
    // 三元电池, 三元材料: 三元 (ternary) names a chemistry; a price in words would be 三元钱.
    if (unitText === '元' && !isArabic && CN_YUAN_WORD_RE.test(text.slice(end + 1, end + 3))) unitText = '';
    // 一手资料, 二手房, 两手准备: 手 counts share lots only for real quantities (十二万五千手).
    if (unitText === '手' && value < 10) unitText = '';
    // 二次消费, 二次创业: 二次 is "secondary"; twice is 两次 (and 第二次 an ordinal, read above).
    if (unitText === '次' && /^[二贰貳]$/u.test(core)) unitText = '';
    // Units only the clause around the figure tells (a 度 of sugar, heat or an angle, 分 as points):
    // the character after the figure and the info it stands for.
    const contextual = unitText === '' ? this.contextualUnit(start, end, core, value, isArabic, before) : null;
    if (contextual !== null) unitText = contextual.text;
    const info = contextual?.info ?? (unitText === '' ? undefined : UNIT_TABLE.get(unitText));
    let kind: FactKind | null = null;
    let unit: string | null = null;
    let per: string | undefined;

    if (info === undefined) {
      if (prefixCurrency === null) {
        return { ...base, start: spanStart, end, kind: 'count', value, valueMax, unit: null, approx, bare: true };
      }
      kind = 'money';
      unit = prefixCurrency;
    } else if (info.kind === 'special') {
      const special = this.special(unitText, value, core, end, isArabic);
      if (special === null) {
        // a number before 年/月/日 that is no date: a bare number the range logic may still use
        return { ...base, start: spanStart, end, kind: 'count', value, valueMax, unit: null, approx, bare: true };
      }
      kind = special.kind;
      unit = special.unit ?? prefixCurrency;
      if (special.kind === 'money' && prefixCurrency !== null) unit = prefixCurrency;
      value = special.scale === undefined ? value : value * special.scale;
      if (valueMax !== null && special.scale !== undefined) valueMax *= special.scale;
      // (三四毛钱: a range's high end is scaled as its low end is, 0.3 to 0.4 yuan.)
      if (special.value !== undefined) {
        if (valueMax !== null && value !== 0) valueMax = round4((valueMax * special.value) / value);
        value = special.value;
      }
      end = special.end;
    } else {
      kind = info.kind as FactKind;
      unit = info.unit;
      end += unitText.length;
      if (kind === 'measure') {
        const rate = this.rateUnit(spanStart, end);
        if (rate === null) return null;
        per = rate.per;
        end = rate.end;
      }
      // 每亩年产花枝约4万枝, 每小时可处理5000件: a count per area, mass or time is no total either.
      if (kind === 'count' && !isAgeUnit(unit)) per = this.rateBefore(spanStart);
      if (kind === 'money' && (unit === 'CNY') && prefixCurrency !== null && unitText.length <= 2) unit = prefixCurrency;
      if (kind === 'money' && (unitText === '元' || unitText === '圆')) {
        const tail = sticky(MONEY_TAIL_RE, text, end);
        if (tail && tail[0] !== '') {
          const jiao = smallNumber(tail[1]) ?? 0;
          const fen = smallNumber(tail[2]) ?? 0;
          value = (Math.round(value * 100) + jiao * 10 + fen) / 100;
          end += tail[0].length;
        }
      }
    }

    if (kind === 'count' && (isBareOne(core) || (!isInteger(value) && unit !== '分' && unit !== '点' && !AVERAGE_RE.test(this.clauseBefore(start))))) return null;
    if (kind === 'duration') {
      // 一年 is a figure in 过去一年 and 一个月前, not in 上一年, 同一天, 一年一度.
      if (isBareOne(core) && !oneDurationOk) return null;
      // 两年半, 一个半月 → 2.5 years: 半 right after the unit adds a half.
      if (text[end] === '半') {
        value += 0.5;
        end += 1;
      }
      // 10年期, 5年期以上: a bond's tenor.
      if (text[end] === '期') end += 1;
    }
    if (kind === 'count' && unit === null) return null;
    // 3岁半 is three and a half years old, not 3岁: 半 right after 岁 adds a half as it does after 年.
    if (kind === 'count' && unit === '岁' && text[end] === '半') {
      value += 0.5;
      end += 1;
    }
    // 约为三年前价格的3倍: the qualifier bridges to the figure after 的 (see AGO_BRIDGE_RE), not to the time ago.
    if (kind === 'duration' && left !== null && AGO_BRIDGE_QUALIFIERS.has(text.slice(left.start, signStart)) && AGO_AFTER_RE.test(text.slice(end))) {
      approx = null;
      spanStart = signStart;
    }

    const rq = sticky(RIGHT_QUAL_RE, text, end);
    if (rq) {
      if (boundOutweighsLentAbout(left, signStart, rq[0])) approx = null;
      approx ??= rq[0] === '以下' && this.isDepth(kind, unit, spanStart, end) ? 'over' : rightApprox(rq[0]);
      end += rq[0].length;
    } else if (kind === 'measure' && approx === null && (unit === 'km' || unit === 'm' || unit === 'nmi') && text.startsWith('以外', end) && !/除(?:了)?[^，,；;。]{0,8}$/u.test(text.slice(Math.max(0, spanStart - 10), spanStart))) {
      // 距县城50公里以外: a distance beyond which something lies, "more than 50 km" (除5公里以外 is "besides").
      approx = 'over';
      end += 2;
    } else if (kind === 'money' && approx === null && STARTING_PRICE_RE.test(text.slice(end, end + 2))) {
      // 收费15元起, 20万元起售: a starting price, which the span keeps so the English can say "from".
      // Its qualifier stays null, as 起售价为8999元 has it: a summary's "starts at 8,999 yuan" reads
      // exact, and 'at_least' would flag that faithful wording as a dropped bound.
      end += 1;
    }
    return { ...base, start: spanStart, end, kind, unit, value, valueMax, approx, bare: false, ...(per === undefined ? {} : { per }) };
  }

  /**
   * 埋深3500米以下的页岩气, 水深6000米以下区域: below a depth is deeper, more than the figure. Read
   * from the phrase itself, so a summary that copies it reads it alike; 浅 in its clause (水深1米以下的
   * 浅滩) keeps the plain bound.
   */
  private isDepth(kind: FactKind, unit: string | null, spanStart: number, end: number): boolean {
    if (kind !== 'measure' || (unit !== 'm' && unit !== 'km')) return false;
    if (!DEPTH_BEFORE_RE.test(this.text.slice(Math.max(this.lastEnd, spanStart - 8), spanStart))) return false;
    const after = this.text.slice(end, end + 30);
    return !/浅|淺/u.test(this.clauseOf(spanStart) + after.slice(0, after.search(/[，。；！？,;!?\n]|$/u)));
  }

  /**
   * A measure's unit with the denominator written after it (310立方米每秒, 48米/秒) or before the
   * figure (每秒45立方米, 每平方米约10兆瓦): its denominator ("s", "m2", none) and the end of the
   * span. Null when a "/" joins a word the table does not know (5吨/手): reading nothing beats
   * reading half a rate.
   */
  private rateUnit(spanStart: number, unitEnd: number): { per: string | undefined; end: number } | null {
    const text = this.text;
    const after = sticky(RATE_AFTER_RE, text, unitEnd);
    if (after) return { per: RATE_UNITS[after[1] ?? after[2] ?? ''], end: unitEnd + after[0].length };
    if (sticky(UNKNOWN_RATE_RE, text, unitEnd)) return null;
    return { per: this.rateBefore(spanStart), end: unitEnd };
  }

  /**
   * The denominator written before a figure (每秒45立方米, 每亩约330公斤), in its own phrase: no
   * figure read before it (lastEnd) and no clause mark between, so 50亩以上的种植主体每亩 lends
   * 每亩 to what follows it, never to 50亩.
   */
  private rateBefore(spanStart: number): string | undefined {
    const before = RATE_BEFORE_RE.exec(this.text.slice(Math.max(this.lastEnd, spanStart - 12), spanStart));
    return before === null ? undefined : RATE_UNITS[before[1] ?? ''];
  }

  /** The units that are not a plain table lookup. */
  private special(
    unitText: string,
    value: number,
    core: string,
    end: number,
    isArabic: boolean,
  ): { kind: FactKind; unit: string | null; end: number; scale?: number; value?: number } | null {
    const text = this.text;
    const after = end + unitText.length;
    switch (unitText) {
      case '%':
      case '％':
        // 维生素E（50%粉）, 95%原药, 5%乳油: a product's grade or strength, part of its name.
        if (PRODUCT_GRADE_AFTER_RE.test(text.slice(after, after + 4))) return null;
        return { kind: 'percent', unit: '%', end: after };
      case '个百分点':
      case '百分点':
        return { kind: 'percentage_point', unit: 'pp', end: after };
      case '成': {
        // 四成 = 40%, 七成以上, 近5成; numerals up to 十 (八成是 is "probably"), a single whole digit when Arabic.
        // (成为, 成本 … were blocked with the other units' blockers before 成 got here.)
        if ((isArabic && !/^[1-9１-９]$/u.test(core)) || value > 10) return null;
        return { kind: 'percent', unit: '%', end: after, scale: 10 };
      }
      case '倍':
        return { kind: 'multiple', unit: 'x', end: after };
      case '分之': {
        const num = sticky(CORE_Y, text, after);
        const n = num ? parseChineseNumber(normalizeDigits(num[0])) : null;
        if (num === null || n === null || value === 0) return null;
        return { kind: 'fraction', unit: null, end: after + num[0].length, value: round4(n / value) };
      }
      case '块钱':
        return { kind: 'money', unit: 'CNY', end: after };
      // 每千瓦时溢价约3分钱, 便宜5毛钱: fen and jiao, a hundredth and a tenth of a yuan.
      case '分钱':
        return { kind: 'money', unit: 'CNY', end: after, value: round4(value / 100) };
      case '角钱':
      case '毛钱':
        return { kind: 'money', unit: 'CNY', end: after, value: round4(value / 10) };
      case '毛':
        // 比去年涨了5毛: a single digit of jiao that ends its clause (一毛不拔, 5毛重 are no sums).
        if (!isArabic || value < 1 || value > 9 || !isInteger(value) || !/^(?:[，。；！？,.;!?\s”"]|$)/u.test(text.slice(after, after + 1))) return null;
        return { kind: 'money', unit: 'CNY', end: after, value: round4(value / 10) };
      case '块': {
        // 块 is money only when 毛/角 or 钱 follows (十块三毛); else a classifier (三块金牌).
        const tail = sticky(MONEY_TAIL_RE, text, after);
        // 三百块。 with nothing after is money too, from 10 up (切成三块 is not), when its clause
        // speaks of money (花了三百块, 售价120块) or the sum is spelled out below 万 as people say
        // prices (三百块, 三五百块). A figure in digits or with 万 needs the money word:
        // 银幕总数达9.3万块 counts screens. Colloquial 块 never carries 亿-sized sums, so
        // 集成电路产量达4514亿块 counts chips.
        const spokenSum = !isArabic && value < 1e4;
        // 一斤能卖到5块8, 三块五: a price as people say it, the digit after 块 its jiao.
        const jiaoAfter = /^([0-9０-９]|[一二三四五六七八九])(?:[，。；！？,.;!?\s”"]|$)/u.exec(text.slice(after, after + 2));
        if (jiaoAfter !== null && value < 1e4 && KUAI_MONEY_CONTEXT_RE.test(this.clauseOf(end))) {
          return { kind: 'money', unit: 'CNY', end: after + 1, value: (Math.round(value * 100) + (smallNumber(jiaoAfter[1]!) ?? 0) * 10) / 100 };
        }
        // 一斤只卖4块多钱: 多 before 钱 is "over" (read with the other bounds after a figure).
        if (text.startsWith('多钱', after) && value < 1e4) return { kind: 'money', unit: 'CNY', end: after };
        const alone =
          value >= 10 && value < 1e8 && /^(?:[，。；！？,.;!?\s]|$)/u.test(text.slice(after, after + 1)) &&
          (spokenSum || KUAI_MONEY_CONTEXT_RE.test(this.clauseOf(end)));
        if (!alone && (!tail || !/[毛角钱]/u.test(tail[0]))) {
          // Otherwise 块 is a classifier: 4514亿块 (chips), 三块金牌.
          return isInteger(value) && !isBareOne(core) ? { kind: 'count', unit: '块', end: after } : null;
        }
        if (!tail) return { kind: 'money', unit: 'CNY', end: after };
        const jiao = smallNumber(tail[1]) ?? 0;
        const fen = smallNumber(tail[2]) ?? 0;
        return { kind: 'money', unit: 'CNY', end: after + tail[0].length, value: (Math.round(value * 100) + jiao * 10 + fen) / 100 };
      }
      case '个基点':
        // 减60个基点: 60 basis points (0.6 percentage points), not a count of 60 things; 个 is its classifier.
        return { kind: 'count', unit: '基点', end: after };
      case '个亿':
      case '个万': {
        const scale = unitText === '个亿' ? 1e8 : 1e4;
        const cur = sticky(UNIT_RE, text, after);
        const curInfo = cur ? UNIT_TABLE.get(cur[0]) : undefined;
        if (curInfo?.kind === 'money') return { kind: 'money', unit: curInfo.unit, end: after + (cur?.[0].length ?? 0), scale };
        // 3至5个万亩良种繁育基地: 个 counts the 万亩 bases, a name of their size.
        if (unitText === '个万' && cur !== null && curInfo?.kind === 'measure' && isInteger(value)) return { kind: 'count', unit: '个', end: after - 1 };
        return null;
      }
      case '日': {
        // 19日 alone is a day of the month we cannot place; 90日 is a duration.
        if (value > 31 && isInteger(value) && !isBareOne(core)) return { kind: 'duration', unit: 'day', end: after };
        // 两日 is two days: 两 counts, it never names a day of the month (二日 does).
        if (/^[两兩]$/u.test(core)) return { kind: 'duration', unit: 'day', end: after };
        // 5日以上10日以下拘留, 15日内, 前7日最低成交价, 连续5日: days counted, not a day of the month.
        if (isInteger(value) && !isBareOne(core) &&
          (DAYS_COUNTED_AFTER_RE.test(text.slice(after, after + 3)) || DAYS_COUNTED_BEFORE_RE.test(text.slice(Math.max(0, end - core.length - 2), end - core.length)))) {
          return { kind: 'duration', unit: 'day', end: after };
        }
        return null;
      }
      case '年':
        // 3.5年 is three and a half years: a decimal is never a calendar year.
        if ((isInteger(value) || /[.．点點]/u.test(core)) && (!isBareOne(core) || this.bareOneDuration(end - core.length, end)) && text[after] !== '级' && text[after] !== '代') {
          return { kind: 'duration', unit: 'year', end: after };
        }
        return null;
      default:
        return null;
    }
  }

  /** Dates (5月19日, 今年4月), years (2024年, 2024年底), periods (2024财年, 第一季度, 前三季度). */
  private temporal(start: number, end: number, core: string, value: number, isArabic: boolean, allowLeft: boolean): Simple | null {
    const text = this.text;
    const ref = this.ref;
    const base = { coreStart: start, coreText: core, valueMax: null, approx: null, bare: false } as const;
    const before = text[start - 1] ?? '';
    const isYearNumber =
      isInteger(value) &&
      ((isArabic && /^[0-9０-９]{4}$/u.test(core) && value >= 1800 && value <= 2199) ||
        (/^[零〇一二三四五六七八九]{4}$/u.test(core) && value >= 1800 && value <= 2199) ||
        // 始建于1368年, 公元960年: an older year, where 于 or 公元 says it is a point in time.
        (isArabic && /^[0-9]{3,4}$/u.test(core) && value >= 100 && text[end] === '年' && OLD_YEAR_BEFORE_RE.test(text.slice(Math.max(0, start - 3), start))));

    if (isYearNumber && (text.startsWith('财年', end) || text.startsWith('财政年度', end))) {
      const fyEnd = end + (text.startsWith('财年', end) ? 2 : 4);
      const q = sticky(QUARTER_TAIL_RE, text, fyEnd);
      const quarter = q ? quarterOf(q) : null;
      if (q && quarter !== null) {
        return { ...base, kind: 'period', start, end: fyEnd + q[0].length, value: `FY${value}-${quarter}`, unit: null };
      }
      return { ...base, kind: 'period', start, end: fyEnd, value: `FY${value}`, unit: null };
    }
    if (isYearNumber && text[end] === '年') {
      return this.afterYear(start, end + 1, value);
    }
    // 2025届毕业生: the class of 2025 is a year, not 2025 of something.
    if (isYearNumber && (text[end] === '届' || text[end] === '屆')) {
      return { ...base, kind: 'year', start, end: end + 1, value: String(value), unit: null };
    }
    // 2024学年, 2025赛季: the school year or season named by the year it starts in ("the 2024 school
    // year"); CBA2024—2025赛季 (a first year glued to a name, so no range of its own) spans both.
    if (isYearNumber && /^(?:学年|學年|赛季|賽季)/u.test(text.slice(end, end + 2))) {
      const from = /([0-9]{4})(?:—|–|-|－|~|～|至|到)$/u.exec(text.slice(Math.max(0, start - 5), start));
      if (from !== null && /[A-Za-z]$/u.test(text.slice(0, start - from[0].length))) {
        return { ...base, kind: 'period', start: start - from[0].length, end: end + 2, value: `${from[1]}..${value}`, unit: null };
      }
      return { ...base, kind: 'year', start, end: end + 2, value: String(value), unit: null };
    }
    // 2024—2025调水年度, 2025会计年度, 2024至2025雪季: a year that names a kind of year or season after it.
    if (isYearNumber && /^\p{Script=Han}{1,3}(?:年度|季(?!度))/u.test(text.slice(end, end + 5))) {
      return { ...base, kind: 'year', start, end, value: String(value), unit: null };
    }
    const day = allowLeft ? this.dayOnly(start, end, value) : null;
    if (day !== null) return { ...base, kind: 'date', start, end: end + 1, value: day, unit: null };

    // 今年前10个月: the first N months of the year, a run of months like 前三季度. Only after the
    // year's name: 提前3个月 and 上线后前3个月 are no calendar months, and 3个月 stays a duration.
    if (allowLeft && before === '前' && isInteger(value) && value >= 2 && value <= 12 && /^[个個]月/u.test(text.slice(end, end + 2))) {
      const qStart = start - 1;
      const yw = YEAR_WORD_RE.exec(text.slice(Math.max(this.lastEnd, qStart - 2), qStart));
      const year = yw ? this.yearFromWord(yw[1] ?? '') : null;
      if (yw && year !== null) {
        return { ...base, kind: 'period', start: qStart - 2, end: end + 2, value: monthRun(year, 1, value), unit: null };
      }
    }

    // 前8月, 今年前两月: the first N months too, written without 个. Unlike 前3个月 it names calendar
    // months even with no year before it (提前3月 is no usage), so the year of reference stands in.
    if (allowLeft && before === '前' && isInteger(value) && value >= 2 && value <= 12 && text[end] === '月' && !/^[0-9０-９一二三四五六七八九十]{1,3}[日号]/u.test(text.slice(end + 1, end + 5)) && text[start - 2] !== '提') {
      const qStart = start - 1;
      const yw = YEAR_WORD_RE.exec(text.slice(Math.max(this.lastEnd, qStart - 2), qStart));
      const year = yw ? this.yearFromWord(yw[1] ?? '') : ref?.y ?? null;
      if (year !== null) return { ...base, kind: 'period', start: yw ? qStart - 2 : qStart, end: end + 1, value: monthRun(year, 1, value), unit: null };
    }

    // Quarters: 第一季度, 一季度, 前三季度 (with 今年/2025年 before them handled by afterYear).
    if (allowLeft && isInteger(value)) {
      const qStart = before === '第' || before === '前' ? start - 1 : start;
      const q = sticky(QUARTER_TAIL_RE, text, qStart);
      if (q && q.index === qStart && qStart + q[0].length > end) {
        const quarter = quarterOf(q);
        if (quarter !== null) {
          const yw = YEAR_WORD_RE.exec(text.slice(Math.max(this.lastEnd, qStart - 2), qStart));
          const year = yw ? this.yearFromWord(yw[1] ?? '') : ref?.y ?? null;
          const spanStart = yw ? qStart - 2 : qStart;
          const v = year === null ? quarter : `${year}-${quarter}`;
          return { ...base, kind: 'period', start: spanStart, end: qStart + q[0].length, value: v, unit: null };
        }
      }
    }

    // 7、8月: a month listed before a later one that alone writes 月 is a month too.
    const listedMonth = /^、([0-9０-９]{1,2})月/u.exec(text.slice(end, end + 5));
    if (listedMonth && isInteger(value) && value >= 1 && Number(normalizeDigits(listedMonth[1]!)) > value && Number(normalizeDigits(listedMonth[1]!)) <= 12 && !/[第前]$/u.test(before)) {
      const yw = allowLeft ? YEAR_WORD_RE.exec(text.slice(Math.max(this.lastEnd, start - 2), start)) : null;
      const year = yw ? this.yearFromWord(yw[1] ?? '') : this.monthYear(value, start, end);
      return { ...base, kind: 'date', start: yw ? start - 2 : start, end, value: dateValue(year, value, null), unit: null, approx: null };
    }
    // Months and days without a year: 5月19日, 4月, 今年4月.
    if (text[end] === '月' && isInteger(value) && value >= 1 && value <= 12 && before !== '个' && text[end - 1] !== '个') {
      if (/^[零〇]/u.test(core)) return null;
      // 统一月度, 唯一月份: 一 ending a word is no month's.
      if (core === '一' && /[统統唯万萬]$/u.test(before)) return null;
      // “一村一月一场电影”: one of each in a slogan's run of 一X, no January.
      if (core === '一' && (/一\p{Script=Han}$/u.test(text.slice(Math.max(0, start - 2), start)) || /^一(?![日号十二三四五六七八九〇零])\p{Script=Han}/u.test(text.slice(end + 1)))) return null;
      let dEnd = end + 1;
      let day: number | null = null;
      const dm = sticky(DAY_RE, text, dEnd);
      if (dm) {
        const d = smallNumber(normalizeDigits(dm[1] ?? ''));
        if (d !== null && d >= 1 && d <= 31) {
          day = d;
          dEnd += dm[0].length;
        }
      } else {
        // 10月22出生, 1月3至2月10: a day in digits without 日, when no unit claims the number
        // (5月12家企业 counts firms) and it is not itself a month (1月3月).
        const bare = sticky(BARE_DAY_RE, text, dEnd);
        const d = bare ? Number(normalizeDigits(bare[1] ?? '')) : 0;
        const next = dEnd + (bare?.[0].length ?? 0);
        if (bare && d >= 1 && d <= 31 && sticky(UNIT_RE, text, next) === null && !/^[多余個个月年]/u.test(text[next] ?? '')) {
          day = d;
          dEnd = next;
        } else {
          // 3月份, 9月底, 10月中旬, 12月月底: still the month (gold records month-level dates).
          const tail = sticky(MONTH_TAIL_RE, text, dEnd);
          if (tail) dEnd += tail[0].length;
        }
      }
      const yw = allowLeft ? YEAR_WORD_RE.exec(text.slice(Math.max(this.lastEnd, start - 2), start)) : null;
      const year = yw ? this.yearFromWord(yw[1] ?? '') : (this.chainedYear(start, value) ?? this.monthYear(value, start, dEnd));
      // 7月前后, 5月20日左右: about that month or day (like 2026年前后); 7月前 alone is "before July".
      const q = sticky(YEAR_QUAL_RE, text, dEnd);
      return {
        ...base, kind: 'date', start: yw ? start - 2 : start, end: q ? dEnd + q[0].length : dEnd,
        value: dateValue(year, value, day), unit: null, approx: q ? 'about' : null,
      };
    }
    return null;
  }

  /**
   * 2021年4月28日至5月26日: the second end of a date range joined by 至/到/- takes its year from
   * the first (the next year when its month is earlier: 2024年12月1日至1月5日). This is the only
   * way a year written in the text reaches a bare month: the chain is one clause, so the year
   * cannot drift to a later sentence. Null when the month does not continue such a range.
   */
  private chainedYear(start: number, month: number): number | null {
    const prev = this.out.at(-1);
    if (prev === undefined || prev.kind !== 'date' || typeof prev.value !== 'string') return null;
    const m = /^(\d{4})-(\d{2})/u.exec(prev.value);
    if (!m || !DATE_CHAIN_RE.test(this.text.slice(prev.end, start))) return null;
    const y = Number(m[1]);
    return month >= Number(m[2]) ? y : y + 1;
  }

  /**
   * A month without a year, read as a careful reader does: the year a clause of its sentence
   * is headed by (2024年秋季学期，…于9月1日…), else the publication year, or the year before when
   * the month lies after the publication month and the sentence tells of the past. A 2025 annual
   * report published in February 2026 tells of 2025's July (7月，热线单月受理量首次突破100万件);
   * 将于7月 and 7月1日起施行 stay ahead. With neither past nor future in the sentence, a month more
   * than half a year ahead is last year's; a nearer one this year's, as news announces the coming
   * months' events plainly (活动时间为6月1日至30日). `end` is where the month or day ends.
   */
  private monthYear(month: number, at: number, end: number): number | null {
    const ref = this.ref;
    if (ref === null) return null;
    const framed = this.frameYear(at);
    if (framed !== null) return framed;
    const before = this.clauseBefore(at);
    const after = this.text.slice(end, end + 80);
    const future = FUTURE_RE.test(before) || FUTURE_AFTER_RE.test(after);
    // 计划于3月底前完成, published in November: next March.
    if (future) return ref.m - month > 6 ? ref.y + 1 : ref.y;
    if (month - ref.m <= 1) return ref.y;
    const stop = after.search(SENTENCE_END_RE);
    const sentenceAfter = stop < 0 ? after : after.slice(0, stop);
    if (PAST_RE.test(before) || PAST_RE.test(sentenceAfter)) return ref.y - 1;
    return month - ref.m <= 6 ? ref.y : ref.y - 1;
  }

  /** The last year heading a clause of the sentence before `at` (see CLAUSE_YEAR_RE), or null. */
  private frameYear(at: number): number | null {
    // clauseBefore stops at 80 characters: a cut mid-sentence is marked so ^ does not take it for a head.
    const sentence = this.clauseBefore(at);
    const head = at - sentence.length > 0 && !/[。！？!?\n]/u.test(this.text[at - sentence.length - 1] ?? '') ? `…${sentence}` : sentence;
    let last: RegExpExecArray | null = null;
    CLAUSE_YEAR_RE.lastIndex = 0;
    for (let m = CLAUSE_YEAR_RE.exec(head); m !== null; m = CLAUSE_YEAR_RE.exec(head)) last = m;
    if (last === null) return null;
    return last[1] !== undefined ? Number(last[1]) : this.yearFromWord(last[2] ?? '');
  }

  /**
   * The clause holding `at`, up to `at`: from the last comma or stop before it (at most 40
   * characters). A price word in the previous clause (票价37元，银幕9.3万块) says nothing here.
   */
  /** The unit a figure's clause gives the character after it, when UNIT_TABLE alone cannot tell. */
  private contextualUnit(start: number, end: number, core: string, value: number, isArabic: boolean, before: string): { text: string; info: UnitInfo } | null {
    const text = this.text;
    const next = text[end];
    if (this.computePowerAt(start, end, core)) return { text: 'P', info: COMPUTE_POWER };
    if (POINTS_AFTER_RE.test(text.slice(end, end + 3)) && !/[时時点點]/u.test(before) && SCORING_RE.test(this.clauseBefore(start))) return { text: '分', info: POINTS };
    // 价格指数为97.8点, 收于3200点: an index's points, where the clause speaks of an index.
    if (INDEX_POINTS_AFTER_RE.test(text.slice(end, end + 3)) && INDEX_RE.test(this.clauseBefore(start))) return { text: '点', info: INDEX_POINTS };
    if (next === '度') {
      // (糖度可达21度，比普通品种高出约3度: the sugar named earlier in the sentence.)
      if (SUGAR_RE.test(this.clauseOf(start)) || SUGAR_RE.test(this.clauseBefore(start))) return { text: '度', info: BRIX };
      if (ANGLE_RE.test(this.wholeClauseOf(start))) return { text: '度', info: ANGLE };
      if (!/[万亿萬億]$/u.test(core) && PRESCRIPTION_RE.test(this.wholeClauseOf(start))) return { text: '度', info: ANGLE };
      if (!/[万亿萬億]$/u.test(core) && TEMPERATURE_RE.test(this.wholeClauseOf(start))) return { text: '度', info: CELSIUS };
    }
    if (next === '环' && !/^环[比境保卫节线岛路球]/u.test(text.slice(end, end + 2)) && RINGS_CONTEXT_RE.test(this.wholeClauseOf(start))) return { text: '环', info: RINGS };
    if (isArabic && next === 'K' && value >= 1000 && COLOUR_TEMPERATURE_RE.test(this.wholeClauseOf(start))) return { text: 'K', info: KELVIN };
    if (isArabic && next === '钱' && SIZE_GRADE_RE.test(this.clauseBefore(start) + text.slice(end, end + 12))) return { text: '钱', info: QIAN };
    return null;
  }

  private clauseOf(at: number): string {
    const head = this.text.slice(Math.max(0, at - 40), at);
    const cut = Math.max(...[...'，。；！？,;!?\n'].map((c) => head.lastIndexOf(c)));
    return head.slice(cut + 1);
  }

  /** The clause holding `at`, on both sides (at most 40 characters before and 24 after). */
  private wholeClauseOf(at: number): string {
    const tail = this.text.slice(at, at + 24);
    const stop = /[，。；！？,;!?\n]/u.exec(tail)?.index ?? tail.length;
    return this.clauseOf(at) + tail.slice(0, stop);
  }

  /** The text from the start of the sentence holding `at` up to `at` (at most 80 characters). */
  private clauseBefore(at: number): string {
    const from = Math.max(0, at - 80);
    const head = this.text.slice(from, at);
    const cut = Math.max(head.lastIndexOf('。'), head.lastIndexOf('\n'), head.lastIndexOf('！'), head.lastIndexOf('？'));
    return head.slice(cut + 1);
  }

  /**
   * 海关总署9日发布: a day of the month with no month, placed in the month of the last full
   * date before it (新华社北京5月9日电) or of the publication date; a day later than that
   * anchor's day falls in the month before when it would otherwise be after the publication
   * date. Only where the context makes it a date.
   */
  private dayOnly(start: number, end: number, value: number): string | null {
    const text = this.text;
    if (text[end] !== '日' && text[end] !== '号' && text[end] !== '號') return null;
    if (!isInteger(value) || value < 1 || value > 31) return null;
    if (/[月第〕\]】（(]/u.test(text[start - 1] ?? '')) return null;
    const chained = this.chainedDay(start, value);
    if (chained !== null) return chained;
    const after = text.slice(end + 1, end + 5);
    if (!DAY_ONLY_AFTER_RE.test(after) && !DAY_RANGE_AFTER_RE.test(after) && !DAY_ONLY_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start))) return null;
    let anchor: { y: number | null; m: number; d: number } | null = null;
    // The anchor is looked for among the last 64 figures only, so the cost stays linear.
    for (let i = this.out.length - 1; i >= Math.max(0, this.out.length - 64) && anchor === null; i--) {
      const o = this.out[i];
      const m = o?.kind === 'date' && typeof o.value === 'string' ? /^(\d{4}|-)-(\d{2})-(\d{2})$/u.exec(o.value) : null;
      if (!m || o === undefined) continue;
      const y = m[1] === '-' ? null : Number(m[1]);
      // A date of another year in an earlier sentence (在2021年4月28日至…期间。…24日收盘) is an
      // event being recounted, not the day the article stands on: it must not lend its year
      // and month to a later sentence. Such a day falls back to the publication date.
      if (this.ref !== null && y !== this.ref.y && this.crossesSentence(o.end, start)) break;
      anchor = { y, m: Number(m[2]), d: Number(m[3]) };
    }
    anchor ??= this.ref;
    if (anchor === null) return null;
    let y = anchor.y;
    let mo = anchor.m;
    // A day after the anchor's falls in the month before only when it would otherwise lie after
    // the article's own date: 8月11日至12日…12日 (published 8月14日) is 8月12日, not 7月12日.
    const ref = this.ref;
    const afterPublication =
      ref === null || anchor === ref ? value > anchor.d : (y ?? ref.y) > ref.y || ((y ?? ref.y) === ref.y && (mo > ref.m || (mo === ref.m && value > ref.d)));
    if (value > anchor.d && afterPublication) {
      mo -= 1;
      if (mo === 0) {
        mo = 12;
        if (y !== null) y -= 1;
      }
    }
    return dateValue(y, mo, value);
  }

  /**
   * 6月12日至15日, 11月6日晚间至7日: a day closing a range opened by a full date is in that
   * date's month (the next month when it is not later: 1月30日至2日). Read against the
   * publication date instead, 15日 in a June festival announced in May became May 15.
   */
  private chainedDay(start: number, value: number): string | null {
    const prev = this.out.at(-1);
    const m = prev?.kind === 'date' && typeof prev.value === 'string' ? /^(\d{4}|-)-(\d{2})-(\d{2})$/u.exec(prev.value) : null;
    if (prev === undefined || m === null || !DAY_CHAIN_RE.test(this.text.slice(prev.end, start))) return null;
    let y = m[1] === '-' ? null : Number(m[1]);
    let mo = Number(m[2]);
    if (value <= Number(m[3])) {
      mo += 1;
      if (mo === 13) {
        mo = 1;
        if (y !== null) y += 1;
      }
    }
    return dateValue(y, mo, value);
  }

  /** True when a sentence ends between `from` and `to` (or they lie over 200 characters apart). */
  private crossesSentence(from: number, to: number): boolean {
    return to - from > 200 || SENTENCE_END_RE.test(this.text.slice(from, to));
  }

  private yearFromWord(word: string): number | null {
    const off = YEAR_OFFSETS[word];
    return this.ref === null || off === undefined ? null : this.ref.y + off;
  }

  /** What follows 2024年 (or 今年): 底, 上半年, 第一季度, Q1, 前三季度, 4月19日, 度, or nothing. */
  private afterYear(start: number, at: number, year: number): Simple {
    const text = this.text;
    const base = { coreStart: start, coreText: String(year), valueMax: null, approx: null, bare: false } as const;
    const md = sticky(MONTH_DAY_RE, text, at);
    if (md) {
      const month = smallNumber(normalizeDigits(md[1] ?? ''));
      const day = md[2] === undefined ? null : smallNumber(normalizeDigits(md[2]));
      if (month !== null && month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31)) && text[at + (md[1] ?? '').length - 1] !== '个') {
        const dayOk = md[2] !== undefined && day !== null;
        let end = dayOk ? at + md[0].length : at + (md[1] ?? '').length + 1;
        // 2026年3月底, 2024年11月上旬: the part of the month stays in the span, as after 今年 (its English says it).
        if (!dayOk) end += sticky(MONTH_TAIL_RE, text, end)?.[0].length ?? 0;
        const q = sticky(YEAR_QUAL_RE, text, end);
        return {
          ...base, kind: 'date', start, end: q ? end + q[0].length : end,
          value: dateValue(year, month, dayOk ? day : null), unit: null, approx: q ? 'about' : null,
        };
      }
    }
    // 2024年前10个月: the first ten months of 2024 (see temporal).
    const firstMonths = sticky(FIRST_MONTHS_RE, text, at);
    const n = firstMonths ? smallNumber(normalizeDigits(firstMonths[1] ?? '')) : null;
    if (firstMonths && n !== null && n >= 2 && n <= 12) {
      return { ...base, kind: 'period', start, end: at + firstMonths[0].length, value: monthRun(year, 1, n), unit: null };
    }
    // 2005年首月: the first month.
    if (text.startsWith('首月', at)) return { ...base, kind: 'date', start, end: at + 2, value: `${year}-01`, unit: null };
    // 2024年同期: the same half or quarter of 2024 as the one its sentence names (上半年…较2024年同期).
    if (text.startsWith('同期', at)) {
      let last: RegExpExecArray | null = null;
      const clause = this.clauseBefore(start);
      SAME_PERIOD_RE.lastIndex = 0;
      for (let m = SAME_PERIOD_RE.exec(clause); m !== null; m = SAME_PERIOD_RE.exec(clause)) last = m;
      const suffix = last === null ? null : last[1] !== undefined ? (last[1] === '上半年' ? 'H1' : 'H2') : quarterFromGroups(last[2], last[3]);
      if (suffix !== null) return { ...base, kind: 'period', start, end: at + 2, value: `${year}-${suffix}`, unit: null };
    }
    const t = sticky(YEAR_TAIL_RE, text, at);
    if (t) {
      const end = at + t[0].length;
      if (t[1] !== undefined) return { ...base, kind: 'year', start, end, value: String(year), unit: null };
      if (t[2] !== undefined) return { ...base, kind: 'period', start, end, value: `${year}-${t[2] === '上半年' ? 'H1' : 'H2'}`, unit: null };
      const quarter = quarterFromGroups(t[3] ?? t[4] ?? t[5], t[6]);
      if (quarter !== null) return { ...base, kind: 'period', start, end, value: `${year}-${quarter}`, unit: null };
    }
    const q = sticky(YEAR_QUAL_RE, text, at);
    return { ...base, kind: 'year', start, end: q ? at + q[0].length : at, value: String(year), unit: null, approx: q ? 'about' : null };
  }

  /** A range: 5亿至10亿元, 10%-15%, 三到五年, 两到三万港元, 1万(含)-5万元, 2020-2024年. */
  private range(first: Simple): Draft | null {
    const text = this.text;
    // 200元/吨至220元/吨: each end written with its denominator.
    const denominator = first.bare ? null : PER_BEFORE_CONNECTOR_RE.exec(text.slice(first.end, first.end + 6))?.[0] ?? null;
    const conn = sticky(RANGE_RE, text, first.end + (denominator?.length ?? 0));
    if (!conn || conn[0] === '') return null;
    const at = first.end + (denominator?.length ?? 0) + conn[0].length;
    const core2 = sticky(CORE_Y, text, at);
    if (!core2) return null;
    if (this.isIdentifier(at, at + core2[0].length, core2[0], true)) return null;
    // A third number chained by another dash is a phone or code: 400-820-8820.
    const second = this.simple(at, core2[0], false);
    if (second === null || second.bare) return null;
    if (denominator !== null && text.slice(second.end, second.end + denominator.length) !== denominator) return null;
    if (/^[-－—–~～]/u.test(text.slice(second.end, second.end + 1)) && isDigit(text[second.end + 1])) return null;

    // 1至8月, 今年1—2月: a run of months with 月 written once is one period (2025-M01..M08), as
    // 前三季度 is; the first number is no date by itself. 5月至10月 names two months and stays two dates.
    const month2 = second.kind === 'date' && typeof second.value === 'string' ? /^(\d{4}|-)-(\d{2})$/u.exec(second.value) : null;
    if (first.bare && month2 !== null && typeof first.value === 'number' && first.valueMax === null && first.approx === null &&
        /^[0-9０-９]{1,2}$/u.test(first.coreText) && text[second.coreStart + second.coreText.length] === '月') {
      const m1 = first.value;
      const m2 = Number(month2[2]);
      if (!(m1 >= 1 && m1 < m2)) return null;
      const yw = YEAR_WORD_RE.exec(text.slice(Math.max(this.lastEnd, first.start - 2), first.start));
      // 2024年1-2月: the year just read (a fact of its own) is the run's.
      const prev = this.out.at(-1);
      const yearBefore = prev?.kind === 'year' && prev.end === first.start && typeof prev.value === 'string' ? Number(prev.value) : null;
      const year = yw ? this.yearFromWord(yw[1] ?? '') : yearBefore ?? (month2[1] === '-' ? null : Number(month2[1]));
      return draft('period', yw ? first.start - 2 : first.start, second.end, monthRun(year, m1, m2));
    }
    if (first.kind === 'year' && second.kind === 'year' || (first.bare && second.kind === 'year' && typeof first.value === 'number')) {
      const y1 = typeof first.value === 'string' ? Number(first.value) : first.value;
      const y2 = Number(second.value);
      if (y1 >= 1800 && y1 < y2 && /^[0-9０-９]{4}/u.test(first.coreText)) {
        return { kind: 'period', start: first.start, end: second.end, value: `${y1}..${y2}`, valueMax: null, unit: null, approx: null };
      }
      // 2024—2024赛季 spans nothing, but is read as the span it is written as, so that it is checked as one.
      if (y1 >= 1800 && y1 <= 2199 && /^[0-9０-９]{4}$/u.test(first.coreText) && /^[0-9０-９]{4}$/u.test(second.coreText)) {
        return { kind: 'period', start: first.start, end: second.end, value: `${y1}..${y2}`, valueMax: null, unit: null, approx: null };
      }
      return null;
    }
    const rangeable: readonly FactKind[] = ['money', 'percent', 'percentage_point', 'count', 'measure', 'duration', 'multiple'];
    if (!rangeable.includes(second.kind) || typeof second.value !== 'number' || typeof first.value !== 'number') return null;
    if (second.valueMax !== null) return null;
    let v1 = first.value;
    if (first.bare && second.kind === 'percent' && /^[成]/u.test(text.slice(second.coreStart + second.coreText.length))) {
      // 一至两成: the first number is in tenths too.
      v1 *= 10;
    } else if (first.bare) {
      // 两到三万: the first number borrows the second's magnitude when it is smaller than its base.
      const mag = magnitudeSuffix(second.coreText);
      const own = magnitudeSuffix(first.coreText);
      const borrows = mag !== null && (mag.big ? own === null || !own.big : own === null);
      if (mag !== null && borrows) {
        const base2 = parseChineseNumber(normalizeDigits(mag.base));
        if (base2 !== null && v1 < base2) v1 = v1 * 10 ** mag.exp;
      }
    } else if (first.kind !== second.kind || first.unit !== second.unit) {
      return null;
    }
    // 距今约3100年至3000年: years before present count down, and the two ends make one span.
    if (first.valueMax === null && first.kind === 'duration' && v1 > second.value && /距今$/u.test(text.slice(Math.max(0, first.start - 2), first.start))) {
      return { kind: 'duration', start: first.start, end: second.end, value: second.value, valueMax: v1, unit: second.unit, approx: first.approx ?? second.approx };
    }
    if (first.valueMax !== null || !(v1 < second.value)) return null;
    // 月薪提高约1000元至5600元: after a verb of change, a far larger second figure is the level the
    // change reaches, not the top of a range (增长15%至20%, 增加10至15人 and 上调200元至500元 stay ranges).
    if (first.kind !== 'percent' && first.kind !== 'percentage_point' && second.value > 4 * v1 && CHANGE_VERB_BEFORE_RE.test(text.slice(Math.max(this.lastEnd, first.start - 3), first.start))) {
      return null;
    }
    // 每秒45立方米至80立方米, 1至3米/秒: the rate written once is both ends'.
    const per = second.per ?? first.per;
    return {
      kind: second.kind,
      start: first.start,
      end: second.end,
      value: v1,
      valueMax: second.value,
      unit: second.unit,
      approx: first.approx ?? second.approx,
      ...(per === undefined ? {} : { per }),
    };
  }

  /** 今年, 去年, 上半年, 上月, Q1, FY2024, 翻番: no numeral core, so a second small pass. */
  private relative(): void {
    const text = this.text;
    const ref = this.ref;
    const extra: Draft[] = [];
    REL_RE.lastIndex = 0;
    for (let m = REL_RE.exec(text); m !== null; m = REL_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      let d: Draft | null = null;
      if (m[1] !== undefined) {
        // 过去年轻人 is 过去 + 年轻人 ("young people used to"), 过去年代 "past decades": no 去年.
        const pastWord = m[1] === '去年' && /[过過失]/u.test(text[start - 1] ?? '') && /^[轻輕代间間份]/u.test(text[end] ?? '');
        const year = pastWord ? null : this.yearFromWord(m[1]);
        if (year !== null) {
          const tail = m[2];
          if (tail === '上半年' || tail === '下半年') {
            d = draft('period', start, end, `${year}-${tail === '上半年' ? 'H1' : 'H2'}`);
          } else {
            d = draft('year', start, end, String(year));
          }
        }
      } else if (m[3] !== undefined) {
        if (ref !== null) d = draft('period', start, end, `${ref.y}-${m[3] === '上半年' ? 'H1' : 'H2'}`);
      } else if (m[4] !== undefined) {
        if (ref !== null) {
          const offset = m[4].startsWith('上') ? -1 : m[4].startsWith('下') ? 1 : 0;
          const idx = ref.y * 12 + (ref.m - 1) + offset;
          // 上个月15号, 本月9日: the day rides on the relative month.
          const dayText = /月(.+)[日号]$/u.exec(m[4])?.[1];
          const day = dayText === undefined ? null : smallNumber(normalizeDigits(dayText));
          const ym = `${Math.floor(idx / 12)}-${pad2((idx % 12) + 1)}`;
          d = draft('date', start, end, day !== null && day >= 1 && day <= 31 ? `${ym}-${pad2(day)}` : ym);
        }
      } else if (m[5] !== undefined) {
        d = draft('period', start, end, ref === null ? m[5] : `${ref.y}-${m[5]}`);
      } else if (m[6] !== undefined) {
        d = draft('period', start, end, `FY${m[6]}`);
      } else if (m[7] !== undefined) {
        // (订单同比几乎翻番: nearly doubled.)
        const left = this.leftQualifier(start, 0);
        d = { ...draft('multiple', left?.start ?? start, end, 2), unit: 'x', approx: left?.approx ?? null };
      } else if (m[8] !== undefined) {
        // 超过一半, 近一半, 一半左右: half, with its qualifier on either side.
        let left = this.leftQualifier(start, 0);
        const right = sticky(RIGHT_QUAL_RE, text, end);
        if (right !== null && boundOutweighsLentAbout(left, start, right[0])) left = null;
        // 不到自来水水价4.1元的一半, 不到前者一半: the qualifier may stand before what the half is of (the span stays 一半).
        const far = /(不到|不足|超过|超過|近|约|約)(?:[^，。；,;！？、]{1,20}的|前者|后者)$/u.exec(text.slice(Math.max(0, start - 24), start));
        const farApprox = left === null && far !== null ? LEFT_QUALIFIERS.get(far[1]!) ?? null : null;
        // 过半: past half, more than it.
        const past = left === null && text[start - 1] === '过';
        const approx = left?.approx ?? (right ? rightApprox(right[0]) : past ? 'over' : farApprox);
        d = { ...draft('fraction', left?.start ?? (past ? start - 1 : start), right ? end + right[0].length : end, 0.5), approx };
      } else if (m[9] !== undefined) {
        if (ref !== null) {
          const offset = m[9].startsWith('上') ? -1 : m[9].startsWith('下') ? 1 : 0;
          const idx = ref.y * 4 + Math.floor((ref.m - 1) / 3) + offset;
          d = draft('period', start, end, `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`);
        }
      } else if (m[10] !== undefined) {
        // 系统运行半年来: half a year is six months ("its first six months").
        const left = this.leftQualifier(start, 0);
        d = { ...draft('duration', left?.start ?? start, end, 6), unit: 'month', approx: left?.approx ?? null };
      }
      if (d !== null) extra.push(d);
    }
    if (extra.length === 0) return;
    // Numeric facts win: 今年4月 is one date, not a date and a year.
    const merged: Draft[] = [];
    let i = 0;
    for (const e of extra) {
      while (i < this.out.length && (this.out[i]?.end ?? 0) <= e.start) merged.push(this.out[i++] as Draft);
      const next = this.out[i];
      const prev = merged.at(-1);
      const overlaps = (next !== undefined && next.start < e.end) || (prev !== undefined && prev.end > e.start);
      if (!overlaps) merged.push(e);
    }
    while (i < this.out.length) merged.push(this.out[i++] as Draft);
    this.out.length = 0;
    // One by one: spreading a long article's figures into push() overflows the stack.
    for (const d of merged) this.out.push(d);
  }
}

/** A run of months as a period: 2025-M01..M08, or M01..M08 with no known year. */
function monthRun(year: number | null, first: number, last: number): string {
  return `${year === null ? '' : `${year}-`}M${pad2(first)}..M${pad2(last)}`;
}

function draft(kind: FactKind, start: number, end: number, value: number | string): Draft {
  return { kind, start, end, value, valueMax: null, unit: null, approx: null };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Four decimals (0.3333), or four significant digits for a share that small would round away (千万分之一). */
function round4(v: number): number {
  return v !== 0 && Math.abs(v) < 0.001 ? Number(v.toPrecision(4)) : Math.round(v * 1e4) / 1e4;
}

/**
 * 约三成为危急重症, 订单中六成为高速机型, 其中约八成是当地村民: after a qualifier (or 中), 成为 and 成是 are
 * 成 and 为/是 ("about 30% are"), not "become" or 八成是 "probably". (周末下午场的观众七成是外地人: after a group of
 * people, likewise; 他八成是 stays "probably".)
 */
function shareBeforeCopula(text: string, unitText: string, start: number, end: number): boolean {
  return unitText === '成' && (text[end + 1] === '为' || text[end + 1] === '是') &&
    /(?:约|近|逾|超|超过|不到|不足|仅|大约|将近|中|观众|游客|旅客|学员|学生|患者|居民|农户|会员|员工|用户|买家|顾客|市民|村民)$/u.test(text.slice(Math.max(0, start - 2), start));
}

function rightApprox(q: string): Approx {
  if (/含|及|或|级/u.test(q)) return q.endsWith('以上') ? 'at_least' : 'at_most';
  return RIGHT_QUALIFIERS[q] ?? null;
}

function quarterOf(q: RegExpExecArray): string | null {
  return quarterFromGroups(q[1] ?? q[2] ?? q[3], q[4]);
}

function quarterFromGroups(single: string | undefined, firstN: string | undefined): string | null {
  if (single === '首') return 'Q1'; // 首季度, the first quarter
  if (single !== undefined) {
    const n = smallNumber(single);
    return n !== null && n >= 1 && n <= 4 ? `Q${n}` : null;
  }
  if (firstN !== undefined) {
    const n = smallNumber(firstN);
    return n !== null && n >= 2 && n <= 3 ? `Q1..Q${n}` : null;
  }
  return null;
}

/**
 * Finds every figure in a Chinese text: money, percentages, percentage points,
 * counts, measures, durations, fractions, multiples, dates, years, periods and
 * ordinals, with qualifiers (约, 逾, 近, 余, 以上 …) and ranges (5亿至10亿元).
 * Identifiers (H20, Computex2025, 600519.SH, 〔2020〕第16号, phone numbers) are skipped.
 * Spans are UTF-16 offsets into `text`. Never throws.
 *
 * @example
 * findQuantities('价值180亿美元的H20订单', { referenceDate: null })
 * // [{ kind: 'money', text: '180亿美元', value: 18000000000, unit: 'USD', en: 'US$18 billion', measures: 'orders', … }]
 */
export function findQuantities(text: string, options: QuantityOptions): QuantityMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const referenceDate = options?.referenceDate ?? null;
  return text.length >= WHOLE_ARTICLE_CHARS ? scanRecentArticle(text, referenceDate) : scanRecentSentence(text, referenceDate);
}

/**
 * An article is scanned when it is analysed and again when its summary is verified; on the LLM
 * path other articles' work comes between (see recentScans), so articles keep their own cache,
 * which the many short texts (summary and source sentences) do not push out.
 */
const WHOLE_ARTICLE_CHARS = 300;
const scanRecentArticle = recentScans(48, scan);
const scanRecentSentence = recentScans(64, scan);

/** The clause before a figure and the few characters after it: what its English may need besides its span. */
function renderContext(text: string, start: number, end: number, earlier: Draft | null): RenderContext {
  const head = text.slice(Math.max(0, start - 24), start);
  const cut = Math.max(...[...'，。；！？,;!?\n'].map((c) => head.lastIndexOf(c)));
  const own = { before: head.slice(cut + 1), after: text.slice(end, end + 4) };
  if (earlier === null) return own;
  return { ...own, earlier: { before: renderContext(text, earlier.start, earlier.end, null).before, text: text.slice(earlier.start, earlier.end) } };
}

/**
 * A change of price stated against the price in the clause before it: 每公斤12.1元，较年初下降约1.5元;
 * 每斤2.8元至3.5元，比上一产季高出约0.5元; 每吨上调50元，3月10日起再上调50元. The clause between must
 * compare (较, 比, 再, 又) and end in a verb of change, and the change must not exceed the price:
 * 每吨上调50元，全年增加收入3亿元 carries no "per tonne".
 */
const CARRIED_CHANGE_RE = /(?:较|較|比|再|又)[^，。；！？,;!?\n]{0,12}(?:下降|下跌|上涨|上漲|上调|上調|下调|下調|高出|低了|增加|减少|減少|降低|提高|回落|上升|多出|少了)了?(?:约|約|近|逾|超过|超過)?$/u;

function carriedPrice(text: string, prev: Draft | undefined, d: Draft): Draft | null {
  if (prev === undefined || prev.kind !== 'money' || d.kind !== 'money' || prev.unit !== d.unit) return null;
  if (typeof prev.value !== 'number' || typeof d.value !== 'number' || d.value > (prev.valueMax ?? prev.value)) return null;
  const between = text.slice(prev.end, d.start);
  if (SENTENCE_END_RE.test(between) || (between.match(/[，；,;]/gu) ?? []).length !== 1) return null;
  const clause = between.slice(between.search(/[，；,;]/u) + 1);
  return CARRIED_CHANGE_RE.test(clause) ? prev : null;
}

/**
 * 每小时78公里，比去年同期提高2公里: a change of a rate stated in the rate's first unit, in the clause
 * after it, is a change of the rate (2 km/h), as a change of price keeps its per unit (see carriedPrice).
 */
function carriedRate(text: string, prev: Draft | undefined, d: Draft): string | null {
  if (prev?.per === undefined || d.kind !== 'measure' || d.per !== undefined || prev.unit !== d.unit) return null;
  const between = text.slice(prev.end, d.start);
  if (SENTENCE_END_RE.test(between) || (between.match(/[，；,;]/gu) ?? []).length !== 1) return null;
  const clause = between.slice(between.search(/[，；,;]/u) + 1);
  return CARRIED_CHANGE_RE.test(clause) ? prev.per : null;
}

function scan(text: string, referenceDate: string | null): QuantityMatch[] {
  let drafts: Draft[];
  try {
    const scanner = new Scanner(text, parseReference(referenceDate));
    scanner.run();
    drafts = scanner.out;
  } catch {
    return [];
  }
  const measures = findMeasures(text, drafts);
  const out: QuantityMatch[] = [];
  let prevMoney: Draft | undefined;
  let prevMeasure: Draft | undefined;
  drafts.forEach((d, i) => {
    if (typeof d.value === 'number' && !Number.isFinite(d.value)) return;
    if (d.valueMax !== null && !Number.isFinite(d.valueMax)) return;
    if (d.kind === 'measure') {
      const carried = carriedRate(text, prevMeasure, d);
      if (carried !== null) d.per = carried;
      prevMeasure = d;
    }
    let context = renderContext(text, d.start, d.end, carriedPrice(text, prevMoney, d));
    // The English shows a measure's rate whole (see Draft.per); the match keeps the unit the verifier compares.
    const shownUnit = d.kind === 'measure' && d.per !== undefined ? `${d.unit ?? ''}/${d.per}` : d.unit;
    if (d.kind === 'money') {
      const per = pricePer(text.slice(d.start, d.end), context);
      if (per.length > 0) d.per = per.map((p) => p.symbol).join('/');
    }
    if (d.kind === 'count' && d.per !== undefined) context = { ...context, rate: ` per ${RATE_EN[d.per] ?? d.per}` };
    const daily = dailyAverage(context.before, d.kind, d.unit, d.per);
    if (daily !== null) {
      d.per = daily.per;
      context = { ...context, rate: daily.en };
    }
    const q = {
      kind: d.kind,
      text: text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      value: d.value,
      valueMax: d.valueMax,
      unit: d.unit,
      approx: d.approx,
      measures: measures[i] ?? null,
    };
    out.push({
      ...q,
      ...(d.per === undefined ? {} : { per: d.per }),
      en: renderQuantityEn({ ...q, unit: shownUnit }, context),
    });
    if (d.kind === 'money') prevMoney = d;
  });
  return out;
}
