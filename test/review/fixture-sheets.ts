/**
 * Builds real schema-v1 fact sheets for the review tests from fixture articles, with
 * spans found by indexOf so `source.text.slice(span)` is exactly each fact's text.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/segment/split-sentences.js';
import { FactSheetSchema, type Entity, type EntityType, type Fact, type FactKind, type FactSheet, type VerificationIssue } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface FactSpec {
  readonly text: string;
  readonly kind: FactKind;
  readonly value: number | string;
  readonly unit: string | null;
  readonly en: string;
  /** Find the text after this anchor (defaults to the start of the text). */
  readonly after?: string;
  readonly valueMax?: number;
  readonly approx?: Fact['approx'];
}

interface SheetSpec {
  readonly id: string;
  readonly text: string;
  readonly title: string;
  readonly titleEn: string;
  readonly publishedAt: string | null;
  readonly facts: readonly FactSpec[];
  readonly entities: readonly { zh: string; en: string; type: EntityType }[];
  /** Source sentence indices for the Chinese summary, one summary sentence each. */
  readonly zhFrom: readonly number[];
  readonly en: readonly { text: string; sources: number[] }[];
  readonly issues: readonly VerificationIssue[];
}

function findAfter(text: string, needle: string, after?: string): number {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) throw new Error(`anchor ${after} not in text`);
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} not in text`);
  return at;
}

export function buildSheet(spec: SheetSpec): FactSheet {
  const { text } = spec;
  const sentences = splitSentences(text);
  const facts: Fact[] = spec.facts.map((f, i) => {
    const start = findAfter(text, f.text, f.after);
    const sentence = sentences.find((s) => start >= s.start && start < s.end);
    if (!sentence) throw new Error(`no sentence for ${f.text}`);
    return {
      id: `f${i + 1}`,
      kind: f.kind,
      text: f.text,
      span: { start, end: start + f.text.length },
      value: f.value,
      valueMax: f.valueMax ?? null,
      unit: f.unit,
      approx: f.approx ?? null,
      en: f.en,
      sentence: sentence.index,
      context: sentence.text,
      origin: 'extractor',
    };
  });
  const entities: Entity[] = spec.entities.map((e, i) => {
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf(e.zh); at >= 0; at = text.indexOf(e.zh, at + e.zh.length)) {
      mentions.push({ start: at, end: at + e.zh.length });
    }
    return { id: `e${i + 1}`, type: e.type, zh: e.zh, en: e.en, enSource: 'glossary', mentions };
  });
  const zhSentences = spec.zhFrom.map((i) => {
    const s = sentences[i];
    if (!s) throw new Error(`no sentence ${i}`);
    return { text: s.text, sources: [i] };
  });
  const sheet: FactSheet = {
    schemaVersion: 1,
    id: spec.id,
    source: {
      path: `articles/${spec.id}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      encoding: 'utf-8',
      format: 'txt',
      title: spec.title,
      publishedAt: spec.publishedAt,
      url: null,
      outlet: null,
      text,
    },
    title: { zh: spec.title, en: spec.titleEn },
    summaries: {
      zh: { text: zhSentences.map((s) => s.text).join(''), provider: 'builtin', model: null, sentences: zhSentences },
      en: { text: spec.en.map((s) => s.text).join(' '), provider: 'builtin', model: null, sentences: spec.en.map((s) => ({ ...s })) },
    },
    entities,
    facts,
    verification: {
      status: spec.issues.length > 0 ? 'flagged' : 'ok',
      checked: facts.length + zhSentences.length + spec.en.length,
      supported: facts.length + zhSentences.length + spec.en.length - spec.issues.length,
      issues: [...spec.issues],
    },
    provenance: { version: '0.1.0', provider: 'builtin', model: null, promptHash: null, durationMs: 12, fallbacks: [] },
  };
  return FactSheetSchema.parse(sheet);
}

