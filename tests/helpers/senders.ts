// Message senders as the browser reports them: a content script in a tab's top frame, or an extension page.
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

/** A content script on the page at `url` in tab `tabId` (frame 0 unless said otherwise). */
export function tabSender(
  url: string,
  options: { tabId?: number; frameId?: number; incognito?: boolean } = {},
): Browser.runtime.MessageSender {
  const tab = {
    id: options.tabId ?? 1,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: options.incognito ?? false,
    url,
  };
  return { id: fakeBrowser.runtime.id, url, frameId: options.frameId ?? 0, tab: tab as Browser.tabs.Tab };
}

/** The popup (or another page of the extension's own). */
export function extensionSender(page = 'popup.html'): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${page}`) };
}
