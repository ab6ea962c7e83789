/**
 * Rules added after two auditors read every fact of blind sets 20 to 23 (fixtures/llm/blind20-articles
 * … blind23-articles; findings of classes A and C). Each rule is tested on the audited sentence
 * and on a new sentence of the same kind, and the English renderings are checked against the
 * verifier's English reading, since the builtin English brief quotes them.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, type QuantityMatch } from '../../../src/extract/quantities/index.js';
import { verifyOutput } from '../../../src/verify/verify-output.js';
import { analyzeText } from '../../support/analyzed-fixture.js';

type Brief = [text: string, kind: string, value: number | string, valueMax: number | null, unit: string | null, approx: string | null];

function facts(text: string, referenceDate: string | null = null): Brief[] {
  return findQuantities(text, { referenceDate }).map((q: QuantityMatch) => [q.text, q.kind, q.value, q.valueMax, q.unit, q.approx]);
}

function has(text: string, want: Brief, referenceDate: string | null = null): void {
  expect(facts(text, referenceDate)).toContainEqual(want);
}

/** The English of the figure whose span is `span`. */
function enOf(text: string, span: string, referenceDate: string | null = null): string | undefined {
  return findQuantities(text, { referenceDate }).find((q) => q.text === span)?.en;
}

describe('qualifiers that were lost', () => {
  it('says "within" for 以内 and "as little as" for 最快, keeping the value exact for the verifier', () => {
    const clinic = '平均出报告时间由过去的2天缩短至30分钟以内。';
    has(clinic, ['30分钟', 'duration', 30, null, 'minute', null]);
    expect(enOf(clinic, '30分钟')).toBe('within 30 minutes');
    expect(enOf('审批办结时间压缩在3个工作日以内，', '3个工作日')).toBe('within three working days');
    expect(enOf('读者线上预约后最快10分钟即可取书。', '10分钟')).toBe('as little as 10 minutes');
    expect(enOf('新线开通后最快2小时可达省城。', '2小时')).toBe('as little as two hours');
  });

  it('reads 最高可获 as "up to"', () => {
    has('新入园科技企业最高可获3年租金补贴', ['最高可获3年', 'duration', 3, null, 'year', 'at_most']);
    expect(enOf('新入园科技企业最高可获3年租金补贴', '最高可获3年')).toBe('up to three years');
    has('返乡创业人员最高可获得50万元贴息贷款。', ['最高可获得50万元', 'money', 500000, null, 'CNY', 'at_most']);
  });

  it('reads 及以下, 及以上 and 级以上 as bounds that include the figure', () => {
    has('全年计划新建和改造10千伏及以下线路2.8万公里，', ['10千伏及以下', 'measure', 10, null, 'kV', 'at_most']);
    has('新增220千伏及以上变电站5座，', ['220千伏及以上', 'measure', 220, null, 'kV', 'at_least']);
    has('重点开发40吨级以上电动矿用挖掘机。', ['40吨级以上', 'measure', 40, null, 't', 'at_least']);
    expect(enOf('重点开发40吨级以上电动矿用挖掘机。', '40吨级以上')).toBe('at least 40 t');
  });

  it('keeps 不到 across the whole a share is of', () => {
    has('目前已发掘部分不到总面积的百分之一。', ['百分之一', 'percent', 1, null, '%', 'under']);
    has('农村网点不足全市总数的三成，', ['三成', 'percent', 30, null, '%', 'under']);
    expect(enOf('目前已发掘部分不到总面积的百分之一。', '百分之一')).toBe('less than 1%');
    // 超过 still compares two parties' figures: the average is given exactly.
    has('增速超过全国平均水平的5.4%', ['5.4%', 'percent', 5.4, null, '%', null]);
  });

  it('keeps 约占 across a noun holding a numeral that is no figure (一期)', () => {
    has('签约算力约占一期规模的三分之二。', ['三分之二', 'fraction', 0.6667, null, null, 'about']);
    has('约定每年供应锂精矿不少于12万吨，约占一期产能的六成。', ['六成', 'percent', 60, null, '%', 'about']);
    has('新增订单约占二期设计产能的四成。', ['四成', 'percent', 40, null, '%', 'about']);
  });

  it('reads 距今约3100年至3000年 as one span of years before present', () => {
    has('K3的年代距今约3100年至3000年，相当于商代晚期', ['约3100年至3000年', 'duration', 3000, 3100, 'year', 'about']);
    has('遗址年代距今5300年至4500年。', ['5300年至4500年', 'duration', 4500, 5300, 'year', null]);
    // Without 距今 a falling pair is no range.
    expect(facts('工期由5年缩短至3年').map((f) => f[0])).toEqual(['5年', '3年']);
  });
});

