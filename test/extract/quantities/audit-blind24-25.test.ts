/**
 * Rules added after an auditor read every fact of blind sets 24 and 25 (fixtures/llm/blind24-articles
 * and blind25-articles; findings of classes A and C). Each rule is tested on the audited sentence and
 * on a new sentence of the same kind; the English renderings are read back by the verifier.
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

/** The value of the date whose span is `span`. */
function dateOf(text: string, span: string, referenceDate: string): string | number | undefined {
  return findQuantities(text, { referenceDate }).find((q) => q.text === span)?.value;
}

/** The English of the figure whose span is `span`. */
function enOf(text: string, span: string, referenceDate: string | null = null): string | undefined {
  return findQuantities(text, { referenceDate }).find((q) => q.text === span)?.en;
}

describe('a month or day without a year takes the year its sentence tells of', () => {
  it('takes the year heading a clause of the sentence (d04: 2024年秋季学期…9月1日至11月30日)', () => {
    const d04 = '2024年秋季学期，全省共对约1280万名中小学生开展视力筛查，筛查工作于9月1日至11月30日完成，覆盖率达98.5%。';
    expect(dateOf(d04, '9月1日', '2025-03-28')).toBe('2024-09-01');
    expect(dateOf(d04, '11月30日', '2025-03-28')).toBe('2024-11-30');
    expect(dateOf('2023年，该市新建公园42个，其中滨江公园于10月15日建成开放。', '10月15日', '2024-02-01')).toBe('2023-10-15');
  });

  it('does not take a year that only compares or starts a span (比2024年的, 2023年以来)', () => {
    const d08 = '群众满意率为93.8%，比2024年的91.5%提高2.3个百分点。7月，热线单月受理量首次突破100万件，7月15日单日受理5.1万件，创历史新高。';
    expect(dateOf(d08, '7月', '2026-02-10')).toBe('2025-07');
    expect(dateOf(d08, '7月15日', '2026-02-10')).toBe('2025-07-15');
    const since = '2023年以来，长沙累计安排排水防涝项目218个，截至3月底已完工163个。';
    expect(dateOf(since, '3月底', '2025-04-08')).toBe('2025-03');
  });

  it('puts a month after the publication month in last year when the sentence tells of the past (d05)', () => {
    const d05 = '从时间分布看，7月至8月为呼救高峰，7月29日单日受理呼救电话8652个，创历史新高，当天成都最高气温达38℃。';
    expect(dateOf(d05, '7月', '2025-01-15')).toBe('2024-07');
    expect(dateOf(d05, '8月', '2025-01-15')).toBe('2024-08');
    expect(dateOf(d05, '7月29日', '2025-01-15')).toBe('2024-07-29');
    expect(dateOf('8月3日，景区单日接待游客4.2万人次，同比增长15%。', '8月3日', '2025-03-10')).toBe('2024-08-03');
  });

  it('keeps a month the clause puts ahead in the coming months, next year when it is far behind', () => {
    expect(dateOf('新馆将于8月3日对外开放，单日最多接待游客4.2万人次。', '8月3日', '2025-03-10')).toBe('2025-08-03');
    expect(dateOf('新修订的条例7月1日起施行，违规处罚上限提高到50万元。', '7月1日', '2025-01-15')).toBe('2025-07-01');
    expect(dateOf('合同订单已排至6月底。', '6月底', '2026-04-08')).toBe('2026-06');
    expect(dateOf('公司计划于3月底前完成全部产线改造。', '3月底', '2025-11-08')).toBe('2026-03');
  });

  it('leaves a near month with no past or future word in the publication year', () => {
    expect(dateOf('活动时间为6月1日至6月30日。', '6月1日', '2025-05-20')).toBe('2025-06-01');
  });

  it('reads the day closing a range in the month that opens it (e08, e01, e04)', () => {
    has('第十一届潜江龙虾节定于6月12日至15日举办。', ['15日', 'date', '2025-06-15', null, null, null], '2025-05-20');
    has('本报讯（记者周敏）11月6日晚间至7日，多家上市生猪养殖企业陆续披露10月份销售简报。', ['7日', 'date', '2025-11-07', null, null, null], '2025-11-08');
    has('今年1月1日至8日线上销量达2.1万吨，同比增长26%。', ['8日', 'date', '2026-01-08', null, null, null], '2026-01-10');
    has('灯会于1月30日至2日举行。', ['2日', 'date', '2025-02-02', null, null, null], '2025-02-10');
  });

  it('reads 记者25日 as the day of the report', () => {
    has('新华社兰州2月25日电（记者马晓燕）记者25日从甘肃省交通运输厅获悉', ['25日', 'date', '2026-02-25', null, null, null], '2026-02-25');
  });
});

