// The marks of one page session: where each action stands (the scan's elements and the holders of anchored
// quotes), which element carries whose marks, which action is current; marks go on 100 per drawn frame.
// An element several actions share carries none of theirs: each is drawn on its own words (action-ranges.ts,
// highlights.ts). Attributes and highlights only; clear() takes every one of them off the page.
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { actionState, type MarkState } from '../actions/action-state';
import { rangeAt, sharedRanges } from './action-ranges';
import { clearHighlights, paintHighlights } from './highlights';
import { inFrames, type MainThread } from './main-thread';
import {
  applyMarks,
  clearMarks,
  CURRENT_ATTR,
  FLASH_ATTR,
  markShared,
  SHARED_ATTR,
  splitClaims,
  TASK_ATTR,
  unmark,
} from './marks';

/**
 * Elements marked per frame. On a very big page the browser's frame after any change is long in itself, and
 * marks applied between two frames all land in the next one: so marking waits for each frame to be drawn.
 * The first batch shares its frame with the browser's own first paint after the load (its page-text capture
 * and a commit of ~10 ms): on the 100x page 200 marks made that frame 36–61 ms less the capture, 100 make it
 * 34–42 ms and the others 17–36 ms, for ~150 ms more in all.
 */
const MARKS_PER_FRAME = 100;
const FLASH_MS = 1300;

export interface MarkPainter {
  /**
   * Where each action stands now (the page may have re-rendered): replaces the last placement. `quoted`: where
   * the words of actions made from selected text stand, so that they are drawn on them in a shared element.
   */
  locate(elements: Map<string, Element[]>, quoted?: Map<string, Range>): void;
  /** Places one more action (made from selected text) at `holder`, its words at `range`, unless it already stands somewhere. */
  add(id: string, holder: Element, range?: Range): void;
  /** Takes stale marks off, then marks every placed action in frames; resolves false when the context went. */
  paintAll(actions: ReadonlyMap<string, Action>, today: IsoDate): Promise<boolean>;
  /** Redraws one action's marks at once (after an edit). */
  paint(id: string, actions: ReadonlyMap<string, Action>, today: IsoDate): void;
  /** The action's first element still on the page. */
  element(id: string): Element | undefined;
  /** What the action is drawn on: its own words where it shares its element, else its element. */
  target(id: string): Element | Range | undefined;
  /** The action drawn under the point, `over` being the element the pointer is over. */
  actionAt(over: Element, x: number, y: number): string | undefined;
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
  const view = doc.defaultView;
  let elements = new Map<string, Element[]>();
  let quoted = new Map<string, Range>();
  /** The elements that carry each action's marks (held by it alone). */
  let claims = new Map<string, Element[]>();
  /** Elements several actions share, with their ids. */
  let shared = new Map<Element, string[]>();
  /** Each action drawn on its own words, and its state as last drawn. */
  let ranges = new Map<string, Range>();
  const states = new Map<string, MarkState>();
  let currentId: string | undefined;

  const element = (id: string): Element | undefined => elements.get(id)?.find((el) => el.isConnected);
  const drawRanges = (): void => paintHighlights(view, ranges, (id) => states.get(id), currentId);
  function setCurrent(id: string | undefined): void {
    for (const el of doc.body.querySelectorAll(`[${CURRENT_ATTR}]`)) el.removeAttribute(CURRENT_ATTR);
    const redraw = ranges.has(id ?? '') || ranges.has(currentId ?? '');
    currentId = id;
    for (const el of id ? (claims.get(id) ?? []) : []) el.setAttribute(CURRENT_ATTR, '');
    if (redraw) drawRanges();
  }
  function stateOfRanges(actions: ReadonlyMap<string, Action>, today: IsoDate): void {
    states.clear();
    for (const id of ranges.keys()) {
      const action = actions.get(id);
      if (action) states.set(id, actionState(action, today));
    }
  }

  return {
    locate(located, ranged = new Map()) {
      elements = located;
      quoted = ranged;
    },
    add(id, holder, range) {
      if (claims.has(id) || elements.has(id)) return;
      elements.set(id, [holder]);
      if (range) quoted.set(id, range);
      ({ claims, shared } = splitClaims(elements));
    },
    async paintAll(actions, today) {
      const before = [...claims.values(), [...shared.keys()]].flat();
      ({ claims, shared } = splitClaims(elements));
      ranges = sharedRanges(shared, (id) => actions.get(id)?.text, quoted);
      // Only elements this script marked can carry stale marks: no search of the whole page for them.
      unmark(before, new Set([...claims.values(), [...shared.keys()]].flat()));
      for (const el of shared.keys()) markShared(el);
      stateOfRanges(actions, today);
      drawRanges();
      return inFrames(ctx, [...claims], MARKS_PER_FRAME, (batch) => applyMarks(batch, actions, today));
    },
    paint(id, actions, today) {
      if (!ranges.has(id)) return void applyMarks([[id, claims.get(id) ?? []]], actions, today);
      stateOfRanges(actions, today);
      drawRanges();
    },
    element,
    target: (id) => ranges.get(id) ?? element(id),
    actionAt(over, x, y) {
      const marked = over.closest(`[${TASK_ATTR}],[${SHARED_ATTR}]`);
      const holder = marked && shared.get(marked);
      if (!holder) return marked?.getAttribute(TASK_ATTR) ?? undefined;
      return rangeAt(
        holder.flatMap((id) => (ranges.has(id) ? [[id, ranges.get(id)!] as const] : [])),
        x,
        y,
      );
    },
    placed: () => elements.keys(),
    current: () => currentId,
    setCurrent,
    reveal(id) {
      setCurrent(id);
      const el = element(id);
      if (!el) return false;
      const still = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      el.setAttribute(FLASH_ATTR, '');
      ctx.setTimeout(() => el.removeAttribute(FLASH_ATTR), FLASH_MS);
      return true;
    },
    clear: () => {
      clearMarks(doc.documentElement);
      clearHighlights(view);
    },
  };
}
