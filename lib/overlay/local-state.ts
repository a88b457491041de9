// What the overlay keeps for itself in browser.storage.local: whether the page panel is open. Never throws:
// a broken storage area costs a remembered panel state, not the overlay. (Where a user-made action sits is
// the store's: the background's replies carry it.)
import { browser } from 'wxt/browser';

const PANEL_KEY = 'overlay.panelOpen';

/** Collapsed unless the user left it open. */
export async function loadPanelOpen(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(PANEL_KEY))[PANEL_KEY] === true;
  } catch {
    return false;
  }
}

export async function savePanelOpen(open: boolean): Promise<void> {
  await browser.storage.local.set({ [PANEL_KEY]: open }).catch(() => undefined);
}
