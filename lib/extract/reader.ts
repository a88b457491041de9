// The interface every reader of the walk implements: task sources, the agenda and the heading tracker.
import type { ExtractContext } from './context';

/**
 * 'claim': the reader consumed the element and everything in it; later readers skip it and the walk does
 * not enter it. 'taken': later readers skip the element, but the walk still enters its children
 * (a checklist item whose nested list holds more items). 'again': the element showed a language the page must be
 * prepared for first; the walk pauses and offers it again to every reader.
 */
export type Visit = 'claim' | 'taken' | 'again' | void;

export interface Reader {
  name: string;
  /** The upper-case tags this reader reads; the walk never offers it other elements. All when absent. */
  tags?: ReadonlySet<string>;
  /** Called once per element in document order. */
  visit(el: Element, ctx: ExtractContext): Visit;
}
