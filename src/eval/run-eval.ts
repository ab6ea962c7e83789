import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadGlossary, loadNerRecords, scoreNer, type NerScore } from '../extract/entities/index.js';
import { scoreNumberCases, type NumberCaseSuiteScore } from '../extract/quantities/index.js';
import { ingestBytes } from '../ingest/index.js';
import { analyzeArticle } from '../pipeline/analyze-article.js';
import { createTokenizer } from '../segment/index.js';
import type { EntityType, FactKind } from '../types.js';
import { findEnglishQuantities } from '../verify/index.js';
import { readGoldFolder } from './gold-file.js';
import { prf, scoreFacts, type Counts, type FactMiss, type FactScore } from './score-facts.js';

export interface EvalOptions {
  /** Folder of gold files; each names its article relative to the folder's parent. */
  readonly goldDir: string;
  /** cn2an / JioNLP case files; null skips them. */
  readonly numberCasesDir: string | null;
  /** NER sets read in place (they may not be copied into the project). */
  readonly nerSets: readonly { readonly name: string; readonly path: string }[];
}

export interface RateRow {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface EvalReport {
  readonly gold: {
    /** The gold folder scored. */
    readonly dir: string;
    readonly articles: number;
    readonly goldFacts: number;
    readonly perKind: Record<string, RateRow>;
    /** All number facts together. */
    readonly micro: RateRow;
    readonly identifierHits: readonly FactMiss[];
    readonly moneyEnglish: { readonly checked: number; readonly wrong: readonly FactMiss[] };
    readonly misses: readonly FactMiss[];
    readonly spurious: readonly FactMiss[];
    readonly unlocated: readonly FactMiss[];
    readonly entities: Record<string, RateRow>;
    readonly errors: readonly string[];
  };
  readonly numberCases: readonly NumberCaseSuiteScore[] | null;
  readonly ner: readonly { readonly name: string; readonly path: string; readonly score: NerScore }[];
}

/**
 * Scores extraction against gold: the project's hand-written fixtures (facts per kind,
 * identifiers, English money renderings, entities), the cn2an/JioNLP number cases, and NER
 * sets given by path. A measuring tool: it reports, it never fails on low scores.
 */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const tokenizer = createTokenizer();
  const glossary = loadGlossary();
  const { gold, errors } = await readGoldFolder(options.goldDir);
  const root = dirname(options.goldDir);
  let factScore: FactScore | undefined;
  const entityCounts = new Map<EntityType, Counts>();
  let goldFacts = 0;
  const parseEnglishAmount = (en: string): number | null => {
    const money = findEnglishQuantities(en).find((q) => q.kind === 'money');
    return money && typeof money.value === 'number' ? money.value : null;
  };
  for (const g of gold) {
    const path = join(root, g.file);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      errors.push(`${g.id}: article ${path} not found`);
      continue;
    }
    const article = ingestBytes(bytes, path, { id: g.id });
    const analyzed = analyzeArticle(article, { tokenizer, glossary, referenceDate: g.referenceDate });
    goldFacts += g.facts.length;
    factScore = scoreFacts(g, article.source.text, analyzed.facts, parseEnglishAmount, factScore);
    for (const type of ['person', 'organization', 'place', 'product'] as const) {
      const goldNames = new Set(g.entities.filter((e) => e.type === type).map((e) => e.zh));
      if (goldNames.size === 0) continue;
      const found = analyzed.entities.filter((e) => e.type === type);
      const foundSurfaces = new Set(
        found.flatMap((e) => [e.zh, ...e.mentions.map((m) => article.source.text.slice(m.start, m.end))]),
      );
      const c = entityCounts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      for (const name of goldNames) if (foundSurfaces.has(name)) c.tp++; else c.fn++;
      for (const e of found) {
        const surfaces = [e.zh, ...e.mentions.map((m) => article.source.text.slice(m.start, m.end))];
        if (!surfaces.some((s) => goldNames.has(s))) c.fp++;
      }
      entityCounts.set(type, c);
    }
  }
  const perKind: Record<string, RateRow> = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [kind, c] of [...(factScore?.perKind ?? new Map<FactKind, Counts>())].sort()) {
    perKind[kind] = { ...c, ...prf(c) };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const entities: Record<string, RateRow> = {};
  for (const [type, c] of entityCounts) entities[type] = { ...c, ...prf(c) };
  const numberCases =
    options.numberCasesDir && existsSync(options.numberCasesDir) ? scoreNumberCases(options.numberCasesDir) : null;
  const ner = options.nerSets
    .filter((set) => existsSync(set.path))
    .map((set) => ({ ...set, score: scoreNer(loadNerRecords(set.path), { tokenizer, glossary }) }));
  return {
    gold: {
      dir: options.goldDir,
      articles: gold.length,
      goldFacts,
      perKind,
      micro: { ...total, ...prf(total) },
      identifierHits: factScore?.identifierHits ?? [],
      moneyEnglish: factScore?.moneyEnglish ?? { checked: 0, wrong: [] },
      misses: factScore?.misses ?? [],
      spurious: factScore?.spurious ?? [],
      unlocated: factScore?.unlocated ?? [],
      entities,
      errors,
    },
    numberCases,
    ner,
  };
}
