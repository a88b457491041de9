// Benchmark bundle loaded into a page the benchmark adds to a copy of the built extension, so it runs on the
// extension's origin, beside its real database: fills that database through the store's own write path
// (syncPage, setUserFields) and makes edits the way the popup does. Never part of the extension.
import { localIsoDate } from '../lib/dates/calendar';
import { sendToBackground } from '../lib/messages/client';
import { saveSettings } from '../lib/platform/settings';
import { openAgendumDb, setUserFields, syncPage, type AgendumDb } from '../lib/store/index';
import { whoKeys } from '../lib/store/keys';
import { median } from '../scripts/bench/report';
import type { StoredBench } from './bench-api';
import { rawWrite } from './raw-write';
import { READER, meetingVisits } from './meetings';

let opened: Promise<AgendumDb> | undefined;
const store = (): Promise<AgendumDb> => (opened ??= openAgendumDb());
const epochNow = (): number => performance.timeOrigin + performance.now();

const bench: StoredBench = {
  async seed(fromPage, count) {
    const db = await store();
    const today = localIsoDate(new Date());
    await saveSettings({
      identities: [
        {
          site: 'wiki.example.org',
          names: [READER.name],
          aliases: [],
          usernames: [READER.username!],
          accountIds: [],
          userKeys: [],
        },
      ],
    });
    const start = performance.now();
    let page = fromPage;
    let stored = await db.count('tasks');
    while (stored < count) {
      for (const visit of meetingVisits(page, today)) {
        // The last page is cut so the store holds `count` exactly.
        const extraction = { ...visit.extraction, tasks: visit.extraction.tasks.slice(0, count - stored) };
        // Counted from what each sync added: count() walks the whole store in Chromium.
        stored += (await syncPage(db, extraction, { url: visit.url, now: visit.now })).added.length;
        const kept = new Set(extraction.tasks.map((task) => task.id));
        for (const edit of visit.edits.filter(({ id }) => kept.has(id)))
          await setUserFields(db, edit.id, edit.patch, visit.now);
      }
      page++;
    }
    return { stored: await db.count('tasks'), nextPage: page, ms: performance.now() - start };
  },
  async readerOverdue(limit) {
    const db = await store();
    const today = localIsoDate(new Date());
    const ids: string[] = [];
    const [key] = whoKeys({ names: [READER.name] });
    const range = IDBKeyRange.bound([key, '0'], [key, today], false, true);
    for (
      let cursor = await db.transaction('tasks').store.index('personOpenDue').openCursor(range);
      cursor && ids.length < limit;
      cursor = await cursor.continue()
    ) {
      if (!cursor.value.user.snoozeUntil && cursor.value.user.mine !== false) ids.push(cursor.primaryKey);
    }
    return ids;
  },
  async putFloor(pageUrl, runs) {
    const db = await store();
    const page = (await db.getAll('pages')).find((stored) => stored.url === pageUrl);
    if (!page) throw new Error(`no page stored for ${pageUrl}`);
    const records = await db.getAllFromIndex('tasks', 'pageKeys', page.key);
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const copies = records.map((record) => ({ ...record, id: `${record.id}:floor${run}` }));
      const start = performance.now();
      await rawWrite(db, (tasks) => copies.forEach((copy) => tasks.put(copy)));
      samples.push(performance.now() - start);
      // Out again, so every run writes into the store the sync wrote into.
      await rawWrite(db, (tasks) => copies.forEach((copy) => tasks.delete(copy.id)));
    }
    return { ms: median(samples), count: records.length };
  },
  async edit(id, done) {
    const sentAt = epochNow();
    const reply = await sendToBackground('editAction', { id, edit: { status: done ? 'done' : 'open' } });
    if (!reply.ok) throw new Error(reply.error);
    return { sentAt, repliedAt: epochNow() };
  },
};

Object.assign(window, { agendumBench: bench });
