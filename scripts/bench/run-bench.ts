// The benchmark after scripts/bench.js has built the extension: generates 1x/10x/100x pages from the seed page,
// bundles the page-side entries, serves it all on 127.0.0.1 and measures in headless Chromium; prints one table
// per section and the targets. A missed target is printed, never a failure; the exit code is non-zero only when
// a section could not run. `-- --only overlay,sizes` runs only the sections named (extraction, store, popup,
// stored, overlay, sizes, cli); `-- --stored 1000,10000` sets the store sizes the stored section fills.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../../tests/e2e/support/browser';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser';
import { serveStatic } from '../../tests/e2e/support/server';
import type { StaticServer } from '../../tests/e2e/support/server';
import { launchPlain } from './browser';
import { bundleEntry } from './bundle';
import type { BenchBundle } from './bundle';
import { extractionTable, extractionTargets, measureExtraction } from './extraction';
import type { BenchPage } from './extraction';
import { measureOverlay, OVERLAY_MEASURE, overlayTable, overlayTargets } from './overlay';
import { measurePopup, popupTable, popupTargets } from './popup';
import { formatKb, formatTargets } from './report';
import type { TargetCheck } from './report';
import { scalePage } from './scale-page';
import { scriptSizes, sizesTable, sizeTargets } from './sizes';
import { cliTable, cliTargets, measureCli } from './cli';
import { measureStore, storeTable, storeTargets } from './store';
import { measureStored, storedTable, storedTargets, type NewPages } from './stored';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'tests/fixtures/pages/confluence-server/dmlt-2022-10-18.html');
const FACTORS = [1, 10, 100];
const TASKS = 10_000;
/** Pages in the directory the command line extracts. */
const CLI_PAGES = 1_000;
const RUNS = {
  cli: 7,
  extraction: 15,
  extractionWarmUp: 5,
  overlay: 5,
  storeSync: 3,
  storeQuery: 7,
  popup: 5,
  stored: { popup: 9, sync: 5, edit: 5 },
};
/** How many actions the stored section fills the extension's database with, in turn. */
const STORED_SIZES = [1_000, 10_000, 100_000];
/** The ordinary meeting pages the stored section visits: the seed page 10 times over (160 actions). */
const ORDINARY_PAGE_FACTOR = 10;
/** The first copy number the seed-sized pages use (see `newPages`). */
const SEED_SIZED_FIRST_COPY = 10_000;
/** How long the first load waits for the content script's measure before the section gives up on it. */
const OVERLAY_WAIT_MS = 15_000;

const BLANK =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agendum bench</title></head><body></body></html>';

let failed = false;
const targets: TargetCheck[] = [];
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag >= 0 ? new Set((process.argv[onlyFlag + 1] ?? '').split(',')) : null;
const storedFlag = process.argv.indexOf('--stored');
const storedSizes = storedFlag >= 0 ? (process.argv[storedFlag + 1] ?? '').split(',').map(Number) : STORED_SIZES;

/**
 * Runs one section unless `--only` leaves it out; an error is printed and makes the exit code non-zero, and
 * the other sections still run.
 */
