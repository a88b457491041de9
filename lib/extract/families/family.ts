// What a wiki family tells the extractor about a page it rendered: whether it rendered it, where the minutes
// are, and the page's facts. One file per family in this folder; the order they are asked in is in index.ts.
import type { Person, WikiKind } from '../../model/page';

export interface WikiFamily {
  kind: WikiKind;
  /** Whether this family rendered the document (pure: the markup and the address's host only). */
  detect(doc: Document, host: string | undefined): boolean;
  /** The page's own content: the byline, navigation and comments lie outside it. */
  contentRoot(doc: Document): Element | null;
  title(doc: Document): string;
  pageId(doc: Document, url: string | undefined): string | undefined;
  space(doc: Document, url: string | undefined): string | undefined;
  baseUrl(doc: Document, url: string | undefined): string | undefined;
  /** How links to the page are written, so a task's page is the same from every address it was read at. */
  canonicalUrl(baseUrl: string | undefined, id: string | undefined, url: string | undefined): string | undefined;
  /** The logged-in reader, when the page says who that is. */
  viewer(doc: Document): Person | undefined;
  /**
   * The language the page says its content is written in (BCP 47), where the markup says so: MediaWiki marks its
   * content, a plain page its <html>. Confluence's and the forges' <html lang> is the reader's interface language.
   */
  contentLanguage?(doc: Document): string | undefined;
  /** The wiki's own controls and other macros' output inside the content: never minutes, never walked. */
  skip: string;
}
