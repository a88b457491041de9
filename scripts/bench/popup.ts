// The popup's first render over many actions, in a plain Chromium page with the popup's CSS: the median of
// several renders, each into a fresh container, plus the first (cold) one.
import type { Browser } from 'playwright-core';
import type { PopupBench, PopupTiming } from '../../bench/bench-api';
import { remoteBench } from './browser';
import type { BenchBundle } from './bundle';
import { formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

export const POPUP_TARGET_MS = 150;

export interface PopupResult {
  actions: number;
  first: PopupTiming;
  rowsMs: number;
  frameMs: number;
}

export async function measurePopup(
  browser: Browser,
  origin: string,
  bundle: BenchBundle,
  actions: number,
  runs: number,
): Promise<PopupResult> {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/blank.html`);
  if (bundle.css) await tab.addStyleTag({ url: `${origin}/${bundle.css}` });
  await tab.addScriptTag({ url: `${origin}/${bundle.script}` });
  const bench = remoteBench<PopupBench>(tab);
  const first = await bench.render(actions);
  const timings: PopupTiming[] = [];
  for (let run = 0; run < runs; run++) timings.push(await bench.render(actions));
  await tab.close();
  return {
    actions,
    first,
    rowsMs: median(timings.map((t) => t.rowsMs)),
    frameMs: median(timings.map((t) => t.frameMs)),
  };
}

export function popupTable(result: PopupResult): string {
  return formatTable(
    ['actions', 'rows drawn', 'render → first row in DOM', 'render → next frame', 'first render (cold) → row / frame'],
    [
      [
        result.actions.toLocaleString('en'),
        result.first.rows.toLocaleString('en'),
        formatMs(result.rowsMs),
        formatMs(result.frameMs),
        `${formatMs(result.first.rowsMs)} / ${formatMs(result.first.frameMs)}`,
      ],
    ],
  );
}

/** Judged on the time to the next frame: the user sees nothing before it. */
export function popupTargets(result: PopupResult | null): TargetCheck[] {
  return [
    {
      name: 'popup first render, 10,000 actions',
      target: `< ${POPUP_TARGET_MS} ms`,
      figure: result
        ? `${formatMs(result.frameMs)} to the next frame (${formatMs(result.rowsMs)} to the first row)`
        : 'n/a',
      met: result ? result.frameMs < POPUP_TARGET_MS : null,
    },
  ];
}
