import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { StoreError } from '../../lib/store/errors';
import { mergeSighting } from '../../lib/store/merge';
import { openAgendumDb } from '../../lib/store/open';
import { DB_VERSION } from '../../lib/store/schema';
import { getTask, listTasks, syncPage } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, openV1Db, PAGE_A } from '../helpers/open-test-db';

describe('openAgendumDb', () => {
  it('tells the UI when a tab holding the old version blocks the upgrade, then finishes with the data intact', async () => {
    const factory = new IDBFactory();
    const record = mergeSighting(undefined, makeTask(1), {
      location: { url: PAGE_A.url!, pageId: '100', title: PAGE_A.title },
      now: minute(0).toISOString(),
    });
    // The old tab's connection ignores requests to close.
    const oldTab = await openV1Db(factory, [record]);
    const blocked: StoreError[] = [];
    const opening = openAgendumDb({ factory, name: 'agendum-test', onBlocked: (error) => blocked.push(error) });
    await vi.waitFor(() => expect(blocked).toHaveLength(1));
    expect(blocked[0]).toMatchObject({ kind: 'blocked', message: expect.stringMatching(/another tab or window/) });
    oldTab.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    expect(await getTask(db, record.id)).toEqual(record);
  });

  it('steps aside for a newer version opened elsewhere, and then says to reload', async () => {
    const factory = new IDBFactory();
    const { db } = await openTestDb(factory);
    const newer = (await wrap(factory.open('agendum-test', DB_VERSION + 1))) as unknown as IDBDatabase;
    expect(newer.version).toBe(DB_VERSION + 1);
    await expect(listTasks(db)).rejects.toMatchObject({ kind: 'blocked', message: expect.stringMatching(/reload/) });
    newer.close();
  });

  it('refuses a database written by a newer Agendum with a message saying so', async () => {
    const factory = new IDBFactory();
    ((await wrap(factory.open('agendum-test', DB_VERSION + 1))) as unknown as IDBDatabase).close();
    await expect(openAgendumDb({ factory, name: 'agendum-test' })).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringMatching(/newer version/),
    });
  });

  it('opens itself again when the browser closes its connection', async () => {
    const factory = new IDBFactory();
    const requests: IDBOpenDBRequest[] = [];
    const open = factory.open.bind(factory);
    vi.spyOn(factory, 'open').mockImplementation((...args) => requests[requests.push(open(...args)) - 1]!);
    const { db } = await openTestDb(factory);
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: PAGE_A.url!, now: minute(0) });
    // What Firefox does to a connection when its storage fails or is cleared: close it and say so.
    forceCloseDatabase(requests[0]!.result as never);
    await vi.waitFor(async () => expect((await listTasks(db)).tasks).toHaveLength(1));
  });

  it('stays usable when the database is deleted under it (the browser cleared the extension’s data)', async () => {
    const factory = new IDBFactory();
    const { db } = await openTestDb(factory);
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: PAGE_A.url!, now: minute(0) });
    await new Promise((done) => (factory.deleteDatabase('agendum-test').onsuccess = done));
    await vi.waitFor(async () => expect((await listTasks(db)).tasks).toEqual([]));
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(2)]), { url: PAGE_A.url!, now: minute(1) });
    expect((await listTasks(db)).tasks.map((task) => task.id)).toEqual([makeTask(2).id]);
  });
});
