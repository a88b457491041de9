// The store's side of syncing with the wiki: a status change is queued only when the user changed the status
// and write-back is on, found by its wiki's origin, settled by how the write ended; pulled tasks merge in
// without duplicates and without touching the user's edits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getTask,
  mergeWikiTasks,
  pendingWikiWrites,
  setUserFields,
  settleWikiWrite,
  syncPage,
  holdWikiWrites,
  type AgendumDb,
} from '../../lib/store';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A } from '../helpers/open-test-db';

const WIKI = 'https://wiki.example.org';
let db: AgendumDb;

beforeEach(async () => {
  db = (await openTestDb()).db;
  await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2), makeTask(3, { status: 'done' })]), {
    url: PAGE_A.url!,
    now: minute(0),
  });
});
afterEach(() => db.close());

const id = (n: number) => makeTask(n).id;

describe('queuing a status change for the wiki', () => {
  it('queues the status the user set, by the wiki’s origin, in the same write as the change', async () => {
    const record = await setUserFields(db, id(1), { status: 'done' }, minute(5), { wikiOrigin: WIKI });
    expect(record.wikiWrite).toEqual({ origin: WIKI, status: 'done', at: minute(5).toISOString() });
    expect((await pendingWikiWrites(db, WIKI)).tasks.map((t) => t.id)).toEqual([id(1)]);
    expect((await pendingWikiWrites(db, 'https://other.example.org')).tasks).toEqual([]);
  });

  it('queues nothing for an edit that changed no status, nor without write-back', async () => {
    await setUserFields(db, id(1), { note: 'ask Raj' }, minute(5), { wikiOrigin: WIKI });
    await setUserFields(db, id(3), { status: 'done' }, minute(6), { wikiOrigin: WIKI });
    await setUserFields(db, id(2), { status: 'done' }, minute(7));
    expect((await pendingWikiWrites(db, WIKI)).tasks).toEqual([]);
  });

  it('keeps a queued write through a note, and replaces it with the newer status', async () => {
    await setUserFields(db, id(1), { status: 'done' }, minute(5), { wikiOrigin: WIKI });
    expect((await setUserFields(db, id(1), { note: 'sent' }, minute(6), { wikiOrigin: WIKI })).wikiWrite?.status).toBe(
      'done',
    );
    expect((await setUserFields(db, id(1), { status: 'open' }, minute(7), { wikiOrigin: WIKI })).wikiWrite).toEqual({
      origin: WIKI,
      status: 'open',
      at: minute(7).toISOString(),
    });
  });

  it('keeps the queued write when a page sync rewrites the wiki half', async () => {
    await setUserFields(db, id(1), { status: 'done' }, minute(5), { wikiOrigin: WIKI });
    await syncPage(
      db,
      makeExtraction(PAGE_A, [
        makeTask(1, { text: 'Send the minutes, amended' }),
        makeTask(2),
        makeTask(3, { status: 'done' }),
      ]),
      { url: PAGE_A.url!, now: minute(90) },
    );
    expect((await getTask(db, id(1)))?.wikiWrite?.status).toBe('done');
  });
});

describe('settling a write', () => {
  beforeEach(() => setUserFields(db, id(1), { status: 'done' }, minute(5), { wikiOrigin: WIKI }).then(() => undefined));
  const at = minute(5).toISOString();

  it('once on the wiki: the queue is empty and the wiki half says done, so the next sync changes nothing', async () => {
    const record = await settleWikiWrite(db, id(1), at, { kind: 'on-wiki', status: 'done' }, minute(6));
    expect(record).toMatchObject({
      effectiveStatus: 'done',
      wiki: { status: 'done', statusChangedAt: minute(6).toISOString() },
    });
    expect(record?.wikiWrite).toBeUndefined();
    expect((await pendingWikiWrites(db, WIKI)).tasks).toEqual([]);
  });

  it('held: kept, with the reason, the user’s status still in force', async () => {
    const record = await settleWikiWrite(db, id(1), at, { kind: 'held', problem: 'forbidden' }, minute(6));
    expect(record).toMatchObject({
      effectiveStatus: 'done',
      statusSource: 'user',
      wikiWrite: { status: 'done', problem: 'forbidden', triedAt: minute(6).toISOString() },
    });
    await holdWikiWrites(db, [id(1)], 'no-tab', minute(7));
    expect((await getTask(db, id(1)))?.wikiWrite?.problem).toBe('no-tab');
  });

  it('the wiki’s newer change: it wins and shows, and the write is dropped', async () => {
    const record = await settleWikiWrite(
      db,
      id(1),
      at,
      { kind: 'wiki-newer', status: 'open', changedAt: minute(8).toISOString() },
      minute(9),
    );
    expect(record).toMatchObject({ effectiveStatus: 'open', statusSource: 'wiki' });
    expect(record?.wikiWrite).toBeUndefined();
  });

  it('leaves a newer change of the user’s queued when an older write ends', async () => {
    await setUserFields(db, id(1), { status: 'open' }, minute(7), { wikiOrigin: WIKI });
    const record = await settleWikiWrite(db, id(1), at, { kind: 'on-wiki', status: 'done' }, minute(8));
    expect(record?.wikiWrite).toEqual({ origin: WIKI, status: 'open', at: minute(7).toISOString() });
  });
});

describe('merging pulled tasks', () => {
  it('adds tasks from pages never opened, seen on their own page, and reports them', async () => {
    const other = { id: '300', title: 'Planning', url: 'https://wiki.example.org/pages/viewpage.action?pageId=300' };
    const pulled = makeTask(7, { id: 'wiki.example.org:300:7', sourcePage: other, contentId: '300', topic: undefined });
    const result = await mergeWikiTasks(db, [pulled], minute(10));
    expect(result).toEqual({ added: [pulled.id], updated: [], skipped: [] });
    expect(await getTask(db, pulled.id)).toMatchObject({
      locations: [{ url: other.url, pageId: '300', title: 'Planning' }],
      effectiveStatus: 'open',
      wiki: { contentId: '300' },
    });
  });

  it('never duplicates a stored task: it takes the wiki’s status and due date, and keeps the page’s reading and the user’s edits', async () => {
    await setUserFields(db, id(1), { note: 'mine', due: '2026-04-01' }, minute(5));
    const result = await mergeWikiTasks(
      db,
      [
        makeTask(1, { text: 'Send the minutes 1 (as the list words it)', due: '2026-03-20', topic: undefined }),
        makeTask(2),
      ],
      minute(10),
    );
    expect(result).toEqual({ added: [], updated: [id(1)], skipped: [] });
    const record = await getTask(db, id(1));
    expect(record).toMatchObject({
      wiki: { text: 'Send the minutes 1', due: '2026-03-20', topic: 'Status' },
      user: { note: 'mine', due: '2026-04-01' },
      effectiveDue: '2026-04-01',
    });
  });

  it('skips a pulled task without a page address, saying why', async () => {
    const result = await mergeWikiTasks(
      db,
      [makeTask(8, { id: 'wiki.example.org:100:8', sourcePage: { id: '100', title: 'x' } })],
      minute(10),
    );
    expect(result.skipped).toEqual([
      { id: 'wiki.example.org:100:8', problem: 'the wiki gave no address for its page' },
    ]);
  });
});
