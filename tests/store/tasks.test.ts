import { describe, expect, it, vi } from 'vitest';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A, PAGE_B } from '../helpers/open-test-db';
import { StoreError } from '../../lib/store/errors';
import {
  addUserTask,
  getPage,
  getTask,
  getTasks,
  listTasks,
  readTasksInSlices,
  setUserFields,
  syncPage,
} from '../../lib/store/tasks';
import { recordSize, siteBytesKey } from '../../lib/store/site-bytes';
import { pageKeyOf } from '../../lib/store/keys';

const urlA = PAGE_A.url!;
const urlB = `${PAGE_B.url!}#tasks`;
const reportFacts = { isMeeting: false, series: undefined };
const t = (m: number): string => minute(m).toISOString();

describe('syncPage: first sync', () => {
  it('stores every task of the page with its location, and a page record', async () => {
    const { db } = await openTestDb();
    const result = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2, { status: 'done' })]), {
      url: urlA,
      now: minute(0),
    });
    expect(result).toMatchObject({
      added: [makeTask(1).id, makeTask(2).id],
      updated: [],
      gone: [],
      revived: [],
      skipped: [],
    });
    expect(result.tasks.map((task) => task.id)).toEqual([makeTask(1).id, makeTask(2).id]);
    const stored = await getTask(db, makeTask(1).id);
    expect(stored?.wiki).toMatchObject({ text: 'Send the minutes 1', series: 'Team sync', firstSeen: t(0) });
    expect(stored?.locations).toEqual([{ url: urlA, pageId: '100', title: PAGE_A.title, lastSeen: t(0) }]);
    expect(await db.get('pages', 'wiki.example.org:100')).toMatchObject({
      url: urlA,
      title: PAGE_A.title,
      counts: { tasks: 2, open: 1, done: 1 },
    });
  });
});

describe('syncPage: re-sync', () => {
  it('updates the wiki half and keeps every user field', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const patch = {
      mine: true,
      due: '2026-04-01',
      snoozeUntil: '2026-03-20',
      note: 'call first',
      pinned: true,
      hidden: false,
    } as const;
    const edited = await setUserFields(db, makeTask(1).id, patch, minute(1));
    const changed = makeTask(1, {
      text: 'Send the revised minutes',
      assignees: [{ name: 'Tim Jenness' }],
      due: '2026-03-12',
      topic: 'Releases',
    });
    const result = await syncPage(db, makeExtraction(PAGE_A, [changed, makeTask(2)]), { url: urlA, now: minute(2) });
    expect(result).toMatchObject({ added: [], updated: [changed.id], gone: [], revived: [] });
    const stored = await getTask(db, changed.id);
    expect(stored?.wiki).toMatchObject({
      text: 'Send the revised minutes',
      assignees: [{ name: 'Tim Jenness' }],
      due: '2026-03-12',
      topic: 'Releases',
      firstSeen: t(0),
      lastSeen: t(2),
    });
    expect(stored?.user).toEqual(edited.user);
    expect(stored?.effectiveDue).toBe('2026-04-01');
  });
});

describe('syncPage: an unchanged revisit', () => {
  it('writes nothing within the hour, and records the sighting after it', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const soon = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(30) });
    expect(put).not.toHaveBeenCalled();
    expect(soon.tasks.map((task) => task.wiki.lastSeen)).toEqual([t(0), t(0)]);
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(61) });
    expect((await getTask(db, makeTask(1).id))?.locations[0]?.lastSeen).toBe(t(61));
    expect(await db.get('pages', 'wiki.example.org:100')).toMatchObject({ lastSeen: t(61) });
  });

  it('writes the page record when the visit changed what it says', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(5) });
    expect(await db.get('pages', 'wiki.example.org:100')).toMatchObject({ lastSeen: t(5), counts: { tasks: 1 } });
  });
});

