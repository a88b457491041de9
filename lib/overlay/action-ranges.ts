// Several actions in one element (lines of a paragraph split by <br>, sentences of a MediaWiki paragraph):
// each is found on its own words inside it, so each is drawn, hovered and outlined apart.
import { runToEnd } from './main-thread';
import { findQuotes } from './text-quote';

/**
 * Each action's words inside the element it shares with others: a user-made action at its quote (`quoted`),
 * any other where its text stands in the element (also approximately: the page may word it a little
 * differently). An action whose words are not found has no range; the panel still reaches it.
 */
export function sharedRanges(
  shared: ReadonlyMap<Element, readonly string[]>,
  textOf: (id: string) => string | undefined,
  quoted: ReadonlyMap<string, Range>,
): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (const [el, ids] of shared) {
    const sought = ids.filter((id) => !quoted.has(id) && textOf(id));
    const found = runToEnd(
      findQuotes(
        el,
        sought.map((id) => ({ exact: textOf(id)!, prefix: '', suffix: '' })),
      ),
    );
    sought.forEach((id, i) => {
      const range = found[i];
      if (range) ranges.set(id, range);
    });
    for (const id of ids) {
      const range = quoted.get(id);
      if (range) ranges.set(id, range);
    }
  }
  return ranges;
}

/**
 * The action whose words are under the point (viewport coordinates): one whose text boxes hold it, else the
 * nearest on the same line (the point is on the line's marker, "ACTION:", or past its end).
 */
export function rangeAt(ranges: Iterable<readonly [string, Range]>, x: number, y: number): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const [id, range] of ranges) {
    for (const rect of range.getClientRects()) {
      if (y < rect.top || y > rect.bottom) continue;
      const distance = x < rect.left ? rect.left - x : x > rect.right ? x - rect.right : 0;
      if (!best || distance < best.distance) best = { id, distance };
    }
  }
  return best?.id;
}
