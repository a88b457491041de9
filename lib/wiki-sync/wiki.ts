// What syncing with a Confluence wiki works with: the wiki (its kind and base address), the requests Agendum
// makes of it and their answers. The requests are made by a content script in a tab on that wiki (same
// origin, the reader's own cookies); this folder only composes them and reads the answers, so it runs anywhere.

export type ConfluenceKind = 'confluence-server' | 'confluence-cloud';

export interface WikiSite {
  /** `https://confluence.example.org`: requests go only here. */
  origin: string;
  kind: ConfluenceKind;
  /** The wiki's base address, context path included, no trailing slash: `https://x.atlassian.net/wiki`. */
  base: string;
}

export interface WikiRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** An absolute address on the wiki's origin. */
  url: string;
  /** Sent as JSON. */
  body?: unknown;
}

export interface WikiResponse {
  /** The HTTP status; 0 when no answer came (offline, blocked, refused by the browser). */
  status: number;
  /** The answer as parsed JSON, else its text (cut to a few kilobytes), else nothing. */
  body?: unknown;
}

/** Makes one request of the wiki and resolves to its answer; never rejects (a failure is status 0). */
export type Requester = (request: WikiRequest) => Promise<WikiResponse>;

/** The paths Agendum asks for, as a content script checks them before sending (relative to the wiki's base). */
export const WIKI_PATHS: readonly RegExp[] = [
  /^\/rest\/inlinetasks\/1\/task\/\d+\/\d+\/$/,
  /^\/rest\/inlinetasks\/1\/my-task-report\/$/,
  /^\/rest\/mywork\/1\/task$/,
  /^\/rest\/api\/user\/current$/,
  /^\/rest\/api\/content\/\d+$/,
  /^\/api\/v2\/tasks(?:\/\d+)?$/,
  /^\/api\/v2\/pages\/\d+$/,
];

/** `url` is one of the wiki's own addresses that Agendum asks for (`base`'s origin, a listed path under its path). */
export function isWikiRequestUrl(url: string, base: string): boolean {
  if (!URL.canParse(url) || !URL.canParse(base)) return false;
  const target = new URL(url);
  const root = new URL(base);
  const prefix = root.pathname.replace(/\/+$/, '');
  if (target.origin !== root.origin || !target.pathname.startsWith(`${prefix}/`)) return false;
  const path = target.pathname.slice(prefix.length);
  return WIKI_PATHS.some((pattern) => pattern.test(path));
}

/** The wiki's address for `path` (which starts with `/`, query included). */
export function wikiUrl(site: WikiSite, path: string): string {
  return `${site.base}${path}`;
}

/** A short line for the diagnostics view: `POST /rest/inlinetasks/1/task/1/2/ → 200`. */
export function describeExchange(request: WikiRequest, response: WikiResponse): string {
  const { pathname, search } = new URL(request.url);
  const query = search.length > 120 ? `${search.slice(0, 117)}…` : search;
  return `${request.method} ${pathname}${query} → ${response.status === 0 ? 'no answer' : response.status}`;
}
