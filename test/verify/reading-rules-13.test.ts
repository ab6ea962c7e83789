/**
 * Reading rules added after blind sets 36 to 39 (see fixtures/llm/README.md), on a synthetic
 * article (not the sets' wording): kilolitres, TEU written after digits, parts of a million,
 * 人口以上, 15日内, a range of bare numbers, scores in 分 as "points", "smaller than", a
 * container's size class, "climbed above", titles and dynasties in names, boat classes (J/80),
 * a qualifier before a list with "respectively", 低于…的出厂价, a level compared with before a
 * change in points, a slogan in quotes, an organisation's short name and a report's release
 * day. Each rule is checked for the correct wording and for the slip it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

const ARTICLE = [
  '江州白酒产量下降 集装箱产量大增',
  '2025-10-30 江州日报',
  '本报讯（记者吴敏）江州市统计局10月28日发布的数据显示，前三季度全市白酒产量128.4万千升，同比下降6.2%。其中标准干货箱约212万TEU，冷藏箱约15.5万TEU。',
  '江州红岭酒业股份有限公司主力产品批发价跌至每瓶780元左右，低于860元的出厂价。',
  '深地实验室宇宙线通量仅为地面的约千万分之一。每个30万人口以上的县都要建好一所特殊教育学校。',
  '申购家庭须在摇号后20日内完成选房。修复用纸pH值稳定在6.5至7.5之间。',
  '全市公交乘客满意度为91.6分，比上年提高2.4分。在J/70级场地赛中，江州帆船俱乐部以总积分21分夺冠。',
  '约六成房源面积在90平方米以下。暑期酒店入住率一度升至81%以上。',
  '江州对沙特和印尼出口分别增长约35%和28%左右。',
  '2025年江州公民具备科学素质的比例达到16.8%，比2024年的16.1%提高0.7个百分点。',
  '公园周边500米范围内居民满意度为93.2%。江州城区“300米见绿、500米见园”覆盖率达到88.5%。',
  '江州出口信用保险公司前三季度向客户支付赔款12.6亿美元。一家企业获得江州信保约260万美元赔付。江州银行前三季度发放外贸贷款8.6亿美元。',
  '中国工程院院士周启明介绍，明代《嘉兴藏》残卷修复工作已经启动。',
].join('\n');

const ENTITIES = [
  { zh: '江州出口信用保险公司', en: 'Jiangzhou Export Credit Insurance Corporation', type: 'organization' as const },
  { zh: '江州信保', en: 'Jiangzhou Sinosure', type: 'organization' as const },
];
const issues = summaryIssues(analyzeText(ARTICLE, 'reading-rules-13', '2025-10-30'), ENTITIES);
const read = (text: string) => findQuantities(text, { referenceDate: '2025-10-30' }).map((q) => [q.text, q.value, q.unit, q.approx, q.en]);

describe('reading rules after blind sets 36 to 39: the extractor', () => {
  it('reads kilolitres, TEU after digits, parts of a million and 人口以上', () => {
    expect(read('白酒产量128.4万千升')).toEqual([['128.4万千升', 1_284_000, 'kL', null, '1.284 million kL']]);
    expect(read('标准干货箱约212万TEU').map(([t, v, u]) => [t, v, u])).toEqual([['约212万TEU', 2_120_000, 'TEU']]);
    expect(read('仅为地面的约千万分之一')).toEqual([['约千万分之一', 1e-7, null, 'about', 'about one ten-millionth']]);
    expect(read('含盐量千分之三至千分之四').map(([t, , , , en]) => [t, en])).toEqual([['千分之三至千分之四', 'three thousandths to four thousandths']]);
    expect(read('每个30万人口以上的县').map(([t, v, , a]) => [t, v, a])).toEqual([['30万人口以上', 300_000, 'over']]);
  });
});

describe('reading rules after blind sets 36 to 39: the verifier', () => {
  it('checks kilolitres, TEU and parts of a million against the source', () => {
    expect(issues('en', 'Baijiu output fell 6.2% to 1.284 million kilolitres in the first three quarters.')).toEqual([]);
    expect(issues('en', 'Baijiu output fell 6.2% to 1.824 million kilolitres in the first three quarters.')).not.toEqual([]);
    expect(issues('en', 'Standard dry containers made up about 2.12 million TEU.')).toEqual([]);
    expect(issues('en', 'Cosmic-ray flux is only about one ten-millionth of that at the surface.')).toEqual([]);
    const lab = summaryIssues(analyzeText('深地实验室\n2025-10-30 江州日报\n宇宙线通量仅为地面的约千万分之一。', 'reading-rules-13-lab', '2025-10-30'));
    expect(lab('en', 'Cosmic-ray flux is only about one ten-millionth of that at the surface.')).toEqual([]);
    expect(lab('en', 'Cosmic-ray flux is only about one millionth of that at the surface.')).not.toEqual([]);
  });

  it('reads time limits in days, ranges of bare numbers and scores', () => {
    expect(issues('en', 'Buyers must choose their homes within 20 days of the lottery.')).toEqual([]);
    expect(issues('en', 'Buyers must choose their homes within 30 days of the lottery.')).not.toEqual([]);
    expect(issues('en', 'The restoration paper keeps a pH between 6.5 and 7.5.')).toEqual([]);
    expect(issues('en', 'The restoration paper keeps a pH between 6.5 and 8.5.')).not.toEqual([]);
    expect(issues('en', 'Bus passenger satisfaction scored 91.6 points, up 2.4 points.')).toEqual([]);
    expect(issues('en', 'Bus passenger satisfaction scored 96.1 points, up 2.4 points.')).not.toEqual([]);
    expect(issues('en', 'A Jiangzhou club won the J/70 fleet racing with 21 points.')).toEqual([]);
  });

  it('reads bounds written as comparisons and levels passed', () => {
    expect(issues('en', 'About 60% of the homes are smaller than 90 square metres.')).toEqual([]);
    expect(issues('en', 'About 60% of the homes are larger than 90 square metres.')).not.toEqual([]);
    expect(issues('en', 'Hotel occupancy climbed above 81% at one point over the summer.')).toEqual([]);
    expect(issues('en', 'A 20-foot dry container costs far less than it did.')).toEqual([]);
    expect(issues('en', 'Exports to Saudi Arabia and Indonesia rose by about 35% and 28% respectively.')).toEqual([]);
    expect(issues('en', 'The flagship liquor sold wholesale for around 780 yuan a bottle, below its ex-factory price of 860 yuan.')).toEqual([]);
    expect(issues('en', 'Every county with a population of 300,000 or more is to have a special education school.')).toEqual([]);
    expect(issues('en', 'Every county with a population of 300,000 is to have a special education school.')).not.toEqual([]);
  });

  it('pairs a change in points with its level past the level compared with, and no rate with a slogan', () => {
    expect(issues('zh', '2025年江州公民具备科学素质的比例达到16.8%，比2024年提高0.7个百分点。')).toEqual([]);
    expect(issues('zh', '2025年江州公民具备科学素质的比例达到18.6%，比2024年提高0.7个百分点。')).not.toEqual([]);
    expect(issues('zh', '江州城区“300米见绿、500米见园”覆盖率达到88.5%。')).toEqual([]);
  });

  it('takes an organisation\'s short name as the organisation, and a release day as no rival', () => {
    expect(issues('zh', '前三季度江州信保向客户支付赔款12.6亿美元。')).toEqual([]);
    expect(issues('zh', '前三季度江州信保向客户支付赔款8.6亿美元。')).not.toEqual([]);
    expect(issues('zh', '前三季度全市白酒产量同比下降6.2%。')).toEqual([]);
  });

  it('knows titles and dynasties in names', () => {
    expect(issues('en', 'Academician Zhou Qiming said restoration of the Ming-dynasty Jiaxing canon has begun.')).toEqual([]);
    expect(issues('en', 'Academician Zhou Qiming said restoration of the Qing-dynasty Jiaxing canon has begun.')).not.toEqual([]);
  });
});
