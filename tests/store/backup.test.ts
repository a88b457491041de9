import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, previewBackup } from '../../lib/store/backup';
import { listTasks, setUserFields, syncPage, getTask } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A, PAGE_B } from '../helpers/open-test-db';

async function filledDb() {
  const { db } = await openTestDb();
  await syncPage(db, makeExtraction(PAGE_A, [makeTask(1), makeTask(2)]), { url: PAGE_A.url!, now: minute(0) });
  await setUserFields(db, makeTask(1).id, { note: 'ask Tim', status: 'done' }, minute(1));
  return db;
}

describe('exportBackup', () => {
  it('writes every task and page as versioned JSON', async () => {
    const db = await filledDb();
    const backup = JSON.parse(await exportBackup(db, minute(5)));
    expect(backup).toMatchObject({ format: 'agendum-backup', version: 1, exportedAt: minute(5).toISOString() });
    expect(backup.tasks).toHaveLength(2);
    expect(backup.pages).toHaveLength(1);
  });
});

describe('importBackup', () => {
  it('restores an exported store into an empty one exactly', async () => {
    const source = await filledDb();
    const json = await exportBackup(source, minute(5));
    const { db } = await openTestDb();
    expect(await importBackup(db, json)).toEqual({ added: 2, merged: 0, pages: 1 });
    expect(await listTasks(db)).toEqual(await listTasks(source));
    expect(await db.getAll('pages')).toEqual(await source.getAll('pages'));
  });

  it('imports a backup written before the store had sort texts and user marks, deriving them', async () => {
    const source = await filledDb();
    const backup = JSON.parse(await exportBackup(source, minute(5)));
    for (const task of backup.tasks) {
      delete task.sortText;
      delete task.userMarks;
    }
    const { db } = await openTestDb();
    expect(await importBackup(db, JSON.stringify(backup))).toEqual({ added: 2, merged: 0, pages: 1 });
    expect(await listTasks(db)).toEqual(await listTasks(source));
  });

  it('merges by id without duplicating, keeping the newer user edits and the later sightings', async () => {
    const db = await filledDb();
    const json = await exportBackup(db, minute(5));
    await setUserFields(db, makeTask(1).id, { note: 'newer note' }, minute(6));
    await syncPage(db, makeExtraction(PAGE_A, [makeTask(1, { text: 'Newer text' }), makeTask(2)]), {
      url: PAGE_A.url!,
      now: minute(7),
    });
    expect(await importBackup(db, json)).toEqual({ added: 0, merged: 2, pages: 1 });
    expect((await listTasks(db)).tasks).toHaveLength(2);
    expect(await getTask(db, makeTask(1).id)).toMatchObject({
      wiki: { text: 'Newer text' },
      user: { note: 'newer note' },
    });
  });

  it('takes user edits and locations from a backup newer than the store', async () => {
    const other = await filledDb();
    await setUserFields(other, makeTask(2).id, { pinned: true }, minute(8));
    await syncPage(other, makeExtraction(PAGE_B, [makeTask(2)], { series: undefined }), {
      url: PAGE_B.url!,
      now: minute(8),
    });
    const db = await filledDb();
    await importBackup(db, await exportBackup(other, minute(9)));
    const merged = await getTask(db, makeTask(2).id);
    expect(merged?.user.pinned).toBe(true);
    expect(merged?.locations.map((l) => l.pageId)).toEqual(['100', '200']);
  });

  it.each([
    [
      'text that is not JSON',
      '{"format": "agendum-backup",',
      /^This file is not an Agendum backup: it is not JSON\. Nothing was imported\.$/,
    ],
    ['another program’s JSON', '{"name": "todo list", "items": []}', /not an Agendum backup/],
    [
      'a backup from a newer Agendum',
      '{"format": "agendum-backup", "version": 2}',
      /newer Agendum \(backup version 2\)/,
    ],
    ['a damaged task', null, /damaged: tasks\.0\.wiki\.due: expected a date as YYYY-MM-DD/],
  ])('rejects %s with a message naming the problem and changes nothing', async (_, file, message) => {
    const db = await filledDb();
    const before = await listTasks(db);
    const backup = JSON.parse(await exportBackup(db, minute(5)));
    backup.tasks[0].wiki.due = 'soon';
    backup.tasks[0].user.note = 'imported?';
    const json = file ?? JSON.stringify(backup);
    await expect(importBackup(db, json)).rejects.toMatchObject({
      kind: 'invalid-backup',
      message: expect.stringMatching(message),
    });
    await expect(importBackup(db, json)).rejects.toMatchObject({
      message: expect.stringMatching(/Nothing was imported\.$/),
    });
    expect(await listTasks(db)).toEqual(before);
  });

  it('rejects the whole file when one record in the middle is bad, importing none of it', async () => {
    const source = await filledDb();
    const backup = JSON.parse(await exportBackup(source, minute(5)));
    backup.tasks[1].locations = [];
    const { db } = await openTestDb();
    await expect(importBackup(db, JSON.stringify(backup))).rejects.toMatchObject({
      kind: 'invalid-backup',
      message: expect.stringContaining('tasks.1.locations'),
    });
    expect((await listTasks(db)).tasks).toEqual([]);
  });

  it('reads a backup saved with a byte order mark first', async () => {
    const source = await filledDb();
    const { db } = await openTestDb();
    expect(await importBackup(db, `\uFEFF${await exportBackup(source, minute(5))}`)).toEqual({
      added: 2,
      merged: 0,
      pages: 1,
    });
  });

  it('moves the tasks of a backup made before ids were namespaced by origin into their origin’s namespace', async () => {
    const source = await filledDb();
    const backup = JSON.parse(await exportBackup(source, minute(5)));
    const httpPage = 'http://wiki.example.org/pages/viewpage.action?pageId=100';
    for (const task of backup.tasks) {
      task.locations[0].url = httpPage;
      task.wiki.sourcePage.url = httpPage;
    }
    backup.pages[0].url = httpPage;
    const { db } = await openTestDb();
    await importBackup(db, JSON.stringify(backup));
    expect((await listTasks(db)).tasks.map((task) => task.id)).toEqual(
      [makeTask(1).id, makeTask(2).id].map((id) => `http://wiki.example.org|${id}`),
    );
    expect(await db.getAllKeys('pages')).toEqual(['http://wiki.example.org|100']);
    expect((await getTask(db, `http://wiki.example.org|${makeTask(1).id}`))?.user.note).toBe('ask Tim');
  });
});

