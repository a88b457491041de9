// Asking the browser to keep Agendum's IndexedDB when disk space runs low. With `unlimitedStorage` Chrome
// grants it without asking and Firefox counts the add-on's storage as persistent already; `persist()`
// exists only where there is a window (not in the MV3 service worker), so the extension's pages ask.

/** Whether the browser keeps Agendum's storage under pressure (asked once per page, never throws). */
export async function keepStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
