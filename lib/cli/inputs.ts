// What the CLI was given, turned into documents to extract: saved HTML pages, Confluence storage format,
// and Confluence XML space exports (entities.xml: current versions of pages only). Bad input is named.
import { parseHtml, parseStorage } from './parse-document';

export interface InputDocument {
  /** What to call it in messages: the file name, plus the page title inside an export. */
  label: string;
  doc: Document;
  url?: string;
}

export type InputResult = { ok: true; documents: InputDocument[] } | { ok: false; error: string };

const MAX_BYTES = 200 * 1024 * 1024;

/** Text of a file, or why it is not one the CLI reads. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'the file is empty' };
  if (bytes.length > MAX_BYTES)
    return { error: `the file is ${Math.round(bytes.length / 1048576)} MB; the limit is 200 MB` };
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return { error: 'the file is binary, not an HTML page or a Confluence export' };
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > sample.length / 10) return { error: 'the file is binary, not an HTML page or a Confluence export' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: 'the file is empty' };
  return { text };
}

export type InputKind = 'entities' | 'storage' | 'html';

export function inputKind(text: string): InputKind | null {
  const head = text.slice(0, 4096);
  if (/<hibernate-generic[\s>]/.test(head)) return 'entities';
  if (/<(?:ac|ri|at):[a-z-]+[\s/>]/i.test(text.slice(0, 65536)) && !/<html[\s>]|<!doctype html/i.test(head))
    return 'storage';
  if (/<(?:!doctype html|html|head|body|div|p|table|ul|ol|h[1-6]|section|article|main|span|a)[\s>]/i.test(head))
    return 'html';
  return null;
}

function property(object: Element, name: string): Element | undefined {
  return Array.from(object.children).find(
    (child) => child.tagName === 'property' && child.getAttribute('name') === name,
  );
}

function idOf(el: Element | undefined): string | undefined {
  const id = el && Array.from(el.children).find((child) => child.tagName === 'id');
  return (id ?? el)?.textContent?.trim() || undefined;
}

/** Current pages of a space export (no historical versions, drafts, deleted pages or templates). */
export function pagesFromEntities(xml: string, label: string, baseUrl?: string): InputDocument[] {
  const doc = parseStorage(xml.replace(/^\s*<\?xml[^>]*\?>/, ''));
  const objects = Array.from(doc.getElementsByTagName('object'));
  const bodies = new Map<string, string>();
  const spaces = new Map<string, string>();
  const users = new Map<string, string>();
  const pages: Array<{ id: string; title: string; space?: string }> = [];
  for (const object of objects) {
    const kind = object.getAttribute('class');
    if (kind === 'BodyContent') {
      const content = property(object, 'content');
      const page = idOf(content);
      if (page && content?.getAttribute('class') === 'Page')
        bodies.set(page, property(object, 'body')?.textContent ?? '');
    } else if (kind === 'Space') {
      const id = idOf(object);
      const key = property(object, 'key')?.textContent?.trim();
      if (id && key) spaces.set(id, key);
    } else if (kind === 'ConfluenceUserImpl') {
      const key = idOf(object);
      const name = property(object, 'name')?.textContent?.trim();
      if (key && name) users.set(key, name);
    } else if (kind === 'Page') {
      const status = property(object, 'contentStatus')?.textContent?.trim() ?? 'current';
      // A historical version points at the page it is a version of; only the current one counts.
      if (status !== 'current' || idOf(property(object, 'originalVersion'))) continue;
      const id = idOf(object);
      if (!id) continue;
      pages.push({
        id,
        title: property(object, 'title')?.textContent?.trim() ?? '',
        space: idOf(property(object, 'space')),
      });
    }
  }
  return pages
    .filter((page) => bodies.has(page.id))
    .map((page) => {
      // Storage mentions carry user keys; the export names the username each key belongs to.
      const body = bodies
        .get(page.id)!
        .replace(/ri:userkey="([^"]+)"/g, (whole, key: string) =>
          users.has(key) ? `${whole} ri:username="${users.get(key)}"` : whole,
        );
      const space = page.space ? spaces.get(page.space) : undefined;
      return {
        label: `${label}: ${page.title}`,
        doc: parseStorage(body, { title: page.title, pageId: page.id, space, baseUrl }),
      };
    });
}

/** Documents in one input's text, or the reason it cannot be read. */
export function documentsFromText(text: string, label: string, url?: string): InputResult {
  const kind = inputKind(text);
  if (!kind) return { ok: false, error: 'not an HTML page, Confluence storage format or Confluence export' };
  // For storage format and exports, an http(s) --url names the wiki they came from.
  const baseUrl = url && /^https?:\/\//i.test(url) ? url.replace(/\/+$/, '') : undefined;
  if (kind === 'entities') return { ok: true, documents: pagesFromEntities(text, label, baseUrl) };
  if (kind === 'storage') {
    const title = label.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '');
    return { ok: true, documents: [{ label, doc: parseStorage(text, { title, baseUrl }) }] };
  }
  return { ok: true, documents: [{ label, doc: parseHtml(text), url }] };
}
