// Marks on the wiki's own elements: which action each one holds, and its state. Attributes only; never
// touches the page's text, classes or box model. marks.css, which the manifest injects, draws them. Whether
// an action is the reader's is never written here: a page script reads every attribute and computed style
// of its own elements, so "yours" shows only in the control and the panel (closed shadow roots).
import { actionState } from '../actions/action-state';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';

export const TASK_ATTR = 'data-agendum-task';
const STATE_ATTR = 'data-agendum-state';
/** The action the panel or the keyboard is on. */
export const CURRENT_ATTR = 'data-agendum-current';
/** Set for a moment when an action is revealed (the CSS animates it). */
export const FLASH_ATTR = 'data-agendum-flash';
const MARK_ATTRS = [TASK_ATTR, STATE_ATTR, CURRENT_ATTR, FLASH_ATTR] as const;

function setAttr(el: Element, name: string, value: string | null): void {
  // Writing only on change keeps re-runs silent: no mutation records, no style recalculation.
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Marks every element holding a known action; elements of unknown ids are left alone.
 * Idempotent: on an already-marked DOM it changes nothing. Returns how many elements carry marks.
 */
export function applyMarks(
  elements: Iterable<readonly [string, readonly Element[]]>,
  actions: ReadonlyMap<string, Action>,
  today: IsoDate,
): number {
  let marked = 0;
  for (const [id, els] of elements) {
    const action = actions.get(id);
    if (!action) continue;
    const state = actionState(action, today);
    for (const el of els) {
      setAttr(el, TASK_ATTR, id);
      setAttr(el, STATE_ATTR, state);
      marked++;
    }
  }
  return marked;
}

/**
 * Each element once, under the first id that lists it: an element holding several actions (lines of one
 * paragraph split by <br>) carries the first one's marks; the others are still reachable from the panel.
 */
export function firstClaims(elements: Iterable<readonly [string, readonly Element[]]>): Map<string, Element[]> {
  const claimed = new Set<Element>();
  const claims = new Map<string, Element[]>();
  for (const [id, els] of elements) {
    const own = els.filter((el) => !claimed.has(el));
    for (const el of own) claimed.add(el);
    if (own.length > 0) claims.set(id, own);
  }
  return claims;
}

/** Removes our attributes from each of `elements` not in `keep`. */
export function unmark(elements: Iterable<Element>, keep: ReadonlySet<Element> = new Set()): void {
  for (const el of elements) {
    if (keep.has(el)) continue;
    for (const name of MARK_ATTRS) el.removeAttribute(name);
  }
}

/** Removes our attributes from `root` and everything under it, except from the elements in `keep`. */
export function clearMarks(root: ParentNode, keep: ReadonlySet<Element> = new Set()): void {
  const selector = MARK_ATTRS.map((name) => `[${name}]`).join(',');
  const found = [...root.querySelectorAll(selector)];
  if ('matches' in root && (root as Element).matches(selector)) found.push(root as Element);
  unmark(found, keep);
}
