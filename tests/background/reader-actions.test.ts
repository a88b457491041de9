import { describe, expect, it } from 'vitest';
import { createReaderActions } from '../../lib/background/reader-actions';
import type { Identity } from '../../lib/model/identity';
import { setUserFields, syncPage } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A } from '../helpers/open-test-db';

const FROSSIE: Identity = {
  site: 'wiki.example.org',
  names: ['Frossie Economou'],
  aliases: [],
  usernames: ['frossie'],
  accountIds: [],
  userKeys: [],
};
const tim = { name: 'Tim Jenness', username: 'tjenness' };
const url = PAGE_A.url!;
const ids = async (reader: { actions(): Promise<Array<{ id: string }>> }): Promise<string[]> =>
  (await reader.actions()).map((a) => a.id).sort();

describe('the reader’s open actions', () => {
  it('reads every one once, in slices, however many share a due date and a text', async () => {
    const { db } = await openTestDb();
    const same = Array.from({ length: 600 }, (_, i) => makeTask(i, { text: 'Send the minutes' }));
    await syncPage(
      db,
      makeExtraction(PAGE_A, [...same, makeTask(5_000, { assignees: [tim] }), makeTask(5_001, { status: 'done' })]),
      { url, now: minute(0) },
    );
    const reader = createReaderActions(db, async () => [FROSSIE]);
    expect(await ids(reader)).toEqual(same.map((task) => task.id).sort());
  });

  it('counts what the reader claimed and leaves out what they disowned or hid', async () => {
    const { db } = await openTestDb();
    await syncPage(
      db,
      makeExtraction(PAGE_A, [makeTask(1), makeTask(2), makeTask(3), makeTask(4, { assignees: [tim] })]),
      { url, now: minute(0) },
    );
    await setUserFields(db, makeTask(1).id, { mine: false }, minute(1));
    await setUserFields(db, makeTask(2).id, { hidden: true }, minute(1));
    await setUserFields(db, makeTask(4).id, { mine: true }, minute(1));
    expect(await ids(createReaderActions(db, async () => [FROSSIE]))).toEqual([makeTask(3).id, makeTask(4).id]);
  });

  it('takes in what a write stored without reading the store again', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url, now: minute(0) });
    const reader = createReaderActions(db, async () => [FROSSIE]);
    expect(await ids(reader)).toEqual([makeTask(1).id, makeTask(2).id]);
    // Written behind its back: not seen until the next full read.
    const other = { ...PAGE_A, id: '101', url: `${url}1` };
    await syncPage(db, makeExtraction(other, [makeTask(9, { id: 'other:9', sourcePage: other })]), {
      url: `${url}1`,
      now: minute(1),
    });
    const done = await setUserFields(db, makeTask(1).id, { status: 'done' }, minute(2));
    reader.update([done]);
    expect(await ids(reader)).toEqual([makeTask(2).id]);
    const result = await syncPage(db, makeExtraction(PAGE_A, [makeTask(1)]), { url, now: minute(3) });
    reader.update(result.tasks, result.gone);
    expect(await ids(reader)).toEqual([]);
    await reader.rebuild();
    expect(await ids(reader)).toEqual(['other:9']);
  });

  it('applies a write made while it reads after the read', async () => {
    const { db } = await openTestDb();
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url, now: minute(0) });
    const reader = createReaderActions(db, async () => [FROSSIE]);
    const reading = reader.rebuild();
    const done = await setUserFields(db, makeTask(2).id, { status: 'done' }, minute(1));
    reader.update([done]);
    await reading;
    expect(await ids(reader)).toEqual([makeTask(1).id]);
  });
});
