import { defineConfig } from 'vitest/config';

// .ci/run sets AGENDUM_REPORT_DIR: each run then also writes vitest's JSON report there for scripts/ci-summary.js.
const reportDir = process.env.AGENDUM_REPORT_DIR;

// End-to-end tests: the built extension in Debian's Chromium, pages served on 127.0.0.1.
// One file at a time: each launches its own Chromium, and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // The Firefox suite runs under vitest.firefox.config.ts, against the Firefox build.
    exclude: ['tests/e2e/firefox/**'],
    fileParallelism: false,
    // A poll waits for what a person would wait for; vitest's 1 s default fails on a loaded two-core machine.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    ...(reportDir && { reporters: ['default', 'json'], outputFile: { json: `${reportDir}/e2e.json` } }),
  },
});