describe('values that were read wrong', () => {
  it('reads 多出 as "more by", not "more than" the figure before it', () => {
    const text = '改造小区数量比年初计划的550个多出36个。';
    has(text, ['550个', 'count', 550, null, '个', null]);
    has(text, ['36个', 'count', 36, null, '个', null]);
    has('实际签约企业比目标多出12家', ['12家', 'count', 12, null, '家', null]);
    // 多 after a figure still means "more than".
    has('共有3000多名志愿者', ['3000多名', 'count', 3000, null, '名', 'over']);
  });

  it('reads a race time with hundredths as one duration in seconds', () => {
    const race = '湖南岳阳队获得女子500米直道竞速冠军，成绩为2分11秒05。';
    has(race, ['2分11秒05', 'duration', 131.05, null, 'second', null]);
    expect(facts(race).map((f) => f[0])).not.toContain('11秒');
    has('她以47秒12赢得女子100米决赛。', ['47秒12', 'duration', 47.12, null, 'second', null]);
    expect(facts('她以47秒12赢得女子100米决赛。').map((f) => f[0])).toEqual(['47秒12', '100米']);
    has('全程用时3分05秒，', ['3分05秒', 'duration', 185, null, 'second', null]);
    has('基普罗蒂奇以2小时08分31秒夺得男子全马冠军', ['2小时08分31秒', 'duration', 7711, null, 'second', null]);
    // A qualifier before a race time stays with it (so a summary adding 逾 is caught).
    has('以逾47秒12赢得冠军', ['逾47秒12', 'duration', 47.12, null, 'second', 'over']);
    expect(enOf(race, '2分11秒05')).toBe('131.05 seconds');
    expect(enOf('基普罗蒂奇以2小时08分31秒夺得男子全马冠军', '2小时08分31秒')).toBe('2:08:31');
    expect(enOf('平均急救反应时间为11分48秒，', '11分48秒')).toBe('11 minutes 48 seconds');
    // A number after 秒 with a classifier counts something else.
    expect(facts('设备每10秒12次采样').map((f) => f[0])).not.toContain('10秒12');
  });

  it('reads no figure in 零部件, 零件 or 零配件', () => {
    expect(facts('核心零部件的可靠性和成本控制仍是国产企业需要攻克的难题。')).toEqual([]);
    expect(facts('汽车零件和零配件出口增长')).toEqual([]);
    has('全年实现安全事故零起。', ['零起', 'count', 0, null, '起', null]);
  });

  it('renders an age bracket as an age, not as a head count', () => {
    expect(enOf('全县现有乡村医生412人，其中45岁以下的不到三分之一。', '45岁以下')).toBe('aged under 45');
    expect(enOf('其中35岁以下青年科研人员占比约六成。', '35岁以下')).toBe('aged under 35');
    expect(enOf('全市60岁以上老年人达到210万，', '60岁以上')).toBe('aged 60 and over');
    expect(enOf('队员年龄在22岁至56岁之间', '22岁至56岁')).toBe('aged 22 to 56');
  });
});

describe('parts of a month', () => {
  it('says end of, early, mid- and late for 月底, 月末, 上旬, 中旬 and 下旬', () => {
    expect(enOf('截至9月末，全国黄金ETF持仓量约为186吨，', '9月末', '2025-10-28')).toBe('end of September');
    expect(enOf('截至今年10月底，全市已有4126个居民小区', '今年10月底', '2025-11-06')).toBe('end of October 2025');
    expect(enOf('本年度发掘自3月16日启动，至11月上旬结束，', '11月上旬', '2025-11-20')).toBe('early November');
    expect(enOf('10月中旬一级当归统货价格为每公斤58元至62元', '10月中旬', '2024-10-22')).toBe('mid-October');
    expect(enOf('今年7月下旬台风影响期间，', '今年7月下旬', '2025-08-09')).toBe('late July 2025');
  });

  it('keeps the part of the month in the span after a written year, the value at month level', () => {
    has('厨余垃圾处理厂二期工程计划2026年3月底前建成。', ['2026年3月底', 'date', '2026-03', null, null, null], '2025-11-06');
    expect(enOf('计划2026年3月底前建成。', '2026年3月底', '2025-11-06')).toBe('end of March 2026');
    has('项目将于2027年6月中旬投产', ['2027年6月中旬', 'date', '2027-06', null, null, null], '2025-11-06');
  });
});

