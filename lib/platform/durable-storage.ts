// Asking the browser to keep Agendum's IndexedDB when disk space runs low. With `unlimitedStorage` Chrome
// grants it without asking and Firefox counts the add-on's storage as persistent already; `persist()`
// exists only where there is a window (not in the MV3 service worker), so the extension's pages ask.

/**
 * Whether the browser keeps Agendum's storage under pressure (asked once per page, never throws). The parameter
 * is not called `storage`: WXT's import scan took that name for its storage API and bundled it into every page.
 */
export async function keepStorage(manager: StorageManager | undefined = navigator.storage): Promise<boolean> {
  try {
    if (!manager?.persist) return false;
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return false;
  }
}
