/**
 * Rules added against the blind set's misses and false alarms (fixtures/llm/detection-set-blind.json),
 * on synthetic articles so each rule is pinned on its own.
 */
import { describe, expect, it } from 'vitest';
import type { SummarizeResult } from '../../src/summarize/provider.js';
import { checkClaim, findNamePhrases, verifyOutput } from '../../src/verify/index.js';
import { analyzeText } from '../support/analyzed-fixture.js';

const PRICES = [
  '6月房价数据',
  '2025-07-15 经济网',
  '6月份，一线城市新建商品住宅销售价格环比下降0.2%；其中上海上涨0.4%，北京、广州、深圳分别下降0.3%、0.5%和0.6%。',
  '同比看，一线城市新建商品住宅销售价格下降3.1%；二线、三线城市分别下降4.0%和5.3%。二手住宅方面，一线城市二手住宅销售价格环比下降0.7%，同比下降4.9%；70个城市中，二手住宅价格环比上涨的城市有7个。',
  '6月份70个城市中新建商品住宅价格环比下降的城市有64个，占比逾九成。',
].join('\n');

const issues = (source: string, zh: string, en = '') => {
  const analyzed = analyzeText(source, 'cooc');
  const result: SummarizeResult = { zh, en, entities: [], warnings: [] };
  return verifyOutput(analyzed, result).verification.issues.map((i) => `${i.claim}: ${i.problem}`);
};

describe('figures tied to the words of their clause', () => {
  it('passes city-by-city and tier-by-tier figures in their places', () => {
    expect(issues(PRICES, '二线、三线城市新建商品住宅价格同比分别下降4.0%和5.3%。二手住宅价格环比上涨的城市有7个。6月份70个城市中新建商品住宅价格环比下降的城市占比逾九成。',
      'Shanghai prices rose 0.4%, while Beijing, Guangzhou and Shenzhen fell 0.3%, 0.5% and 0.6% respectively. Year on year, first-tier new home prices were down 3.1%. Second-hand home prices in first-tier cities fell 0.7% on the month and 4.9% on the year.')).toEqual([]);
  });

  it('flags a figure the source states for another tier, city or basis', () => {
    expect(issues(PRICES, '二线、三线城市新建商品住宅价格同比分别下降0.2%和5.3%。')).toHaveLength(1);
    expect(issues(PRICES, '二手住宅价格环比上涨的城市有70个。')).toHaveLength(1);
    expect(issues(PRICES, '', 'Shanghai prices rose 0.4%, while Beijing, Guangzhou and Shenzhen fell 3.1%, 0.5% and 0.6% respectively.')).toHaveLength(1);
    expect(issues(PRICES, '', 'Year on year, first-tier new home prices were down 0.2%.')).toHaveLength(1);
  });
});

describe('成 as a coarse percentage', () => {
  const source = (p: string) => ({ kind: 'percent' as const, text: p, value: Number.parseFloat(p), valueMax: null, unit: '%', approx: null });
  const claim = (text: string, value: number, approx: 'under' | 'over' | null) => ({ kind: 'percent' as const, text, value, valueMax: null, unit: '%', approx });
  it('agrees within five points when the qualifier points the honest way', () => {
    expect(checkClaim(claim('近三成', 30, 'under'), [source('29.4%')]).status).toBe('supported');
    expect(checkClaim(claim('逾四成', 40, 'over'), [source('41.8%')]).status).toBe('supported');
    expect(checkClaim(claim('四成', 40, null), [source('41.8%')]).status).toBe('supported');
    expect(checkClaim(claim('逾三成', 30, 'over'), [source('29.4%')]).status).not.toBe('supported');
    expect(checkClaim(claim('近三成', 30, 'under'), [source('21.8%')]).status).toBe('unsupported');
  });
  it('does not round a source bound past itself', () => {
    const bound = { kind: 'money' as const, text: '突破119.66亿元', value: 119.66e8, valueMax: null, unit: 'CNY', approx: 'over' as const };
    expect(checkClaim({ ...bound, text: '逾120亿元', value: 120e8 }, [bound]).status).toBe('qualifier');
    expect(checkClaim({ ...bound, text: '逾119亿元', value: 119e8 }, [bound]).status).toBe('supported');
  });
});

describe('names', () => {
  it('takes unit symbols and Roman numerals for no names', () => {
    expect(findNamePhrases('It handled 20.9 million TEU in the phase III trial.').flatMap((p) => p.words)).toEqual([]);
  });
  it('knows Belt and Road only where the source says 一带一路', () => {
    const en = 'The port had 310 routes, 130 of them Belt and Road routes.';
    expect(issues('港口\n截至6月底，航线总数达到310条，其中"一带一路"航线超过130条。', '', en.replace('130', 'more than 130'))).toEqual([]);
    expect(issues('港口\n截至6月底，航线总数达到310条，其中东南亚航线超过130条。', '', en.replace('130', 'more than 130')).join()).toMatch(/Belt/);
  });
});
