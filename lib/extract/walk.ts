// The single pass: every element under the root is offered to the readers once, depth first in document
// order, so extraction time grows with the page's size and nothing is read twice.
import type { ExtractContext } from './context';
import type { Reader, Visit } from './reader';

export function walk(root: Element, ctx: ExtractContext, readers: readonly Reader[]): void {
  // An explicit stack: deeply nested pages cannot overflow the call stack.
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    let visit: Visit = undefined;
    for (const reader of readers) {
      visit = reader.visit(el, ctx);
      if (visit) break;
    }
    if (visit === 'claim') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
}
