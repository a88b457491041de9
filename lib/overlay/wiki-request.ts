// Makes a request the background asks of the wiki this page is on, from the page itself: same origin, with the
// page's own cookies, so the wiki sees the reader's session and its XSRF check sees its own origin. Only the
// wiki's task addresses Agendum uses are sent (lib/wiki-sync/wiki.ts), and only to this page's origin.
// Firefox's content-script fetch is the extension's (no Origin header, which Confluence's XSRF check refuses);
// its `content.fetch` is the page's.
import { isWikiRequestUrl, type WikiRequest, type WikiResponse } from '../wiki-sync/wiki';

declare const content: { fetch?: typeof fetch } | undefined;

/** The page's own fetch: `content.fetch` in Firefox, the content script's (which Chrome makes as the page) elsewhere. */
export function pageFetch(): typeof fetch {
  const firefox =
    typeof content === 'object' && content !== null && typeof content.fetch === 'function' ? content : undefined;
  return firefox ? (input, init) => firefox.fetch!(input, init) : (input, init) => fetch(input, init);
}

/** Answers over this size are not passed on (a page's storage format is far smaller). */
const MAX_ANSWER = 8_000_000;

function parsed(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 2000);
  }
}

/** Sends `request` when it is one of the wiki's task addresses on `origin` (this page's); never rejects. */
export async function sendWikiRequest(
  request: WikiRequest,
  base: string,
  origin: string,
  send: typeof fetch,
): Promise<WikiResponse> {
  if (!URL.canParse(base) || new URL(base).origin !== origin || !isWikiRequestUrl(request.url, base))
    return { status: 0, body: 'not a wiki address' };
  try {
    const json = request.body !== undefined;
    const response = await send(request.url, {
      method: request.method,
      credentials: 'include',
      headers: json
        ? { Accept: 'application/json', 'Content-Type': 'application/json' }
        : { Accept: 'application/json' },
      body: json ? JSON.stringify(request.body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text.length > MAX_ANSWER ? 'answer too large' : parsed(text) };
  } catch {
    return { status: 0 };
  }
}
