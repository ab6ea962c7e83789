export { formatEvalReport } from './format-eval-report.js';
export { GoldFactSchema, GoldFileSchema, locateGold, readGoldFolder, type GoldFact, type GoldFile } from './gold-file.js';
export { runEval, type EvalOptions, type EvalReport, type RateRow } from './run-eval.js';
export { agrees, prf, scoreFacts, type Counts, type FactMiss, type FactScore } from './score-facts.js';
