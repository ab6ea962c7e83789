import { describe, expect, it } from 'vitest';
import { buildDigest, parseDate, parseSince, scoreStory, type ReviewFile } from '../../src/digest/index.js';
import { buildTestSheet, corpus } from './build-test-sheet.js';

const NOW = new Date('2025-05-20T12:00:00.000Z');
const none = new Map<string, ReviewFile>();

describe('buildDigest: window', () => {
  it('takes the last 24 hours of processing by default', () => {
    const c = corpus();
    const old = buildTestSheet({ file: 'fixtures/articles/a02-customs-april-trade.txt', id: 'a02', generatedAt: '2025-05-19T11:59:59.000Z' });
    const future = buildTestSheet({ file: 'fixtures/articles/a04-smic-annual-results.txt', id: 'a04', generatedAt: '2025-05-20T12:00:01.000Z' });
    const d = buildDigest([...Object.values(c), old, future], none, { now: NOW });
    expect(d.counts.articles).toBe(6);
    expect(d.stories.flatMap((s) => s.sources.map((x) => x.id))).not.toContain('a02');
    expect(d.date).toBe('2025-05-20');
    expect(d.title).toBe('简报 Daily digest 2025-05-20');
  });

  it('--since narrows the window', () => {
    const d = buildDigest(Object.values(corpus()), none, { now: NOW, window: parseSince('5h') });
    // (07:00, 12:00]: the Nvidia rewrite (08:00) and the H20 story (09:00); the Hungary
    // plant story, processed at exactly 07:00, falls on the open end.
    expect(d.counts.articles).toBe(2);
  });

  it('--date selects by publication day, undated articles by processing day in the time zone', () => {
    const undated = buildTestSheet({
      file: 'fixtures/articles/a04-smic-annual-results.txt',
      id: 'a04-smic',
      generatedAt: '2025-04-27T20:00:00.000Z', // 04:00 on 04-28 in Shanghai
      publishedAt: null,
    });
    const sheets = [...Object.values(corpus()), undated];
    const d = buildDigest(sheets, none, { now: NOW, window: parseDate('2025-04-28'), timeZone: 'Asia/Shanghai' });
    expect(d.stories.map((s) => s.id).sort()).toEqual(['a01-byd-q1-earnings', 'a04-smic']);
    expect(d.date).toBe('2025-04-28');
    const utc = buildDigest(sheets, none, { now: NOW, window: parseDate('2025-04-28'), timeZone: 'UTC' });
    expect(utc.stories.map((s) => s.id)).toEqual(['a01-byd-q1-earnings']);
  });

  it('rejects malformed windows with a clear message', () => {
    expect(() => parseSince('yesterday')).toThrow(/24h, 7d or 90m/);
    expect(() => parseSince('0h')).toThrow();
    expect(() => parseDate('2025-02-30')).toThrow(/YYYY-MM-DD/);
    expect(parseSince('90m')).toMatchObject({ kind: 'since', ms: 5_400_000 });
  });

  it('is empty, not an error, when nothing is in the window', () => {
    const d = buildDigest(Object.values(corpus()), none, { now: new Date('2025-06-30T00:00:00Z') });
    expect(d.stories).toEqual([]);
    expect(d.counts).toMatchObject({ articles: 0, stories: 0 });
  });
});