async function section(key: string, title: string, body: () => Promise<string>): Promise<void> {
  if (only && !only.has(key)) return;
  const started = performance.now();
  let text: string;
  try {
    text = await body();
  } catch (error) {
    failed = true;
    text = `could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  console.log(`\n## ${title}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n${text}`);
}

function writePages(dir: string): BenchPage[] {
  const seed = readFileSync(SEED, 'utf8');
  writeFileSync(join(dir, 'blank.html'), BLANK);
  return FACTORS.map((factor) => {
    const html = scalePage(seed, factor);
    const file = `page-${factor}x.html`;
    writeFileSync(join(dir, file), html);
    return { factor, file, bytes: Buffer.byteLength(html) };
  });
}

/**
 * The pages the stored section visits at its `sizeIndex`th size, one of each kind per sync run, each with copies
 * of the seed's content of its own, so each is new to the store however many sizes came before: the seed page
 * 10 times over (the timed ordinary page), and the seed page once (a meeting page of the usual size).
 */
function newPages(dir: string, sizeIndex: number): NewPages {
  const seed = readFileSync(SEED, 'utf8');
  const pages = (factor: number, firstCopyOf: (run: number) => number): string[] =>
    Array.from({ length: RUNS.stored.sync }, (_, run) => {
      const firstCopy = firstCopyOf(sizeIndex * RUNS.stored.sync + run);
      const file = `page-${factor}x-${firstCopy}.html`;
      writeFileSync(join(dir, file), scalePage(seed, factor, firstCopy));
      return file;
    });
  return {
    ordinary: pages(ORDINARY_PAGE_FACTOR, (n) => ORDINARY_PAGE_FACTOR * (1 + n)),
    // Far above the ordinary pages' copies, so the two kinds never share a task.
    seedSized: pages(1, (n) => SEED_SIZED_FIRST_COPY + n),
  };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'agendum-bench-'));
  let browser: Browser | undefined;
  let extension: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  try {
    server = await serveStatic({ '/': work });
    const origin = server.origin;
    const pages = writePages(work);
    const bundle = (entry: string, name: string): Promise<BenchBundle> =>
      bundleEntry(ROOT, join(ROOT, 'bench', entry), name, work);
    const built = existsSync(join(EXTENSION_DIR, 'manifest.json'));
    browser = await launchPlain();
    const plain = browser;
    console.log(
      [
        // Other work on the machine slows every figure; the load average says how much there was.
        `\nChromium ${plain.version()}, Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)} at the start.`,
        `Extension: ${built ? EXTENSION_DIR : 'not built'}. Pages: ${pages.map((p) => `${p.factor}x = ${formatKb(p.bytes)}`).join(', ')}.`,
      ].join('\n'),
    );

    await section(
      'extraction',
      `Extraction vs one bare DOM traversal (querySelectorAll("*") + every textContent; median of ${RUNS.extraction} after ${RUNS.extractionWarmUp} warm-up runs)`,
      async () => {
        await bundle('extract-entry.ts', 'extract');
        const results = await measureExtraction(plain, origin, pages, RUNS.extraction, RUNS.extractionWarmUp);
        targets.push(...extractionTargets(results));
        return extractionTable(results);
      },
    );

    await section('store', `Store: ${TASKS.toLocaleString('en')} tasks in Chromium's IndexedDB`, async () => {
      const result = await measureStore(
        plain,
        origin,
        await bundle('store-entry.ts', 'store'),
        TASKS,
        RUNS.storeSync,
        RUNS.storeQuery,
      );
      targets.push(...storeTargets(result));
      return storeTable(result);
    });

    await section(
      'popup',
      `Popup first render, ${TASKS.toLocaleString('en')} actions (median of ${RUNS.popup})`,
      async () => {
        const result = await measurePopup(plain, origin, await bundle('popup-entry.tsx', 'popup'), TASKS, RUNS.popup);
        targets.push(...popupTargets(result));
        return popupTable(result);
      },
    );

    await section(
      'stored',
      `The built extension with ${storedSizes.map((n) => n.toLocaleString('en')).join(' / ')} actions stored (medians; the browser restarted on each)`,
      async () => {
        if (!built) {
          targets.push(...storedTargets([]));
          return 'not measured: no built extension';
        }
        const results = await measureStored(
          ROOT,
          work,
          (size) => {
            const { ordinary, seedSized } = newPages(work, storedSizes.indexOf(size));
            const at = (file: string): string => `${origin}/${file}`;
            return { ordinary: ordinary.map(at), seedSized: seedSized.map(at) };
          },
          storedSizes,
          RUNS.stored,
        );
        targets.push(...storedTargets(results));
        return storedTable(results);
      },
    );

    await section(
      'overlay',
      `Overlay with the built extension (${RUNS.overlay} loads per page; "${OVERLAY_MEASURE}" measure, main-thread trace)`,
      async () => {
        if (!built) {
          targets.push(...overlayTargets([]));
          return 'not measured: no built extension';
        }
        extension = await launchWithExtension();
        const results = await measureOverlay(extension.context, origin, pages, RUNS.overlay, OVERLAY_WAIT_MS);
        targets.push(...overlayTargets(results));
        return overlayTable(results);
      },
    );

    await section('sizes', 'Script sizes (.output/chrome-mv3)', async () => {
      const sizes = built ? scriptSizes(EXTENSION_DIR) : null;
      targets.push(...sizeTargets(sizes));
      return sizes ? sizesTable(sizes) : 'not measured: no built extension';
    });

    await section(
      'cli',
      `Command line (median of ${RUNS.cli} starts; ${CLI_PAGES.toLocaleString('en')} fixture pages, median of 3)`,
      async () => {
        const result = measureCli(ROOT, work, RUNS.cli, CLI_PAGES);
        targets.push(...cliTargets(result));
        return cliTable(result);
      },
    );

    console.log(`\n## Targets\n${formatTargets(targets)}`);
  } finally {
    await extension?.close();
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
if (failed) process.exitCode = 1;