describe('syncPage: gone and revived', () => {
  it('marks a task missing from its page gone, keeps it, and revives it when it is back', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const without = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(5) });
    expect(without.gone).toEqual([makeTask(2).id]);
    expect((await getTask(db, makeTask(2).id))?.goneAt).toBe(t(5));

    const again = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(6) });
    expect(again.gone).toEqual([]);
    expect((await getTask(db, makeTask(2).id))?.goneAt).toBe(t(5));

    const back = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(9) });
    expect(back).toMatchObject({ added: [], revived: [makeTask(2).id] });
    expect((await getTask(db, makeTask(2).id))?.goneAt).toBeUndefined();
  });
});

describe('syncPage: one task on two pages', () => {
  it('keeps a task seen on its own page and on a Task Report as one record with both locations', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) });
    const reported = makeTask(1, { origin: 'task-report', topic: undefined });
    const result = await syncPage(db, makeExtraction(PAGE_B, [reported], reportFacts), { url: urlB, now: minute(1) });
    expect(result.added).toEqual([]);
    expect((await listTasks(db)).tasks).toHaveLength(1);
    const stored = await getTask(db, reported.id);
    expect(stored?.locations.map((l) => l.url)).toEqual([urlA, urlB]);
    expect(stored?.wiki).toMatchObject({ origin: 'inline-task', topic: 'Status', series: 'Team sync' });
    expect(await db.getAllKeysFromIndex('tasks', 'pageKeys', pageKeyOf(PAGE_B.url!, '200'))).toEqual([reported.id]);
  });

  it('does not mark a task gone when only the report drops it', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) });
    await syncPage(db, makeExtraction(PAGE_B, [makeTask(1)], reportFacts), { url: urlB, now: minute(1) });
    const result = await syncPage(db, makeExtraction(PAGE_B, [], reportFacts), { url: urlB, now: minute(2) });
    expect(result.gone).toEqual([]);
    const stored = await getTask(db, makeTask(1).id);
    expect(stored?.goneAt).toBeUndefined();
    expect(stored?.locations[1]?.goneAt).toBe(t(2));
    expect(await db.getAllKeysFromIndex('tasks', 'pageKeys', pageKeyOf(PAGE_B.url!, '200'))).toEqual([]);
  });
});

describe('conflict rule, through the store', () => {
  it('reopens a task the user closed when the wiki reopens it later, saying the wiki decided', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { status: 'done' })]), { url: urlA, now: minute(0) });
    await setUserFields(db, makeTask(1).id, { status: 'open' }, minute(1));
    expect(await getTask(db, makeTask(1).id)).toMatchObject({ effectiveStatus: 'open', statusSource: 'user' });
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { status: 'done' })]), { url: urlA, now: minute(2) });
    expect(await getTask(db, makeTask(1).id)).toMatchObject({ effectiveStatus: 'open', statusSource: 'user' });
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { status: 'open' })]), { url: urlA, now: minute(3) });
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { status: 'done' })]), { url: urlA, now: minute(4) });
    expect(await getTask(db, makeTask(1).id)).toMatchObject({ effectiveStatus: 'done', statusSource: 'wiki' });
  });
});

describe('concurrent syncs', () => {
  it('loses nothing when two tabs sync the same page at once', async () => {
    const { db } = await openTestDb();
    const first = syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const second = syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2), makeTask(3)]), {
      url: `${urlA}#top`,
      now: minute(0),
    });
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.added)).toEqual([[makeTask(1).id, makeTask(2).id], [makeTask(3).id]]);
    expect((await listTasks(db)).tasks.map((task) => task.id)).toEqual([1, 2, 3].map((n) => makeTask(n).id));
  });

  it('keeps both locations when a page and its report sync at once', async () => {
    const { db } = await openTestDb();
    await Promise.all([
      syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) }),
      syncPage(db, makeExtraction(PAGE_B, [makeTask(1)], reportFacts), { url: urlB, now: minute(0) }),
    ]);
    expect((await getTask(db, makeTask(1).id))?.locations.map((l) => l.pageId)).toEqual(['100', '200']);
  });

  it('keeps a user edit made while a sync runs', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) });
    await Promise.all([
      setUserFields(db, makeTask(1).id, { note: 'ask Tim' }, minute(1)),
      syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { text: 'Send the minutes now' })]), {
        url: urlA,
        now: minute(1),
      }),
    ]);
    expect(await getTask(db, makeTask(1).id)).toMatchObject({
      wiki: { text: 'Send the minutes now' },
      user: { note: 'ask Tim' },
    });
  });
});