describe('qualifiers and words the English lost', () => {
  it('does not read the 多 of 多子女 as "more than" (e03)', () => {
    has('新政实施以来，共有2136户多子女家庭享受额度上浮。', ['2136户', 'count', 2136, null, '户', null]);
    has('全市已有580户多孩家庭申请补贴。', ['580户', 'count', 580, null, '户', null]);
    has('人均月收入3000多元，', ['3000多元', 'money', 3000, null, 'CNY', 'over']);
  });

  it('keeps 最高 across a verb of change (e05)', () => {
    const e05 = '白卡纸每吨最高上调300元';
    has(e05, ['最高上调300元', 'money', 300, null, 'CNY', 'at_most']);
    expect(enOf(e05, '最高上调300元')).toBe('up to RMB 300 per tonne');
    has('每个班级最多增加5人。', ['最多增加5人', 'count', 5, null, '人', 'at_most']);
  });

  it('says "around" for 前后 after a year or a month (d03)', () => {
    expect(enOf('“FAST核心阵”计划于2028年前后建成。', '2028年前后')).toBe('around 2028');
    expect(enOf('新线预计7月前后通车。', '7月前后', '2025-03-01')).toBe('around July');
  });

  it('reads 前三位 after a ranking verb as a place, "the top three" (e02)', () => {
    const e02 = '资产规模位居全省农商银行系统前三位。';
    has(e02, ['前三位', 'ordinal', 3, null, null, null]);
    expect(enOf(e02, '前三位')).toBe('the top three');
    expect(enOf('该市GDP排名全省前十名。', '前十名')).toBe('the top 10');
    has('请前三位嘉宾上台领奖。', ['三位', 'count', 3, null, '位', null]);
  });

  it('names what 幅 and 尾 count from their clause (d07, e08)', () => {
    expect(enOf('单个洞窟平均需采集图像约4万幅，', '约4万幅')).toBe('about 40,000 images');
    expect(enOf('当天共成交3幅地块，', '3幅')).toBe('three plots');
    expect(enOf('计划培育苗种50亿尾。', '50亿尾')).toBe('5 billion fry');
    expect(enOf('共放流鱼苗120万尾。', '120万尾')).toBe('1.2 million fish');
  });

  it('reads a relay whole: 4×100米 is "4×100 m", not a 100 m race (d01)', () => {
    const d01 = '第三项全国纪录诞生在最后一天的男子4×100米混合泳接力中。';
    has(d01, ['4×100米', 'measure', 100, null, 'm', null]);
    expect(enOf(d01, '4×100米')).toBe('4×100 m');
    expect(facts(d01).map((f) => f[0])).not.toContain('一天');
    expect(facts('屏幕分辨率为1920×1080。')).toEqual([]);
  });

  it('carries the per unit of a price to a change of it in the next clause (e01, e04, e05, e08)', () => {
    expect(enOf('公司10月生猪养殖完全成本已降至每公斤12.1元，较年初下降约1.5元，', '约1.5元')).toBe('about RMB 1.50 per kg');
    expect(enOf('本产季优质果产地收购价为每斤2.8元至3.5元，比上一产季高出约0.5元；', '约0.5元')).toBe('about RMB 0.50 per jin');
    const e05 = '旗下箱板纸、瓦楞纸自2月25日起每吨上调50元，3月10日起再上调50元。';
    expect(findQuantities(e05, { referenceDate: '2025-03-03' }).filter((q) => q.kind === 'money').map((q) => q.en)).toEqual([
      'RMB 50 per tonne',
      'RMB 50 per tonne',
    ]);
    expect(enOf('将对新建冷链仓储项目按每立方米库容给予最高50元补贴，', '最高50元')).toBe('up to RMB 50 per cubic metre');
    // No comparison, or a change larger than the price: no per unit carried.
    expect(enOf('每吨上调50元，全年增加收入3亿元。', '3亿元')).toBe('RMB 300 million');
  });
});

