import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageRef } from '../../lib/model/page';
import type { AgendumDb } from '../../lib/store/schema';
import { openDueSlice, overdueAsOf } from '../../lib/store/queries';
import { readerKeys } from '../../lib/store/keys';
import { setUserFields, syncPage } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A } from '../helpers/open-test-db';

const TODAY = '2026-03-04';
const frossie = { name: 'Frossie Economou', username: 'frossie' };
const tim = { name: 'Tim Jenness', accountId: '557058:tim' };
const kt = { name: 'K-T' };
const PAGE_C: PageRef = {
  id: '300',
  title: 'Budget review 2026-03-03',
  url: 'https://wiki.example.org/pages/viewpage.action?pageId=300',
};

const tasks = {
  overdue: makeTask(1, { assignees: [frossie], due: '2026-03-01', text: 'Send the minutes to Cristián' }),
  dueSoon: makeTask(2, { assignees: [tim], due: '2026-03-06', text: 'Review the budget' }),
  doneLate: makeTask(3, { assignees: [frossie], due: '2026-03-03', status: 'done' }),
  undated: makeTask(4, { assignees: [frossie, tim], due: null, text: 'Draft the release notes' }),
  gone: makeTask(5, { assignees: [frossie], due: '2026-02-01' }),
  today: makeTask(6, { assignees: [kt], due: TODAY }),
  later: makeTask(7, { assignees: [frossie], due: '2026-03-20', text: 'Send the release' }),
};
const budget = makeTask(8, {
  id: 'wiki.example.org:300:1',
  sourcePage: PAGE_C,
  assignees: [frossie],
  due: '2026-03-02',
  text: 'Approve the budget',
});

const ids = (result: { tasks: { id: string }[] }): string[] => result.tasks.map((task) => task.id);

let db: AgendumDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
  await syncPage(db, makeExtraction(PAGE_A, Object.values(tasks)), { url: PAGE_A.url!, now: minute(0) });
  const { gone, ...kept } = tasks;
  await syncPage(db, makeExtraction(PAGE_A, Object.values(kept)), { url: PAGE_A.url!, now: minute(1) });
  await syncPage(db, makeExtraction(PAGE_C, [budget], { series: 'Budget review' }), {
    url: PAGE_C.url!,
    now: minute(2),
  });
});

describe('overdueAsOf for one person', () => {
  // Long after every due date: all of a person's dated open tasks are overdue.
  const LATER = '2026-12-31';

  it.each([
    ['a display name, ignoring accents and case', { names: ['frossie ECONOMOU'] }],
    ['a username', { ids: ['Frossie'] }],
  ])('finds a person’s open tasks by %s, earliest due first', async (_, who) => {
    expect(ids(await overdueAsOf(db, LATER, who))).toEqual([tasks.overdue.id, budget.id, tasks.later.id]);
  });

  it('finds tasks by account id and by alias', async () => {
    expect(ids(await overdueAsOf(db, LATER, { ids: ['557058:tim'] }))).toEqual([tasks.dueSoon.id]);
    expect(ids(await overdueAsOf(db, LATER, { names: ['KT'] }))).toEqual([tasks.today.id]);
  });

  it('lists a task matching several of the person’s keys once', async () => {
    expect(ids(await overdueAsOf(db, LATER, { names: ['Tim Jenness'], ids: ['557058:tim'] }))).toEqual([
      tasks.dueSoon.id,
    ]);
  });

  it('follows the user’s own status and due date', async () => {
    await setUserFields(db, tasks.overdue.id, { status: 'done' }, minute(3));
    await setUserFields(db, tasks.undated.id, { due: '2026-03-05' }, minute(3));
    expect(ids(await overdueAsOf(db, LATER, { ids: ['frossie'] }))).toEqual([
      budget.id,
      tasks.undated.id,
      tasks.later.id,
    ]);
  });
});

describe('overdueAsOf', () => {
  it('finds open tasks due before the given day, not done, gone or undated ones', async () => {
    expect(ids(await overdueAsOf(db, TODAY))).toEqual([tasks.overdue.id, budget.id]);
  });

  it('narrows to one person', async () => {
    expect(ids(await overdueAsOf(db, TODAY, { ids: ['557058:tim'] }))).toEqual([]);
    expect(ids(await overdueAsOf(db, '2026-03-07', { ids: ['557058:tim'] }))).toEqual([tasks.dueSoon.id]);
  });

  it('reads an index range instead of every record', async () => {
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    await overdueAsOf(db, TODAY, { names: ['Frossie Economou'] });
    await overdueAsOf(db, TODAY);
    expect(getAll).not.toHaveBeenCalled();
    expect(openCursor).not.toHaveBeenCalled();
  });
});

describe('openDueSlice', () => {
  const OVERDUE = { from: '0', to: TODAY };

  it("counts everyone's open tasks in a due span and reads the first in order", async () => {
    const slice = await openDueSlice(db, OVERDUE, 1);
    expect(slice.count).toBe(2);
    expect(ids(slice)).toEqual([tasks.overdue.id]);
  });

  it('counts a task indexed under several of the keys once', async () => {
    const keys = readerKeys([
      { names: ['Frossie Economou'], aliases: [], usernames: ['frossie'], accountIds: [], userKeys: [] },
    ]);
    const slice = await openDueSlice(db, { from: '', to: '\uffff' }, 10, keys);
    expect(slice.count).toBe(4);
    expect(ids(slice)).toEqual([tasks.undated.id, tasks.overdue.id, budget.id, tasks.later.id]);
  });

  it("keeps an identity learned on one site to that site's tasks", async () => {
    const elsewhere = readerKeys([
      {
        site: 'other.example.net',
        names: ['Frossie Economou'],
        aliases: [],
        usernames: [],
        accountIds: [],
        userKeys: [],
      },
    ]);
    expect((await openDueSlice(db, OVERDUE, 10, elsewhere)).count).toBe(0);
    const here = readerKeys([
      {
        site: 'Wiki.Example.org',
        names: ['Frossie Economou'],
        aliases: [],
        usernames: [],
        accountIds: [],
        userKeys: [],
      },
    ]);
    expect((await openDueSlice(db, OVERDUE, 10, here)).count).toBe(2);
  });
});
