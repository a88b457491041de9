// Sharing the page's main thread: reading in short slices with yields between them, and changes to the page
// paced by drawn frames, so even a page of 60,000 elements never holds the main thread for long (the
// README's benchmark section has the measurements). Timers are WXT's: they stop when the context goes.
import type { ContentScriptContext } from '#imports';

/** What these helpers need of the content script's context. */
export type MainThread = Pick<ContentScriptContext, 'setTimeout' | 'requestAnimationFrame' | 'signal'>;

/** How long one slice of reading the page may run before the browser gets the main thread back. */
const SLICE_MS = 12;
/** A hidden tab draws no frames: paced work then goes on at this pace. */
const FRAME_WAIT_MS = 100;

/** Lets the browser paint and handle input between slices of work. */
export function yieldToMain(ctx: MainThread): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => ctx.setTimeout(resolve, 0));
}

/** Resolves once the browser has drawn its next frame (or after FRAME_WAIT_MS in a tab that draws none). */
export function nextFrame(ctx: MainThread): Promise<void> {
  return new Promise((resolve) => {
    const timer = ctx.setTimeout(resolve, FRAME_WAIT_MS);
    ctx.requestAnimationFrame(() =>
      ctx.setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Calls `step` once per slice of about SLICE_MS, each after a yield, until it says it is done; `step` stops
 * when `timeUp()`. Resolves false when the context was invalidated meanwhile.
 */
export async function inSlices(ctx: MainThread, step: (timeUp: () => boolean) => boolean): Promise<boolean> {
  for (;;) {
    await yieldToMain(ctx);
    if (ctx.signal.aborted) return false;
    const sliceEnd = performance.now() + SLICE_MS;
    if (step(() => performance.now() > sliceEnd)) return true;
  }
}

/** Runs a generator of work (it yields wherever it may pause) to its end at once, and gives its result. */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs a generator of work in slices, as `inSlices` does; resolves to its result, or undefined when the context went. */
export async function runInSlices<T>(ctx: MainThread, work: Generator<void, T>): Promise<T | undefined> {
  let step: IteratorResult<void, T> | undefined;
  const finished = await inSlices(ctx, (timeUp) => {
    do step = work.next();
    while (!step.done && !timeUp());
    return step.done === true;
  });
  return finished && step?.done ? step.value : undefined;
}

/**
 * Calls `apply` on `items`, `perFrame` at a time, each batch after the browser drew the frame of the one
 * before (the first at once). Resolves false when the context was invalidated meanwhile.
 */
export async function inFrames<T>(
  ctx: MainThread,
  items: readonly T[],
  perFrame: number,
  apply: (batch: T[]) => void,
): Promise<boolean> {
  for (let at = 0; at < items.length; at += perFrame) {
    if (at > 0) {
      await nextFrame(ctx);
      if (ctx.signal.aborted) return false;
    }
    apply(items.slice(at, at + perFrame));
  }
  return true;
}
