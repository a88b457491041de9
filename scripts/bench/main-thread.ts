// The page's main thread as a Chromium trace shows it: each task over 50 ms, how much of it ran script, how
// much was the browser styling, laying out and painting the page, and how much was the browser capturing the
// page's text. A longtask observer cannot tell these apart.
import type { CDPSession } from 'playwright-core';

// 'renderer' carries the page-text capture.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  'renderer',
];
/** The browser's long-task threshold. */
export const LONG_TASK_MS = 50;

/** Trace events that are script running (their durations nest, so only the outermost are added up). */
const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'v8.compile',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
]);
/**
 * Chromium reads a loaded page's whole text once (for language detection), in the first frame that lays the
 * page out after it loaded: 45–80 ms on the 100x page, with or without any extension. That frame is often
 * the one that draws our first change, so the capture is counted apart.
 */
const PAGE_TEXT_CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface LongTask {
  /** Start, in ms from the trace's `from` mark. */
  start: number;
  duration: number;
  /** Of the duration, the time script ran (ours, or anything else's in the page). */
  script: number;
  /** Of the duration, the time the browser spent capturing the page's text (see PAGE_TEXT_CAPTURE). */
  textCapture: number;
}

/**
 * Starts recording a trace of the tab; `stop` ends it and returns the renderer main thread's tasks of at
 * least `minMs` (default: the long ones).
 */
export async function traceMainThread(
  cdp: CDPSession,
): Promise<{ stop: (from: string, minMs?: number) => Promise<LongTask[]> }> {
  const events: TraceEvent[] = [];
  // Trace events are untyped records; the fields read here are checked where they are used.
  const collect = (event: { value: object[] }): void => void events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  return {
    stop: async (from, minMs = LONG_TASK_MS) => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return longTasks(events, from, minMs);
    },
  };
}

/** The tasks of at least `minMs` on the main thread that ran `from` (a user-timing mark or measure's name), timed from it. */
export function longTasks(events: readonly TraceEvent[], from: string, minMs: number): LongTask[] {
  const origin = events.find((e) => e.name === from && e.ph !== 'e' && e.ph !== 'E');
  if (!origin) return [];
  const thread = events.find(
    (e) => e.pid === origin.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const onThread = events.filter(
    (e) => e.pid === origin.pid && e.tid === (thread?.tid ?? origin.tid) && e.ph === 'X' && e.dur !== undefined,
  );
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.dur! >= minMs * 1000);
  const scripts = onThread.filter((e) => SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts);
  const captures = onThread.filter((e) => e.name === PAGE_TEXT_CAPTURE).sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => ({
    start: (task.ts - origin.ts) / 1000,
    duration: task.dur! / 1000,
    script: timeWithin(task, scripts) / 1000,
    textCapture: timeWithin(task, captures) / 1000,
  }));
}

/** The time `events` (sorted by start; nested ones counted once) cover within `task`, in µs. */
function timeWithin(task: TraceEvent, events: readonly TraceEvent[]): number {
  let covered = 0;
  let coveredUntil = -Infinity;
  for (const e of events) {
    const start = Math.max(e.ts, task.ts, coveredUntil);
    const end = Math.min(e.ts + e.dur!, task.ts + task.dur!);
    if (end > start) covered += end - start;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return covered;
}
