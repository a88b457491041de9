// The floor the store benchmarks print beside Agendum's writes: records put with raw IndexedDB, no Agendum code.
import { unwrap } from 'idb';
import type { AgendumDb } from '../lib/store/index';

/** Runs `write` on the raw tasks store in one transaction and resolves once it has committed. */
export async function rawWrite(db: AgendumDb, write: (tasks: IDBObjectStore) => void): Promise<void> {
  // The raw transaction (the store's handle is not one idb can unwrap: it reopens its connection).
  const tx = unwrap(db.transaction('tasks', 'readwrite'));
  write(tx.objectStore('tasks'));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
}
