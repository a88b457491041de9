import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// .ci/run sets AGENDUM_REPORT_DIR: each run then also writes vitest's JSON report there for scripts/ci-summary.js.
const reportDir = process.env.AGENDUM_REPORT_DIR;

// Unit and component tests run in Node; a file opts into a DOM with `@vitest-environment happy-dom`.
// Extraction tests parse pages with linkedom, the CLI's DOM.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    ...(reportDir && { reporters: ['default', 'json'], outputFile: { json: `${reportDir}/unit.json` } }),
  },
});
