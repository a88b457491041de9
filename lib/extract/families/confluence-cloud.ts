// Confluence Cloud's page view, as Atlassian's renderer (@atlaskit/renderer) draws it: the content in
// #main-content[data-testid="pageContentRendererTestId"] around div.ak-renderer-document, the title in
// h1#heading-title-text, the reader in the ajs-atlassian-account-id and ajs-current-user-fullname meta tags.
// The page id comes from the address: ajs-page-id can still name the previous page after in-app navigation.
// Comments and embedded documents render .ak-renderer-document too: one nested in another is not the page.
// Sources: /work/shared/notes/confluence-cloud-and-writeback.md §1.1 and §1.3 (decisions).
// Fixtures: confluence-cloud/sprint-review.html, confluence-cloud/nested-tasks-no-title.html, confluence-cloud/acta-reunion-2023-03-09.html
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

export const confluenceCloud: WikiFamily = {
  kind: 'confluence-cloud',
  detect: (doc, host) =>
    (!!host && /\.atlassian\.net$/i.test(host)) ||
    !!meta(doc, 'ajs-cloud-id') ||
    !!doc.querySelector('.ak-renderer-document, [data-testid="pageContentRendererTestId"]'),
  contentRoot: (doc) =>
    firstOf(doc, [
      '#main-content[data-testid="pageContentRendererTestId"]',
      '.ak-renderer-document',
      '#main-content',
      '.wiki-content',
    ]),
  title: (doc) =>
    textOfFirst(doc, 'h1#heading-title-text') ??
    textOfFirst(doc, '#title-text') ??
    meta(doc, 'ajs-page-title') ??
    titleBeforeSiteName(doc) ??
    '',
  pageId: (doc, url) => confluencePageIdInUrl(url) ?? meta(doc, 'ajs-page-id'),
  space: confluenceSpace,
  baseUrl: (doc, url) => {
    const origin = originOf(url);
    return meta(doc, 'ajs-base-url')?.replace(/\/+$/, '') ?? (origin ? `${origin}/wiki` : undefined);
  },
  canonicalUrl: confluenceViewpage,
  viewer: confluenceViewer,
  // Decisions (ol[data-decision-list-local-id]) are not tasks.
  skip: `${NAVIGATION}, ${CONFLUENCE_FOREIGN_MACROS}, .ak-renderer-document .ak-renderer-document, [data-decision-list-local-id]`,
};
