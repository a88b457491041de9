// The interface every reader of the walk implements: task sources, the agenda and the heading tracker.
import type { ExtractContext } from './context';

/**
 * 'claim': the reader consumed the element and everything in it; later readers skip it and the walk does
 * not enter it. 'taken': later readers skip the element, but the walk still enters its children
 * (a checklist item whose nested list holds more items).
 */
export type Visit = 'claim' | 'taken' | void;

export interface Reader {
  name: string;
  /** The upper-case tags this reader reads; the walk never offers it other elements. All when absent. */
  tags?: ReadonlySet<string>;
  /** Called once per element in document order. */
  visit(el: Element, ctx: ExtractContext): Visit;
}
