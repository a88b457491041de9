// Benchmark bundle for a generated meeting page: the bare DOM traversal (the floor) and extraction, as
// `window.agendumBench`. Bundled by scripts/bench with Vite; never part of the extension.
import type { ExtractBench, Timed } from './bench-api';
import { extractPage } from '../lib/extract/index';

/** Chromium's `gc()`, there when the bench launches it with `--expose-gc`. */
const collectGarbage = (globalThis as { gc?: (options?: { type: 'minor' }) => void }).gc;

function timed(work: () => number): Timed {
  // A young-generation collection before each run, so none pays for the garbage of the run before it
  // (a traversal of a big page leaves megabytes of strings). Minor only: a full one would drop JIT state.
  collectGarbage?.({ type: 'minor' });
  const start = performance.now();
  const count = work();
  return { ms: performance.now() - start, count };
}

const bench: ExtractBench = {
  traverse: () =>
    timed(() => {
      // Exactly the definition of the floor: every element's textContent, however deep.
      const all = document.querySelectorAll('*');
      let chars = 0;
      for (const el of all) chars += el.textContent?.length ?? 0;
      return chars;
    }),
  extract: () => timed(() => extractPage(document, { url: location.href }).tasks.length),
};

Object.assign(window, { agendumBench: bench });
