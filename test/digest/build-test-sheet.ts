/**
 * Builds schema-valid fact sheets from real article text for the digest tests, with spans
 * found in the text (so `source.text.slice(span.start, span.end) === fact.text` holds),
 * independent of the extractor's current behaviour.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FactSheetSchema, type EntityType, type FactKind, type FactSheet, type VerificationIssue } from '../../src/types.js';

export interface TestFact {
  readonly text: string;
  readonly kind?: FactKind;
  readonly value?: number | string;
  readonly unit?: string | null;
  readonly en: string;
  readonly measures?: string | null;
  /** Which occurrence of `text` (0-based). */
  readonly occurrence?: number;
}

export interface TestEntity {
  readonly zh: string;
  readonly en: string;
  readonly type?: EntityType;
}

export interface TestSheetSpec {
  /** Fixture path relative to the repository root, or inline text with `text`. */
  readonly file?: string;
  readonly text?: string;
  readonly id: string;
  readonly generatedAt: string;
  readonly facts?: readonly TestFact[];
  readonly entities?: readonly TestEntity[];
  readonly titleEn?: string | null;
  readonly summaryEn?: string;
  readonly issues?: readonly VerificationIssue[];
  /** Overrides the date read from the article's second line. */
  readonly publishedAt?: string | null;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readFixture(file: string): string {
  return readFileSync(`${ROOT}${file}`, 'utf8');
}

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return at;
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^。！？\n]+[。！？]?/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function buildTestSheet(spec: TestSheetSpec): FactSheet {
  const text = spec.text ?? readFixture(spec.file ?? '');
  const lines = text.split('\n');
  const title = lines[0]?.trim() ?? null;
  const second = lines[1] ?? '';
  const date = /(\d{4})[-年](\d{1,2})[-月](\d{1,2})/u.exec(second);
  const publishedAt =
    spec.publishedAt !== undefined
      ? spec.publishedAt
      : date
        ? `${date[1]}-${(date[2] ?? '').padStart(2, '0')}-${(date[3] ?? '').padStart(2, '0')}`
        : null;
  const outlet = date ? (second.slice((date.index ?? 0) + date[0].length).replace(/日/u, '').trim() || null) : null;
  const sents = sentences(text);
  const sentenceOf = (pos: number): number => Math.max(0, sents.findIndex((s) => pos >= s.start && pos < s.end));
  const facts = (spec.facts ?? []).map((f, i) => {
    const start = nthIndex(text, f.text, f.occurrence ?? 0);
    const s = sents[sentenceOf(start)];
    return {
      id: `f${i + 1}`,
      kind: f.kind ?? 'money',
      text: f.text,
      span: { start, end: start + f.text.length },
      value: f.value ?? 1,
      valueMax: null,
      unit: f.unit ?? null,
      approx: null,
      en: f.en,
      sentence: sentenceOf(start),
      context: s ? text.slice(s.start, s.end) : '',
      measures: f.measures ?? null,
      origin: 'extractor' as const,
    };
  });
  const entities = (spec.entities ?? []).map((e, i) => {
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf(e.zh); at >= 0; at = text.indexOf(e.zh, at + e.zh.length)) mentions.push({ start: at, end: at + e.zh.length });
    if (mentions.length === 0) throw new Error(`entity ${e.zh} not in text`);
    return { id: `e${i + 1}`, type: e.type ?? 'organization', zh: e.zh, en: e.en, enSource: 'glossary' as const, mentions };
  });
  const body = sents.slice(2, 4).map((s) => text.slice(s.start, s.end)).join('');
  const sheet = {
    schemaVersion: 1,
    id: spec.id,
    source: {
      path: spec.file ?? `${spec.id}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      encoding: 'utf-8',
      format: 'txt',
      title,
      publishedAt,
      url: null,
      outlet,
      text,
    },
    title: { zh: title, en: spec.titleEn ?? null },
    summaries: {
      zh: { text: body, provider: 'builtin', model: null },
      en: {
        text: spec.summaryEn ?? `${entities.map((e) => e.en).join(', ')}: ${facts.slice(0, 2).map((f) => f.en).join('; ')}.`,
        provider: 'builtin',
        model: null,
      },
    },
    entities,
    facts,
    verification: {
      status: (spec.issues?.length ?? 0) > 0 ? 'flagged' : 'ok',
      checked: facts.length,
      supported: facts.length - (spec.issues?.length ?? 0),
      issues: [...(spec.issues ?? [])],
    },
    provenance: { version: '0.1.0', provider: 'builtin', model: null, promptHash: null, durationMs: 5, fallbacks: [], generatedAt: spec.generatedAt },
  };
  return FactSheetSchema.parse(sheet);
}

/** The fixture corpus used across the digest tests, all processed on 2025-05-20 (UTC). */
export function corpus(): Record<string, FactSheet> {
  const byd = { entities: [{ zh: '比亚迪', en: 'BYD' }, { zh: '王传福', en: 'Wang Chuanfu', type: 'person' as const }] };
  return {
    a01: buildTestSheet({
      file: 'fixtures/articles/a01-byd-q1-earnings.txt',
      id: 'a01-byd-q1-earnings',
      generatedAt: '2025-05-20T06:00:00.000Z',
      ...byd,
      facts: [
        { text: '1703.6亿元', value: 170_360_000_000, unit: 'CNY', en: 'RMB170.36 billion', measures: 'revenue' },
        { text: '36.35%', kind: 'percent', value: 36.35, unit: '%', en: '36.35%', measures: 'revenue growth' },
        { text: '91.55亿元', value: 9_155_000_000, unit: 'CNY', en: 'RMB9.155 billion', measures: 'net profit' },
        { text: '100.38%', kind: 'percent', value: 100.38, unit: '%', en: '100.38%' },
        { text: '81.72亿元', value: 8_172_000_000, unit: 'CNY', en: 'RMB8.172 billion' },
        { text: '20.07%', kind: 'percent', value: 20.07, unit: '%', en: '20.07%', measures: 'gross margin' },
        { text: '1000804辆', kind: 'count', value: 1_000_804, unit: '辆', en: '1,000,804 vehicles', measures: 'sales' },
        { text: '206084辆', kind: 'count', value: 206_084, unit: '辆', en: '206,084 vehicles', measures: 'overseas sales' },
        { text: '550万辆', kind: 'count', value: 5_500_000, unit: '辆', en: '5.5 million vehicles', measures: 'sales target' },
        { text: '4月25日', kind: 'date', value: '2025-04-25', unit: null, en: 'April 25' },
      ],
    }),
    bydRewrite: buildTestSheet({
      file: 'test/digest/fixtures/byd-q1-rewrite.txt',
      id: 'byd-q1-rewrite',
      generatedAt: '2025-05-20T05:00:00.000Z',
      ...byd,
      facts: [
        { text: '1703.6亿元', value: 170_360_000_000, unit: 'CNY', en: 'RMB170.36 billion', measures: 'revenue' },
        { text: '91.55亿元', value: 9_155_000_000, unit: 'CNY', en: 'RMB9.155 billion', measures: 'net profit' },
      ],
    }),
    bydHungary: buildTestSheet({
      file: 'test/digest/fixtures/byd-hungary-plant.txt',
      id: 'byd-hungary-plant',
      generatedAt: '2025-05-20T07:00:00.000Z',
      entities: [{ zh: '比亚迪', en: 'BYD' }, { zh: '匈牙利', en: 'Hungary', type: 'place' }, { zh: '特斯拉', en: 'Tesla' }],
      facts: [
        { text: '15万辆', kind: 'count', value: 150_000, unit: '辆', en: '150,000 vehicles', measures: 'annual capacity' },
        { text: '40亿欧元', value: 4_000_000_000, unit: 'EUR', en: '€4 billion', measures: 'investment' },
        { text: '7231辆', kind: 'count', value: 7231, unit: '辆', en: '7,231 vehicles', measures: 'registrations' },
      ],
    }),
    n0: buildTestSheet({
      file: 'fixtures/articles/n0-nvidia-china.txt',
      id: 'n0-nvidia-china',
      generatedAt: '2025-05-20T04:00:00.000Z',
      publishedAt: '2025-05-20',
      entities: [{ zh: '英伟达', en: 'Nvidia' }, { zh: '黄仁勋', en: 'Jensen Huang', type: 'person' }, { zh: '上海', en: 'Shanghai', type: 'place' }],
      facts: [
        { text: '180亿美元', value: 18_000_000_000, unit: 'USD', en: 'US$18 billion', measures: 'H20 orders' },
        { text: '1305亿美元', value: 130_500_000_000, unit: 'USD', en: 'US$130.5 billion', measures: 'revenue' },
        { text: '171.08亿美元', value: 17_108_000_000, unit: 'USD', en: 'US$17.108 billion', measures: 'China revenue' },
        { text: '55亿美元', value: 5_500_000_000, unit: 'USD', en: 'US$5.5 billion', measures: 'loss' },
      ],
    }),
    nvRewrite: buildTestSheet({
      file: 'test/digest/fixtures/nvidia-shanghai-rewrite.txt',
      id: 'nvidia-shanghai-rewrite',
      generatedAt: '2025-05-20T08:00:00.000Z',
      entities: [{ zh: '英伟达', en: 'Nvidia' }, { zh: '黄仁勋', en: 'Jensen Huang', type: 'person' }],
      facts: [{ text: '180亿美元', value: 18_000_000_000, unit: 'USD', en: 'US$18 billion', measures: 'H20 orders' }],
    }),
    nvH20: buildTestSheet({
      file: 'test/digest/fixtures/nvidia-h20-charge.txt',
      id: 'nvidia-h20-charge',
      generatedAt: '2025-05-20T09:00:00.000Z',
      entities: [{ zh: '英伟达', en: 'Nvidia' }, { zh: '黄仁勋', en: 'Jensen Huang', type: 'person' }],
      facts: [
        { text: '440.6亿美元', value: 44_060_000_000, unit: 'USD', en: 'US$44.06 billion', measures: 'revenue' },
        { text: '45亿美元', value: 4_500_000_000, unit: 'USD', en: 'US$4.5 billion', measures: 'charge' },
      ],
    }),
  };
}
