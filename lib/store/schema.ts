// The database layout and its versioned upgrade path: one named step per version, each run once, in order.
// Steps create stores, add or drop indexes and rewrite records; they never delete a record.
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { StoredPage, StoredTaskCore, type StoredTask, type UserMark } from '../model/stored-task';
import type { TaskStatus } from '../model/task';
import { originOfId, webOrigin } from '../sites/page-scope';
import { pageKeyOf } from './keys';
import { withIndexFields } from './merge';
import { rescoped } from './rescope';
import { recordSize, siteBytesKey } from './site-bytes';

export const DB_NAME = 'agendum';
export const DB_VERSION = 6;

export interface AgendumSchema extends DBSchema {
  tasks: {
    key: string;
    value: StoredTask;
    indexes: {
      pageKeys: string;
      effectiveStatus: TaskStatus;
      openDue: [string, string];
      personOpenDue: [string, string, string];
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
  unwrap(tasks).createIndex('series', 'wiki.series');
  tasks.createIndex('openDue', 'openDue');
  // Entries are [person, due] pairs, so one person's overdue tasks are a single key range.
  tasks.createIndex('personOpenDue', 'personOpenDue', { multiEntry: true });
  unwrap(tasks).createIndex('words', 'words', { multiEntry: true });
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
 * v4: ids and page keys namespaced by origin (lib/sites/page-scope.ts). Records read on an https origin on
 * its default port keep their ids; those read on http or another port move to `origin|id`, so no other
 * origin can reach them; page links to another origin than the one a task was read at are dropped. Pages
 * move to their new keys (archived tasks too), and what each site has stored is counted into `meta` for its
 * limit. A record that does not validate stays as it was.
 */
export async function upgradeToV4(tx: UpgradeTransaction): Promise<void> {
  const tasks = tx.objectStore('tasks');
  const pages = tx.objectStore('pages');
  const bytes = new Map<string, number>();
  const count = (site: string | undefined, size: number): void =>
    void (site && bytes.set(site, (bytes.get(site) ?? 0) + size));
  // Records that change key are moved after the walk, so the walk never meets one twice.
  const moved: Array<{ record: StoredTask; from: string }> = [];
  for (let cursor = await tasks.openCursor(); cursor; cursor = await cursor.continue()) {
    const parsed = StoredTaskCore.safeParse(cursor.value);
    if (!parsed.success) continue;
    const record = withIndexFields(rescoped(parsed.data));
    const json = JSON.stringify(record);
    count(originOfId(record.id), json.length);
    if (record.id === cursor.key) {
      // Most records keep their id and their page keys: only a changed one is written again.
      if (json !== JSON.stringify(cursor.value)) await cursor.update(record);
    } else {
      moved.push({ record, from: cursor.key });
      await cursor.delete();
    }
  }
  for (const { record, from } of moved) {
    // Two ids meeting in one namespace would take a hash collision; even then neither record is lost.
    const free = (await tasks.getKey(record.id)) === undefined;
    await tasks.put(free ? record : { ...record, id: from });
  }
  const movedPages: StoredPage[] = [];
  for (let cursor = await pages.openCursor(); cursor; cursor = await cursor.continue()) {
    const parsed = StoredPage.safeParse(cursor.value);
    if (!parsed.success) continue;
    const page = { ...parsed.data, key: pageKeyOf(parsed.data.url, parsed.data.pageId) };
    count(webOrigin(page.url), recordSize(page));
    if (page.key === cursor.key) continue;
    movedPages.push(page);
    await cursor.delete();
  }
  for (const page of movedPages) await pages.put(page);
  for (const [site, size] of bytes) await tx.objectStore('meta').put(size, siteBytesKey(site));
  // Archived tasks move too, so one a page shows again comes back under the id that page now gives it.
  const archive = tx.objectStore('archive');
  const archived: StoredTask[] = [];
  for (let cursor = await archive.openCursor(); cursor; cursor = await cursor.continue()) {
    const parsed = StoredTaskCore.safeParse(cursor.value);
    const record = parsed.success ? rescoped(parsed.data) : undefined;
    if (!record || record.id === cursor.key) continue;
    archived.push(withIndexFields(record));
    await cursor.delete();
  }
  for (const record of archived) await archive.put(record);
}

/**
 * v5: status changes still to be written to a wiki, by the wiki's origin.
 * Only records holding one have the field, so the index stays as small as the queue. No record changes.
 */
export function upgradeToV5(tx: UpgradeTransaction): void {
  tx.objectStore('tasks').createIndex('wikiWriteOrigin', 'wikiWrite.origin');
}

/**
 * v6: the series and word indexes go, with the words each record carried for them: the popup filters and
 * searches what it has loaded, so no query read them, and every write paid an entry per word.
 */
export async function upgradeToV6(tx: UpgradeTransaction): Promise<void> {
  const tasks = unwrap(tx.objectStore('tasks'));
  tasks.deleteIndex('series');
  tasks.deleteIndex('words');
  for (const name of ['tasks', 'archive'] as const) {
    for (let cursor = await tx.objectStore(name).openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value && typeof cursor.value === 'object' && 'words' in cursor.value) {
        const { words: _words, ...record } = cursor.value as StoredTask & { words?: unknown };
        await cursor.update(record);
      }
    }
  }
}

/** The `upgradeneeded` handler: every step newer than `oldVersion`, in order, then the version in `meta`. */
export function upgradeAgendumDb(db: IDBDatabase, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) upgradeToV1(db);
  const migrated = (async () => {
    if (oldVersion < 2) await upgradeToV2(tx);
    if (oldVersion < 3) await upgradeToV3(db, tx);
    if (oldVersion < 4) await upgradeToV4(tx);
    if (oldVersion < 5) upgradeToV5(tx);
    if (oldVersion < 6) await upgradeToV6(tx);
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