describe('counts and units that were never read', () => {
  it('counts stems (枝), volumes (册), fish (尾) and plants (株)', () => {
    has('今年前三季度，该中心累计拍卖成交鲜切花10.8亿枝，同比增长6.9%', ['10.8亿枝', 'count', 1.08e9, null, '枝', null]);
    has('馆藏纸质图书约286万册，电子图书逾120万种', ['约286万册', 'count', 2.86e6, null, '册', 'about']);
    has('首批投放的卵形鲳鲹苗种约60万尾，', ['约60万尾', 'count', 6e5, null, '尾', 'about']);
    has('全县毛竹立竹量超过1.8亿株。', ['超过1.8亿株', 'count', 1.8e8, null, '株', 'over']);
    expect(enOf('共放流鱼苗120万尾。', '120万尾')).toBe('1.2 million fish');
    expect(enOf('今年新栽苗木3.5万株，', '3.5万株')).toBe('35,000 plants');
    // 尾盘, 尾款 and 株洲 are words, not classifiers.
    expect(facts('股价在3尾盘拉升')).toEqual([]);
  });

  it('reads computing power in P and EFLOPS, and a PUE', () => {
    has('智能算力规模达到1.2万P（每秒千万亿次浮点运算）。', ['1.2万P', 'measure', 12000, null, 'PFLOPS', null]);
    has('全省算力总规模达到58EFLOPS，', ['58EFLOPS', 'measure', 58, null, 'EFLOPS', null]);
    has('新建智算中心算力达500P，', ['500P', 'measure', 500, null, 'PFLOPS', null]);
    has('一期工程设计电能利用效率（PUE）不高于1.2，', ['不高于1.2', 'measure', 1.2, null, 'PUE', 'at_most']);
    expect(enOf('一期工程设计电能利用效率（PUE）不高于1.2，', '不高于1.2')).toBe('a PUE of no more than 1.2');
    // 1080P is a resolution and 1.5P an air conditioner's size: no computing power.
    expect(facts('支持1080P高清播放')).toEqual([]);
    expect(facts('这款1.5P空调售价')).toEqual([]);
  });

  it('counts barrels and barrels of oil equivalent', () => {
    has('高峰日产原油约4.2万桶。', ['约4.2万桶', 'count', 42000, null, '桶', 'about']);
    has('公司2025年产量目标为3.25亿至3.35亿桶油当量，', ['3.25亿至3.35亿桶油当量', 'count', 3.25e8, 3.35e8, '桶油当量', null]);
    expect(enOf('2024年公司油气净产量达到3.12亿桶油当量，', '3.12亿桶油当量')).toBe('312 million barrels of oil equivalent');
  });

  it('reads microseconds and millikelvin', () => {
    has('量子比特平均相干时间约为85微秒，', ['约为85微秒', 'duration', 85, null, 'microsecond', 'about']);
    has('该芯片工作温度约为10毫开尔文，接近绝对零度。', ['约为10毫开尔文', 'measure', 10, null, 'mK', 'about']);
    expect(enOf('稀释制冷机可降至20毫开尔文', '20毫开尔文')).toBe('20 mK');
  });

  it('counts server racks (机架, 机柜) as racks, aircraft as aircraft', () => {
    expect(enOf('截至5月底，全省在用数据中心标准机架约28万架，', '约28万架')).toBe('about 280,000 racks');
    expect(enOf('机场全年新增停场客机12架，', '12架')).toBe('12 aircraft');
  });
});

describe('rises by a multiple', () => {
  it('renders 增长一倍多, 近1倍 and 上涨约两倍 as a careful writer would', () => {
    expect(enOf('其中青铜器约260件，比2024年度出土的110余件增加一倍多。', '一倍多')).toBe('more than doubled');
    expect(enOf('净利润2.36亿元，同比增长近1倍。', '近1倍')).toBe('nearly doubled');
    expect(enOf('平均拍价达到每枝3.8元，较平日上涨约两倍。', '约两倍')).toBe('roughly tripled');
    expect(enOf('出口额同比增长1.5倍，', '1.5倍')).toBe('up 150%');
    expect(enOf('订单量增长了2倍', '2倍')).toBe('tripled');
    // A level is no rise: 是…的2倍 stays "twice".
    expect(enOf('生物航煤出厂价是传统航煤价格的2倍。', '2倍')).toBe('twice');
  });
});

