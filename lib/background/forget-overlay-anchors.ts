// Earlier versions kept a copy of where each user-made action sits in browser.storage.local, one key per page;
// the store is their one owner now (it always kept them), so the copies go once, after an update.
import { browser } from 'wxt/browser';

const OLD_ANCHORS_PREFIX = 'overlay.anchors:';

/** Removes the old per-page anchor keys; resolves to how many there were. A storage area that fails keeps them. */
export async function forgetOverlayAnchors(): Promise<number> {
  try {
    const keys = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(OLD_ANCHORS_PREFIX));
    if (keys.length > 0) await browser.storage.local.remove(keys);
    return keys.length;
  } catch {
    return 0;
  }
}
