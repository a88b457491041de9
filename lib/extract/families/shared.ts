// Helpers several wiki families share: meta tags, a title from <title>, addresses, Confluence's page shell.
import type { Person } from '../../model/page';
import { squash } from '../text';

/** A meta tag's content, from the document's head only: one an editor wrote into the page's body is not the wiki's. */
export function meta(doc: Document, name: string): string | undefined {
  const value = (doc.head ?? doc).querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

export function textOfFirst(doc: Document | Element, selector: string): string | undefined {
  const el = doc.querySelector(selector);
  const value = el ? squash(el.textContent ?? '') : '';
  return value || undefined;
}

/** The document's <title> up to the site's name: "Team sync - Example Wiki" → "Team sync". */
export function titleBeforeSiteName(doc: Document): string | undefined {
  const title = squash(doc.querySelector('title')?.textContent ?? '');
  return title.split(/ [-–|·] /)[0]?.trim() || undefined;
}

export function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** The http(s) origin of an address, or undefined (files, data: and the like have none). */
export function originOf(url: string | undefined): string | undefined {
  if (!url || !safeHost(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The first element of the document matching one of the selectors, tried in order. */
export function firstOf(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** The address without its fragment: the same page from every anchor. */
export function withoutFragment(url: string | undefined): string | undefined {
  return url?.replace(/#.*$/, '');
}

/** Tables of contents and navigation in any wiki: their items name headings, never actions. */
export const NAVIGATION = '.toc-macro, .toc, #toc, nav, [role="navigation"]';

// Confluence (Server/Data Center, Cloud and exports) shares its page shell: ajs-* meta tags, user menu.

/** A page id in a Confluence address: /pages/123, ?pageId=123. */
export function confluencePageIdInUrl(url: string | undefined): string | undefined {
  return url ? (/\/pages\/(\d+)(?:[/?#]|$)/.exec(url) ?? /[?&]pageId=(\d+)/.exec(url))?.[1] : undefined;
}

export function confluenceSpace(doc: Document, url: string | undefined): string | undefined {
  return meta(doc, 'ajs-space-key') ?? (url ? /\/spaces\/([^/?#]+)/.exec(url)?.[1] : undefined);
}

export function confluenceViewpage(
  baseUrl: string | undefined,
  id: string | undefined,
  url: string | undefined,
): string | undefined {
  return baseUrl && id ? `${baseUrl}/pages/viewpage.action?pageId=${id}` : withoutFragment(url);
}

/** Other macros' output in Confluence content: Jira issue tables are never meeting tables. */
export const CONFLUENCE_FOREIGN_MACROS = '.jira-issues, [data-macro-name="jira"], .refresh-module-id';

/** Where Confluence draws what editors write: a user menu in there is not the wiki's. */
const CONFLUENCE_CONTENT = '#main-content, .wiki-content, .ak-renderer-document';

export function confluenceViewer(doc: Document): Person | undefined {
  const menu = [...doc.querySelectorAll('#user-menu-link')].find((el) => !el.closest(CONFLUENCE_CONTENT));
  const username = meta(doc, 'ajs-remote-user') ?? menu?.getAttribute('data-username') ?? undefined;
  const userKey = meta(doc, 'ajs-remote-user-key');
  const accountId = meta(doc, 'ajs-atlassian-account-id');
  const selfMention = accountId
    ? Array.from(doc.querySelectorAll('.current-user-mention[data-account-id]')).find(
        (el) => el.getAttribute('data-account-id') === accountId,
      )
    : undefined;
  const name =
    meta(doc, 'ajs-current-user-fullname') ??
    meta(doc, 'ajs-user-display-name') ??
    (menu?.getAttribute('title')?.trim() || undefined) ??
    (selfMention ? squash(selfMention.textContent ?? '') || undefined : undefined) ??
    username ??
    accountId;
  if (!name || !(username || userKey || accountId)) return undefined;
  const viewer: Person = { name };
  if (username) viewer.username = username;
  if (accountId) viewer.accountId = accountId;
  if (userKey) viewer.userKey = userKey;
  return viewer;
}
