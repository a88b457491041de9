// The built extension on the generated pages: the content script's `agendum:overlay` measure (start of scan to
// marks applied and panel drawn) and, from a trace of each load, the longest main-thread tasks while annotating:
// those running script, and those that were only the browser rendering the page, beside that page's floor.
// The browser's own capture of the page's text (see main-thread.ts) is not counted against us.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BenchPage } from './extraction';
import { LONG_TASK_MS, traceMainThread, type LongTask } from './main-thread';
import { formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

/** The `performance.measure` lib/overlay/start.ts records (not imported: that module needs WXT's build). */
export const OVERLAY_MEASURE = 'agendum:overlay';
/** After the measure ends, the frame that paints the last marks and the panel still belongs to annotating. */
const TAIL_MS = 500;

/** Marks the moment the bench changes one action's mark (the floor: see `oneChangeFrameMs`). */
const ONE_CHANGE_MARK = 'agendum-bench:one-change';
// What ticking one action done does to the page: its mark's state changes (the content script does not
// watch its own attributes, so the overlay does not re-scan).
const CHANGE_ONE_MARK = `(() => {
  performance.mark(${JSON.stringify(ONE_CHANGE_MARK)});
  const el = document.querySelector('[data-agendum-state]');
  el?.setAttribute('data-agendum-state', el.getAttribute('data-agendum-state') === 'done' ? 'overdue' : 'done');
})()`;

interface LoadSample {
  /** The first `agendum:overlay` measure's duration, or null when none was recorded in time. */
  overlayMs: number | null;
  /** Long tasks from the measure's start to TAIL_MS after its end (the task that started it included). */
  tasks: LongTask[];
  /** The floor under rendering: the browser's longest task after one action's mark changes, once annotated. */
  oneChangeFrameMs: number;
}

export interface OverlayResult {
  page: BenchPage;
  loads: number;
  /** Median overlay time; null when the content script recorded no measure. */
  overlayMs: number | null;
  /** The longest task that ran script while annotating, over all loads (NO_TASK: none over 50 ms); null without a measure. */
  longestScriptTask: LongTask | null;
  /** The longest task that was only the browser's rendering while annotating, its text capture left out; null without a measure. */
  longestRenderingTask: LongTask | null;
  /** Median over the loads of the browser's frame after one action's mark changes: its rendering floor. */
  oneChangeFrameMs: number;
  /** The longest page-text capture inside a long task (0: none), left out of the tasks' times above. */
  textCaptureMs: number;
}

/** A task that spent at least half its time running script; otherwise it was the browser rendering the page. */
const isScriptTask = (task: LongTask): boolean => task.script >= task.duration / 2;
/** A task's time less the browser's capture of the page's text, which it does with or without Agendum. */
const ownTime = (task: LongTask): number => task.duration - task.textCapture;
const NO_TASK: LongTask = { start: 0, duration: 0, script: 0, textCapture: 0 };
const longest = (tasks: readonly LongTask[]): LongTask =>
  tasks.filter((task) => ownTime(task) > LONG_TASK_MS).reduce((a, b) => (ownTime(b) > ownTime(a) ? b : a), NO_TASK);

async function loadOnce(tab: Page, cdp: CDPSession, url: string, waitMs: number): Promise<LoadSample> {
  const trace = await traceMainThread(cdp);
  await tab.goto(url, { waitUntil: 'load' });
  // Polled with bare CDP evaluations: Playwright's own waiting would inject its helper script into the page,
  // a task of its own right in the middle of what is measured.
  const read = async (): Promise<number | null> => {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `performance.getEntriesByName(${JSON.stringify(OVERLAY_MEASURE)})[0]?.duration ?? null`,
      returnByValue: true,
    });
    return (result.value as number | null) ?? null;
  };
  const until = Date.now() + waitMs;
  let overlayMs = await read();
  while (overlayMs === null && Date.now() < until) {
    await tab.waitForTimeout(50);
    overlayMs = await read();
  }
  await tab.waitForTimeout(TAIL_MS);
  const tasks = await trace.stop(OVERLAY_MEASURE);
  const end = (overlayMs ?? 0) + TAIL_MS;
  const floor = await traceMainThread(cdp);
  await cdp.send('Runtime.evaluate', { expression: CHANGE_ONE_MARK });
  await tab.waitForTimeout(300);
  const frames = await floor.stop(ONE_CHANGE_MARK, 0);
  return {
    overlayMs,
    tasks: tasks.filter((task) => task.start < end && task.start + task.duration > 0),
    oneChangeFrameMs: Math.max(0, ...frames.filter((task) => !isScriptTask(task)).map((task) => task.duration)),
  };
}

