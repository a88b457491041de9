// What a user with many stored actions feels, in the built extension: its own database filled with 1,000,
// 10,000 and 100,000 actions from years of meetings (through the store's write path, on the extension's origin),
// then the browser restarted on that profile, and measured: the popup from opening to its first row painted and
// to every group ready; a real page sync in the background and the badge after it; an edit to the badge; and
// the background's JavaScript heap.
import { cpSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { StoredBench } from '../../bench/bench-api';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/support/browser';
import { remoteBench } from './browser';
import { bundleEntry } from './bundle';
import { formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

/** The measures lib/background/create-background.ts records (not imported: that module needs WXT's build). */
const MEASURES = { sync: 'agendum:sync', edit: 'agendum:edit', badge: 'agendum:badge' };
const BENCH_PAGE = 'bench-stored.html';
const WAIT_MS = 120_000;

export const TARGETS = {
  popupFirstRow: { 10_000: 150, 100_000: 300 } as Record<number, number>,
  syncMs: 50,
  editToBadgeMs: 100,
};

/** Pages new to the store, one of each kind per sync run (addresses the content script reads). */
export interface NewPages {
  /** The timed ordinary page: ≤ 300 actions (the seed page 10 times over: 160). */
  ordinary: string[];
  /** Meeting pages of the usual size (the seed page: 16 actions). */
  seedSized: string[];
}

export interface StoredRuns {
  popup: number;
  sync: number;
  edit: number;
}

export interface StoredResult {
  size: number;
  seedMs: number;
  /** Median of `runs.popup` opens after the first; the first (cold: no code cache yet) apart. */
  popup: {
    shellMs: number;
    firstRowMs: number;
    readyMs: number;
    coldFirstRowMs: number;
    coldReadyMs: number;
    rows: number;
  };
  /**
   * First visits to `runs.sync` pages new to the store (median; `coldMs` the first of them, the first sync since
   * the browser started), and the median of the revisits to the first.
   */
  sync: {
    firstMs: number;
    /** Median of the first visits to the seed-sized pages, and how many actions each shows. */
    seedSizedMs: number;
    seedSizedActions: number;
    coldMs: number;
    revisitMs: number;
    badgeAfterRevisitMs: number;
    actions: number;
    /** The IndexedDB floor under a new page's sync: the first page's records put raw again (`StoredBench.putFloor`). */
    floorMs: number;
  };
  /** Median over `runs.edit` edits: the reply in the page, and the badge redrawn, from the moment the page sent it. */
  edit: { replyMs: number; badgeMs: number };
  /** The service worker's used heap after a collection: at start-up, and after the measurements. */
  heapMb: { start: number; end: number };
}

// Recorded from the start of navigation in the popup page: the popup's first render (before any data: the
// floor of page load and script start) and the frame after it, the first task row in the DOM and the frame
// after it, then the moment no list is busy any more (every group ready) and the frame after that.
const POPUP_TIMES = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  const times = {};
  window.__agendumPopupTimes = times;
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => { times[key] = performance.now(); }, 0));
  const observer = new MutationObserver(() => {
    if (times.shell === undefined && document.querySelector('.agendum-popup')) {
      times.shell = performance.now();
      painted('shellPainted');
    }
    if (times.row === undefined && document.querySelector('[data-task-id]')) {
      times.row = performance.now();
      times.rows = document.querySelectorAll('[data-task-id]').length;
      painted('rowPainted');
    }
    if (times.row !== undefined && times.ready === undefined && !document.querySelector('[aria-busy="true"]')) {
      times.ready = performance.now();
      painted('readyPainted');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})()`;

interface PopupTimes {
  shell?: number;
  shellPainted?: number;
  row?: number;
  rows?: number;
  rowPainted?: number;
  ready?: number;
  readyPainted?: number;
}

interface Measure {
  name: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

/** A copy of the built extension with the benchmark's page (and its bundle) added, so that page runs on its origin. */
async function extensionWithBenchPage(root: string, work: string): Promise<string> {
  const dir = join(work, 'extension');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  await bundleEntry(root, join(root, 'bench/stored-entry.ts'), 'bench-stored', dir);
  writeFileSync(
    join(dir, BENCH_PAGE),
    '<!DOCTYPE html><meta charset="utf-8"><title>Agendum bench</title><script src="bench-stored.js"></script>',
  );
  return dir;
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    context.waitForEvent('serviceworker', { predicate: isOurs, timeout: WAIT_MS })
  );
}

async function measures(context: BrowserContext): Promise<Measure[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    `performance.getEntriesByType('measure').map((e) => ({ name: e.name, start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.startTime + e.duration }))`,
  );
}

/** Calls `read` every 10 ms until it returns something, for at most WAIT_MS. */
async function poll<T>(read: () => Promise<T | undefined>, failure: string): Promise<T> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Polls the worker's measures until `found` picks one (the worker records them after replying). */
async function waitForMeasure(
  context: BrowserContext,
  found: (all: Measure[]) => Measure | undefined,
): Promise<Measure> {
  return poll(async () => found(await measures(context)), 'the background recorded no measure in time');
}

/** The service worker's used JavaScript heap (MB) after a collection, through the DevTools protocol from `page`. */
async function workerHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Playwright gives no protocol session for a worker: attach to its target through the page's session.
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const target = targetInfos.find(
      (info) => info.type === 'service_worker' && info.url.startsWith('chrome-extension://'),
    );
    if (!target) throw new Error('no service worker target');
    const { sessionId } = (await cdp.send(
      'Target.attachToTarget' as never,
      { targetId: target.targetId, flatten: false } as never,
    )) as { sessionId: string };
    let id = 0;
    const call = (method: string): Promise<Record<string, unknown>> =>
      new Promise((resolve) => {
        const sent = ++id;
        const listener = (event: { sessionId: string; message: string }): void => {
          const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (event.sessionId !== sessionId || message.id !== sent) return;
          cdp.off('Target.receivedMessageFromTarget' as never, listener as never);
          resolve(message.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget' as never, listener as never);
        void cdp.send(
          'Target.sendMessageToTarget' as never,
          { sessionId, message: JSON.stringify({ id: sent, method }) } as never,
        );
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget' as never, { sessionId } as never);
    return (usage.usedSize as number) / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}

async function openPopupOnce(extension: ExtensionBrowser): Promise<Required<PopupTimes>> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  // Polled with plain evaluations: the extension's policy forbids the eval behind Playwright's waitForFunction.
  const times = await poll(async () => {
    const recorded = (await page.evaluate('window.__agendumPopupTimes')) as PopupTimes | undefined;
    return recorded?.readyPainted === undefined ? undefined : (recorded as Required<PopupTimes>);
  }, 'the popup never showed its rows');
  await page.close();
  return times;
}

async function measurePopup(extension: ExtensionBrowser, runs: number): Promise<StoredResult['popup']> {
  const cold = await openPopupOnce(extension);
  const warm: Array<Required<PopupTimes>> = [];
  for (let run = 0; run < runs; run++) warm.push(await openPopupOnce(extension));
  return {
    shellMs: median(warm.map((t) => t.shellPainted)),
    firstRowMs: median(warm.map((t) => t.rowPainted)),
    readyMs: median(warm.map((t) => t.readyPainted)),
    coldFirstRowMs: cold.rowPainted,
    coldReadyMs: cold.readyPainted,
    rows: cold.rows,
  };
}

/**
 * Visits each of the new pages once in a tab (the content script extracts it and the background syncs it: every
 * action new to the store), the ordinary ones first, then the first ordinary one `runs` times again.
 */
async function measureSync(extension: ExtensionBrowser, pages: NewPages, runs: number): Promise<StoredResult['sync']> {
  const { context } = extension;
  const tab = await context.newPage();
  const visit = async (pageUrl: string): Promise<{ syncMs: number; badgeMs: number }> => {
    const before = new Set((await measures(context)).filter((m) => m.name === MEASURES.sync).map((m) => m.start));
    await tab.goto(pageUrl);
    const sync = await waitForMeasure(context, (all) =>
      all.find((m) => m.name === MEASURES.sync && !before.has(m.start)),
    );
    const badge = await waitForMeasure(context, (all) =>
      all.find((m) => m.name === MEASURES.badge && m.start === sync.start),
    );
    return { syncMs: sync.end - sync.start, badgeMs: badge.end - badge.start };
  };
  const shown = async (): Promise<number> =>
    (await tab.evaluate(`document.querySelectorAll('[data-agendum-state]').length`)) as number;
  const firsts = [];
  for (const pageUrl of pages.ordinary) firsts.push(await visit(pageUrl));
  const seedSized = [];
  for (const pageUrl of pages.seedSized) seedSized.push(await visit(pageUrl));
  const seedSizedActions = await shown();
  const revisits = [];
  for (let run = 0; run < runs; run++) revisits.push(await visit(pages.ordinary[0]!));
  const actions = await shown();
  await tab.goto(`chrome-extension://${extension.extensionId}/${BENCH_PAGE}`);
  const floor = await remoteBench<StoredBench>(tab).putFloor(pages.ordinary[0]!, runs);
  if (floor.count !== actions) throw new Error(`the floor wrote ${floor.count} records, the page shows ${actions}`);
  await tab.close();
  return {
    firstMs: median(firsts.map((f) => f.syncMs)),
    seedSizedMs: median(seedSized.map((s) => s.syncMs)),
    seedSizedActions,
    coldMs: firsts[0]!.syncMs,
    revisitMs: median(revisits.map((r) => r.syncMs)),
    badgeAfterRevisitMs: median(revisits.map((r) => r.badgeMs)),
    actions,
    floorMs: floor.ms,
  };
}

