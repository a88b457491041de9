// Extraction against its floor: on each generated page, in a plain Chromium page, the median of several
// bare DOM traversals and of several `extractPage` runs, plus the first (cold) extraction on the fresh page.
// Both are warmed up before the median is taken: a native traversal needs no JIT, extraction's JavaScript
// does, and the first run is reported on its own.
import type { Browser } from 'playwright-core';
import type { ExtractBench } from '../../bench/bench-api';
import { remoteBench } from './browser';
import { formatKb, formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

/** Warm-up lasts at least this long, as well as at least the given number of runs. */
const WARM_UP_MS = 1500;

export interface BenchPage {
  factor: number;
  /** File name under the server's origin. */
  file: string;
  bytes: number;
}

export interface ExtractionResult {
  page: BenchPage;
  elements: number;
  tasks: number;
  traverseMs: number;
  extractMs: number;
  firstExtractMs: number;
}

export async function measureExtraction(
  browser: Browser,
  origin: string,
  pages: readonly BenchPage[],
  runs: number,
  warmUp: number,
): Promise<ExtractionResult[]> {
  const results: ExtractionResult[] = [];
  for (const page of pages) {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/${page.file}`);
    await tab.addScriptTag({ url: `${origin}/extract.js` });
    const bench = remoteBench<ExtractBench>(tab);
    // The content script meets the page cold: its first run is reported as well as the warm median.
    const first = await bench.extract();
    // JIT tiers come with use: a small page needs many more runs than a big one to reach them.
    const warmUpUntil = performance.now() + WARM_UP_MS;
    for (let run = 0; run < warmUp || performance.now() < warmUpUntil; run++) {
      await bench.traverse();
      await bench.extract();
    }
    const traverse: number[] = [];
    const extract: number[] = [];
    for (let run = 0; run < runs; run++) {
      traverse.push((await bench.traverse()).ms);
      extract.push((await bench.extract()).ms);
    }
    const elements = (await tab.evaluate('document.getElementsByTagName("*").length')) as number;
    results.push({
      page,
      elements,
      tasks: first.count,
      traverseMs: median(traverse),
      extractMs: median(extract),
      firstExtractMs: first.ms,
    });
    await tab.close();
  }
  return results;
}

export function extractionTable(results: readonly ExtractionResult[]): string {
  return formatTable(
    [
      'page',
      'HTML',
      'elements',
      'tasks',
      'traversal',
      'extraction',
      'extr./trav.',
      'extr. per 1k el.',
      'first extraction',
    ],
    results.map((r) => [
      `${r.page.factor}x`,
      formatKb(r.page.bytes),
      r.elements.toLocaleString('en'),
      r.tasks.toLocaleString('en'),
      formatMs(r.traverseMs),
      formatMs(r.extractMs),
      `${(r.extractMs / r.traverseMs).toFixed(2)}x`,
      formatMs((r.extractMs / r.elements) * 1000),
      formatMs(r.firstExtractMs),
    ]),
  );
}

/** Within 3x one bare traversal on every page, and linear: time per element on the largest page within 2x the smallest's. */
export function extractionTargets(results: readonly ExtractionResult[]): TargetCheck[] {
  const ratios = results.map((r) => `${r.page.factor}x: ${(r.extractMs / r.traverseMs).toFixed(2)}`).join(', ');
  const perElement = (r: ExtractionResult) => r.extractMs / r.elements;
  const smallest = results[0];
  const largest = results[results.length - 1];
  const growth = smallest && largest ? perElement(largest) / perElement(smallest) : Number.NaN;
  return [
    {
      name: 'extraction vs one bare traversal',
      target: '≤ 3x on every page',
      figure: ratios,
      met: results.length ? results.every((r) => r.extractMs <= 3 * r.traverseMs) : null,
    },
    {
      name: 'extraction linear in page size',
      target: 'time per element at the largest page ≤ 2x at the smallest',
      figure:
        smallest && largest
          ? `${formatMs(perElement(smallest) * 1000)} → ${formatMs(perElement(largest) * 1000)} per 1k elements (${growth.toFixed(2)}x)`
          : 'n/a',
      met: Number.isFinite(growth) ? growth <= 2 : null,
    },
  ];
}
