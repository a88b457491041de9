// How much the options page says is stored: the store's counts and the browser's estimate of the room the
// extension's storage takes on this device.
import { openAgendumDb, storedCounts } from '../store';

/** What the store holds, as the options page shows it. */
export interface StoreSize {
  /** Actions listed (gone ones included). */
  tasks: number;
  /** Actions the retention setting archived. */
  archived: number;
  /** Bytes the extension's storage uses on this device, when the browser says. */
  bytes?: number;
}

export async function readStoreSize(): Promise<StoreSize> {
  const db = await openAgendumDb();
  try {
    const counts = await storedCounts(db);
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    return { ...counts, ...(estimate?.usage === undefined ? {} : { bytes: estimate.usage }) };
  } finally {
    db.close();
  }
}
