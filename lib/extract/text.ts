// Reading text from the DOM the same way in every engine: textContent only, never innerText or layout.
// Block elements and <br> become line breaks so "<p>A</p><p>B</p>" reads as two lines, not "AB".

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Upper-case tag name, the same for HTML (already upper) and XML documents (as written). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** Collapses runs of spaces (incl. NBSP) within a line and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The element's text as lines: block boundaries and <br> break lines; empty lines dropped. */
export function linesOf(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = squash(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const block = isBlock(child as Element);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

/** The element's text on one line (lines joined by a space). */
export function textOf(root: Node): string {
  return linesOf(root).join(' ');
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
