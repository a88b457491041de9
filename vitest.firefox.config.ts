import { defineConfig } from 'vitest/config';

// .ci/run sets AGENDUM_REPORT_DIR: each run then also writes vitest's JSON report there for scripts/ci-summary.js.
const reportDir = process.env.AGENDUM_REPORT_DIR;

// Firefox parity checks: the Firefox build (.output/firefox-mv2) in Debian's firefox-esr through puppeteer-core
// over WebDriver BiDi. `npm run test:firefox` (part of `npm test`) builds first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/firefox/**/*.e2e.test.ts'],
    fileParallelism: false,
    // A poll waits for what a person would wait for; vitest's 1 s default fails on a loaded two-core machine.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 60_000,
    hookTimeout: 90_000,
    ...(reportDir && { reporters: ['default', 'json'], outputFile: { json: `${reportDir}/firefox.json` } }),
  },
});