describe('previewBackup', () => {
  const ME = {
    site: 'wiki.example.org',
    names: ['Ann Lee'],
    aliases: [],
    usernames: ['alee'],
    accountIds: [],
    userKeys: [],
  };

  it('says what an import would add and change, and changes nothing itself', async () => {
    const source = await filledDb();
    await syncPage(source, makeExtraction(PAGE_B, [makeTask(3, { text: 'Order the chairs' })]), {
      url: PAGE_B.url!,
      now: minute(2),
    });
    await setUserFields(source, makeTask(2).id, { note: 'newer in the backup' }, minute(4));
    const json = await exportBackup(source, minute(5), [ME]);

    const db = await filledDb();
    const before = await listTasks(db);
    expect(await previewBackup(db, json, [])).toEqual({
      actions: 3,
      added: 1,
      addedTexts: ['Order the chairs'],
      changed: 1,
      changedTexts: [makeTask(2).text],
      pages: 2,
      identities: 1,
      newIdentities: 1,
    });
    expect(await listTasks(db)).toEqual(before);
    // The same file against a store that already has it all: nothing new, nothing to change.
    await importBackup(db, json);
    expect(await previewBackup(db, json, [ME])).toMatchObject({ added: 0, changed: 0, newIdentities: 0 });
  });

  it('counts nothing to change where the store is newer than the backup', async () => {
    const db = await filledDb();
    const json = await exportBackup(db, minute(5));
    await setUserFields(db, makeTask(1).id, { note: 'newer here' }, minute(6));
    expect(await previewBackup(db, json, [])).toMatchObject({ actions: 2, added: 0, changed: 0 });
  });

  it('refuses a file it cannot use with the same words an import would', async () => {
    const db = await filledDb();
    await expect(previewBackup(db, '{"name": "todo"}', [])).rejects.toMatchObject({
      kind: 'invalid-backup',
      message: expect.stringMatching(/^This file is not an Agendum backup/),
    });
  });
});
