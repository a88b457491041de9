// Notices text the user selects on the wiki page, for the "Add action" button. Reads the selection only;
// never changes it, and ignores selections in editable fields (the wiki's editor) and in our own UI.
import type { ContentScriptContext } from '#imports';
import { MAX_ACTION_TEXT } from '../model/limits';

export interface SelectionOptions {
  /** Whether a node is one we added: selecting or clicking in our own UI is not a page selection. */
  isOurs: (node: Node) => boolean;
  /**
   * A usable selection: a copy of its range (live, so it follows the DOM until the user acts on it), and
   * whether it was made with the keyboard (then the offer should take the focus, or no key could reach it).
   */
  onSelect: (range: Range, byKeyboard: boolean) => void;
  /** The selection went away or is not usable. */
  onClear: () => void;
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
/** Keys that end a keyboard selection (Shift+arrows, Ctrl+A). */
const SELECTING_KEYS = new Set([
  'Shift',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'a',
]);

/** The selection's range in `doc`, when it is page text a person could turn into an action. */
export function usableRange(doc: Document, isOurs: (node: Node) => boolean): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  if (!element || !doc.body?.contains(element) || isOurs(element) || element.closest(EDITABLE)) return null;
  const length = range.toString().trim().length;
  return length > 0 && length <= MAX_ACTION_TEXT ? range.cloneRange() : null;
}

/** Watches the user's selections in `doc` until `ctx` is invalidated. */
export function watchSelection(ctx: ContentScriptContext, doc: Document, options: SelectionOptions): void {
  const check = (event: Event): void => {
    // Clicks inside our UI (the Add action button itself) must not re-offer the same selection.
    const target = event.target as Node | null;
    if (target?.nodeType !== undefined && options.isOurs(target)) return;
    // After the browser has finished updating the selection for this mouseup or key.
    ctx.setTimeout(() => {
      const range = usableRange(doc, options.isOurs);
      if (range) options.onSelect(range, event.type === 'keyup');
      else options.onClear();
    }, 0);
  };
  ctx.addEventListener(doc, 'mouseup', check);
  ctx.addEventListener(doc, 'keyup', (event) => {
    if (SELECTING_KEYS.has(event.key)) check(event);
  });
}
