import { describe, expect, it } from 'vitest';
import { deleteTask, forgetPageOf, forgetSite, storedSites } from '../../lib/store/forget';
import { siteBytesKey } from '../../lib/store/site-bytes';
import { getTask, listTasks, syncPage } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A, PAGE_B } from '../helpers/open-test-db';

const WIKI = 'https://wiki.example.org';
const site = { key: WIKI, maxBytes: 1e9 };
const OTHER = 'https://notes.example.net/sync';

async function filled() {
  const { db } = await openTestDb();
  await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: PAGE_A.url!, now: minute(0), site });
  // Page B shows page A's task 1 in a Task Report, and has one of its own.
  const own = makeTask(3, { id: 'wiki.example.org:200:3', sourcePage: PAGE_B });
  await syncPage(db, makeExtraction(PAGE_B, [makeTask(1), own], { series: undefined }), {
    url: PAGE_B.url!,
    now: minute(1),
    site,
  });
  const elsewhere = makeTask(4, { id: `${OTHER}:4`, sourcePage: { title: 'Sync', url: OTHER } });
  await syncPage(db, makeExtraction({ title: 'Sync', url: OTHER }, [elsewhere]), {
    url: OTHER,
    now: minute(2),
    site: { ...site, key: 'https://notes.example.net' },
  });
  return db;
}

describe('forgetting by hand', () => {
  it('deletes one action and takes it off what its site has stored', async () => {
    const db = await filled();
    const before = (await db.get('meta', siteBytesKey(WIKI)))!;
    const size = JSON.stringify(await db.get('tasks', makeTask(2).id)).length;
    expect(await deleteTask(db, makeTask(2).id)).toBe(true);
    expect(await getTask(db, makeTask(2).id)).toBeUndefined();
    expect(await db.get('meta', siteBytesKey(WIKI))).toBe(before - size);
    expect(await deleteTask(db, makeTask(2).id)).toBe(false);
  });

  it('forgets a page: its record and the actions agreed on it; a task it only reported keeps its own page', async () => {
    const db = await filled();
    expect(await forgetPageOf(db, 'wiki.example.org:200:3')).toBe(1);
    expect(await db.get('pages', 'wiki.example.org:200')).toBeUndefined();
    expect(await getTask(db, 'wiki.example.org:200:3')).toBeUndefined();
    expect((await getTask(db, makeTask(1).id))?.locations.map((l) => l.pageId)).toEqual(['100']);
  });

  it('forgets a whole site and nothing of another', async () => {
    const db = await filled();
    expect(await storedSites(db)).toEqual([
      { origin: WIKI, actions: 3, bytes: (await db.get('meta', siteBytesKey(WIKI)))! },
      { origin: 'https://notes.example.net', actions: 1, bytes: expect.any(Number) },
    ]);
    await db.put('archive', { ...(await db.get('tasks', makeTask(2).id))!, id: 'wiki.example.org:100:77' });
    expect(await forgetSite(db, WIKI)).toBe(3);
    expect(await db.count('archive')).toBe(0);
    expect((await listTasks(db)).tasks.map((task) => task.id)).toEqual([`${OTHER}:4`]);
    expect(await db.getAllKeys('pages')).toEqual([OTHER]);
    expect(await db.get('meta', siteBytesKey(WIKI))).toBeUndefined();
  });
});
