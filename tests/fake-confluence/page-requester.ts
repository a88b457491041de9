// Requests as Agendum's content script makes them from a tab on the wiki (lib/overlay/wiki-request.ts), in
// Node: the page view is loaded first (it sets the session cookie), then each request carries that cookie and
// the page's origin, as the browser adds them to a page's own fetch.
import { sendWikiRequest } from '../../lib/overlay/wiki-request';
import type { Requester } from '../../lib/wiki-sync/wiki';
import type { FakeConfluence } from './server';

export interface WikiTab {
  /** The page as the wiki served it. */
  html: string;
  /** The tab's address. */
  url: string;
  request: Requester;
}

/** Opens page `pageId` and makes requests from it; `origin` is the Origin the requests claim (a foreign one to test the XSRF rule). */
export async function openWikiTab(
  fake: FakeConfluence,
  pageId: string,
  { origin = fake.origin }: { origin?: string } = {},
): Promise<WikiTab> {
  const url = fake.pageUrl(pageId);
  const view = await fetch(url);
  const cookie = (view.headers.get('set-cookie') ?? '').split(';')[0]!;
  const send: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie, origin } });
  return { html: await view.text(), url, request: (request) => sendWikiRequest(request, fake.base, fake.origin, send) };
}
