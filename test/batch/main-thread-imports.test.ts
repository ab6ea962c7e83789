/**
 * The main thread of a run reads files, ingests and tags them (jieba loads on the first article),
 * hands them to the workers and writes what comes back; the rest of the pipeline (the glossary,
 * pinyin, the extractor, the verifier) loads in the workers only. Every copy of it costs about
 * 30 MB of heap, so this walks the static imports of the compiled modules the `run` command
 * loads on the main thread and checks none of it is among them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** `import … from '…'`, `export … from '…'` and `import '…'`; not `import('…')`, which loads on demand. */
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gu;

/** Every module reachable from `entries` through static imports: project files by path, packages by name. */
function staticClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = entries.map((e) => join(DIST, e));
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith(DIST)) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec === undefined || spec.startsWith('node:')) continue;
      stack.push(spec.startsWith('.') ? resolve(dirname(file), spec) : `package:${spec}`);
    }
  }
  return new Set([...seen].map((f) => (f.startsWith(DIST) ? f.slice(DIST.length + 1) : f)));
}

describe.skipIf(!existsSync(join(DIST, 'batch', 'run-batch.js')))('the main thread of a run', () => {
  const loaded = staticClosure(['cli/commands/run.js', 'batch/run-batch.js', 'summarize/create-provider-chain.js', 'config/index.js']);

  it('loads the batch machinery it needs', () => {
    expect(loaded).toContain('batch/run-batch.js');
    expect(loaded).toContain('batch/article-runner.js');
    expect(loaded).toContain('ingest/read-input-bytes.js');
    expect(loaded).toContain('package:p-queue');
  });

  it('loads none of the pipeline, which the workers hold', () => {
    const heavy = [...loaded].filter((m) =>
      /^(segment|extract|verify|pipeline|render|ingest\/ingest-file|summarize\/builtin\/(english-brief|extractive-summary))/u.test(m) ||
      ['package:@node-rs/jieba', 'package:pinyin-pro', 'package:zod', 'package:htmlparser2', 'package:opencc-js'].includes(m));
    expect(heavy).toEqual([]);
  });
});
