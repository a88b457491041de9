import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { StoredTask } from '../../lib/model/stored-task';
import { peopleKeys } from '../../lib/store/keys';
import { mergeSighting, type Sighting } from '../../lib/store/merge';
import { overdueAsOf } from '../../lib/store/queries';
import { DB_VERSION } from '../../lib/store/schema';
import { listTasks } from '../../lib/store/tasks';
import { applyUserPatch } from '../../lib/store/merge';
import { openDueSlice } from '../../lib/store/queries';
import { makeTask, minute, openTestDb, openV1Db, openV2Db, openV5Db, PAGE_A } from '../helpers/open-test-db';

const onA: Sighting = {
  location: { url: PAGE_A.url!, pageId: '100', title: PAGE_A.title },
  series: 'Team sync',
  now: minute(0).toISOString(),
};

/** A record as version 1 wrote it: a people field, no open-task, per-person or word fields. */
function asV1(record: StoredTask): unknown {
  const {
    openDue: _openDue,
    personOpenDue: _personOpenDue,
    sortText: _sortText,
    userMarks: _userMarks,
    ...v1
  } = record;
  return { ...v1, people: peopleKeys(record.wiki.assignees) };
}

/** A record as version 2 wrote it: person keys without sites or sort text, no sort text or user marks. */
function asV2(record: StoredTask): unknown {
  const { sortText: _sortText, userMarks: _userMarks, personOpenDue, ...v2 } = record;
  return {
    ...v2,
    personOpenDue: personOpenDue.filter(([key]) => !key.startsWith('@')).map(([key, due]) => [key, due]),
  };
}

const INDEXES = [
  'effectiveStatus',
  'goneAt',
  'openDue',
  'pageKeys',
  'personOpenDue',
  'snoozeUntil',
  'userMarks',
  'wikiWriteOrigin',
];

describe('upgrade from version 1', () => {
  const current = [
    mergeSighting(undefined, makeTask(1, { due: '2026-03-01' }), onA),
    mergeSighting(undefined, makeTask(2, { due: null, text: 'Draft the release notes' }), onA),
    mergeSighting(undefined, makeTask(3, { status: 'done' }), onA),
  ];

  it('keeps every record and makes it answer the new queries', async () => {
    const factory = new IDBFactory();
    (await openV1Db(factory, current.map(asV1))).close();
    const { db } = await openTestDb(factory);
    expect(db.version).toBe(DB_VERSION);
    const listed = await listTasks(db);
    expect(listed.skipped).toEqual([]);
    expect(listed.tasks.sort((a, b) => a.id.localeCompare(b.id))).toEqual(current);
    expect((await overdueAsOf(db, '2026-03-04')).tasks.map((task) => task.id)).toEqual([makeTask(1).id]);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    expect([...db.transaction('tasks').store.indexNames].sort()).toEqual(INDEXES);
  });

  it('keeps a version 1 record that does not validate as it was, and reports it when read', async () => {
    const factory = new IDBFactory();
    const damaged = { ...(asV1(current[0]!) as object), wiki: { text: 'no other fields' } };
    (await openV1Db(factory, [damaged, asV1(current[1]!)])).close();
    const { db } = await openTestDb(factory);
    expect(await db.get('tasks', current[0]!.id)).toEqual(damaged);
    const listed = await listTasks(db);
    expect(listed.tasks).toEqual([current[1]]);
    expect(listed.skipped.map((s) => s.id)).toEqual([current[0]!.id]);
  });
});

describe('upgrade from version 2', () => {
  const current = [
    mergeSighting(undefined, makeTask(1, { due: '2026-03-01' }), onA),
    applyUserPatch(
      mergeSighting(undefined, makeTask(2, { due: '2026-03-02' }), onA),
      { snoozeUntil: '2026-04-01', mine: false },
      minute(1).toISOString(),
    ),
    mergeSighting(undefined, makeTask(3, { status: 'done' }), onA),
  ];

  it('keeps every record, gives it the new fields once, and answers the new queries', async () => {
    const factory = new IDBFactory();
    (await openV2Db(factory, current.map(asV2))).close();
    const { db } = await openTestDb(factory);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    expect([...db.transaction('tasks').store.indexNames].sort()).toEqual(INDEXES);
    expect([...db.objectStoreNames].sort()).toEqual(['archive', 'meta', 'pages', 'tasks']);
    const listed = await listTasks(db);
    expect(listed.skipped).toEqual([]);
    expect(listed.tasks.sort((a, b) => a.id.localeCompare(b.id))).toEqual(current);
    expect(await db.getAllKeysFromIndex('tasks', 'snoozeUntil', IDBKeyRange.lowerBound('2026-03-04'))).toEqual([
      current[1]!.id,
    ]);
    expect(await db.getAllKeysFromIndex('tasks', 'userMarks', 'not-mine')).toEqual([current[1]!.id]);
    const overdue = await openDueSlice(db, { from: '0', to: '2026-03-04' }, 10);
    expect(overdue.count).toBe(2);
    expect(overdue.tasks.map((task) => task.id)).toEqual([current[0]!.id, current[1]!.id]);
  });

  it('keeps a version 2 record that does not validate as it was, and reports it when read', async () => {
    const factory = new IDBFactory();
    const damaged = { ...(asV2(current[0]!) as object), wiki: { text: 'no other fields' } };
    (await openV2Db(factory, [damaged, asV2(current[2]!)])).close();
    const { db } = await openTestDb(factory);
    expect(await db.get('tasks', current[0]!.id)).toEqual(damaged);
    const listed = await listTasks(db);
    expect(listed.tasks).toEqual([current[2]]);
    expect(listed.skipped).toEqual([{ id: current[0]!.id, problem: expect.stringMatching(/^wiki\./) }]);
  });
});