describe('buildDigest: stories', () => {
  const d = buildDigest(Object.values(corpus()), none, { now: NOW });

  it('merges near-duplicate articles into one story listing all sources', () => {
    expect(d.counts).toMatchObject({ articles: 6, stories: 4 });
    const byd = d.stories.find((s) => s.sources.some((x) => x.id === 'a01-byd-q1-earnings'));
    // Content from the article with most facts; the id from the first processed, so it is stable.
    expect(byd).toMatchObject({ id: 'byd-q1-rewrite', primaryId: 'a01-byd-q1-earnings' });
    expect(byd?.sources.map((s) => s.id)).toEqual(['a01-byd-q1-earnings', 'byd-q1-rewrite']);
    expect(byd?.sources[0]).toMatchObject({ briefing: '../articles/a01-byd-q1-earnings.md', factSheet: '../articles/a01-byd-q1-earnings.json', outlet: '第一财经' });
    const nvidia = d.stories.find((s) => s.id === 'n0-nvidia-china');
    expect(nvidia?.sources.map((s) => s.id)).toEqual(['n0-nvidia-china', 'nvidia-shanghai-rewrite']);
    // Two different Nvidia stories and two different BYD stories stay apart.
    expect(d.stories.map((s) => s.id).sort()).toEqual(['byd-hungary-plant', 'byd-q1-rewrite', 'n0-nvidia-china', 'nvidia-h20-charge']);
  });

  it('ranks by the documented score, highest first, with ranks 1..n', () => {
    expect(d.stories.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
    const totals = d.stories.map((s) => s.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    for (const s of d.stories) {
      expect(s.score.total).toBeCloseTo(0.45 * s.score.density + 0.35 * s.score.salience + 0.2 * s.score.recency, 3);
    }
  });

  it('scores denser, more salient and more recent stories higher', () => {
    const base = { keptFacts: 10, textLength: 1000, entityMentions: [{ zh: '比亚迪', weight: 1, mentions: 5 }], newest: NOW.getTime() };
    const cov = new Map([['比亚迪', 1]]);
    const s0 = scoreStory(base, cov, NOW).total;
    expect(scoreStory({ ...base, keptFacts: 20 }, cov, NOW).total).toBeGreaterThan(s0);
    expect(scoreStory(base, new Map([['比亚迪', 3]]), NOW).total).toBeGreaterThan(s0);
    expect(scoreStory({ ...base, newest: NOW.getTime() - 48 * 3_600_000 }, cov, NOW).total).toBeLessThan(s0);
    expect(scoreStory({ ...base, newest: NOW.getTime() - 24 * 3_600_000 }, cov, NOW).recency).toBe(0.5);
  });

  it('gives each story titles, summaries and at most 5 key figures, labelled ones first, in source order', () => {
    const byd = d.stories.find((s) => s.primaryId === 'a01-byd-q1-earnings');
    expect(byd?.titleZh).toBe('比亚迪一季度净利润同比增长100.38% 海外销量占比升至两成');
    expect(byd?.titleEn).toBe('BYD, Wang Chuanfu: revenue RMB170.36 billion');
    expect(byd?.summaryEn).toContain('RMB170.36 billion');
    expect(byd?.summaryZh).toContain('1703.6亿元');
    expect(byd?.figures.map((f) => `${f.measures}: ${f.en} / ${f.zh}`)).toEqual([
      'revenue: RMB170.36 billion / 1703.6亿元',
      'revenue growth: 36.35% / 36.35%',
      'net profit: RMB9.155 billion / 91.55亿元',
      'gross margin: 20.07% / 20.07%',
      'sales: 1,000,804 vehicles / 1000804辆',
    ]);
  });

  it('uses title.en when the provider wrote one', () => {
    const sheet = buildTestSheet({
      file: 'fixtures/articles/a05-renewable-capacity-2024.txt',
      id: 'a05',
      generatedAt: '2025-05-20T10:00:00.000Z',
      titleEn: 'China added 373 GW of renewable capacity in 2024',
    });
    expect(buildDigest([sheet], none, { now: NOW }).stories[0]?.titleEn).toBe('China added 373 GW of renewable capacity in 2024');
  });

  it('is deterministic whatever the input order', () => {
    const sheets = Object.values(corpus());
    expect(buildDigest([...sheets].reverse(), none, { now: NOW })).toEqual(d);
    expect(buildDigest(sheets, none, { now: NOW })).toEqual(d);
  });
});

describe('buildDigest: verification flags and reviews', () => {
  const sheet = (): ReturnType<typeof buildTestSheet> =>
    buildTestSheet({
      file: 'fixtures/articles/a01-byd-q1-earnings.txt',
      id: 'a01',
      generatedAt: '2025-05-20T10:00:00.000Z',
      entities: [{ zh: '比亚迪', en: 'BYD' }],
      facts: [
        { text: '1703.6亿元', value: 170_360_000_000, unit: 'CNY', en: 'RMB170.36 billion', measures: 'revenue' },
        { text: '91.55亿元', value: 9_155_000_000, unit: 'CNY', en: 'RMB9.155 billion', measures: 'net profit' },
        { text: '1000804辆', kind: 'count', value: 1_000_804, unit: '辆', en: '1,000,804 vehicles', measures: 'sales' },
      ],
      issues: [
        { where: 'facts[1]', claim: 'RMB9.155 billion', problem: 'value does not match the source' },
        { where: 'summaries.en', claim: 'RMB171 billion', problem: 'number not found in source' },
      ],
    });
  const review: ReviewFile = {
    schemaVersion: 1,
    id: 'a01',
    updatedAt: '2025-05-20T11:00:00.000Z',
    decisions: {
      f3: { status: 'rejected', comment: '口径不对', at: '2025-05-20T11:00:00.000Z' },
      f1: { status: 'approved', at: '2025-05-20T11:00:00.000Z' },
    },
  };

  it('marks flagged facts with the reason and leaves rejected ones out', () => {
    const d = buildDigest([sheet()], new Map([['a01', review]]), { now: NOW });
    const story = d.stories[0];
    expect(story?.figures.map((f) => [f.factId, f.flagged])).toEqual([
      ['f1', null],
      ['f2', 'value does not match the source'],
    ]);
    expect(story?.warnings).toEqual(['summaries.en: number not found in source: RMB171 billion']);
    expect(d.counts).toMatchObject({ rejected: 1, flagged: 1, flaggedOmitted: 0 });
  });

  it('with strict, leaves flagged facts out too', () => {
    const d = buildDigest([sheet()], new Map([['a01', review]]), { now: NOW, strict: true });
    expect(d.stories[0]?.figures.map((f) => f.factId)).toEqual(['f1']);
    expect(d.counts).toMatchObject({ rejected: 1, flagged: 0, flaggedOmitted: 1 });
  });

  it('accepts fact-id issue paths (facts[f2], facts.f2)', () => {
    for (const where of ['facts[f2]', 'facts.f2']) {
      const s = sheet();
      s.verification.issues = [{ where, claim: 'x', problem: 'not found' }];
      expect(buildDigest([s], none, { now: NOW }).stories[0]?.figures.find((f) => f.factId === 'f2')?.flagged).toBe('not found');
    }
  });
});
