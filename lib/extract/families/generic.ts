// Any other page: the content in <main>, <article> or [role=main], the title its first <h1>. Asked last,
// it always says yes.
// Fixtures: generic/plain-minutes.html, generic/checklists.html, generic/action-table.html, generic/project-faq.html
import type { WikiFamily } from './family';
import {
  confluencePageIdInUrl,
  firstOf,
  meta,
  NAVIGATION,
  originOf,
  textOfFirst,
  titleBeforeSiteName,
  withoutFragment,
} from './shared';

export const generic: WikiFamily = {
  kind: 'generic',
  detect: () => true,
  contentRoot: (doc) => firstOf(doc, ['main', 'article', '[role="main"]', '#content']),
  title: (doc) => textOfFirst(doc, 'h1') ?? titleBeforeSiteName(doc) ?? '',
  // A Confluence page saved without its meta tags still names its id in its address.
  pageId: (doc, url) => meta(doc, 'ajs-page-id') ?? confluencePageIdInUrl(url),
  space: () => undefined,
  baseUrl: (_doc, url) => originOf(url),
  canonicalUrl: (_baseUrl, _id, url) => withoutFragment(url),
  viewer: () => undefined,
  contentLanguage: (doc) => doc.documentElement?.getAttribute('lang') ?? undefined,
  skip: NAVIGATION,
};
