// The wiki families, in the order they are asked "did you render this page?": the first yes wins, and
// generic HTML, last, always says yes. Adding a wiki is one file in this folder, one line here and a fixture.
import type { WikiFamily } from './family';
import { confluenceCloud } from './confluence-cloud';
import { confluenceExport } from './confluence-export';
import { confluenceServer } from './confluence-server';
import { confluenceStorage } from './confluence-storage';
import { generic } from './generic';
import { markdown } from './markdown';
import { mediawiki } from './mediawiki';
import { safeHost } from './shared';

export type { WikiFamily };
export { safeHost };

export const FAMILIES: readonly WikiFamily[] = [
  confluenceStorage,
  confluenceCloud,
  confluenceServer,
  confluenceExport,
  mediawiki,
  markdown,
  generic,
];

/** The family that rendered the document. */
export function detectFamily(doc: Document, url: string | undefined): WikiFamily {
  const host = url ? safeHost(url) : undefined;
  return FAMILIES.find((family) => family.detect(doc, host)) ?? generic;
}

/** The family's content root, else the body (or the root of an XML document). */
export function contentRoot(doc: Document, family: WikiFamily): Element {
  return family.contentRoot(doc) ?? doc.body ?? doc.documentElement;
}