describe('the unit a price is per', () => {
  it('renders 每吨, 每公斤, 每枝, 每百斤, 每生每天 and 元/吨', () => {
    expect(enOf('国内电池级碳酸锂均价约为每吨7.4万元，', '约为每吨7.4万元')).toBe('about RMB 74,000 per tonne');
    expect(enOf('目前金鲳鱼塘头收购价约每公斤26元，', '约每公斤26元')).toBe('about RMB 26 per kg');
    expect(enOf('成交额18.6亿元，同比增长11.3%，平均每枝成交价1.72元。', '1.72元')).toBe('RMB 1.72 per stem');
    expect(enOf('今年毛竹平均收购价为每百斤38元，', '38元')).toBe('RMB 38 per 100 jin');
    expect(enOf('膳食补助标准由每生每天4元提高到5元，', '5元')).toBe('RMB 5 per student per day');
    expect(enOf('最小变动价位为2元/吨，', '2元')).toBe('RMB 2 per tonne');
    // A sum in another clause is no price per unit.
    expect(enOf('每亩补贴800元，全年共投入1.2亿元。', '1.2亿元')).toBe('RMB 120 million');
  });
});

describe('the English renderings read back by the verifier', () => {
  const ARTICLE = [
    '青川县茶园改造完成 春茶收购价每公斤86元',
    '2025-05-12 本报讯',
    '今年春茶上市以来，青川县绿茶鲜叶收购价约为每公斤86元，较去年同期上涨约两倍；全县茶叶合作社净利润同比增长近1倍，茶叶出口额比上年增加一倍多。',
    '截至4月末，全县已累计放流鱼苗约60万尾，新栽茶苗超过1.8亿株。县城到茶园的应急救援到场时间控制在15分钟以内，茶叶电商订单最快2小时可发货。',
    '全县现有茶农1.2万人，其中45岁以下的约占三成，60岁以上的不到两成。',
    '县城马拉松赛男子冠军成绩为2小时15分07秒，茶乡运动会女子1000米冠军成绩为3分05秒12。',
  ].join('\n');
  const analyzed = analyzeText(ARTICLE, 'audit-blind20-23', '2025-05-12');
  const issues = (en: string): string[] =>
    verifyOutput(analyzed, { zh: '', en, entities: [], warnings: [] }).verification.issues.map((i) => `${i.claim}: ${i.problem}`);
  const en = (span: string): string => analyzed.facts.find((f) => f.text === span)?.en ?? `(no fact ${span})`;

  it('supports a summary quoting the renderings, and catches a slip in the same wording', () => {
    expect(en('约两倍')).toBe('roughly tripled');
    expect(en('近1倍')).toBe('nearly doubled');
    expect(en('一倍多')).toBe('more than doubled');
    expect(en('约为每公斤86元')).toBe('about RMB 86 per kg');
    expect(en('4月末')).toBe('end of April');
    expect(en('15分钟')).toBe('within 15 minutes');
    expect(en('2小时')).toBe('as little as two hours');
    expect(en('45岁以下')).toBe('aged under 45');
    const summary = [
      `Qingchuan's green tea leaf price is ${en('约为每公斤86元')}, having ${en('约两倍')} from a year earlier.`,
      `Tea co-operatives' net profit ${en('近1倍')}, and tea exports ${en('一倍多')}.`,
      `By the ${en('4月末')}, the county had released ${en('约60万尾')} and planted ${en('超过1.8亿株')}.`,
      `Rescue teams arrive ${en('15分钟')}, and online orders ship in ${en('2小时')}.`,
      `Of the county's 12,000 tea farmers, those ${en('45岁以下')} make up about 30%, and those ${en('60岁以上')} less than 20%.`,
      `The county marathon's men's winner finished in ${en('2小时15分07秒')}, and the women's 1,000 m winner in ${en('3分05秒12')}.`,
    ].join(' ');
    expect(issues(summary)).toEqual([]);
    // The same wording with a slip is still caught.
    expect(issues('Tea co-operatives\' net profit tripled.')).not.toEqual([]);
    expect(issues('The green tea leaf price is about RMB 68 per kg.')).not.toEqual([]);
    expect(issues('Tea exports nearly doubled.')).not.toEqual([]);
    expect(issues("The county marathon's men's winner finished in 2:15:17.")).not.toEqual([]);
    expect(issues("The women's 1,000 m winner finished in 185.21 seconds.")).not.toEqual([]);
  });
});