describe('faults', () => {
  it('reports a full disk as a quota StoreError and leaves the stored data as it was', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) });
    const before = await listTasks(db);
    const pageBefore = await db.get('pages', 'wiki.example.org:100');
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const sync = syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { text: 'Changed' }), makeTask(2), makeTask(3)]), {
      url: urlA,
      now: minute(1),
    });
    await expect(sync).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/^Your browser's storage for Agendum is full/),
    });
    await expect(sync).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(await listTasks(db)).toEqual(before);
    expect(await db.get('pages', 'wiki.example.org:100')).toEqual(pageBefore);
  });

  it('skips and reports a stored record that fails validation, storing the rest', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const damaged = { ...(await getTask(db, makeTask(2).id)), wiki: { text: '' } };
    await db.put('tasks', damaged as never);
    const result = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { text: 'Changed' }), makeTask(2)]), {
      url: urlA,
      now: minute(1),
    });
    expect(result.updated).toEqual([makeTask(1).id]);
    expect(result.skipped).toEqual([{ id: makeTask(2).id, problem: expect.stringMatching(/^wiki\./) }]);
    expect(await db.get('tasks', makeTask(2).id)).toEqual(damaged);
    const listed = await listTasks(db);
    expect(listed.tasks.map((task) => task.id)).toEqual([makeTask(1).id]);
    expect(listed.skipped.map((s) => s.id)).toEqual([makeTask(2).id]);
    await expect(getTask(db, makeTask(2).id)).rejects.toMatchObject({ kind: 'invalid-record' });
  });

  it('validates what it writes: a stored record damaged only in a format is not rewritten, and is reported', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const stored = await getTask(db, makeTask(2).id);
    // Views read it (every field has the type they read), but it is not a valid record.
    const damaged = { ...stored!, wiki: { ...stored!.wiki, firstSeen: 'last Tuesday' } };
    await db.put('tasks', damaged);
    expect((await listTasks(db)).tasks.map((task) => task.id)).toEqual([makeTask(1).id, makeTask(2).id]);
    const result = await syncPage(
      db,
      makeExtraction(PAGE_A, [makeTask(1, { text: 'Changed' }), makeTask(2, { text: 'Changed too' })]),
      { url: urlA, now: minute(1) },
    );
    expect(result.updated).toEqual([makeTask(1).id]);
    expect(result.skipped).toEqual([{ id: makeTask(2).id, problem: expect.stringMatching(/^wiki\.firstSeen/) }]);
    expect(result.tasks.map((task) => task.wiki.text)).toEqual(['Changed', stored!.wiki.text]);
    expect(await db.get('tasks', makeTask(2).id)).toEqual(damaged);
    await expect(setUserFields(db, makeTask(2).id, { note: 'x' }, minute(2))).rejects.toMatchObject({
      kind: 'invalid-record',
    });
  });

  it('skips and reports an extracted task that fails validation', async () => {
    const { db } = await openTestDb();
    const bad = { ...makeTask(2), due: 'next Friday' };
    const result = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), bad]), { url: urlA, now: minute(0) });
    expect(result.added).toEqual([makeTask(1).id]);
    expect(result.skipped).toEqual([{ id: bad.id, problem: 'due: expected a date as YYYY-MM-DD' }]);
  });
});

