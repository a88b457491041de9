// Receiving typed requests in the background: every request is parsed with its zod schema before a
// handler sees it, and every reply is a Result (errors cross the boundary as strings).
import { browser, type Browser } from 'wxt/browser';
import {
  CONTENT_REQUESTS,
  requestSchemas,
  type ContentToBackground,
  type PageToBackground,
  type Result,
} from './protocol';

type ToBackground = ContentToBackground & PageToBackground;

export type Handlers = {
  [N in keyof ToBackground]: (
    data: Parameters<ToBackground[N]>[0],
    sender: Browser.runtime.MessageSender,
    /** `performance.now()` when the request arrived, before it was parsed: where the background's own timings start. */
    receivedAt?: number,
  ) => Promise<ReturnType<ToBackground[N]>>;
};

export const UNKNOWN_REQUEST = 'Agendum was updated while this page was open: reload the page and try again.';
export const INVALID_REQUEST =
  'Nothing was changed: a value was not one Agendum can keep (a date outside the calendar, a text too long). Check it and try again.';

/** The extension's own pages: popup, options, the popup's list opened in a tab. */
export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Dispatches one raw message; exported for tests, which call it without a browser. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  receivedAt = performance.now(),
): Promise<Result<unknown>> {
  const name = (raw as { name?: unknown } | null)?.name;
  // Own names only: `name in handlers` would also find toString, constructor and __proto__.
  // The reply's words reach a person (the overlay and the popup show them); the details go to the console.
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
    console.warn(`Agendum: unknown request ${String(name).slice(0, 40)}`);
    return { ok: false, error: UNKNOWN_REQUEST };
  }
  const key = name as keyof Handlers;
  // A content script runs in a page we do not control: it may only ask what a page may.
  if (!CONTENT_REQUESTS.has(key) && !isExtensionPage(sender))
    return { ok: false, error: 'Only Agendum’s own pages may ask that.' };
  const parsed = requestSchemas[key].safeParse((raw as { data?: unknown }).data);
  if (!parsed.success) {
    console.warn(`Agendum: invalid ${key} request: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
    return { ok: false, error: INVALID_REQUEST };
  }
  try {
    const handler = handlers[key] as (
      data: unknown,
      sender: Browser.runtime.MessageSender,
      receivedAt: number,
    ) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, sender, receivedAt) };
  } catch (error) {
    return { ok: false, error: (error as Error).message || String(error) };
  }
}

/**
 * Listens for requests; registered at once (as an MV3 worker must), answered when `handlers` resolve.
 * `return true` + sendResponse works in Chrome, Firefox and the test fakes alike.
 */
export function handleMessages(handlers: Handlers | Promise<Handlers>): void {
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
      // Messages from web pages never arrive here (no externally_connectable); other extensions' neither.
      if (sender.id !== browser.runtime.id) return false;
      const receivedAt = performance.now();
      void Promise.resolve(handlers)
        .then((ready) => dispatch(ready, raw, sender, receivedAt))
        .catch((error: unknown) => ({
          ok: false,
          error: `Agendum could not open its store: ${(error as Error).message}`,
        }))
        .then((reply) => sendResponse?.(reply));
      return true;
    },
  );
}