async function measureEdits(extension: ExtensionBrowser, runs: number): Promise<StoredResult['edit']> {
  const { context } = extension;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${BENCH_PAGE}`);
  const bench = remoteBench<StoredBench>(page);
  const ids = await bench.readerOverdue(runs);
  if (ids.length === 0) throw new Error('the reader has no overdue action to edit');
  const samples: Array<{ replyMs: number; badgeMs: number }> = [];
  for (let run = 0; run < runs * 2; run++) {
    // Each action is ticked done, then opened again: the badge changes both times.
    const id = ids[Math.floor(run / 2) % ids.length]!;
    const before = new Set((await measures(context)).filter((m) => m.name === MEASURES.edit).map((m) => m.start));
    const { sentAt, repliedAt } = await bench.edit(id, run % 2 === 0);
    const edit = await waitForMeasure(context, (all) =>
      all.find((m) => m.name === MEASURES.edit && !before.has(m.start)),
    );
    const badge = await waitForMeasure(context, (all) =>
      all.find((m) => m.name === MEASURES.badge && m.start === edit.start),
    );
    samples.push({ replyMs: repliedAt - sentAt, badgeMs: badge.end - sentAt });
  }
  await page.close();
  return { replyMs: median(samples.map((s) => s.replyMs)), badgeMs: median(samples.map((s) => s.badgeMs)) };
}

async function seed(
  extension: ExtensionBrowser,
  fromPage: number,
  count: number,
): Promise<{ nextPage: number; ms: number }> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${BENCH_PAGE}`);
  const result = await remoteBench<StoredBench>(page).seed(fromPage, count);
  await page.close();
  if (result.stored !== count) throw new Error(`seeded ${result.stored} actions, not ${count}`);
  return result;
}

