// Confluence storage format (the XML Confluence keeps pages in), as the CLI wraps it: an <agendum-storage>
// root carrying the page's title, id, space and base URL as attributes (see lib/cli/parse-document.ts).
// Fixtures: confluence-storage/2024-02-12-team-sync.xml
import type { WikiFamily } from './family';
import { confluenceViewpage } from './shared';

const attribute = (doc: Document, name: string): string | undefined =>
  doc.documentElement?.getAttribute(name) ?? undefined;

export const confluenceStorage: WikiFamily = {
  kind: 'confluence-storage',
  detect: (doc) => doc.documentElement?.tagName.toLowerCase() === 'agendum-storage',
  contentRoot: (doc) => doc.documentElement,
  title: (doc) => attribute(doc, 'title') ?? '',
  pageId: (doc) => attribute(doc, 'page-id'),
  space: (doc) => attribute(doc, 'space'),
  baseUrl: (doc) => attribute(doc, 'base-url'),
  canonicalUrl: confluenceViewpage,
  viewer: () => undefined,
  skip: '',
};
