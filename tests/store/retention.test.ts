import { describe, expect, it } from 'vitest';
import { retireGoneActions } from '../../lib/background/retention';
import { goneTaskIds, retireTasks, storedCounts } from '../../lib/store/retention';
import { getTask, listTasks, setUserFields, syncPage } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A } from '../helpers/open-test-db';

const url = PAGE_A.url!;
const DAY = 24 * 60 * 60 * 1000;
const daysLater = (days: number): Date => new Date(minute(0).getTime() + days * DAY);

/** Tasks 1–4 on the page; then 1–3 gone from it on day 1 (2 noted by the user first), 4 still there. */
async function storeWithGoneTasks() {
  const { db } = await openTestDb();
  await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2), makeTask(3), makeTask(4)]), {
    url,
    now: minute(0),
  });
  await setUserFields(db, makeTask(2).id, { note: 'Asked Tim' }, minute(1));
  await syncPage(db, makeExtraction(PAGE_A, [makeTask(4)]), { url, now: daysLater(1) });
  return db;
}

describe('retention', () => {
  it('archives untouched tasks gone before the cut-off: out of every list, kept, counted', async () => {
    const db = await storeWithGoneTasks();
    const cutOff = daysLater(2).toISOString();
    expect((await goneTaskIds(db, cutOff)).sort()).toEqual([makeTask(1).id, makeTask(2).id, makeTask(3).id]);
    expect(await retireTasks(db, await goneTaskIds(db, cutOff), 'archive', cutOff)).toBe(2);
    expect((await listTasks(db)).tasks.map((task) => task.id)).toEqual([makeTask(2).id, makeTask(4).id]);
    expect((await db.getAllKeys('archive')).sort()).toEqual([makeTask(1).id, makeTask(3).id]);
    expect(await storedCounts(db)).toEqual({ tasks: 2, archived: 2 });
  });

  it('leaves tasks gone since after the cut-off', async () => {
    const db = await storeWithGoneTasks();
    const cutOff = daysLater(1).toISOString();
    expect(await retireTasks(db, [makeTask(1).id, makeTask(3).id], 'delete', cutOff)).toBe(0);
  });

  it('deletes for good in delete mode', async () => {
    const db = await storeWithGoneTasks();
    const cutOff = daysLater(2).toISOString();
    expect(await retireTasks(db, await goneTaskIds(db, cutOff), 'delete', cutOff)).toBe(2);
    expect(await storedCounts(db)).toEqual({ tasks: 2, archived: 0 });
  });

  it('brings an archived task back when its page shows it again', async () => {
    const db = await storeWithGoneTasks();
    const cutOff = daysLater(2).toISOString();
    await retireTasks(db, await goneTaskIds(db, cutOff), 'archive', cutOff);
    const result = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(4)]), { url, now: daysLater(3) });
    expect(result.revived).toEqual([makeTask(1).id]);
    expect(await getTask(db, makeTask(1).id)).toMatchObject({
      goneAt: undefined,
      wiki: { firstSeen: minute(0).toISOString() },
    });
    expect(await db.getAllKeys('archive')).toEqual([makeTask(3).id]);
  });

  it('runs from the setting: nothing by default, then what is past its age', async () => {
    const db = await storeWithGoneTasks();
    expect(await retireGoneActions(db, { goneRetention: { mode: 'keep', afterDays: 30 } }, daysLater(400))).toBe(0);
    expect(await retireGoneActions(db, { goneRetention: { mode: 'archive', afterDays: 30 } }, daysLater(20))).toBe(0);
    expect(await retireGoneActions(db, { goneRetention: { mode: 'archive', afterDays: 30 } }, daysLater(40))).toBe(2);
  });
});
