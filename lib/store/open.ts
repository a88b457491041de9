// Opens the one Agendum database through the upgrade path, and keeps it open: a connection the browser
// closes (Firefox does on storage errors and when data is cleared) or that steps aside for an upgrade is
// opened again, so the background never needs a restart. Called from the extension's own pages and
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

/**
 * The database, as one handle that stays usable: every call goes to the current connection, and a closed one
 * is replaced as soon as it closes. Calls made while it is being replaced fail with a StoreError saying so.
 * idb's `unwrap` does not know this handle: unwrap the transactions it opens instead.
 */
export async function openAgendumDb(options: OpenOptions = {}): Promise<AgendumDb> {
  let current = await openConnection(options);
  const reopen = (): void => {
    openConnection(options).then(
      (db) => {
        current = db;
        watch(db);
      },
      // A newer Agendum upgraded the database: this context's code is stale, and its calls say to reload.
      () => undefined,
    );
  };
  const watch = (db: AgendumDb): void => {
    db.addEventListener('close', reopen, { once: true });
    // A newer Agendum elsewhere wants to upgrade (or the database is being deleted): step aside, then come back.
    db.addEventListener(
      'versionchange',
      () => {
        db.close();
        reopen();
      },
      { once: true },
    );
  };
  watch(current);
  return new Proxy(current, {
    get: (_, property) => {
      const value: unknown = Reflect.get(current, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}

async function openConnection(options: OpenOptions): Promise<AgendumDb> {
  try {
    const request = (options.factory ?? indexedDB).open(options.name ?? DB_NAME, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (tx) upgradeAgendumDb(request.result, event.oldVersion, wrap(tx) as unknown as UpgradeTransaction);
    });
    request.addEventListener('blocked', () => options.onBlocked?.(new StoreError('blocked', BLOCKED_MESSAGE)));
    return (await wrap(request)) as unknown as AgendumDb;
  } catch (error) {
    throw toStoreError(error);
  }
}
