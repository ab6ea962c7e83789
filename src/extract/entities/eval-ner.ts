/**
 * Dev-time script: scores entity extraction on NER files in place (they may not be copied
 * into the project). Usage, from the project root after a build:
 *   node dist/extract/entities/eval-ner.js ../shared/data/ner_zh/msra_ner_val_first500.jsonl …
 */
import { pathToFileURL } from 'node:url';
import { createTokenizer } from '../../segment/index.js';
import { loadGlossary } from './load-glossary.js';
import { loadNerRecords, scoreNer } from './score-ner.js';

function main(paths: readonly string[]): void {
  const ctx = { tokenizer: createTokenizer(), glossary: loadGlossary() };
  for (const path of paths) {
    const score = scoreNer(loadNerRecords(path), ctx);
    const fmt = (n: number): string => n.toFixed(3);
    console.log(`${path}: micro P ${fmt(score.micro.precision)} R ${fmt(score.micro.recall)} F1 ${fmt(score.micro.f1)}`);
    for (const [type, s] of Object.entries(score.perType)) {
      console.log(`  ${type.padEnd(12)} tp ${s.tp} fp ${s.fp} fn ${s.fn}  P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