describe('upgrade from version 2: ids namespaced by origin', () => {
  const at = minute(0).toISOString();
  const seenAt = (url: string, pageId = '100'): Sighting => ({
    location: { url, pageId, title: 'Team sync' },
    now: at,
  });
  const https = mergeSighting(undefined, makeTask(1), onA);
  // The seed page served on a port: its base URL names another host, as such pages' ids did.
  const onPort = mergeSighting(
    undefined,
    makeTask(2, {
      id: 'confluence.lsstcorp.org:237:7',
      sourcePage: { id: '100', title: 'T', url: 'https://confluence.lsstcorp.org/pages/viewpage.action?pageId=100' },
    }),
    seenAt('http://127.0.0.1:8080/dmlt.html'),
  );
  const userMade = {
    ...mergeSighting(
      undefined,
      makeTask(3, { id: 'user:http://127.0.0.1:8080/dmlt.html:abc' }),
      seenAt('http://127.0.0.1:8080/dmlt.html'),
    ),
    user: { createdByUser: true, note: 'mine' },
  };
  const page = {
    key: '127.0.0.1:8080:100',
    url: 'http://127.0.0.1:8080/dmlt.html',
    wiki: 'confluence-server',
    pageId: '100',
    title: 'T',
    isMeeting: true,
    meetingDates: [],
    firstSeen: at,
    lastSeen: at,
    counts: { tasks: 1, open: 1, done: 0 },
  };

  it('keeps https ids, moves the others into their origin’s namespace with their user halves, and re-keys their pages', async () => {
    const factory = new IDBFactory();
    const edited = { ...onPort, user: { note: 'call Tim', updatedAt: at } };
    (await openV2Db(factory, [https, edited, userMade], [page])).close();
    const { db } = await openTestDb(factory);
    const ids = (await listTasks(db)).tasks.map((task) => task.id).sort();
    expect(ids).toEqual(
      [
        'http://127.0.0.1:8080|confluence.lsstcorp.org:237:7',
        'user:http://127.0.0.1:8080/dmlt.html:abc',
        https.id,
      ].sort(),
    );
    const moved = await db.get('tasks', 'http://127.0.0.1:8080|confluence.lsstcorp.org:237:7');
    expect(moved?.user).toEqual({ note: 'call Tim', updatedAt: at });
    // A link to another origin than the one it was read at is not kept.
    expect(moved?.wiki.sourcePage).toEqual({ id: '100', title: 'T' });
    expect(moved?.pageKeys).toEqual(['http://127.0.0.1:8080|100']);
    expect(await db.getAllKeys('pages')).toEqual(['http://127.0.0.1:8080|100']);
    expect(await db.get('tasks', https.id)).toEqual(https);
    expect(await db.get('meta', 'siteBytes:http://127.0.0.1:8080')).toBeGreaterThan(0);
    expect(await db.get('meta', 'siteBytes:https://wiki.example.org')).toBe(JSON.stringify(https).length);
  });
});

describe('upgrade from version 5', () => {
  it('drops the series and word indexes and the words every record carried for them, keeping every record', async () => {
    const factory = new IDBFactory();
    const current = [
      mergeSighting(undefined, makeTask(1), onA),
      mergeSighting(undefined, makeTask(2, { status: 'done' }), onA),
    ];
    const withWords = (record: StoredTask) => ({ ...record, words: ['send', 'minutes'] });
    const damaged = { id: 'wiki.example.org:100:9', wiki: { text: 'no other fields' }, words: ['no'] };
    (await openV5Db(factory, [...current.map(withWords), damaged], [withWords(current[1]!)])).close();
    const { db } = await openTestDb(factory);
    expect(await db.get('meta', 'schemaVersion')).toBe(DB_VERSION);
    expect([...db.transaction('tasks').store.indexNames].sort()).toEqual(INDEXES);
    const listed = await listTasks(db);
    expect(listed.tasks.sort((a, b) => a.id.localeCompare(b.id))).toEqual(current);
    expect(listed.tasks.some((task) => 'words' in task)).toBe(false);
    expect(await db.get('archive', current[1]!.id)).toEqual(current[1]);
    // A record that does not validate keeps everything but the words: reads still report it.
    expect(await db.get('tasks', damaged.id)).toEqual({ id: damaged.id, wiki: damaged.wiki });
    expect(listed.skipped.map((s) => s.id)).toEqual([damaged.id]);
  });
});
