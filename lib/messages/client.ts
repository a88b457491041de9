// Sending typed requests to the background (from a content script, the popup or the options page).
// Only this file and server.ts call browser.runtime messaging.
import { browser } from 'wxt/browser';
import type { BackgroundToContent, ContentToBackground, PageToBackground, Result } from './protocol';

type ToBackground = ContentToBackground & PageToBackground;

export type Reply<N extends keyof ToBackground> = ReturnType<ToBackground[N]>;

/** Sends one request; a missing or broken background becomes an error Result, never a throw. */
export async function sendToBackground<N extends keyof ToBackground>(
  name: N,
  data: Parameters<ToBackground[N]>[0],
): Promise<Result<Reply<N>>> {
  try {
    const reply = (await browser.runtime.sendMessage({ name, data })) as Result<Reply<N>> | undefined;
    return reply ?? { ok: false, error: 'Agendum’s background page did not answer.' };
  } catch (error) {
    console.warn('Agendum could not reach its background page:', error);
    return {
      ok: false,
      error:
        'Agendum could not reach its background page: reload the page (Agendum may have been updated or turned off).',
    };
  }
}

/** Tells one tab's content script something; a tab without Agendum is not an error. */
export async function sendToTab<N extends keyof BackgroundToContent>(
  tabId: number,
  name: N,
  data: Parameters<BackgroundToContent[N]>[0],
): Promise<void> {
  await askTab(tabId, name, data);
}

/** Asks one tab's content script and resolves to its answer; undefined when the tab has no Agendum or did not answer. */
export async function askTab<N extends keyof BackgroundToContent>(
  tabId: number,
  name: N,
  data: Parameters<BackgroundToContent[N]>[0],
): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, { name, data });
  } catch {
    // No content script in that tab (not a wiki page, or Agendum is off there).
    return undefined;
  }
}