describe('setUserFields', () => {
  it('returns the updated record and stores it', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) });
    const updated = await setUserFields(db, makeTask(1).id, { status: 'done' }, minute(3));
    expect(updated).toMatchObject({
      effectiveStatus: 'done',
      statusSource: 'user',
      user: { status: { value: 'done', at: t(3), completedAt: t(3) } },
    });
    expect(await getTask(db, makeTask(1).id)).toEqual(updated);
  });

  it('says a task that is not stored is not found', async () => {
    const { db } = await openTestDb();
    await expect(setUserFields(db, 'nope', { note: 'x' }, minute(0))).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('addUserTask', () => {
  const input = {
    text: 'Check the dashboards',
    url: `${urlA}#section`,
    pageTitle: PAGE_A.title,
    assignees: [{ name: 'Frossie Economou' }],
    due: '2026-03-15',
    note: 'from the notes',
    anchor: { exact: 'check the dashboards', prefix: 'we should ', suffix: ' before' },
  };

  it('stores an action made from a selection once, however often it is made', async () => {
    const { db } = await openTestDb();
    const made = await addUserTask(db, input, minute(0));
    expect(made.id.startsWith(`user:${urlA}:`)).toBe(true);
    expect(made.user).toMatchObject({ createdByUser: true, anchor: input.anchor, note: 'from the notes' });
    expect(await addUserTask(db, input, minute(5))).toEqual(made);
    expect((await listTasks(db)).tasks).toHaveLength(1);
  });

  it('gives different selections different ids', async () => {
    const { db } = await openTestDb();
    const a = await addUserTask(db, input, minute(0));
    const b = await addUserTask(db, { ...input, anchor: { ...input.anchor, suffix: ' after' } }, minute(0));
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ['with a page id', PAGE_A],
    ['known only by its url', { title: 'Plans', url: 'https://wiki.example.org/wiki/Plans' }],
  ])('is never marked gone by a sync of its page (%s)', async (_, page) => {
    const { db } = await openTestDb();
    const made = await addUserTask(db, { ...input, url: page.url! }, minute(0));
    const task = makeTask(1, { id: `${page.url!}:1`, sourcePage: page });
    await syncPage(db, makeExtraction(page, [task]), { url: page.url!, now: minute(1) });
    const result = await syncPage(db, makeExtraction(page, []), { url: page.url!, now: minute(2) });
    expect(result.gone).toEqual([task.id]);
    expect((await getTask(db, made.id))?.goneAt).toBeUndefined();
  });

  it('refuses an action without text', async () => {
    const { db } = await openTestDb();
    await expect(addUserTask(db, { ...input, text: '' }, minute(0))).rejects.toMatchObject({ kind: 'invalid-record' });
  });

  it('files an action made at another address of the page under the page’s own id and address, as its tasks are', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(0) });
    const seen = 'https://wiki.example.org/display/TEAM/Team+sync+2026-03-02#notes';
    const made = await addUserTask(db, { ...input, url: seen, pageId: PAGE_A.id, pageUrl: urlA }, minute(1));
    expect(made.id.startsWith('user:wiki.example.org:100:')).toBe(true);
    expect(made.wiki.sourcePage).toEqual({ id: PAGE_A.id, title: PAGE_A.title, url: urlA });
    expect(made.locations[0]).toMatchObject({ url: seen, pageId: PAGE_A.id });
    // One page: its key lists both, whichever address it is asked with.
    expect((await db.getAllKeysFromIndex('tasks', 'pageKeys', pageKeyOf(seen, PAGE_A.id))).sort()).toEqual(
      [made.id, makeTask(1).id].sort(),
    );
  });
});

describe('getTasks', () => {
  it('returns the stored ones of the ids asked for', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    expect((await getTasks(db, [makeTask(2).id, 'missing'])).tasks.map((task) => task.id)).toEqual([makeTask(2).id]);
  });
});

