import { readFileSync } from 'node:fs';
import { segment, type Tokenizer } from '../../segment/index.js';
import { extractEntities } from './extract-entities.js';
import type { Glossary } from './load-glossary.js';
import { articleFromText } from '../../ingest/index.js';

/** One evaluation sentence with gold spans (end exclusive). */
export interface NerRecord {
  readonly text: string;
  readonly entities: readonly { readonly type: string; readonly start: number; readonly end: number }[];
}

export interface NerContext {
  readonly tokenizer: Tokenizer;
  readonly glossary: Glossary;
}

export interface NerTypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ScoredType = 'person' | 'place' | 'organization';

export interface NerScore {
  perType: Record<ScoredType, NerTypeScore>;
  micro: { precision: number; recall: number; f1: number };
}

const SCORED: readonly ScoredType[] = ['person', 'place', 'organization'];

/**
 * Gold labels of the shared NER sets → jianbao types. MSRA: PER/LOC/ORG. CLUENER: name →
 * person, address → place, organization/company/government → organization; other CLUENER
 * labels (book, game, movie, position, scene) are not scored.
 */
const LABELS: Readonly<Record<string, ScoredType>> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  person: 'person',
  place: 'place',
  organization: 'organization',
  name: 'person',
  address: 'place',
  company: 'organization',
  government: 'organization',
};

/**
 * Runs segment + extractEntities on each record and scores the person/place/organization
 * mentions against the gold spans by strict match (same type, same start and end).
 *
 * @example
 * scoreNer([{ text: '何立峰会见黄仁勋。', entities: [{ type: 'person', start: 0, end: 3 }] }], ctx).micro.f1
 */
export function scoreNer(records: Iterable<NerRecord>, ctx: NerContext): NerScore {
  const counts = Object.fromEntries(SCORED.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredType,
    { tp: number; fp: number; fn: number }
  >;
  for (const record of records) {
    const gold = new Set<string>();
    for (const e of record.entities) {
      const type = LABELS[e.type];
      if (type !== undefined) gold.add(`${type}:${e.start}:${e.end}`);
    }
    const predicted = new Set<string>();
    const segmented = segment(articleFromText(record.text), { tokenizer: ctx.tokenizer });
    for (const entity of extractEntities(segmented, { glossary: ctx.glossary })) {
      if (entity.type === 'product') continue;
      for (const m of entity.mentions) predicted.add(`${entity.type}:${m.start}:${m.end}`);
    }
    for (const key of predicted) {
      const type = key.slice(0, key.indexOf(':')) as ScoredType;
      if (gold.has(key)) counts[type].tp++;
      else counts[type].fp++;
    }
    for (const key of gold) {
      if (!predicted.has(key)) counts[key.slice(0, key.indexOf(':')) as ScoredType].fn++;
    }
  }
  const perType = Object.fromEntries(SCORED.map((t) => [t, withRates(counts[t])])) as Record<ScoredType, NerTypeScore>;
  const total = SCORED.reduce(
    (sum, t) => ({ tp: sum.tp + counts[t].tp, fp: sum.fp + counts[t].fp, fn: sum.fn + counts[t].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const { precision, recall, f1 } = withRates(total);
  return { perType, micro: { precision, recall, f1 } };
}

function withRates(c: { tp: number; fp: number; fn: number }): NerTypeScore {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}


/**
 * Reads a JSON Lines NER file (MSRA or CLUENER as in the shared evaluation data, each line
 * with `text` and `entities: [{type, start, end}]`, end exclusive) and keeps the
 * person/place/organization spans, with types mapped to jianbao's. The data is evaluated in
 * place: it may not be copied into the project.
 */
export function loadNerRecords(path: string): NerRecord[] {
  const records: NerRecord[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as { text: string; entities?: { type: string; start: number; end: number }[] };
    const entities = (raw.entities ?? []).flatMap((e) => {
      const type = LABELS[e.type];
      return type === undefined ? [] : [{ type, start: e.start, end: e.end }];
    });
    records.push({ text: raw.text, entities });
  }
  return records;
}
