// Makes the benchmark's bigger pages: the seed page with the content of `#main-content` repeated N times.
// Pure string work (no DOM, no files), so the generated page is exactly the seed's markup, N times over.

const MAIN_OPEN = /<div\b[^>]*\bid="main-content"[^>]*>/;
const DIV_TAG = /<div\b[^>]*>|<\/div\s*>/g;
const INLINE_TASK_ID = /\bdata-inline-task-id="(\d+)"/g;

/** Where the content of `#main-content` starts and ends in `html` (its matching `</div>`, by nesting depth). */
function mainContentRange(html: string): { start: number; end: number } {
  const open = MAIN_OPEN.exec(html);
  if (!open) throw new Error('scalePage: the page has no <div id="main-content">');
  const start = open.index + open[0].length;
  DIV_TAG.lastIndex = start;
  let depth = 1;
  for (let tag = DIV_TAG.exec(html); tag; tag = DIV_TAG.exec(html)) {
    depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return { start, end: tag.index };
  }
  throw new Error('scalePage: <div id="main-content"> is never closed');
}

/**
 * The page with its `#main-content` content repeated `factor` times. Copy k (from `firstCopy`, 0 by default)
 * adds k × a power of ten above the page's largest inline-task id to every `data-inline-task-id`, so each
 * copy's tasks keep distinct ids (per content id, as Confluence numbers them) and extraction finds `factor`
 * times the seed's tasks. Pages made with `firstCopy` `factor` apart share no task.
 */
export function scalePage(html: string, factor: number, firstCopy = 0): string {
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error(`scalePage: factor must be a positive integer, got ${factor}`);
  const { start, end } = mainContentRange(html);
  const content = html.slice(start, end);
  const ids = [...content.matchAll(INLINE_TASK_ID)].map((match) => Number(match[1]));
  const step = 10 ** String(Math.max(0, ...ids)).length;
  const copies = Array.from({ length: factor }, (_, at) => {
    const copy = firstCopy + at;
    return copy === 0
      ? content
      : content.replace(INLINE_TASK_ID, (_whole, id: string) => `data-inline-task-id="${copy * step + Number(id)}"`);
  });
  return html.slice(0, start) + copies.join('') + html.slice(end);
}