/** Waits for the background's first badge after start-up (it reads the store once when it starts). */
async function backgroundSettled(extension: ExtensionBrowser): Promise<void> {
  const worker = await serviceWorker(extension.context);
  await poll(
    async () => ((await worker.evaluate(`chrome.action.getBadgeText({})`)) === '' ? undefined : true),
    'the badge never showed the reader’s overdue actions',
  );
}

/**
 * For each size, in one profile: fills the extension's database up to that many actions, restarts the browser
 * on it, and measures. `newPages(size)` are meeting pages served to the content script, each new to the store
 * when that size is measured (none of them shares an action with another).
 */
export async function measureStored(
  root: string,
  work: string,
  newPages: (size: number) => NewPages,
  sizes: readonly number[],
  runs: StoredRuns,
): Promise<StoredResult[]> {
  const extensionDir = await extensionWithBenchPage(root, work);
  const userDataDir = await mkdtemp(join(tmpdir(), 'agendum-bench-profile-'));
  const results: StoredResult[] = [];
  let nextPage = 0;
  try {
    for (const size of sizes) {
      const filler = await launchWithExtension({ extensionDir, userDataDir });
      let seeded: { nextPage: number; ms: number };
      try {
        seeded = await seed(filler, nextPage, size);
      } finally {
        await filler.close({ keepProfile: true });
      }
      nextPage = seeded.nextPage;
      const extension = await launchWithExtension({ extensionDir, userDataDir });
      try {
        await extension.context.addInitScript({ content: POPUP_TIMES });
        await backgroundSettled(extension);
        const probe = await extension.context.newPage();
        const start = await workerHeapMb(probe);
        const popup = await measurePopup(extension, runs.popup);
        const sync = await measureSync(extension, newPages(size), runs.sync);
        const edit = await measureEdits(extension, runs.edit);
        const end = await workerHeapMb(probe);
        results.push({ size, seedMs: seeded.ms, popup, sync, edit, heapMb: { start, end } });
      } finally {
        await extension.close({ keepProfile: true });
      }
    }
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
  return results;
}

export function storedTable(results: readonly StoredResult[]): string {
  const mb = (value: number): string => `${value.toFixed(1)} MB`;
  return formatTable(
    [
      'stored',
      'seeding',
      'popup → empty popup painted',
      'popup → first row painted',
      'popup → all groups',
      'cold popup: row / all',
      'sync: new page (cold)',
      'new page: IndexedDB floor',
      'sync: new seed-sized page',
      'sync: revisit',
      'revisit → badge',
      'edit → reply',
      'edit → badge',
      'background heap: start / end',
    ],
    results.map((r) => [
      r.size.toLocaleString('en'),
      `${(r.seedMs / 1000).toFixed(1)} s`,
      formatMs(r.popup.shellMs),
      formatMs(r.popup.firstRowMs),
      formatMs(r.popup.readyMs),
      `${formatMs(r.popup.coldFirstRowMs)} / ${formatMs(r.popup.coldReadyMs)}`,
      `${formatMs(r.sync.firstMs)} (${formatMs(r.sync.coldMs)})`,
      formatMs(r.sync.floorMs),
      `${formatMs(r.sync.seedSizedMs)} (${r.sync.seedSizedActions} actions)`,
      formatMs(r.sync.revisitMs),
      formatMs(r.sync.badgeAfterRevisitMs),
      formatMs(r.edit.replyMs),
      formatMs(r.edit.badgeMs),
      `${mb(r.heapMb.start)} / ${mb(r.heapMb.end)}`,
    ]),
  );
}

export function storedTargets(results: readonly StoredResult[]): TargetCheck[] {
  const at = (size: number): StoredResult | undefined => results.find((r) => r.size === size);
  const checks: TargetCheck[] = [];
  for (const size of [10_000, 100_000]) {
    const result = at(size);
    const target = TARGETS.popupFirstRow[size]!;
    checks.push({
      name: `popup first row painted, ${size.toLocaleString('en')} stored`,
      target: `< ${target} ms`,
      figure: result ? formatMs(result.popup.firstRowMs) : 'n/a',
      met: result ? result.popup.firstRowMs < target : null,
    });
  }
  const ten = at(10_000);
  checks.push(
    {
      name: 'page sync (≤ 300 actions), 10,000 stored',
      target: `< ${TARGETS.syncMs} ms`,
      figure: ten
        ? `${formatMs(ten.sync.revisitMs)} revisit, ${formatMs(ten.sync.firstMs)} new page (${ten.sync.actions} actions; first sync after the restart ${formatMs(ten.sync.coldMs)}; IndexedDB floor: its records put raw ${formatMs(ten.sync.floorMs)}); a new page of the seed's size, ${formatMs(ten.sync.seedSizedMs)} (${ten.sync.seedSizedActions} actions)`
        : 'n/a',
      met: ten ? Math.max(ten.sync.revisitMs, ten.sync.firstMs) < TARGETS.syncMs : null,
    },
    {
      name: 'edit → badge, 10,000 stored',
      target: `< ${TARGETS.editToBadgeMs} ms`,
      figure: ten ? formatMs(ten.edit.badgeMs) : 'n/a',
      met: ten ? ten.edit.badgeMs < TARGETS.editToBadgeMs : null,
    },
  );
  return checks;
}