/**
 * Loads each page `runs` times. The first load waits up to `firstWaitMs` for the measure; once a page
 * has shown none, later loads do not wait for it (the content script does not record it yet).
 */
export async function measureOverlay(
  context: BrowserContext,
  origin: string,
  pages: readonly BenchPage[],
  runs: number,
  firstWaitMs: number,
): Promise<OverlayResult[]> {
  const results: OverlayResult[] = [];
  let measured = true;
  for (const page of pages) {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    const samples: LoadSample[] = [];
    for (let run = 0; run < runs; run++) {
      const sample = await loadOnce(tab, cdp, `${origin}/${page.file}`, measured ? firstWaitMs : 0);
      measured = sample.overlayMs !== null;
      samples.push(sample);
    }
    await cdp.detach();
    await tab.close();
    const overlays = samples.flatMap((s) => (s.overlayMs === null ? [] : [s.overlayMs]));
    const tasks = samples.flatMap((s) => s.tasks);
    const scriptTasks = tasks.filter(isScriptTask);
    const renderingTasks = tasks.filter((task) => !isScriptTask(task));
    results.push({
      page,
      loads: samples.length,
      overlayMs: overlays.length ? median(overlays) : null,
      longestScriptTask: overlays.length ? longest(scriptTasks) : null,
      longestRenderingTask: overlays.length ? longest(renderingTasks) : null,
      oneChangeFrameMs: median(samples.map((s) => s.oneChangeFrameMs)),
      textCaptureMs: Math.max(0, ...tasks.map((task) => task.textCapture)),
    });
  }
  return results;
}

const taskText = (task: LongTask | null, detail: (task: LongTask) => string) =>
  task === null
    ? 'n/a (no measure)'
    : task.duration === 0
      ? `< ${LONG_TASK_MS} ms`
      : `${formatMs(ownTime(task))} (${detail(task)})`;
const captureNote = (task: LongTask) => (task.textCapture > 0 ? `, + ${formatMs(task.textCapture)} text capture` : '');
const scriptTaskText = (task: LongTask | null) =>
  taskText(task, (t) => `script ${formatMs(t.script)}${captureNote(t)}`);
const renderingTaskText = (task: LongTask | null) => taskText(task, (t) => `rendering${captureNote(t)}`);

export function overlayTable(results: readonly OverlayResult[]): string {
  return formatTable(
    [
      'page',
      'loads',
      'overlay (median)',
      'longest task running script (max)',
      'longest rendering-only task (max)',
      'frame after one change (floor)',
      "browser's text capture (max)",
    ],
    results.map((r) => [
      `${r.page.factor}x`,
      String(r.loads),
      r.overlayMs === null ? 'n/a (no measure)' : formatMs(r.overlayMs),
      scriptTaskText(r.longestScriptTask),
      renderingTaskText(r.longestRenderingTask),
      formatMs(r.oneChangeFrameMs),
      r.textCaptureMs === 0 ? '-' : formatMs(r.textCaptureMs),
    ]),
  );
}

/**
 * No main-thread task over 50 ms while annotating, whether it ran our script or was the browser drawing our
 * changes; the browser's capture of the page's text, which happens on every load with or without Agendum,
 * is left out of a task's time.
 */
export function overlayTargets(results: readonly OverlayResult[]): TargetCheck[] {
  const measured = results.filter((r) => r.longestScriptTask !== null && r.longestRenderingTask !== null);
  return [
    {
      name: 'longest main-thread task while annotating',
      target: `≤ ${LONG_TASK_MS} ms on every page (less the browser's page-text capture)`,
      figure: measured.length
        ? measured
            .map(
              (r) =>
                `${r.page.factor}x: script ${scriptTaskText(r.longestScriptTask)}, rendering ${renderingTaskText(r.longestRenderingTask)}`,
            )
            .join('; ')
        : 'n/a (no agendum:overlay measure)',
      met: measured.length
        ? measured.every((r) => r.longestScriptTask!.duration === 0 && r.longestRenderingTask!.duration === 0)
        : null,
    },
  ];
}
