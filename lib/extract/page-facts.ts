// Page facts known before the content is walked: wiki, id, title, space, base URL, viewer, title dates.
// Pure: reads meta tags and a few well-known elements of the document passed in.
import { findAllDates } from '../dates/parse-date';
import type { IsoDate, PageFacts, Person, WikiKind } from '../model/page';
import { meta, safeHost } from './families';
import { squash } from './text';

function text(el: Element | null | undefined): string | undefined {
  const value = el ? squash(el.textContent ?? '') : '';
  return value || undefined;
}

function titleOf(doc: Document, wiki: WikiKind): string {
  const root = doc.documentElement;
  const docTitle = squash(doc.querySelector('title')?.textContent ?? '');
  const beforeSiteName = docTitle.split(/ [-–|] /)[0]?.trim();
  switch (wiki) {
    case 'confluence-storage':
      return root?.getAttribute('title') ?? '';
    case 'confluence-server':
    case 'confluence-cloud':
      return meta(doc, 'ajs-page-title') ?? text(doc.querySelector('#title-text')) ?? beforeSiteName ?? '';
    case 'confluence-export': {
      // Exports title pages "SPACE : Page title".
      const shown = text(doc.querySelector('#title-text')) ?? docTitle;
      return shown.replace(/^[^:]{1,80} : /, '');
    }
    case 'mediawiki':
      return text(doc.querySelector('#firstHeading')) ?? beforeSiteName ?? '';
    case 'generic':
      return text(doc.querySelector('h1')) ?? beforeSiteName ?? '';
  }
}

function idOf(doc: Document, wiki: WikiKind, url: string | undefined): string | undefined {
  if (wiki === 'confluence-storage') return doc.documentElement?.getAttribute('page-id') ?? undefined;
  const fromMeta = meta(doc, 'ajs-page-id');
  if (fromMeta) return fromMeta;
  if (!url) return undefined;
  const match =
    /\/pages\/(\d+)(?:[/?#]|$)/.exec(url) ?? /[?&]pageId=(\d+)/.exec(url) ?? (wiki === 'confluence-export' ? /_(\d+)\.html?$/.exec(url) : null);
  return match?.[1];
}

function spaceOf(doc: Document, wiki: WikiKind, url: string | undefined): string | undefined {
  const key = meta(doc, 'ajs-space-key') ?? (url ? /\/spaces\/([^/?#]+)/.exec(url)?.[1] : undefined);
  if (key) return key;
  if (wiki === 'confluence-export') return /^([^:]{1,80}) : /.exec(text(doc.querySelector('#title-text')) ?? '')?.[1];
  if (wiki === 'confluence-storage') return doc.documentElement?.getAttribute('space') ?? undefined;
  return undefined;
}

function originOf(url: string | undefined): string | undefined {
  if (!url || !safeHost(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

function baseUrlOf(doc: Document, wiki: WikiKind, url: string | undefined): string | undefined {
  const fromMeta = meta(doc, 'ajs-base-url');
  if (fromMeta) return fromMeta.replace(/\/+$/, '');
  if (wiki === 'confluence-storage') return doc.documentElement?.getAttribute('base-url') ?? undefined;
  const origin = originOf(url);
  return origin && wiki === 'confluence-cloud' ? `${origin}/wiki` : origin;
}

function viewerOf(doc: Document): Person | undefined {
  const menu = doc.querySelector('#user-menu-link');
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
    text(selfMention) ??
    username ??
    accountId;
  if (!name || !(username || userKey || accountId)) return undefined;
  const viewer: Person = { name };
  if (username) viewer.username = username;
  if (accountId) viewer.accountId = accountId;
  if (userKey) viewer.userKey = userKey;
  return viewer;
}

/** The title without its dates and the separators around them: "Team sync - 2024-01-02" → "Team sync". */
export function seriesOf(title: string): string | undefined {
  let rest = title;
  for (const match of findAllDates(title).reverse()) rest = rest.slice(0, match.start) + ' ' + rest.slice(match.end);
  const series = squash(rest.replace(/\s*[-–—,:|/(]+\s*(?=\s|$)/g, ' ').replace(/[\s\-–—,:|/()]+$/g, '').replace(/^[\s\-–—,:|/)]+/, ''));
  return series || undefined;
}

/** How the page would be linked canonically, so a task's source page is the same from every URL. */
function canonicalUrl(wiki: WikiKind, baseUrl: string | undefined, id: string | undefined, url: string | undefined): string | undefined {
  if (baseUrl && id && wiki !== 'mediawiki' && wiki !== 'generic') return `${baseUrl}/pages/viewpage.action?pageId=${id}`;
  return url?.replace(/#.*$/, '');
}

export interface InitialFacts {
  facts: PageFacts;
  /** Where links to this page point: used as the source page of its own tasks. */
  canonicalUrl: string | undefined;
  titleDates: IsoDate[];
}

export function readPageFacts(doc: Document, wiki: WikiKind, url: string | undefined): InitialFacts {
  const title = titleOf(doc, wiki);
  const id = idOf(doc, wiki, url);
  const baseUrl = baseUrlOf(doc, wiki, url);
  const facts: PageFacts = { wiki, title, isMeeting: false, meetingDates: [] };
  if (id) facts.id = id;
  const canonical = canonicalUrl(wiki, baseUrl, id, url);
  if (url ?? canonical) facts.url = url ?? canonical;
  const space = spaceOf(doc, wiki, url);
  if (space) facts.space = space;
  if (baseUrl) facts.baseUrl = baseUrl;
  const series = seriesOf(title);
  if (series) facts.series = series;
  const viewer = viewerOf(doc);
  if (viewer) facts.viewer = viewer;
  return { facts, canonicalUrl: canonical, titleDates: findAllDates(title).map((m) => m.date) };
}
