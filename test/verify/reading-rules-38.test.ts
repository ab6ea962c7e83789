/**
 * Reading rules added in session 21 after the first look at blind sets 396 to 403 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { deriveGlossWords } from '../../src/verify/build-gloss-words.js';
import type { CedictRow } from '../../src/extract/cedict-rows.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 21', () => {
  const english = (text: string): [string, string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-09-10' }).map((q) => [q.text, q.kind, q.value, q.unit, q.approx]);

  it('reads the currencies Chinese articles name in English: patacas, rubles, baht, rupees, ringgit and the dollars of other countries', () => {
    expect(english('about 2,150 patacas')).toEqual([['2,150 patacas', 'money', 2150, 'MOP', 'about']]);
    expect(english('MOP$1,860')).toEqual([['MOP$1,860', 'money', 1860, 'MOP', null]]);
    expect(english('3.2 billion rubles')).toEqual([['3.2 billion rubles', 'money', 3.2e9, 'RUB', null]]);
    expect(english('45 million baht')).toEqual([['45 million baht', 'money', 4.5e7, 'THB', null]]);
    expect(english('120 million Australian dollars')).toEqual([['120 million Australian dollars', 'money', 1.2e8, 'AUD', null]]);
    expect(english('80 million Indian rupees')).toEqual([['80 million Indian rupees', 'money', 8e7, 'INR', null]]);
    // A word that only starts like a currency is none: "12 randomly chosen" is a count.
    expect(english('12 randomly chosen shops')).toEqual([['12', 'count', 12, null, null]]);
  });

  it('reads "a 1-percentage-point drop" as percentage points and "6 metres per second or more" as more than 6', () => {
    expect(english('each 1-percentage-point drop')).toEqual([['1-percentage-point', 'percentage_point', 1, 'pp', null]]);
    expect(english('wind speeds of 6 metres per second or more')[0]?.[4]).toBe('over');
    expect(english('wind speeds of 6 metres per second')[0]?.[4]).toBeNull();
  });

  it('indexes a dictionary sense that is nothing but a name (圣诞 "Christmas"), never one that mentions names among others, nor a name pinyin spells', () => {
    const rows: CedictRow[] = [
      ['聖誕', '圣诞', 'Sheng4 dan4', ['Christmas', "birthday of reigning Emperor", "Confucius' birthday"]],
      ['情人節', '情人节', 'Qing2 ren2 jie2', "Valentine's Day"],
      ['港澳台', '港澳台', 'Gang3 Ao4 Tai2', 'Hong Kong 香港, Macao 澳門|澳门 and Taiwan 臺灣|台湾[Tai2 wan1]'],
      ['臺灣', '台湾', 'Tai2 wan1', 'Taiwan'],
      ['燈會', '灯会', 'deng1 hui4', 'carnival during the Lantern Festival, with lantern displays and traditional folk performances such as stilt walking and lion dance'],
    ];
    const index = deriveGlossWords(rows);
    expect(index.christma).toBe('圣诞');
    expect(index.valentine).toBe('情人节');
    expect(index.day).toBe('情人节');
    expect(index.macao).toBeUndefined();
    expect(index.taiwan).toBeUndefined();
    expect(index.lantern).toBeUndefined();
  });
});

const ARTICLE = [
  '江川市商贸与文体简讯',
  '2025-09-10 江川日报',
  '今年前8个月，江川圣诞用品出口额达23.5亿元，同比增长9.6%。情人节前一周，江川花卉市场玫瑰日均批发价一度升至每枝3.1元。',
  '江川矿业上半年归属于上市公司股东的净利润8.6亿元，同比下降27.3%；原煤产量1250万吨，同比增长4.1%。',
  '江川矿业H股9日收涨6.2%，报18.46港元。',
  '澳门旅客人均消费约1980澳门元，同比增长5.2%。',
  '全市风电场年均风速在每秒7米以上。“风速每提高1个百分点，发电量相当于增加约2亿千瓦时。”市能源局局长周凯说。',
  '在女子组比赛中，江川队李晓雯以1620分暂列积分榜首位。',
  '本届公开赛冠军赵一鸣赛前等级分为2650，预计等级分将上涨约15分。19岁的棋手孙悦积6分，获得女子最佳奖。她在第五轮战胜了一名等级分比她高出近120分的特级大师。',
].join('\n');

describe('summaries of the session 21 article (sets 396–403)', () => {
  const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-38', '2025-09-10'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '江川矿业', en: 'Jiangchuan Mining', type: 'organization' },
    { zh: '李晓雯', en: 'Li Xiaowen', type: 'person' },
    { zh: '赵一鸣', en: 'Zhao Yiming', type: 'person' },
    { zh: '孙悦', en: 'Sun Yue', type: 'person' },
    { zh: '周凯', en: 'Zhou Kai', type: 'person' },
    { zh: '澳门', en: 'Macao', type: 'place' },
  ]);

  it('takes "Christmas" and "Valentine\'s Day" for 圣诞 and 情人节, while a holiday the source does not name is still flagged', () => {
    expect(issues('en', "Jiangchuan's exports of Christmas goods rose 9.6% to 2.35 billion yuan in the first eight months.")).toEqual([]);
    expect(issues('en', "Jiangchuan's exports of Easter goods rose 9.6% to 2.35 billion yuan in the first eight months.")).not.toEqual([]);
    expect(issues('en', "In the week before Valentine's Day, the average wholesale price of roses briefly rose to 3.1 yuan a stem.")).toEqual([]);
  });

  it('reads 下滑 as a fall, as 下降 is', () => {
    expect(issues('zh', '江川矿业上半年归母净利润8.6亿元，同比下滑27.3%。')).toEqual([]);
    expect(issues('zh', '江川矿业上半年归母净利润8.6亿元，同比下滑4.1%。')).not.toEqual([]);
  });

  it('dates a day named between the subject and its verb (H股9日收涨) in the date line\'s month', () => {
    expect(issues('zh', '江川矿业H股9月9日收涨6.2%，报18.46港元。')).toEqual([]);
    expect(issues('en', "Jiangchuan Mining's H shares closed 6.2% higher at 18.46 Hong Kong dollars on Sept. 9.")).toEqual([]);
    expect(issues('zh', '江川矿业H股9月8日收涨6.2%，报18.46港元。')).not.toEqual([]);
  });

  it('checks patacas against 澳门元, and "1-percentage-point" and "per second or more" as the source states them', () => {
    expect(issues('en', 'Visitors to Macao spent about 1,980 patacas per person, up 5.2% year on year.')).toEqual([]);
    expect(issues('en', 'Visitors to Macao spent about 1,980 Hong Kong dollars per person, up 5.2% year on year.')).not.toEqual([]);
    expect(issues('en', 'Zhou Kai said each 1-percentage-point rise in wind speed adds about 200 million kWh of power.')).toEqual([]);
    expect(issues('en', 'Zhou Kai said each 2-percentage-point rise in wind speed adds about 200 million kWh of power.')).not.toEqual([]);
    expect(issues('en', "The city's wind farms have average wind speeds of 7 meters per second or more.")).toEqual([]);
    expect(issues('en', "The city's wind farms have average wind speeds of 7 meters per second.")).not.toEqual([]);
  });

  it('reads 暂列榜首位 as first place, and points after 上涨约 and 高出近 with their qualifiers', () => {
    expect(issues('zh', '江川队李晓雯以1620分暂列积分榜第一。')).toEqual([]);
    expect(issues('zh', '江川队李晓雯以1620分暂列积分榜第二。')).not.toEqual([]);
    expect(issues('en', 'Zhao Yiming, rated 2650 before the event, is expected to gain about 15 rating points.')).toEqual([]);
    expect(issues('en', 'Zhao Yiming, rated 2650 before the event, is expected to gain about 25 rating points.')).not.toEqual([]);
    expect(issues('zh', '孙悦在第五轮战胜了一名等级分比她高出120分的特级大师。')).not.toEqual([]);
  });
});

const SECOND = [
  '江川市民生与体育简讯',
  '2025-10-15 江川日报',
  '记者从江川市急救中心获悉，今年前三季度，该中心共接听急救电话8.6万个，同比增长9.4%。',
  '此外，中暑病例为126例，同比下降18%。',
  '江川篮球联赛常规赛9月30日全部结束。联赛公司10日联合发布的数据显示，本赛季常规赛共进行210场比赛。',
  '前三季度全市弃风率为3.8%，同比下降1.2个百分点；从季节看，二季度弃风率一度达到5.1%。',
  '按9月30日收盘价计算，全市上市公司平均股息率为2.4%，其中12家公司股息率超过5%。',
  '从年龄段看，70岁以上老人骨密度异常率达到31.5%，明显高于50至59岁组的12.2%。',
  '经江川港入境的旅客约8.2万人次，接近经江北口岸入境人数（约4.3万人次）的两倍。',
  '江川医院去年完成肝移植96例、肾移植188例；还完成心脏移植11例、肺移植6例。',
  '江川智芯科技成立于2020年，专注芯片设计。创始人兼首席执行官周博今年41岁，此前在美国一家芯片公司工作近8年。',
  '全市电动货车中国产车型占比由2021年的不到两成提高到今年的六成左右。',
  '江川今秋免费流感疫苗接种将于10月20日启动。免费接种对象为65岁及以上的本市户籍老年人。到2027年，全市65岁及以上老年人流感疫苗接种率力争达到60%。',
  '住院期间死亡率为1.9%，下降0.4个百分点。患者平均住院日由9.6天降至7.8天。',
  '在女子组决赛中，王悦/陈曦以2比1逆转战胜对手，三局比分为19比21、21比17、15比11。',
  '部分场次认购倍数超过18倍。',
  '17岁的棋手林可积6分，获得女子最佳奖。她在第六轮战胜了一名等级分比她高出近130分的特级大师。',
  '拉美消费者对125毫升至150毫升排量的小型车需求旺盛。',
].join('\n');

describe('summaries of the second session 21 article (sets 396–403)', () => {
  const issues = summaryIssues(analyzeText(SECOND, 'reading-rules-38b', '2025-10-15'), [
    { zh: '江川', en: 'Jiangchuan', type: 'place' },
    { zh: '江川市急救中心', en: 'Jiangchuan Emergency Center', type: 'organization' },
    { zh: '江川医院', en: 'Jiangchuan Hospital', type: 'organization' },
    { zh: '江川智芯科技', en: 'Jiangchuan Zhixin Technology', type: 'organization' },
    { zh: '周博', en: 'Zhou Bo', type: 'person' },
    { zh: '王悦', en: 'Wang Yue', type: 'person' },
    { zh: '陈曦', en: 'Chen Xi', type: 'person' },
    { zh: '林可', en: 'Lin Ke', type: 'person' },
  ]);

  it('takes no party from an opening that names the article\'s own source, and no time from a day of a joint release', () => {
    expect(issues('zh', '江川市急救中心数据显示，中暑病例为126例，同比下降18%。')).toEqual([]);
    expect(issues('zh', '江川市急救中心数据显示，中暑病例为126例，同比下降9.4%。')).not.toEqual([]);
    expect(issues('en', 'The Jiangchuan basketball league regular season wrapped up on September 30 after 210 games.')).toEqual([]);
    expect(issues('en', 'The Jiangchuan basketball league regular season wrapped up on September 29 after 210 games.')).not.toEqual([]);
  });

  it('parts a rate from the figure before it at 但 before another time and at 其中, and reads an age group 高于 compares', () => {
    expect(issues('zh', '前三季度全市弃风率为3.8%，同比下降1.2个百分点，但二季度弃风率一度达到5.1%。')).toEqual([]);
    expect(issues('zh', '前三季度全市弃风率为5.1%，同比下降1.2个百分点，但二季度弃风率一度达到3.8%。')).not.toEqual([]);
    expect(issues('zh', '全市上市公司平均股息率为2.4%，其中12家超过5%。')).toEqual([]);
    expect(issues('zh', '全市上市公司平均股息率为5%，其中12家超过2.4%。')).not.toEqual([]);
    expect(issues('zh', '70岁以上老人骨密度异常率达31.5%，50至59岁组为12.2%。')).toEqual([]);
    expect(issues('zh', '70岁以上老人骨密度异常率达31.5%，50至59岁组为31.5%。')).not.toEqual([]);
  });

  it('reads 接近…（…）的两倍 as nearly twice, and a count by the noun its statement names', () => {
    expect(issues('en', 'About 82,000 visitors entered through Jiangchuan Port, nearly twice the roughly 43,000 who came through Jiangbei.')).toEqual([]);
    expect(issues('en', 'About 82,000 visitors entered through Jiangchuan Port, more than twice the roughly 43,000 who came through Jiangbei.')).not.toEqual([]);
    expect(issues('en', 'Jiangchuan Hospital also performed 11 heart transplants and six lung transplants last year.')).toEqual([]);
    expect(issues('en', 'Jiangchuan Hospital performed 11 liver transplants last year.')).not.toEqual([]);
  });

  it('reads "Founded in 2020," opening a sentence as the founding\'s time only', () => {
    expect(issues('en', 'Founded in 2020, Jiangchuan Zhixin Technology is led by founder and CEO Zhou Bo, 41.')).toEqual([]);
    expect(issues('en', 'Founded in 2019, Jiangchuan Zhixin Technology is led by founder and CEO Zhou Bo, 41.')).not.toEqual([]);
  });

  it('times a level by the year joined to it (由2021年的不到两成), and dates nothing by an age group', () => {
    expect(issues('en', 'About 60% of the city\'s electric trucks are now domestic models, up from less than 20% in 2021.')).toEqual([]);
    expect(issues('en', 'About 60% of the city\'s electric trucks are now domestic models, up from less than 20% in 2022.')).not.toEqual([]);
    expect(issues('en', 'Jiangchuan will offer free flu shots from October 20 to registered residents aged 65 and above.')).toEqual([]);
    expect(issues('en', 'Jiangchuan will offer free flu shots from October 21 to registered residents aged 65 and above.')).not.toEqual([]);
  });

  it('reads a "while" clause by its own figures, set scores as no figures, and a ratio "exceeding 18 times" as a multiple', () => {
    expect(issues('en', 'In-hospital mortality fell 0.4 percentage points to 1.9%, while the average stay was cut from 9.6 days to 7.8 days.')).toEqual([]);
    expect(issues('en', 'In-hospital mortality fell 0.4 percentage points to 1.9%, while the average stay was cut from 9.6 days to 6.8 days.')).not.toEqual([]);
    expect(issues('en', 'Wang Yue and Chen Xi came from behind to win 2-1, losing the first set 19-21 before winning the next two 21-17 and 15-11.')).toEqual([]);
    expect(issues('en', 'Bid-to-cover ratios exceeded 18 times at some auctions.')).toEqual([]);
    expect(issues('en', 'Bid-to-cover ratios exceeded 28 times at some auctions.')).not.toEqual([]);
  });

  it('reads a sentence opening with 她 as about the person the sentence before names, when only the entity list names her', () => {
    expect(issues('en', 'Lin Ke, 17, defeated a grandmaster rated nearly 130 points above her.')).toEqual([]);
    expect(issues('en', 'Lin Ke, 17, defeated a grandmaster rated 130 points above her.')).not.toEqual([]);
    expect(issues('en', 'Latin American buyers favour small models with a displacement of 125 to 150 milliliters.')).toEqual([]);
    expect(issues('en', 'Latin American buyers favour small models with a displacement of 125 to 180 milliliters.')).not.toEqual([]);
  });
});
