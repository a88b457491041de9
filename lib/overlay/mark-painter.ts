// The marks of one page session: where each action stands (the scan's elements and the holders of anchored
// quotes), which element carries whose marks, which action is current; marks go on 200 per drawn frame.
// Attributes only (marks.ts); clear() takes every one of them off the page.
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { inFrames, type MainThread } from './main-thread';
import { applyMarks, clearMarks, CURRENT_ATTR, firstClaims, FLASH_ATTR, unmark } from './marks';

/**
 * Elements marked per frame. On a very big page the browser's frame after any change is long in itself, and
 * marks applied between two frames all land in the next one: so marking waits for each frame to be drawn.
 */
const MARKS_PER_FRAME = 200;
const FLASH_MS = 1300;

export interface MarkPainter {
  /** Where each action stands now (the page may have re-rendered): replaces the last placement. */
  locate(elements: Map<string, Element[]>): void;
  /** Places one more action (made from selected text) at `holder`, unless it already stands somewhere. */
  add(id: string, holder: Element): void;
  /** Takes stale marks off, then marks every placed action in frames; resolves false when the context went. */
  paintAll(actions: ReadonlyMap<string, Action>, today: IsoDate): Promise<boolean>;
  /** Redraws one action's marks at once (after an edit). */
  paint(id: string, actions: ReadonlyMap<string, Action>, today: IsoDate): void;
  /** The action's first element still on the page. */
  element(id: string): Element | undefined;
  /** Every placed action's id, in page order. */
  placed(): Iterable<string>;
  /** The action the panel or the keyboard is on, outlined on the page. */
  current(): string | undefined;
  setCurrent(id: string | undefined): void;
  /** Makes the action current and, when it stands on the page, scrolls to it and flashes it; false when it does not. */
  reveal(id: string): boolean;
  /** Takes every mark of ours off the page. */
  clear(): void;
}

export function createMarkPainter(ctx: MainThread, doc: Document): MarkPainter {
  let elements = new Map<string, Element[]>();
  /** The elements that carry each action's marks (an element shared by several actions carries the first's). */
  let claims = new Map<string, Element[]>();
  let currentId: string | undefined;

  const element = (id: string): Element | undefined => elements.get(id)?.find((el) => el.isConnected);
  function setCurrent(id: string | undefined): void {
    for (const el of doc.body.querySelectorAll(`[${CURRENT_ATTR}]`)) el.removeAttribute(CURRENT_ATTR);
    currentId = id;
    for (const el of id ? (elements.get(id) ?? []) : []) el.setAttribute(CURRENT_ATTR, '');
  }

  return {
    locate(located) {
      elements = located;
    },
    add(id, holder) {
      if (claims.has(id) || elements.has(id)) return;
      elements.set(id, [holder]);
      claims = firstClaims(elements);
    },
    async paintAll(actions, today) {
      const before = claims;
      claims = firstClaims(elements);
      // Only elements this script marked can carry stale marks: no search of the whole page for them.
      unmark([...before.values()].flat(), new Set([...claims.values()].flat()));
      return inFrames(ctx, [...claims], MARKS_PER_FRAME, (batch) => applyMarks(batch, actions, today));
    },
    paint(id, actions, today) {
      applyMarks([[id, claims.get(id) ?? []]], actions, today);
    },
    element,
    placed: () => elements.keys(),
    current: () => currentId,
    setCurrent,
    reveal(id) {
      setCurrent(id);
      const el = element(id);
      if (!el) return false;
      const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      el.setAttribute(FLASH_ATTR, '');
      ctx.setTimeout(() => el.removeAttribute(FLASH_ATTR), FLASH_MS);
      return true;
    },
    clear: () => clearMarks(doc.documentElement),
  };
}
