// Node's DOM for the CLI and tests: saved HTML pages and Confluence storage format become Documents
// that the extractor reads exactly as it reads a live page. Node-only (linkedom); never bundled.
import { DOMParser, parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export interface StorageAttributes {
  title?: string;
  pageId?: string;
  space?: string;
  baseUrl?: string;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Storage format uses HTML's named entities (&nbsp; &rsquo;…), which XML does not know: decode them. */
function numericEntities(text: string): string {
  const names = new Set<string>();
  for (const match of text.matchAll(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g))
    if (!XML_ENTITIES.has(match[1]!)) names.add(match[1]!);
  if (!names.size) return text;
  const list = [...names];
  // One HTML parse decodes every distinct name; unknown names come back unchanged and are escaped.
  const probe = parseHTML(`<body>${list.map((n) => `<i>&${n};</i>`).join('')}</body>`).document;
  const decoded = new Map<string, string>();
  Array.from(probe.querySelectorAll('i')).forEach((el, i) => {
    const value = el.textContent ?? '';
    const name = list[i]!;
    decoded.set(
      name,
      value === `&${name};` ? `&amp;${name};` : [...value].map((ch) => `&#${ch.codePointAt(0)};`).join(''),
    );
  });
  return text.replace(/&([a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, name: string) => decoded.get(name) ?? whole);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Confluence storage format (a page body, or a fragment without namespace declarations as Confluence
 * shows it) as an XML document whose root carries the page facts the body itself lacks.
 */
export function parseStorage(markup: string, attributes: StorageAttributes = {}): Document {
  const attrs = [
    ['title', attributes.title],
    ['page-id', attributes.pageId],
    ['space', attributes.space],
    ['base-url', attributes.baseUrl],
  ]
    .filter((pair): pair is [string, string] => !!pair[1])
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const body = numericEntities(markup.replace(/^\s*<\?xml[^>]*\?>/, ''));
  const xml = `<agendum-storage xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier" xmlns:at="http://atlassian.com/template"${attrs}>${body}</agendum-storage>`;
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}
