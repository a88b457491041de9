// Marks on the wiki's own elements: which action each one holds, and its state; an element several actions
// share only says so, and each of them is drawn on its own words (highlights.ts). Attributes only; never
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
/** An element that holds several actions (lines of one paragraph split by <br>, sentences of one paragraph). */
export const SHARED_ATTR = 'data-agendum-shared';
const MARK_ATTRS = [TASK_ATTR, STATE_ATTR, CURRENT_ATTR, FLASH_ATTR, SHARED_ATTR] as const;

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
      setAttr(el, SHARED_ATTR, null);
      marked++;
    }
  }
  return marked;
}

/** Marks an element several actions share: it carries no action's marks of its own. */
export function markShared(el: Element): void {
  for (const name of [TASK_ATTR, STATE_ATTR]) el.removeAttribute(name);
  setAttr(el, SHARED_ATTR, '');
}

/**
 * Which element carries whose marks: an element only one action stands in carries that action's (`claims`);
 * an element several stand in (lines of one paragraph split by <br>) is `shared`, with their ids in order.
 */
export function splitClaims(elements: Iterable<readonly [string, readonly Element[]]>): {
  claims: Map<string, Element[]>;
  shared: Map<Element, string[]>;
} {
  const holders = new Map<Element, string[]>();
  for (const [id, els] of elements) {
    for (const el of els) {
      const ids = holders.get(el);
      if (!ids) holders.set(el, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  }
  const claims = new Map<string, Element[]>();
  const shared = new Map<Element, string[]>();
  for (const [el, ids] of holders) {
    if (ids.length > 1) shared.set(el, ids);
    else claims.set(ids[0]!, [...(claims.get(ids[0]!) ?? []), el]);
  }
  return { claims, shared };
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
