// Confluence Server and Data Center's page view: ajs-* meta tags (page id, title, space, base URL, the
// logged-in user), the content in div#main-content.wiki-content.
// Fixtures: confluence-server/dmlt-2022-10-18.html, confluence-server/protokoll-teamrunde-2024-03-14.html
import type { WikiFamily } from './family';
import {
  CONFLUENCE_FOREIGN_MACROS,
  confluencePageIdInUrl,
  confluenceSpace,
  confluenceViewer,
  confluenceViewpage,
  firstOf,
  meta,
  NAVIGATION,
  originOf,
  textOfFirst,
  titleBeforeSiteName,
} from './shared';

export const confluenceServer: WikiFamily = {
  kind: 'confluence-server',
  detect: (doc) =>
    !!(meta(doc, 'ajs-page-id') || meta(doc, 'ajs-base-url') || doc.querySelector('body#com-atlassian-confluence')),
  contentRoot: (doc) => firstOf(doc, ['#main-content', '.wiki-content']),
  title: (doc) => meta(doc, 'ajs-page-title') ?? textOfFirst(doc, '#title-text') ?? titleBeforeSiteName(doc) ?? '',
  pageId: (doc, url) => meta(doc, 'ajs-page-id') ?? confluencePageIdInUrl(url),
  space: confluenceSpace,
  baseUrl: (doc, url) => meta(doc, 'ajs-base-url')?.replace(/\/+$/, '') ?? originOf(url),
  canonicalUrl: confluenceViewpage,
  viewer: confluenceViewer,
  skip: `${NAVIGATION}, ${CONFLUENCE_FOREIGN_MACROS}`,
};
