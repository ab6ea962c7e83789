import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One fork per core: this vitest otherwise keeps a core free and runs the suite on one fork on a
    // two-core machine (session 12: the whole suite 4.1 min with two forks against about 7 with one).
    maxWorkers: '100%',
    // The JSON report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', ['json', { outputFile: 'output/test-results/vitest-results.json' }]],
  },
});
