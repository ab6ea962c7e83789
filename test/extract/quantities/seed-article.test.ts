import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/quantities/index.js';
import { splitSentences } from '../../../src/segment/index.js';
import { FactSchema, type Fact, type Segmented } from '../../../src/types.js';

const PATH = new URL('../../../fixtures/articles/n0-nvidia-china.txt', import.meta.url);
const text = readFileSync(PATH, 'utf8');

function segmented(source: string): Segmented {
  return {
    article: {
      id: 'n0-nvidia-china',
      warnings: [],
      source: {
        path: 'articles/n0-nvidia-china.txt', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'txt',
        title: null, publishedAt: '2025-05-20', url: null, outlet: null, text: source,
      },
    },
    sentences: splitSentences(source),
    tokens: [],
  };
}

const facts = extractFacts(segmented(text), { referenceDate: '2025-05-20' });
const withText = (t: string): Fact[] => facts.filter((f) => f.text === t);

describe('extractFacts on the seed article (n0-nvidia-china, reference 2025-05-20)', () => {
  it('produces schema-valid facts with exact spans, ids in span order and their sentence', () => {
    facts.forEach((f, i) => {
      expect(FactSchema.parse(f)).toEqual(f);
      expect(f.id).toBe(`f${i + 1}`);
      expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(f.context).toContain(f.text);
      expect(f.origin).toBe('extractor');
      if (i > 0) expect(f.span.start).toBeGreaterThanOrEqual(facts[i - 1]!.span.end);
    });
  });

  it.each([
    ['180亿美元', 2, 'money', 18e9, null, 'USD', null, 'US$18 billion'],
    ['1305亿美元', 1, 'money', 130.5e9, null, 'USD', null, 'US$130.5 billion'],
    ['171.08亿美元', 1, 'money', 17.108e9, null, 'USD', null, 'US$17.108 billion'],
    ['55亿美元', 1, 'money', 5.5e9, null, 'USD', null, 'US$5.5 billion'],
    ['500亿美元', 1, 'money', 50e9, null, 'USD', null, 'US$50 billion'],
    ['153.10美元', 1, 'money', 153.1, null, 'USD', null, 'US$153.10'],
    ['125%', 1, 'percent', 125, null, '%', null, '125%'],
    ['34%', 1, 'percent', 34, null, '%', null, '34%'],
    ['24%', 1, 'percent', 24, null, '%', null, '24%'],
    ['10%', 1, 'percent', 10, null, '%', null, '10%'],
    ['66%', 1, 'percent', 66, null, '%', null, '66%'],
    ['23万枚', 2, 'count', 230000, null, '枚', null, '230,000 units'],
    ['4000余名', 1, 'count', 4000, null, '名', 'over', 'more than 4,000'],
    ['近40人', 1, 'count', 40, null, '人', 'under', 'nearly 40'],
    ['三分之一', 2, 'fraction', 0.3333, null, null, null, 'one third'],
    ['90天', 1, 'duration', 90, null, 'day', null, '90 days'],
    ['3个月', 1, 'duration', 3, null, 'month', null, 'three months'],
    ['两到三年', 1, 'duration', 2, 3, 'year', null, 'two to three years'],
    ['5月19日', 2, 'date', '2025-05-19', null, null, null, 'May 19'],
    ['4月2日', 1, 'date', '2025-04-02', null, null, null, 'April 2'],
    ['2022年8月', 1, 'date', '2022-08', null, null, null, 'August 2022'],
    ['2024财年', 1, 'period', 'FY2024', null, null, null, 'fiscal 2024'],
    ['第一季度', 1, 'period', '2025-Q1', null, null, null, 'Q1 2025'],
    ['2024年底', 1, 'year', '2024', null, null, null, 'end of 2024'],
    ['第100万辆', 1, 'ordinal', 1e6, null, null, null, 'the 1,000,000th'],
  ] as const)('%s ×%d', (surface, times, kind, value, valueMax, unit, approx, en) => {
    const found = withText(surface);
    expect(found).toHaveLength(times);
    for (const f of found) expect(f).toMatchObject({ kind, value, valueMax, unit, approx, en });
  });

  it('says what the key figures measure', () => {
    expect(withText('171.08亿美元')[0]?.measures).toBe('revenue');
    expect(withText('180亿美元')[1]?.measures).toBe('orders');
    expect(withText('55亿美元')[0]?.measures).toBe('loss');
    expect(withText('125%')[0]?.measures).toBe('tariff');
    expect(withText('500亿美元')[0]?.measures).toBe('market size');
    expect(withText('4000余名')[0]?.measures).toBe('employees');
  });

  it('never reads a model code, event name or document number as a figure', () => {
    for (const code of ['H20', 'H100', 'H200', 'T20', 'BR100', 'Computex2025', '第16号', '〔2020〕']) {
      let at = text.indexOf(code);
      expect(at, code).toBeGreaterThanOrEqual(0);
      while (at >= 0) {
        const end = at + code.length;
        const overlapping = facts.filter((f) => f.span.start < end && at < f.span.end);
        expect(overlapping, code).toEqual([]);
        at = text.indexOf(code, end);
      }
    }
  });

  // The gold (n0-nvidia-china.json) annotates 一个月前 and 一天前 as durations; a bare 一
  // before a classifier (一个研究中心) stays no figure.
  it('skips a bare 一 count (一个研究中心) but keeps 一天前 and 一个月前 as durations', () => {
    expect(facts.filter((f) => /^一[个天]/u.test(f.text)).map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['一个月', 'duration', 1, 'month'],
      ['一天', 'duration', 1, 'day'],
    ]);
  });
});
