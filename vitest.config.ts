import { defineConfig } from 'vitest/config';

// Two cores: two test files at a time. Browser and LibreOffice tests run the real programs,
// so their timeouts are generous; timing never decides whether a test passes.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/helpers/cache-folder.ts'],
    setupFiles: ['test/helpers/plain-environment.ts'],
    // On CI a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest/report.json' },
  },
});
