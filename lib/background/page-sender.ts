// Who sent a request. A content script speaks for the page in a tab's top frame, and that page's address is
// the one the browser reports for the frame, never one written in the message; the extension's own pages
// (popup, options, the popup's list opened in a tab) may send what only they may.
import type { Browser } from 'wxt/browser';
import { webOrigin } from '../sites/page-scope';
import { withoutFragment } from '../store/keys';

export interface PageSender {
  tabId: number;
  /** The address of the page, as the browser reports it for the sending frame. */
  url: string;
  origin: string;
  /** The page's host: the site identities are learned for. */
  host: string;
  /** The tab is in a private window. */
  incognito: boolean;
}

/** A request the background will not answer for this sender; its message is for a person. */
export class RefusedRequest extends Error {
  override readonly name = 'RefusedRequest';
}

/** The page a content script speaks for; refused for anything but a web page in a tab's top frame. */
export function pageSender(sender: Browser.runtime.MessageSender): PageSender {
  const { tab, url, frameId } = sender;
  const origin = webOrigin(url);
  if (tab?.id === undefined || frameId !== 0 || !url || !origin)
    throw new RefusedRequest('Agendum answers only the page it runs on.');
  return { tabId: tab.id, url, origin, host: new URL(url).host, incognito: tab.incognito };
}

/** The address the content script says it read is the one the browser reports (a page may move while it is read). */
export function checkSameAddress(claimed: string, page: PageSender): void {
  if (withoutFragment(claimed) !== withoutFragment(page.url)) {
    throw new RefusedRequest('This page changed its address while Agendum read it: it will read it again.');
  }
}
