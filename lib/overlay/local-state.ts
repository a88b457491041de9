// What the overlay keeps for itself in browser.storage.local: whether the page panel is open, and where the
// actions made from selected text stand (their text-quote anchors, per page). Never throws: a broken
// storage area costs a remembered panel state or an anchor, not the overlay.
import { browser } from 'wxt/browser';
import type { TextQuote } from '../messages/protocol';

const PANEL_KEY = 'overlay.panelOpen';
const ANCHORS_PREFIX = 'overlay.anchors:';

export interface StoredAnchor {
  /** The action's id, as the store answered `addAction`. */
  id: string;
  quote: TextQuote;
}

/** The page's address without its fragment: one page whichever heading the link pointed at. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

async function read(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch {
    return undefined;
  }
}

/** Collapsed unless the user left it open. */
export async function loadPanelOpen(): Promise<boolean> {
  return (await read(PANEL_KEY)) === true;
}

export async function savePanelOpen(open: boolean): Promise<void> {
  await browser.storage.local.set({ [PANEL_KEY]: open }).catch(() => undefined);
}

function isAnchor(value: unknown): value is StoredAnchor {
  const anchor = value as StoredAnchor | null;
  return (
    typeof anchor?.id === 'string' &&
    typeof anchor.quote?.exact === 'string' &&
    typeof anchor.quote.prefix === 'string' &&
    typeof anchor.quote.suffix === 'string'
  );
}

/** The anchors of the actions made on the page at `url`. */
export async function loadAnchors(url: string): Promise<StoredAnchor[]> {
  const value = await read(ANCHORS_PREFIX + pageKey(url));
  return Array.isArray(value) ? value.filter(isAnchor) : [];
}

/** Adds (or replaces, by action id) one anchor for the page at `url`. */
export async function saveAnchor(url: string, anchor: StoredAnchor): Promise<void> {
  const kept = (await loadAnchors(url)).filter((a) => a.id !== anchor.id);
  await browser.storage.local.set({ [ANCHORS_PREFIX + pageKey(url)]: [...kept, anchor] }).catch(() => undefined);
}
