// How much the options page says is stored: the store's counts and the browser's estimate of the room the
// extension's storage takes on this device, and what each site stored.
import type { StoredSite } from '../model/stored-task';
import { openAgendumDb, storedCounts, storedSites } from '../store';

/** Tasks listed and archived, and the bytes the extension's storage uses on this device when the browser says. */
export async function readStoreSize(): Promise<{ tasks: number; archived: number; bytes?: number }> {
  const db = await openAgendumDb();
  try {
    const counts = await storedCounts(db);
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    return { ...counts, ...(estimate?.usage === undefined ? {} : { bytes: estimate.usage }) };
  } finally {
    db.close();
  }
}

/** Every site with stored actions, most first, with about what its pages stored. */
export async function readStoredSites(): Promise<StoredSite[]> {
  const db = await openAgendumDb();
  try {
    return await storedSites(db);
  } finally {
    db.close();
  }
}
