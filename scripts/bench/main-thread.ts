// The page's main thread as a Chromium trace shows it: each task over 50 ms, and how much of it ran script
// and how much was the browser styling, laying out and painting the page. A longtask observer cannot tell
// the two apart, and on a page of 60,000 elements the browser's own frame after any change is that long.
import type { CDPSession } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];
/** The browser's long-task threshold. */
export const LONG_TASK_MS = 50;

/** Trace events that are script running (their durations nest, so only the outermost are added up). */
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);

interface TraceEvent {
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
}

/**
 * Starts recording a trace of the tab; `stop` ends it and returns the renderer main thread's tasks of at
 * least `minMs` (default: the long ones).
 */
export async function traceMainThread(cdp: CDPSession): Promise<{ stop: (from: string, minMs?: number) => Promise<LongTask[]> }> {
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
function longTasks(events: readonly TraceEvent[], from: string, minMs: number): LongTask[] {
  const origin = events.find((e) => e.name === from && e.ph !== 'e' && e.ph !== 'E');
  if (!origin) return [];
  const thread = events.find((e) => e.pid === origin.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onThread = events.filter((e) => e.pid === origin.pid && e.tid === (thread?.tid ?? origin.tid) && e.ph === 'X' && e.dur !== undefined);
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.dur! >= minMs * 1000);
  const scripts = onThread.filter((e) => SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => {
    let script = 0;
    let coveredUntil = -Infinity;
    for (const e of scripts) {
      const start = Math.max(e.ts, task.ts, coveredUntil);
      const end = Math.min(e.ts + e.dur!, task.ts + task.dur!);
      if (end > start) script += end - start;
      coveredUntil = Math.max(coveredUntil, end);
    }
    return { start: (task.ts - origin.ts) / 1000, duration: task.dur! / 1000, script: script / 1000 };
  });
}
