// What a page may say about itself. A page names its wiki's base URL, its own id, its tasks' ids and the pages
// its Task Report rows link to, and whoever writes a page can write any of these: they are believed only
// within the origin the page was read at. Task ids are namespaced by that origin and bounded in length.
// The content script applies this to its scan (so the ids it marks are the ids stored); the background
// applies it again to whatever a content script sends, which changes nothing for an honest one.
import { hashText } from '../hash';
import { memoize } from '../memo';
import { MAX_ACTIONS_PER_PAGE, MAX_ID_LENGTH } from '../model/limits';
import type { PageExtraction, PageTasks } from '../model/extraction';
import type { PageRef } from '../model/page';

/** An origin is at most ~270 characters (scheme, a 253-character host, a port): the rest of an id gets this many. */
const MAX_ID_BODY = 200;
/** Page ids as wikis write them (Confluence's are numbers): no separator of ours, nothing long. */
const PAGE_ID = /^[A-Za-z0-9_.~-]{1,64}$/;
/** Ids the background gives actions made from selected text; never a page's to claim. */
const USER_ID_PREFIX = 'user:';

// Remembered: a page scopes each of up to a thousand tasks with the same page address and origin, and
// parsing them every time was most of a 50 ms task on such a page.
const originOfUrl = memoize((url: string): string | undefined => {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
});

/** The http(s) origin of `url`, or undefined (file:, data:, not an address). */
export function webOrigin(url: string | undefined): string | undefined {
  return url ? originOfUrl(url) : undefined;
}

/**
 * The bare host when ids read at `origin` start with it, as they always have: https on its default port.
 * Every other origin (http, another port) is named whole, so that `http://wiki` and `https://wiki`, or
 * `wiki` and `wiki:8443`, never share an id or a page key.
 */
export const bareHostOf = memoize((origin: string): string | undefined => {
  const url = new URL(origin);
  return url.protocol === 'https:' && url.port === '' ? url.host : undefined;
});

/** `text` itself when short enough, else its start and a hash of the whole (so two long texts stay apart). */
export function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 12)}~${hashText(text)}`;
}

/** An id as a page at `origin` may use it: its own ids unchanged, any other moved into its namespace. */
export function scopedId(origin: string, id: string): string {
  const own = `${origin}|`;
  if (id.startsWith(own)) return own + bounded(id.slice(own.length), MAX_ID_BODY);
  const host = bareHostOf(origin);
  const legacy =
    id.startsWith(`${origin}/`) || (host !== undefined && id.startsWith(`${host}:`) && !id.startsWith(USER_ID_PREFIX));
  return legacy && id.length <= MAX_ID_LENGTH ? id : own + bounded(id, MAX_ID_BODY);
}

/** A page's own id, when it looks like one. */
export function pageIdClaim(id: string | undefined): string | undefined {
  return id !== undefined && PAGE_ID.test(id) ? id : undefined;
}

function scopedPage(page: PageRef, origin: string): PageRef {
  const { id, url, ...rest } = page;
  const kept = pageIdClaim(id);
  return { ...rest, ...(kept ? { id: kept } : {}), ...(webOrigin(url) === origin ? { url } : {}) };
}

/**
 * The page's facts and tasks as the page at `url` may have them stored: the base URL and every page link kept
 * only when they are on the page's own origin, page ids only when they look like ids, task ids scoped to the
 * origin, and the tasks cut one past the most a page may store (so the background can say there were more).
 */
export function scopePageTasks(extraction: PageTasks, url: string): PageTasks {
  const origin = webOrigin(url);
  if (!origin) return extraction;
  const { id, baseUrl, ...page } = extraction.page;
  const pageId = pageIdClaim(id);
  return {
    page: { ...page, ...(pageId ? { id: pageId } : {}), ...(webOrigin(baseUrl) === origin ? { baseUrl } : {}) },
    tasks: extraction.tasks
      .slice(0, MAX_ACTIONS_PER_PAGE + 1)
      .map((task) => ({ ...task, id: scopedId(origin, task.id), sourcePage: scopedPage(task.sourcePage, origin) })),
  };
}

/** The whole extraction scoped as `scopePageTasks` scopes its facts and tasks, its other lists cut as its tasks are. */
export function scopeExtraction(extraction: PageExtraction, url: string): PageExtraction {
  if (!webOrigin(url)) return extraction;
  return {
    ...scopePageTasks(extraction, url),
    agenda: extraction.agenda.slice(0, MAX_ACTIONS_PER_PAGE),
    suggestions: extraction.suggestions.slice(0, MAX_ACTIONS_PER_PAGE),
  };
}

/**
 * A scan scoped as `scopeExtraction` does, with the elements of the actions it keeps keyed by their scoped ids
 * (a page of 200,000 actions is marked where its first ones stand, not everywhere).
 */
export function scopeScan<Scan extends { extraction: PageExtraction; elements: Map<string, Element[]> }>(
  scan: Scan,
  url: string,
): Scan {
  const origin = webOrigin(url);
  if (!origin) return scan;
  const extraction = scopeExtraction(scan.extraction, url);
  const elements = new Map<string, Element[]>();
  for (const task of scan.extraction.tasks.slice(0, extraction.tasks.length)) {
    const list = scan.elements.get(task.id);
    if (list) elements.set(scopedId(origin, task.id), list);
  }
  return { ...scan, extraction, elements };
}

/**
 * The address itself names page `id` (`…?pageId=123`, `…/pages/123/…`, as Confluence writes them): a page read
 * there that claims the id says no more than its own address does.
 */
export function namesPageId(url: string, id: string): boolean {
  if (!URL.canParse(url)) return false;
  const { pathname, searchParams } = new URL(url);
  const parts = pathname.split('/');
  return searchParams.get('pageId') === id || parts.some((part, i) => part === id && parts[i - 1] === 'pages');
}

/** The origin whose namespace `id` is in (an action made from selected text: the page it was made on). */
export function originOfId(id: string): string | undefined {
  const body = id.startsWith(USER_ID_PREFIX) ? id.slice(USER_ID_PREFIX.length) : id;
  const scoped = /^(https?:\/\/[^/|]+)\|/.exec(body);
  if (scoped) return webOrigin(scoped[1]);
  if (/^https?:\/\//.test(body)) return webOrigin(body);
  const host = /^([^:/|]+):/.exec(body)?.[1];
  return host && !id.startsWith(USER_ID_PREFIX) && host !== 'title' ? webOrigin(`https://${host}`) : undefined;
}
