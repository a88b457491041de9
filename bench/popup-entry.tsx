// Benchmark bundle for the popup's first render over many actions, as `window.agendumBench`. The popup's
// API answers at once from memory (its first screen, then every action), so the time is the popup's own work.
// Never part of the extension.
import { render } from 'preact';
import { Popup } from '../components/popup/Popup';
import { FIRST_SCREEN_ROWS, firstScreenOf } from '../lib/popup/first-screen';
import type { PopupApi } from '../lib/popup/popup-api';
import type { PopupBench, PopupTiming } from './bench-api';
import { BENCH_TODAY, syntheticActions } from './synthetic';

const ROW = '[data-task-id]';

/** Every action shown (no identity known, so the scope is everyone): the popup's heaviest first render. */
function memoryApi(count: number): PopupApi {
  const actions = syntheticActions(count);
  // What the store's indexes would answer, ready before the render is timed.
  const firstScreen = firstScreenOf(actions, BENCH_TODAY, 'everyone', FIRST_SCREEN_ROWS);
  const nothing = async (): Promise<void> => {};
  return {
    load: async () => ({
      today: BENCH_TODAY,
      filter: { scope: 'everyone' },
      firstScreen,
      identityKnown: false,
      sites: [],
      defaultFormat: 'csv',
      formats: [{ id: 'csv', label: 'CSV' }],
    }),
    loadActions: async () => actions,
    setDone: async (id, done) => ({ ...actions.find((action) => action.id === id)!, status: done ? 'done' : 'open' }),
    retryWikiWrite: async (id) => actions.find((action) => action.id === id)!,
    snooze: nothing,
    openSource: nothing,
    exportActions: nothing,
    copyActions: nothing,
    deleteAction: async () => 0,
    scanActiveTab: async () => 0,
    openOptions: nothing,
  };
}

/** Resolves once `root` holds a task row: a MutationObserver runs right after Preact commits the render. */
function firstRow(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector(ROW)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Resolves after the next frame has been produced: rAF runs before style and layout, the task after it runs after paint. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const bench: PopupBench = {
  async render(count: number): Promise<PopupTiming> {
    const api = memoryApi(count);
    const root = document.createElement('div');
    document.body.append(root);
    const rowsSeen = firstRow(root);
    const start = performance.now();
    render(<Popup api={api} />, root);
    await rowsSeen;
    const rowsMs = performance.now() - start;
    await nextFrame();
    const frameMs = performance.now() - start;
    const rows = root.querySelectorAll(ROW).length;
    render(null, root);
    root.remove();
    return { rowsMs, frameMs, rows };
  },
};

Object.assign(window, { agendumBench: bench });
