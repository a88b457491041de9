// Reading text from the DOM the same way in every engine: textContent only, never innerText or layout.
// Block elements and <br> become line breaks so "<p>A</p><p>B</p>" reads as two lines, not "AB".
import { memoize } from '../memo';

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

// Every reader asks every element for its tag: each spelling is upper-cased once.
const upperCase = memoize((name: string) => name.toUpperCase());

/** Upper-case tag name, the same for HTML (already upper) and XML documents (as written). */
export function tagOf(el: Element): string {
  return upperCase(el.tagName);
}

const LINE_CONTAINERS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL']);

/** Blocks whose own content is lines of text (a paragraph, an item, a cell), not only other blocks. */
export const LINE_BLOCK_TAGS: ReadonlySet<string> = new Set([...BLOCK_TAGS].filter((tag) => !LINE_CONTAINERS.has(tag)));

// Only runs that are not already one plain space match (most text has none): replacing them is one pass.
const SPACE_RUN = /(?:[^\S ]|\u200b| (?=[\s\u200b]))[\s\u200b]*/g;

/** Collapses runs of spaces (incl. NBSP and zero-width space) into one plain space. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

/** Collapses runs of spaces (incl. NBSP) within a line and trims. */
export function squash(text: string): string {
  return collapseSpaces(text).trim();
}

// Anything but spaces: cheaper than squashing a text only to see whether it is empty.
const VISIBLE = /[^\s\u00a0\u200b]/;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

// Marks block boundaries in `rawText` when lines are wanted: parsers drop U+0000 from HTML text.
const LINE_BREAK = '\u0000';

/** Every text node under `root` in order, `boundary` at each block's start and end; spaces as written. */
function rawText(root: Node, boundary: string): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCK_TAGS.has(tagOf(child as Element));
        if (block) text += boundary;
        walk(child);
        if (block) text += boundary;
      }
    }
  };
  walk(root);
  return text;
}

/** The element's text as lines: block boundaries and <br> break lines; empty lines dropped. */
export function linesOf(root: Node): string[] {
  return rawText(root, LINE_BREAK).split(LINE_BREAK).map(squash).filter(Boolean);
}

/** The element's text on one line: its lines joined by a space (squashed once, not line by line). */
export function textOf(root: Node): string {
  return squash(rawText(root, ' '));
}

/** A comparison key for de-duplicating task texts: case, accents and punctuation ignored. */
export function textKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
