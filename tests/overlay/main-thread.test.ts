import { afterEach, describe, expect, it, vi } from 'vitest';
import { inFrames, inSlices, nextFrame, runInSlices, runToEnd, type MainThread } from '../../lib/overlay/main-thread';

/** A context whose frames are drawn only when the test says so; timers are the real ones. */
function fakeThread() {
  const controller = new AbortController();
  const frames: FrameRequestCallback[] = [];
  const ctx: MainThread = {
    signal: controller.signal,
    setTimeout: (handler, timeout) => setTimeout(handler, timeout) as unknown as number,
    requestAnimationFrame: (callback) => frames.push(callback),
  };
  const drawFrame = async (): Promise<void> => {
    for (const callback of frames.splice(0)) callback(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { ctx, abort: () => controller.abort(), drawFrame };
}

afterEach(() => vi.useRealTimers());

describe('inSlices', () => {
  it('runs a step per slice until it is done, each after a yield, and tells the step when its slice is up', async () => {
    const { ctx } = fakeThread();
    /** Per slice: whether it started with time left. */
    const slices: boolean[] = [];
    const done = inSlices(ctx, (timeUp) => {
      slices.push(!timeUp());
      while (!timeUp());
      return slices.length === 3;
    });
    const ranBeforeYield = slices.length > 0;
    expect(await done).toBe(true);
    expect(ranBeforeYield).toBe(false);
    expect(slices).toEqual([true, true, true]);
  });

  it('stops, answering false, once the context is invalidated', async () => {
    const { ctx, abort } = fakeThread();
    let steps = 0;
    const done = inSlices(ctx, () => {
      steps++;
      if (steps === 2) abort();
      return false;
    });
    expect(await done).toBe(false);
    expect(steps).toBe(2);
  });
});

/** Work that pauses `pauses` times, then answers how often it was resumed. */
function* work(pauses: number, onPause: () => void = () => undefined): Generator<void, number> {
  for (let i = 0; i < pauses; i++) {
    onPause();
    yield;
  }
  return pauses;
}

describe('runInSlices and runToEnd', () => {
  it('run a generator of work to its result, in slices or at once', async () => {
    expect(await runInSlices(fakeThread().ctx, work(5))).toBe(5);
    expect(runToEnd(work(5))).toBe(5);
  });

  it('stop between slices, answering undefined, once the context is invalidated', async () => {
    const { ctx, abort } = fakeThread();
    let paused = 0;
    // Each step of the work takes a millisecond, so a slice holds a dozen or so of its 200 steps.
    const slow = work(200, () => {
      const until = performance.now() + 1;
      while (performance.now() < until);
      if (++paused === 3) abort();
    });
    expect(await runInSlices(ctx, slow)).toBeUndefined();
    expect(paused).toBeLessThan(200);
  });
});

describe('inFrames', () => {
  it('applies the first batch at once and each next one after a drawn frame', async () => {
    const { ctx, drawFrame } = fakeThread();
    const batches: number[][] = [];
    const done = inFrames(ctx, [1, 2, 3, 4, 5], 2, (batch) => batches.push(batch));
    expect(batches).toEqual([[1, 2]]);
    await drawFrame();
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    await drawFrame();
    expect(await done).toBe(true);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('stops between frames once the context is invalidated', async () => {
    const { ctx, abort, drawFrame } = fakeThread();
    const batches: number[][] = [];
    const done = inFrames(ctx, [1, 2, 3], 1, (batch) => batches.push(batch));
    abort();
    await drawFrame();
    expect(await done).toBe(false);
    expect(batches).toEqual([[1]]);
  });
});

describe('nextFrame', () => {
  it('goes on after a while in a tab that draws no frames', async () => {
    vi.useFakeTimers();
    const { ctx } = fakeThread();
    let resolved = false;
    void nextFrame(ctx).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(60);
    expect(resolved).toBe(true);
  });
});