describe('figures whose unit was not known', () => {
  it('reads a count or a time after 电话 when a unit follows it (d05)', () => {
    has('7月29日单日受理呼救电话8652个，', ['8652个', 'count', 8652, null, '个', null]);
    has('呼救电话10秒内接听率为99.6%。', ['10秒', 'duration', 10, null, 'second', null]);
    expect(facts('请拨打服务热线12345。')).toEqual([]);
  });

  it('reads 车次, 身 (statues) and dpi (d05, d07)', () => {
    expect(enOf('派出救护车41.2万车次，', '41.2万车次')).toBe('412,000 vehicle trips');
    expect(enOf('45身彩塑完成三维重建，', '45身')).toBe('45 statues');
    has('保存壁画4.5万平方米、彩塑2000余身。', ['2000余身', 'count', 2000, null, '身', 'over']);
    has('采集精度达到300dpi，', ['300dpi', 'measure', 300, null, 'dpi', null]);
    expect(facts('3身份证件').map((f) => f[4])).not.toContain('身');
  });

  it('reads a win–loss record, and not 四胜制 (d06)', () => {
    const d06 = '辽宁本钢队以36胜6负位列第一，上海久事队和广东华南虎队分别以33胜9负和31胜11负排名第二、第三。';
    expect(enOf(d06, '36胜')).toBe('36 wins');
    expect(enOf(d06, '6负')).toBe('six losses');
    has(d06, ['第三', 'ordinal', 3, null, null, null]);
    expect(facts('总决赛采用七场四胜制。').map((f) => f[0])).not.toContain('四胜');
  });

  it('reads 分 as points where the sentence scores, and averages with a fraction (d06)', () => {
    const d06 = '孙铭辉场均得到24.6分，高一鸣场均送出7.9次助攻。各队平均每场得分97.3分，较上赛季提高1.8分，共出现3次单场个人得分40分以上的表现。';
    expect(enOf(d06, '24.6分')).toBe('24.6 points');
    expect(enOf(d06, '7.9次')).toBe('7.9 assists');
    expect(enOf(d06, '1.8分')).toBe('1.8 points');
    has(d06, ['40分以上', 'count', 40, null, '分', 'over']);
    expect(facts('会议于10时30分开始。')).toEqual([]);
    expect(facts('共进行3.5次。')).toEqual([]);
  });

  it('reads sugar content in degrees Brix and crayfish grades in 钱 (e04, e08)', () => {
    has('平均糖度达到13.5度。', ['13.5度', 'measure', 13.5, null, '°Bx', null]);
    // 度 without sugar is no Brix: of heat where the clause names a temperature, else unread.
    has('当天最高气温达38度。', ['38度', 'measure', 38, null, '°C', null]);
    expect(facts('当天一户用电达38度。')).toEqual([]);
    has('目前，4钱至6钱规格的中虾批发价为每斤16元至18元，', ['4钱至6钱', 'measure', 4, 6, 'qian', null]);
    has('9钱以上大虾价格仍维持在每斤30元。', ['9钱以上', 'measure', 9, null, 'qian', 'over']);
    has('他给了我5块钱。', ['5块钱', 'money', 5, null, 'CNY', null]);
  });
});

describe('the new renderings read back by the verifier', () => {
  const ARTICLE = [
    '潜江小龙虾产业链持续延伸 冷库补贴每立方米最高50元',
    '2025-05-20 湖北日报',
    '本报讯 潜江今年计划培育苗种50亿尾，资产规模位居全省同类企业前三位。“FAST核心阵”计划于2028年前后建成。',
    '公司10月生猪养殖完全成本已降至每公斤12.1元，较年初下降约1.5元。白卡纸每吨最高上调300元。',
  ].join('\n');
  const analyzed = analyzeText(ARTICLE, 'audit-blind24-25', '2025-05-20');
  const issues = (en: string): string[] =>
    verifyOutput(analyzed, { zh: '', en, entities: [], warnings: [] }).verification.issues.map((i) => `${i.claim}: ${i.problem}`);
  const en = (span: string): string => analyzed.facts.find((f) => f.text === span)?.en ?? `(no fact ${span})`;

  it('supports a summary quoting them, and catches a slip in the same wording', () => {
    const summary = [
      `Qianjiang plans to breed ${en('50亿尾')} this year.`,
      `The array is to be completed ${en('2028年前后')}.`,
      `Full cost fell to RMB 12.10 per kg, down ${en('约1.5元')} since the start of the year.`,
      `White cardboard prices rise by ${en('最高上调300元')}.`,
    ].join(' ');
    expect(issues(summary)).toEqual([]);
    expect(issues('Full cost fell to RMB 12.10 per kg, down about RMB 2.50 per kg since the start of the year.')).not.toEqual([]);
    expect(issues('The array is to be completed around 2029.')).not.toEqual([]);
  });
});
