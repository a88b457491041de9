// Prints `N passed, N failed` over the vitest JSON reports in a folder (.ci/run's AGENDUM_REPORT_DIR).
// Usage: node scripts/ci-summary.js <report-dir> [exit status of npm test]
// A failure no report shows (the type-check, the build, a crash) counts as one failed test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, statusArg = '0'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/ci-summary.js <report-dir> [npm-test-exit-status]');
  process.exit(2);
}

let passed = 0;
let failed = 0;
const reports = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
for (const name of reports) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that fails to load has no failed test in it, but it is a failure all the same.
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      console.error(`${file.name}: ${file.message || 'failed to run'}`);
      failed += 1;
    }
  }
}

// npm test runs the type-check first, then the unit tests (unit.json), then the build and e2e tests.
if (Number(statusArg) !== 0 && failed === 0) {
  console.error(
    reports.includes('unit.json') ? 'npm test failed outside the tests (the e2e build?)' : 'the type-check failed',
  );
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
