// The single pass: every element under the root is offered to the readers once, depth first in document
// order, so extraction time grows with the page's size and nothing is read twice. The pass can pause
// between elements, so a live page is read in slices that never block the main thread for long.
import type { ExtractContext } from './context';
import type { Reader, Visit } from './reader';
import { tagOf } from './text';

/** Walks until done or until `shouldPause()` says to stop for now; returns whether the walk is done. */
export type WalkStep = (shouldPause: () => boolean) => boolean;

/**
 * `skip`: elements never offered to any reader nor entered (the wiki's own controls, other macros' output);
 * `onSkip` hears of each, for --explain.
 */
export function createWalk(
  root: Element,
  ctx: ExtractContext,
  readers: readonly Reader[],
  skip?: ReadonlySet<Element>,
  onSkip?: (el: Element) => void,
): WalkStep {
  // An explicit stack: deeply nested pages cannot overflow the call stack, and the walk can pause.
  const stack: Element[] = [root];
  // Most elements interest few readers: each tag's list is worked out once, not asked of every reader.
  const readersByTag = new Map<string, readonly Reader[]>();
  const readersFor = (tag: string): readonly Reader[] => {
    let list = readersByTag.get(tag);
    if (!list) {
      list = readers.filter((reader) => !reader.tags || reader.tags.has(tag));
      readersByTag.set(tag, list);
    }
    return list;
  };
  return (shouldPause) => {
    let visited = 0;
    while (stack.length) {
      // Asking for the time costs about as much as visiting an element: ask every 16 elements (a page's first
      // elements, met by code not yet compiled, can take a millisecond each).
      if ((++visited & 15) === 0 && shouldPause()) return false;
      const el = stack.pop()!;
      if (skip?.has(el)) {
        onSkip?.(el);
        continue;
      }
      let visit: Visit = undefined;
      for (const reader of readersFor(tagOf(el))) {
        visit = reader.visit(el, ctx);
        if (visit) break;
      }
      if (visit === 'again') {
        stack.push(el);
        return false;
      }
      if (visit === 'claim') continue;
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    return true;
  };
}

/** The whole walk at once. */
export function walk(root: Element, ctx: ExtractContext, readers: readonly Reader[]): void {
  const step = createWalk(root, ctx, readers);
  while (!step(() => false));
}
