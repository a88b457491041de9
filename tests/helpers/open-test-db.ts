// A fresh Agendum database on its own fake-indexeddb factory per call (tests never share state), and
// builders for the pages and tasks a sync receives.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import type { PageExtraction } from '../../lib/model/extraction';
import type { PageFacts, PageRef } from '../../lib/model/page';
import type { Task } from '../../lib/model/task';
import { openAgendumDb } from '../../lib/store/open';
import {
  upgradeToV1,
  upgradeToV2,
  upgradeToV3,
  upgradeToV4,
  upgradeToV5,
  type AgendumDb,
  type UpgradeTransaction,
} from '../../lib/store/schema';

export interface TestDb {
  db: AgendumDb;
  factory: IDBFactory;
}

export async function openTestDb(factory = new IDBFactory()): Promise<TestDb> {
  return { db: await openAgendumDb({ factory, name: 'agendum-test' }), factory };
}

/** A database as the first shipped version left it: the v1 step only, holding `records` as v1 wrote them. */
export async function openV1Db(factory: IDBFactory, records: unknown[]): Promise<IDBDatabase> {
  const request = factory.open('agendum-test', 1);
  request.addEventListener('upgradeneeded', () => upgradeToV1(request.result));
  const db = (await wrap(request)) as unknown as AgendumDb;
  const tx = db.transaction('tasks', 'readwrite');
  for (const record of records) void tx.store.put(record as never);
  await tx.done;
  return db as unknown as IDBDatabase;
}

/** A database as version 2 left it (ids keyed by host alone): the v1 and v2 steps' stores and indexes, holding `tasks` and `pages` as given. */
export async function openV2Db(factory: IDBFactory, tasks: unknown[], pages: unknown[] = []): Promise<IDBDatabase> {
  const request = factory.open('agendum-test', 2);
  request.addEventListener('upgradeneeded', () => {
    upgradeToV1(request.result);
    void upgradeToV2(wrap(request.transaction!) as unknown as UpgradeTransaction);
  });
  const db = (await wrap(request)) as unknown as AgendumDb;
  const tx = db.transaction(['tasks', 'pages'], 'readwrite');
  for (const record of tasks) void tx.objectStore('tasks').put(record as never);
  for (const record of pages) void tx.objectStore('pages').put(record as never);
  await tx.done;
  return db as unknown as IDBDatabase;
}

/** A database as version 5 left it (every step up to v5, run as the upgrade ran them), holding `tasks` and `archived` as given. */
export async function openV5Db(factory: IDBFactory, tasks: unknown[], archived: unknown[] = []): Promise<IDBDatabase> {
  const request = factory.open('agendum-test', 5);
  request.addEventListener('upgradeneeded', () => {
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    upgradeToV1(request.result);
    void (async () => {
      await upgradeToV2(tx);
      await upgradeToV3(request.result, tx);
      await upgradeToV4(tx);
      upgradeToV5(tx);
    })();
  });
  const db = (await wrap(request)) as unknown as AgendumDb;
  const tx = db.transaction(['tasks', 'archive'], 'readwrite');
  for (const record of tasks) void tx.objectStore('tasks').put(record as never);
  for (const record of archived) void tx.objectStore('archive').put(record as never);
  await tx.done;
  return db as unknown as IDBDatabase;
}

/** The meeting page tasks are agreed on. */
export const PAGE_A: PageRef = {
  id: '100',
  title: 'Team sync 2026-03-02',
  url: 'https://wiki.example.org/pages/viewpage.action?pageId=100',
};
/** A page holding a Task Report that lists page A's tasks. */
export const PAGE_B: PageRef = {
  id: '200',
  title: 'My tasks',
  url: 'https://wiki.example.org/pages/viewpage.action?pageId=200',
};

export function makeTask(n: number, overrides: Partial<Task> = {}): Task {
  return {
    id: `wiki.example.org:100:${n}`,
    taskId: String(n),
    text: `Send the minutes ${n}`,
    assignees: [{ name: 'Frossie Economou', username: 'frossie' }],
    due: '2026-03-10',
    status: 'open',
    origin: 'inline-task',
    sourcePage: PAGE_A,
    topic: 'Status',
    ...overrides,
  };
}

/** What extracting `page` yields when it shows `tasks`. */
export function makeExtraction(page: PageRef, tasks: Task[], facts: Partial<PageFacts> = {}): PageExtraction {
  return {
    page: {
      wiki: 'confluence-server',
      id: page.id,
      url: page.url,
      title: page.title,
      isMeeting: true,
      meetingDates: [],
      series: 'Team sync',
      ...facts,
    },
    agenda: [],
    tasks,
    suggestions: [],
  };
}

/** `minutes` after 2026-03-02 09:00 UTC: tests say when things happen, never read the clock. */
export function minute(minutes: number): Date {
  return new Date(Date.UTC(2026, 2, 2, 9, minutes));
}
