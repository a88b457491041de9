// A plain headless Chromium (no extension) for the benchmark bundles, and the one way Node calls a bundle's
// `window.agendumBench`. The extension's browser is the end-to-end tests' launchWithExtension.
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_ARGS } from '../../tests/e2e/support/browser';

// The end-to-end tests' flags, and steady timings: no throttling of a page the browser thinks is hidden.
const ARGS = [
  ...QUIET_CHROMIUM_ARGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Lets a timed run start from a collected young generation (see bench/extract-entry.ts).
  '--js-flags=--expose-gc',
];

export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A bench API as Node sees it: every method returns a promise of its (JSON-serialisable) result. */
export type Remote<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer P) => infer R ? (...args: P) => Promise<Awaited<R>> : never;
};

/**
 * Calls `window.agendumBench` on `page`. The call goes as a source string rather than a function, because
 * tsx compiles this file with helpers (`__name`) that do not exist in the page.
 */
export function remoteBench<Api extends object>(page: Page): Remote<Api> {
  return new Proxy({} as Remote<Api>, {
    // Not a thenable: `await`ing the proxy itself must not call a `then` in the page.
    get: (_target, method) =>
      method === 'then'
        ? undefined
        : (...args: unknown[]) =>
            page.evaluate(
              `window.agendumBench.${String(method)}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`,
            ),
  });
}