describe('syncPage: what a visit may say', () => {
  it('marks nothing gone when a visit that may not empty the page finds none of its tasks', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: urlA, now: minute(0) });
    const hidden = await syncPage(db, makeExtraction(PAGE_A, [makeTask(3)]), {
      url: urlA,
      now: minute(1),
      mayEmptyPage: false,
    });
    expect(hidden).toMatchObject({ gone: [], keptAll: true, added: [makeTask(3).id] });
    // One of them still there: the visit is the page's, and the other is gone.
    const partial = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), {
      url: urlA,
      now: minute(2),
      mayEmptyPage: false,
    });
    expect(partial).toMatchObject({ gone: [makeTask(2).id, makeTask(3).id], keptAll: false });
  });

  it('marks gone a task a report said was agreed on a page that, read itself, does not show it', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_B, [makeTask(1)], reportFacts), { url: urlB, now: minute(0) });
    const result = await syncPage(db, makeExtraction(PAGE_A, [makeTask(2)]), { url: urlA, now: minute(1) });
    expect(result.gone).toEqual([makeTask(1).id]);
  });

  it('keeps the address that binds a page id when the page is reached by an address naming the id', async () => {
    const { db } = await openTestDb();
    const pretty = 'https://wiki.example.org/display/DM/Team+sync';
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: pretty, now: minute(0) });
    // An hour later, when the page's record is written again.
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url: urlA, now: minute(61) });
    expect(await getPage(db, 'wiki.example.org:100')).toMatchObject({ url: pretty, lastSeen: t(61) });
  });
});

describe('syncPage: what a site may store', () => {
  const site = (maxBytes: number) => ({ key: 'https://wiki.example.org', maxBytes });

  it('counts what each site stores and stores no new task past its limit, while keeping stored ones up to date', async () => {
    const { db } = await openTestDb();
    const first = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), {
      url: urlA,
      now: minute(0),
      site: site(1e9),
    });
    const counted = await db.get('meta', siteBytesKey('https://wiki.example.org'));
    expect(counted).toBe(recordSize(first.tasks[0]!) + recordSize((await getPage(db, 'wiki.example.org:100'))!));
    const full = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { text: 'Changed' }), makeTask(2)]), {
      url: urlA,
      now: minute(1),
      site: site(counted! + 10),
    });
    expect(full).toMatchObject({ refused: 1, added: [], updated: [makeTask(1).id] });
    expect(await getTask(db, makeTask(2).id)).toBeUndefined();
    expect((await getTask(db, makeTask(1).id))?.wiki.text).toBe('Changed');
  });

  it('says whether the visit added a page', async () => {
    const { db } = await openTestDb();
    expect((await syncPage(db, makeExtraction(PAGE_A, []), { url: urlA, now: minute(0) })).pageAdded).toBe(true);
    expect((await syncPage(db, makeExtraction(PAGE_A, []), { url: urlA, now: minute(1) })).pageAdded).toBe(false);
  });
});

describe('readTasksInSlices', () => {
  it('hands every record over once, a slice at a time, and reports the damaged ones', async () => {
    const { db } = await openTestDb();
    await syncPage(
      db,
      makeExtraction(
        PAGE_A,
        Array.from({ length: 7 }, (_, i) => makeTask(i + 1)),
      ),
      { url: urlA, now: minute(0) },
    );
    await db.put('tasks', { id: 'wiki.example.org:100:9', wiki: { text: 'damaged' } } as never);
    const slices: string[][] = [];
    const skipped = await readTasksInSlices(db, 3, async (tasks) => void slices.push(tasks.map((task) => task.id)));
    expect(slices.map((slice) => slice.length)).toEqual([3, 3, 1]);
    expect(slices.flat().sort()).toEqual(Array.from({ length: 7 }, (_, i) => makeTask(i + 1).id).sort());
    expect(skipped.map((record) => record.id)).toEqual(['wiki.example.org:100:9']);
  });
});