export async function nvidiaSheet(): Promise<FactSheet> {
  const raw = await readFile(join(ROOT, 'fixtures/articles/n0-nvidia-china.txt'), 'utf8');
  // Drop the forum footer ("页:\n[1]") the pipeline's cleanup would also drop.
  const text = raw.slice(0, raw.indexOf('页:')).trimEnd();
  const title = text.slice(0, text.indexOf('\n'));
  const sentences = splitSentences(text);
  const idx = (needle: string): number => {
    const s = sentences.find((x) => x.text.includes(needle));
    if (!s) throw new Error(needle);
    return s.index;
  };
  return buildSheet({
    id: 'n0-nvidia-china',
    text,
    title,
    titleEn: 'US$18 billion in orders hang by a thread: why Nvidia cannot do without China',
    publishedAt: '2025-05-20',
    facts: [
      { text: '5月19日', kind: 'date', value: '2025-05-19', unit: null, en: 'May 19' },
      { text: '125%', kind: 'percent', value: 125, unit: '%', en: '125%' },
      { text: '34%', kind: 'percent', value: 34, unit: '%', en: '34%' },
      { text: '90天', kind: 'duration', value: 90, unit: 'day', en: '90 days' },
      { text: '153.10美元', kind: 'money', value: 153.1, unit: 'USD', en: 'US$153.10' },
      { text: '三分之一', kind: 'fraction', value: 0.3333, unit: null, en: 'one third' },
      { text: '2024财年', kind: 'period', value: 'FY2024', unit: null, en: 'fiscal 2024' },
      { text: '1305亿美元', kind: 'money', value: 130_500_000_000, unit: 'USD', en: 'US$130.5 billion' },
      { text: '171.08亿美元', kind: 'money', value: 17_108_000_000, unit: 'USD', en: 'US$17.108 billion' },
      { text: '66%', kind: 'percent', value: 66, unit: '%', en: '66%' },
      { text: '23万枚', kind: 'count', value: 230_000, unit: '枚', en: '230,000 units' },
      { text: '180亿美元', kind: 'money', value: 18_000_000_000, unit: 'USD', en: 'US$18 billion', after: '已积累的价值' },
      { text: '55亿美元', kind: 'money', value: 5_500_000_000, unit: 'USD', en: 'US$5.5 billion' },
      { text: '4000余名', kind: 'count', value: 4000, unit: '名', en: 'over 4,000', approx: 'over' },
      // A fact inside an entity mention (Computex2025): the overlap the page must nest.
      { text: '2025', kind: 'year', value: '2025', unit: null, en: '2025', after: 'Computex' },
      { text: '500亿美元', kind: 'money', value: 50_000_000_000, unit: 'USD', en: 'US$50 billion' },
    ],
    entities: [
      { zh: '英伟达', en: 'Nvidia', type: 'organization' },
      { zh: '黄仁勋', en: 'Jensen Huang', type: 'person' },
      { zh: '上海', en: 'Shanghai', type: 'place' },
      { zh: '字节跳动', en: 'ByteDance', type: 'organization' },
      { zh: '台积电', en: 'TSMC', type: 'organization' },
      { zh: 'Computex2025', en: 'Computex 2025', type: 'product' },
      { zh: '华为', en: 'Huawei', type: 'organization' },
    ],
    zhFrom: [1, idx('1305亿美元'), idx('55亿美元')],
    en: [
      { text: 'Nvidia plans a research centre in Shanghai, Jensen Huang discussed it with the city in April.', sources: [1, 2] },
      { text: 'China revenue reached US$17.108 billion in fiscal 2024, up 66%.', sources: [idx('171.08亿美元')] },
      { text: 'Export curbs on the H20 could cost US$20 billion.', sources: [idx('55亿美元')] },
    ],
    issues: [
      { where: 'summaries.en', claim: 'US$20 billion', problem: 'number not found in source (source says 55亿美元, US$5.5 billion)' },
      { where: 'facts[5]', claim: '三分之一', problem: 'two different figures share this text: check which one the fact means' },
    ],
  });
}

export async function bydSheet(): Promise<FactSheet> {
  const text = (await readFile(join(ROOT, 'fixtures/articles/a01-byd-q1-earnings.txt'), 'utf8')).trim();
  const title = text.slice(0, text.indexOf('\n'));
  return buildSheet({
    id: 'a01-byd-q1-earnings',
    text,
    title,
    titleEn: 'BYD Q1 net profit doubles; overseas share of sales rises to a fifth',
    publishedAt: '2025-04-28',
    facts: [
      { text: '1703.6亿元', kind: 'money', value: 170_360_000_000, unit: 'CNY', en: 'CNY170.36 billion' },
      { text: '36.35%', kind: 'percent', value: 36.35, unit: '%', en: '36.35%' },
      { text: '91.55亿元', kind: 'money', value: 9_155_000_000, unit: 'CNY', en: 'CNY9.155 billion' },
    ],
    entities: [{ zh: '比亚迪', en: 'BYD', type: 'organization' }],
    zhFrom: [2],
    en: [{ text: 'BYD reported first-quarter revenue of CNY170.36 billion.', sources: [3] }],
    issues: [],
  });
}

/** Article text crafted to run script if any of it reaches the page unescaped. */
export const HOSTILE_TEXT = [
  '测试标题<img src=x onerror="window.__pwned=1">',
  '某公司今天宣布营收增长30%。<script>window.__pwned=1</script>这句话里有脚本。',
  '另一句话提到<img src=x onerror="window.__pwned=1">和"引号"以及 \'单引号\' 与 &amp; 符号，金额为5亿元。',
].join('\n');

export function hostileSheet(): FactSheet {
  return buildSheet({
    id: 'x-hostile',
    text: HOSTILE_TEXT,
    title: '测试标题<img src=x onerror="window.__pwned=1">',
    titleEn: '<script>window.__pwned=1</script> English title',
    publishedAt: '2025-05-01',
    facts: [
      { text: '30%', kind: 'percent', value: 30, unit: '%', en: '30% <b onmouseover="window.__pwned=1">' },
      { text: '5亿元', kind: 'money', value: 500_000_000, unit: 'CNY', en: 'CNY500 million' },
    ],
    entities: [{ zh: '<script>', en: '<img src=x onerror="window.__pwned=1">', type: 'product' }],
    zhFrom: [1, 2],
    en: [{ text: 'Revenue grew 30%. <script>window.__pwned=1</script>', sources: [1] }],
    issues: [{ where: 'summaries.en', claim: '<script>window.__pwned=1</script>', problem: '<img src=x onerror="window.__pwned=1"> not in source' }],
  });
}

/**
 * Writes an output folder with the three sheets plus one broken file (bad JSON) and one
 * schema-invalid file, as `jianbao run` would leave it.
 */
export async function writeFixtureOutput(outDir: string): Promise<{ nvidia: FactSheet; byd: FactSheet; hostile: FactSheet }> {
  const articles = join(outDir, 'articles');
  await mkdir(articles, { recursive: true });
  const nvidia = await nvidiaSheet();
  const byd = await bydSheet();
  const hostile = hostileSheet();
  for (const s of [nvidia, byd, hostile]) await writeFile(join(articles, `${s.id}.json`), JSON.stringify(s, null, 2));
  await writeFile(join(articles, 'broken.json'), '{"schemaVersion": 1, "id": ');
  await writeFile(join(articles, 'wrong-shape.json'), JSON.stringify({ schemaVersion: 1, id: 'wrong-shape', facts: [] }));
  return { nvidia, byd, hostile };
}
