/**
 * Reading rules added in session 25 after the first look at blind sets 484 to 491 (see
 * fixtures/llm/README.md), on a synthetic article (not the sets' wording). Each pins a correct sentence
 * that was flagged, and the slip the rule must still catch.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities/index.js';
import { findEnglishQuantities } from '../../src/verify/english-quantities.js';
import { analyzeText } from '../support/analyzed-fixture.js';
import { summaryIssues } from '../support/summary-issues.js';

describe('forms read in session 25, second round', () => {
  const chinese = (text: string): [string, unknown, unknown][] =>
    findQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.value, q.approx]);
  const english = (text: string): [string, unknown, unknown, unknown][] =>
    findEnglishQuantities(text, { referenceDate: '2025-11-20' }).map((q) => [q.text, q.value, q.unit, q.approx]);

  it('reads 最高可报销 as a ceiling, and 观众七成是 as a share (他八成是 stays "probably")', () => {
    expect(chinese('困难人员最高可报销90%')).toEqual([['最高可报销90%', 90, 'at_most']]);
    expect(chinese('周末场的观众七成是外地人')).toEqual([['七成', 70, null]]);
    expect(chinese('他八成是忘了')).toEqual([]);
  });

  it('reads race distances listed after one, a clock time in the evening, and "to over eight days"', () => {
    expect(english("men's and women's 500m, 1,000m and 1,500m races").map(([t, v, u]) => [t, v, u])).toEqual([
      ['500m', 500, 'm'], ['1,000m', 1000, 'm'], ['1,500m', 1500, 'm'],
    ]);
    expect(english('a US$1,000m deal').map(([t, v]) => [t, v])).toEqual([['US$1,000m', 1e9]]);
    expect(english('shows start at 7:30 every evening')[0]?.[1]).toBe(19 * 60 + 30);
    expect(english('shows start at 7:30 in the morning')[0]?.[1]).toBe(7 * 60 + 30);
    expect(english('stocks recovered to over eight days within three weeks')[0]).toEqual(['eight days', 8, 'day', 'over']);
    expect(english('sales rose 13% over three years')[1]).toEqual(['three years', 3, 'year', null]);
  });
});

const ARTICLE = [
  '青山市产业与民生简讯',
  '2025-11-20 青山日报',
  '今年青山酒庄葡萄酒平均出厂价约为每瓶96元，比去年上涨4.5%；高端产品每瓶售价在200元至500元之间。',
  '本届音乐节为期3天。票务方面，三日通票售价为680元，单日票为298元，开票后约30分钟即全部售罄。',
  '全市共有石灰石矿山36家。据了解，水泥和玻璃行业是石灰石的主要下游，合计消耗全市石灰石的六成以上。',
  '节日期间，老城区接待游客同比增长8.5%。民宿店主说：“酒店价格比平时涨了约四成，但还是一房难求。”',
  '全市开展“互联网+护理服务”的医疗机构增至54家。',
  '该公司董事长介绍，公司今年上半年营收2.6亿元，同比增长16%。',
  '目前公司近三成产品销往海外。',
].join('\n');

describe('summaries of the session 25 second-round article (sets 484–491)', () => {
  const analyzed = analyzeText(ARTICLE, 'reading-rules-49', '2025-11-20');
  const issues = summaryIssues(analyzed);

  it('takes an ex-winery price for the ex-factory price', () => {
    expect(issues('en', 'The average ex-winery price of Qingshan wine is about 96 yuan a bottle this year, up 4.5% from last year.')).toEqual([]);
    expect(issues('en', 'The average ex-winery price of Qingshan wine is about 200 yuan a bottle this year, up 4.5% from last year.')).not.toEqual([]);
  });

  it('reads "Three-day passes" as a kind of ticket, timing nothing', () => {
    expect(issues('en', 'Three-day passes priced at 680 yuan and single-day tickets at 298 yuan sold out about 30 minutes after going on sale.')).toEqual([]);
    expect(issues('en', 'Three-day passes priced at 680 yuan and single-day tickets at 298 yuan sold out about 40 minutes after going on sale.')).not.toEqual([]);
  });

  it('takes the count of the things listed right before it as stated', () => {
    expect(issues('zh', '水泥和玻璃两个行业合计消耗全市六成以上的石灰石。')).toEqual([]);
    expect(issues('zh', '水泥、玻璃和陶瓷三个行业合计消耗全市六成以上的石灰石。')).not.toEqual([]);
  });

  it('reads 涨了约四成 as a rise', () => {
    expect(issues('en', 'A homestay owner said hotel prices were up about 40 percent from normal.')).toEqual([]);
    expect(issues('en', 'A homestay owner said hotel prices were up about 50 percent from normal.')).not.toEqual([]);
  });

  it('finds "Internet Plus Nursing" where the source says 互联网+护理', () => {
    expect(issues('en', 'The number of medical institutions offering Internet Plus Nursing services rose to 54.')).toEqual([]);
    expect(issues('en', 'The number of medical institutions offering Internet Plus Midwifery services rose to 54.')).not.toEqual([]);
  });

  it('reads a share after "and that" as a second statement', () => {
    expect(issues('en', 'The chairman said first-half revenue rose 16% to 260 million yuan and that nearly 30 percent of its products are sold overseas.')).toEqual([]);
    expect(issues('en', 'The chairman said first-half revenue rose 16% to 260 million yuan and that nearly 50 percent of its products are sold overseas.')).not.toEqual([]);
  });
});
