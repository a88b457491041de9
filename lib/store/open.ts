// Opens the one Agendum database through the upgrade path. Called from the extension's own pages and
// background only (a content script never opens IndexedDB); the factory is a parameter so tests isolate.
import { wrap } from 'idb';
import { BLOCKED_MESSAGE, StoreError, toStoreError } from './errors';
import { DB_NAME, DB_VERSION, upgradeAgendumDb, type AgendumDb, type UpgradeTransaction } from './schema';

export interface OpenOptions {
  name?: string;
  factory?: IDBFactory;
  /** Another tab or window holds the old version open: the upgrade waits for it (say so to the user). */
  onBlocked?: (error: StoreError) => void;
}

export async function openAgendumDb(options: OpenOptions = {}): Promise<AgendumDb> {
  try {
    const request = (options.factory ?? indexedDB).open(options.name ?? DB_NAME, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (tx) upgradeAgendumDb(request.result, event.oldVersion, wrap(tx) as unknown as UpgradeTransaction);
    });
    request.addEventListener('blocked', () => options.onBlocked?.(new StoreError('blocked', BLOCKED_MESSAGE)));
    const db = (await wrap(request)) as unknown as AgendumDb;
    // A newer Agendum elsewhere wants to upgrade: step aside instead of blocking it; later calls here say to reload.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } catch (error) {
    throw toStoreError(error);
  }
}
