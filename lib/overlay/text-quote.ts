// Text-quote anchors (W3C Web Annotation TextQuoteSelector): a selection as exact text plus a little context
// and its position, and the Range where that text stands again, also after the page was edited (match-quote.ts).
// Pure: the root comes in; text is read from text nodes only. Finding is a generator of work, so the overlay
// runs it in slices (main-thread.ts); a memory skips the search when the page's text has not changed.
import type { TextQuote } from '../messages/protocol';
import { runToEnd } from './main-thread';
import { matchQuote, searchQuote } from './match-quote';

/** Characters of context kept either side, as Hypothesis does; the protocol allows up to 64. */
const QUOTE_CONTEXT = 32;

// NodeFilter values, spelled out so this file needs no DOM globals (it also runs under linkedom).
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
/** Text no reader sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Text nodes read between two chances to yield. */
const NODES_PER_STEP = 500;

interface TextIndex {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

function* readText(root: Node): Generator<void, TextIndex> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 3
        ? FILTER_ACCEPT
        : HIDDEN.has((node as Element).tagName.toUpperCase())
          ? FILTER_REJECT
          : FILTER_SKIP,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(value);
    length += value.length;
    if (nodes.length % NODES_PER_STEP === 0) yield;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text offset of a boundary point: exact inside an indexed text node, else where the next text starts. */
function offsetOf(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i]! + offset;
  }
  const point = (container.ownerDocument ?? (container as Document)).createRange();
  point.setStart(container, offset);
  // The first text node at or after the point, by binary search in document order.
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.nodes.length ? index.starts[lo]! : index.text.length;
}

/** The node holding text offset `at` (the last node starting at or before it). */
function nodeAt(index: TextIndex, at: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Describes `range` by its text, up to QUOTE_CONTEXT characters either side and where it starts; whitespace at its ends is left out. */
export function describeRange(range: Range, root: Node): TextQuote {
  const index = runToEnd(readText(root));
  let start = offsetOf(index, range.startContainer, range.startOffset);
  let end = Math.max(start, offsetOf(index, range.endContainer, range.endOffset));
  while (start < end && /\s/.test(index.text[start]!)) start++;
  while (end > start && /\s/.test(index.text[end - 1]!)) end--;
  return {
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: index.text.slice(end, end + QUOTE_CONTEXT),
    start,
  };
}

const collapse = (value: string): string => value.replace(/\s+/g, ' ');

/** A text with whitespace runs as single spaces, and for each of its characters the offset it came from. */
interface Collapsed {
  text: string;
  from: Uint32Array;
}

/** Whitespace runs collapsed between two chances to yield. */
const RUNS_PER_STEP = 1024;

function* collapseText(text: string): Generator<void, Collapsed> {
  // A typed array: a page of 4 MB of text has as many offsets, which a growing array took 600 ms to hold.
  const from = new Uint32Array(text.length);
  const parts: string[] = [];
  let length = 0;
  let last = 0;
  let runs = 0;
  for (const run of text.matchAll(/\s+/g)) {
    for (let i = last; i < run.index; i++) from[length++] = i;
    from[length++] = run.index;
    parts.push(text.slice(last, run.index), ' ');
    last = run.index + run[0].length;
    if (++runs % RUNS_PER_STEP === 0) yield;
  }
  for (let i = last; i < text.length; i++) from[length++] = i;
  parts.push(text.slice(last));
  return { text: parts.join(''), from: from.subarray(0, length) };
}

/** The first index whose value is at least `at`, in an ascending list. */
function firstAtLeast(list: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a quote stands, as offsets in the page's text. */
interface Span {
  start: number;
  end: number;
}

/** Where quotes stood in the last text searched, so the same text is not searched again. */
export interface QuoteMemory {
  text: string;
  found: Map<string, Span | null>;
}

export const quoteMemory = (): QuoteMemory => ({ text: '', found: new Map() });

/**
 * A quote's span in the text: where its exact text stands (the occurrence whose context and position fit best
 * when it repeats); failing that, where the text with whitespace runs collapsed comes closest to it (re-rendered
 * pages re-indent; edited ones change a word). Null when the text is gone.
 */
function* locate(
  text: string,
  quote: TextQuote,
  loose: () => Generator<void, Collapsed>,
): Generator<void, Span | null> {
  const exact = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: quote.start }, 0);
  if (exact) return exact;
  const words = collapse(quote.exact).trim();
  if (!words) return null;
  const { text: looseText, from } = yield* loose();
  const hint = quote.start === undefined ? undefined : firstAtLeast(from, quote.start);
  const near = yield* searchQuote(looseText, words, {
    prefix: collapse(quote.prefix),
    suffix: collapse(quote.suffix),
    hint,
  });
  return near && { start: from[near.start]!, end: from[near.end - 1]! + 1 };
}

/**
 * Where each of `quotes` stands under `root` (null where its text is gone), reading the text once for all of
 * them; a generator that yields wherever the work may pause. With `memory`, a text searched before is not
 * searched again.
 */
export function* findQuotes(
  root: Node,
  quotes: readonly TextQuote[],
  memory = quoteMemory(),
): Generator<void, (Range | null)[]> {
  const index = yield* readText(root);
  if (memory.text !== index.text) {
    memory.text = index.text;
    memory.found.clear();
  }
  let loose: Collapsed | undefined;
  function* collapsedOnce(): Generator<void, Collapsed> {
    return (loose ??= yield* collapseText(index.text));
  }
  const ranges: (Range | null)[] = [];
  for (const quote of quotes) {
    const key = JSON.stringify([quote.exact, quote.prefix, quote.suffix, quote.start]);
    let span = memory.found.get(key);
    if (span === undefined) {
      span = quote.exact ? yield* locate(index.text, quote, collapsedOnce) : null;
      memory.found.set(key, span);
    }
    ranges.push(span && rangeOf(root, index, span));
  }
  return ranges;
}

/** Where one quote stands under `root`, at once. */
export function findQuote(root: Node, quote: TextQuote): Range | null {
  return runToEnd(findQuotes(root, [quote]))[0] ?? null;
}

function rangeOf(root: Node, index: TextIndex, { start, end }: Span): Range {
  const first = nodeAt(index, start);
  const last = nodeAt(index, end - 1);
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(index.nodes[first]!, start - index.starts[first]!);
  range.setEnd(index.nodes[last]!, end - index.starts[last]!);
  return range;
}

/** Block elements an action can stand in; inline ones (strong, a, span) give way to the block around them. */
const HOLDERS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'DD',
  'DT',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGCAPTION',
  'DIV',
]);

/** The element that holds a quote, for marks: the nearest block around where the quote starts. */
export function quoteHolder(range: Range): Element | null {
  const start = range.startContainer;
  let el: Element | null = start.nodeType === 1 ? (start as Element) : start.parentElement;
  while (el && !HOLDERS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}
