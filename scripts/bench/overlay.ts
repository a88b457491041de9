// The built extension on the generated pages: the content script's `agendum:overlay` measure (start of scan to
// marks applied) and the longest main-thread task, over several loads of each page.
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchPage } from './extraction';
import { formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

/** The `performance.measure` lib/overlay/start.ts records (not imported: that module needs WXT's build). */
export const OVERLAY_MEASURE = 'agendum:overlay';
/** The browser reports only tasks of at least this long. */
const LONG_TASK_MS = 50;

// Installed before the page's own scripts, so tasks from the very start of the load are seen.
const OBSERVE_LONG_TASKS = `
  window.__agendumLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__agendumLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface Span {
  start: number;
  duration: number;
}

interface LoadSample {
  /** The first `agendum:overlay` measure, or null when none was recorded in time. */
  overlay: Span | null;
  longTasks: Span[];
}

export interface OverlayResult {
  page: BenchPage;
  loads: number;
  /** Median overlay time; null when the content script recorded no measure. */
  overlayMs: number | null;
  /** Longest task overlapping the overlay's span, over all loads; 0 when none was reported. */
  longestDuringOverlayMs: number | null;
  /** Longest task anywhere in the loads (parsing the page included); 0 when none was reported. */
  longestMs: number;
}

async function loadOnce(tab: Page, url: string, waitMs: number): Promise<LoadSample> {
  await tab.goto(url, { waitUntil: 'load' });
  const hasMeasure = `performance.getEntriesByName(${JSON.stringify(OVERLAY_MEASURE)}).length > 0`;
  // Playwright reads a timeout of 0 as "no timeout", so not waiting is said by not asking.
  const found =
    waitMs > 0 &&
    (await tab.waitForFunction(hasMeasure, undefined, { timeout: waitMs, polling: 50 }).then(
      () => true,
      () => false,
    ));
  // Long-task entries arrive a little after the task ends.
  await tab.waitForTimeout(300);
  return (await tab.evaluate(`({
    overlay: ${found} ? (([m]) => ({ start: m.startTime, duration: m.duration }))(performance.getEntriesByName(${JSON.stringify(OVERLAY_MEASURE)})) : null,
    longTasks: window.__agendumLongTasks,
  })`)) as LoadSample;
}

const overlaps = (task: Span, span: Span) => task.start < span.start + span.duration && task.start + task.duration > span.start;
const longest = (spans: readonly Span[]) => Math.max(0, ...spans.map((s) => s.duration));

/**
 * Loads each page `runs` times. The first load waits up to `firstWaitMs` for the measure; once a page
 * has shown none, later loads do not wait for it (the content script does not record it yet).
 */
export async function measureOverlay(context: BrowserContext, origin: string, pages: readonly BenchPage[], runs: number, firstWaitMs: number): Promise<OverlayResult[]> {
  const results: OverlayResult[] = [];
  let measured = true;
  for (const page of pages) {
    const tab = await context.newPage();
    await tab.addInitScript(OBSERVE_LONG_TASKS);
    const samples: LoadSample[] = [];
    for (let run = 0; run < runs; run++) {
      const sample = await loadOnce(tab, `${origin}/${page.file}`, measured ? firstWaitMs : 0);
      measured = sample.overlay !== null;
      samples.push(sample);
    }
    await tab.close();
    const overlays = samples.flatMap((s) => (s.overlay ? [s.overlay] : []));
    results.push({
      page,
      loads: samples.length,
      overlayMs: overlays.length ? median(overlays.map((o) => o.duration)) : null,
      longestDuringOverlayMs: overlays.length ? longest(samples.flatMap((s) => (s.overlay ? s.longTasks.filter((t) => overlaps(t, s.overlay!)) : []))) : null,
      longestMs: longest(samples.flatMap((s) => s.longTasks)),
    });
  }
  return results;
}

const taskText = (ms: number | null) => (ms === null ? 'n/a (no measure)' : ms === 0 ? `< ${LONG_TASK_MS} ms` : formatMs(ms));

export function overlayTable(results: readonly OverlayResult[]): string {
  return formatTable(
    ['page', 'loads', 'overlay (median)', 'longest task during overlay (max)', 'longest task in the load (max, parse included)'],
    results.map((r) => [`${r.page.factor}x`, String(r.loads), r.overlayMs === null ? 'n/a (no measure)' : formatMs(r.overlayMs), taskText(r.longestDuringOverlayMs), taskText(r.longestMs)]),
  );
}

/** No main-thread task over 50 ms while annotating; judged on the overlay's span when the measure exists. */
export function overlayTargets(results: readonly OverlayResult[]): TargetCheck[] {
  const measured = results.filter((r) => r.longestDuringOverlayMs !== null);
  return [
    {
      name: 'longest main-thread task while annotating',
      target: `≤ ${LONG_TASK_MS} ms on every page`,
      figure: measured.length ? measured.map((r) => `${r.page.factor}x: ${taskText(r.longestDuringOverlayMs)}`).join(', ') : 'n/a (no agendum:overlay measure)',
      met: measured.length ? measured.every((r) => r.longestDuringOverlayMs === 0) : null,
    },
  ];
}
