// In a content script: what the background tells this tab. Messages from our own background are trusted,
// so this file imports no schemas (zod stays out of the content script's bundle).
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundToContent } from './protocol';

export type ContentHandlers = {
  [N in keyof BackgroundToContent]: (
    data: Parameters<BackgroundToContent[N]>[0],
  ) => ReturnType<BackgroundToContent[N]> extends void ? void : Promise<ReturnType<BackgroundToContent[N]>>;
};

/** Handles the background's messages until `signal` aborts; a handler's promise is the reply. */
export function listenToBackground(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    // Only our own extension's background may talk to us; sender.tab is set for messages from pages.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const message = raw as { name?: unknown; data?: unknown } | null;
    const name = message?.name;
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return undefined;
    const reply = (handlers[name as keyof ContentHandlers] as (data: unknown) => unknown)(message?.data ?? {});
    if (!(reply instanceof Promise)) return undefined;
    // `return true` + sendResponse: an answer later, in Chrome, Firefox and the test fakes alike.
    void reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
