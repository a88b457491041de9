import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// .ci/run sets AGENDUM_REPORT_DIR: each run then also writes vitest's JSON report there for scripts/ci-summary.js.
const reportDir = process.env.AGENDUM_REPORT_DIR;

const UNIT_TESTS = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .map((file) => join('tests', file).replaceAll('\\', '/'))
  .filter((file) => /\.test\.tsx?$/.test(file) && !file.startsWith('tests/e2e/'));
/**
 * Files that replace modules or globals (`vi.mock`, `vi.stubGlobal`) get a module graph of their own: the
 * replacement would otherwise leak into the files after them. Every other file shares one graph, which
 * takes a quarter of the time (tests that use fakes reset them in `beforeEach`).
 */
const REPLACES_MODULES = /\bvi\.(?:mock|doMock|stubGlobal)\(/;
const isolated = UNIT_TESTS.filter((file) => REPLACES_MODULES.test(readFileSync(file, 'utf8')));

// Unit and component tests run in Node; a file opts into a DOM with `@vitest-environment happy-dom`.
// Extraction tests parse pages with linkedom, the CLI's DOM.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    restoreMocks: true,
    // Each worker imports the shared graph once: on this 2-core machine one worker runs the suite in ~15 s,
    // two in ~22 s (measured), so a worker per two cores.
    maxWorkers: Math.max(1, Math.floor(availableParallelism() / 2)),
    ...(reportDir && { reporters: ['default', 'json'], outputFile: { json: `${reportDir}/unit.json` } }),
    projects: [
      {
        extends: true,
        test: { name: 'shared', isolate: false, include: UNIT_TESTS.filter((file) => !isolated.includes(file)) },
      },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
