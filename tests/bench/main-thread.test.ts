import { describe, expect, it } from 'vitest';
import { longTasks, type TraceEvent } from '../../scripts/bench/main-thread';

const PID = 7;
const MAIN = 1;
/** A complete ('X') event on the renderer's main thread, times in ms. */
const x = (name: string, startMs: number, durMs: number, tid = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  pid: PID,
  tid,
  ts: startMs * 1000,
  dur: durMs * 1000,
});

const trace: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'start', ph: 'R', pid: PID, tid: MAIN, ts: 100_000 },
  // A task of 80 ms: 30 ms of script (a nested call counted once), then the browser's 40 ms text capture.
  x('RunTask', 200, 80),
  x('FunctionCall', 200, 30),
  x('v8.compile', 205, 10),
  x('ChromeRenderFrameObserver::CapturePageText', 235, 40),
  // Short, and one on another thread: neither is a long task of this page.
  x('RunTask', 300, 20),
  x('RunTask', 400, 90, 2),
];

describe('longTasks', () => {
  it('times each long main-thread task from the mark, with its script and the browser’s text capture apart', () => {
    expect(longTasks(trace, 'start', 50)).toEqual([{ start: 100, duration: 80, script: 30, textCapture: 40 }]);
  });

  it('keeps shorter tasks when asked, and finds nothing without the mark', () => {
    expect(longTasks(trace, 'start', 10).map((task) => task.duration)).toEqual([80, 20]);
    expect(longTasks(trace, 'no such mark', 10)).toEqual([]);
  });
});
