// Notices the user turning Agendum off for this site on the options page, so the overlay can remove itself
// from the open page at once. Reads the raw stored list: zod (settings.ts) stays out of the content script.
import { MatchPattern } from '#imports';
import { browser, type Browser } from 'wxt/browser';

/** lib/platform/settings.ts keeps each field under `settings.<field>`; `sites` lists the added sites' patterns. */
const SITES_KEY = 'settings.sites';

/** Whether any of `patterns` (a stored value: anything) matches `url`. */
export function coversUrl(patterns: unknown, url: string): boolean {
  if (!Array.isArray(patterns)) return false;
  return patterns.some((pattern) => {
    try {
      return typeof pattern === 'string' && new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/**
 * Calls `turnOff` when a change to the listed sites drops every pattern that covered `url()`, unless the
 * extension's own manifest covers the page (a preset site cannot be turned off at run time). A page scanned
 * once ("Scan this page") was never covered, so it is never turned off here.
 */
export function onSiteTurnedOff(url: () => string, signal: AbortSignal, turnOff: () => void): void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>): void => {
    const change = changes[SITES_KEY];
    // A key removed from one area (settings moving between local and sync) is not a new list.
    if (!change || !Array.isArray(change.newValue)) return;
    const here = url();
    if (!coversUrl(change.oldValue, here) || coversUrl(change.newValue, here)) return;
    const preset = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
    if (!coversUrl(preset, here)) turnOff();
  };
  if (signal.aborted) return;
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
