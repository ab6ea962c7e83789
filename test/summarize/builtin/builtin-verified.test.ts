/**
 * The offline default must pass jianbao's own verifier: every figure the builtin English brief
 * states is checked against the source like an LLM's, and a flag on it is either a wrong figure in
 * the brief or a false alarm of the verifier. Run over every fixture article (the seed set and all
 * blind sets' articles), as `jianbao run --provider builtin` runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/ingest/index.js';
import { analyzeArticle } from '../../../src/pipeline/analyze-article.js';
import { createAnalysisContext } from '../../../src/pipeline/create-analysis-context.js';
import { createBuiltinProvider } from '../../../src/summarize/builtin/index.js';
import { DEFAULT_SUMMARY_LENGTHS, requestForAnalyzed } from '../../../src/summarize/provider.js';
import { verifyOutput } from '../../../src/verify/verify-output.js';

const fixtures = resolve(import.meta.dirname, '../../../fixtures');

/** The fixture articles: fixtures/articles (every format) and every fixtures/llm/blind*-articles folder. */
function articlePaths(): string[] {
  const folders = [
    join(fixtures, 'articles'),
    ...readdirSync(join(fixtures, 'llm'))
      .filter((name) => /^blind\d*-articles$/u.test(name))
      .map((name) => join(fixtures, 'llm', name)),
  ];
  return folders.flatMap((folder) => readdirSync(folder).map((f) => join(folder, f)));
}

describe('the builtin provider under verification', () => {
  // Every fixture article (about 2,800, 35 s alone): beside another test file on a 2-core machine it has taken over 60 s.
  it('states no figure or name in its English brief that the verifier flags, on any fixture article', { timeout: 240_000 }, async () => {
    const paths = articlePaths();
    expect(paths.length).toBeGreaterThan(200);
    const context = createAnalysisContext({ referenceDate: null });
    const builtin = createBuiltinProvider();
    const flagged: string[] = [];
    for (const path of paths) {
      const analyzed = analyzeArticle(ingestBytes(readFileSync(path), path), context);
      const result = await builtin.summarize(requestForAnalyzed(analyzed, DEFAULT_SUMMARY_LENGTHS));
      const { verification } = verifyOutput(analyzed, result);
      for (const issue of verification.issues) {
        if (issue.where === 'summaries.en') flagged.push(`${path.slice(fixtures.length + 1)}: ${issue.claim}: ${issue.problem}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});
