// The database layout and its versioned upgrade path: one named step per version, each run once, in order.
// Steps create stores, add or drop indexes and rewrite records; they never delete a record.
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoredTaskCore, type StoredPage, type StoredTask, type UserMark } from '../model/stored-task';
import type { TaskStatus } from '../model/task';
import { withIndexFields } from './merge';

export const DB_NAME = 'agendum';
export const DB_VERSION = 5;

export interface AgendumSchema extends DBSchema {
  tasks: {
    key: string;
    value: StoredTask;
    indexes: {
      pageKeys: string;
      effectiveStatus: TaskStatus;
      series: string;
      openDue: [string, string];
      personOpenDue: [string, string, string];
      words: string;
      wikiWriteOrigin: string;
      userMarks: UserMark;
      snoozeUntil: string;
      goneAt: string;
    };
  };
  pages: { key: string; value: StoredPage };
  /** Tasks the retention setting archived: gone from their page for long and never touched; kept, never listed. */
  archive: { key: string; value: StoredTask };
  /** `schemaVersion` → the version the last upgrade wrote. */
  meta: { key: string; value: number };
}

export type AgendumDb = IDBPDatabase<AgendumSchema>;
export type UpgradeTransaction = IDBPTransaction<AgendumSchema, StoreNames<AgendumSchema>[], 'versionchange'>;

/**
 * v1, the first shipped layout: tasks by id with people, page, status and due-date indexes; pages by key;
 * meta. On the raw IDBDatabase, as its index names are not the current schema's.
 */
export function upgradeToV1(db: IDBDatabase): void {
  const tasks = db.createObjectStore('tasks', { keyPath: 'id' });
  tasks.createIndex('people', 'people', { multiEntry: true });
  tasks.createIndex('pageKeys', 'pageKeys', { multiEntry: true });
  tasks.createIndex('effectiveStatus', 'effectiveStatus');
  tasks.createIndex('effectiveDue', 'effectiveDue');
  db.createObjectStore('pages', { keyPath: 'key' });
  db.createObjectStore('meta');
}

/**
 * v2: the series index, and the open-task, per-person and word indexes the UI's queries read; the v1 people
 * and due-date indexes go (every sync paid a write for each entry, and no query reads them). Every v1 record
 * gets the new fields through a cursor; one that does not validate is left as it was (reads report it).
 */
export async function upgradeToV2(tx: UpgradeTransaction): Promise<void> {
  const tasks = tx.objectStore('tasks');
  const raw = unwrap(tasks);
  raw.deleteIndex('people');
  raw.deleteIndex('effectiveDue');
  tasks.createIndex('series', 'wiki.series');
  tasks.createIndex('openDue', 'openDue');
  // Entries are [person, due] pairs, so one person's overdue tasks are a single key range.
  tasks.createIndex('personOpenDue', 'personOpenDue', { multiEntry: true });
  tasks.createIndex('words', 'words', { multiEntry: true });
  for (let cursor = await tasks.openCursor(); cursor; cursor = await cursor.continue()) {
    const parsed = StoredTaskCore.safeParse(cursor.value);
    if (parsed.success) await cursor.update(withIndexFields(parsed.data));
  }
}

/**
 * v3, for views that read index ranges instead of every record: open tasks in the popup's order (due date,
 * then `sortText`), person keys also scoped to the task's site and carrying that order, the few records with
 * user marks (mine, not mine, hidden, made by the user), snoozes by date, the gone-since index retention reads,
 * and the archive store.
 * Every record is validated once here and gets the new fields; one that does not validate is left as it was.
 */
export async function upgradeToV3(db: IDBDatabase, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore('archive', { keyPath: 'id' });
  const tasks = tx.objectStore('tasks');
  unwrap(tasks).deleteIndex('openDue');
  tasks.createIndex('openDue', ['openDue', 'sortText']);
  tasks.createIndex('userMarks', 'userMarks', { multiEntry: true });
  tasks.createIndex('snoozeUntil', 'user.snoozeUntil');
  tasks.createIndex('goneAt', 'goneAt');
  for (let cursor = await tasks.openCursor(); cursor; cursor = await cursor.continue()) {
    const parsed = StoredTaskCore.safeParse(cursor.value);
    if (parsed.success) await cursor.update(withIndexFields(parsed.data));
  }
}

/**
 * v5 (v4 is another change's number): status changes still to be written to a wiki, by the wiki's origin.
 * Only records holding one have the field, so the index stays as small as the queue. No record changes.
 */
export function upgradeToV5(tx: UpgradeTransaction): void {
  tx.objectStore('tasks').createIndex('wikiWriteOrigin', 'wikiWrite.origin');
}

/** The `upgradeneeded` handler: every step newer than `oldVersion`, then the version in `meta`. */
export function upgradeAgendumDb(db: IDBDatabase, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) upgradeToV1(db);
  const migrated = (async () => {
    if (oldVersion < 2) await upgradeToV2(tx);
    if (oldVersion < 3) await upgradeToV3(db, tx);
    if (oldVersion < 5) upgradeToV5(tx);
  })();
  migrated
    .then(() => tx.objectStore('meta').put(DB_VERSION, 'schemaVersion'))
    .catch(() => {
      // Abort the whole upgrade (a failed request may already have): opening rejects, the old data stays.
      try {
        tx.abort();
      } catch {
        // Already aborted.
      }
    });
}
