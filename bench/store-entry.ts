// Benchmark bundle for the store in the browser's real IndexedDB, as `window.agendumBench`: one sync of a page
// of synthetic tasks, and overdue queries over what it stored. Never part of the extension.
import { deleteDB } from 'idb';
import { openAgendumDb, overdueAsOf, syncPage } from '../lib/store/index';
import { mergeSighting } from '../lib/store/merge';
import type { AgendumDb } from '../lib/store/index';
import type { PageExtraction } from '../lib/model/extraction';
import type { StoreBench, Timed } from './bench-api';
import { rawWrite } from './raw-write';
import { BENCH_TODAY, PEOPLE, syntheticExtraction } from './synthetic';

const NOW = new Date(`${BENCH_TODAY}T09:00:00Z`);
/** Whose overdue tasks the query asks for, by name and username as a user's identity names them. */
const PERSON = { names: [PEOPLE[0]!.name], ids: [PEOPLE[0]!.username!] };

let filled: { db: AgendumDb; name: string; extraction: PageExtraction } | undefined;
let serial = 0;

async function timed(work: () => Promise<number>): Promise<Timed> {
  const start = performance.now();
  const count = await work();
  return { ms: performance.now() - start, count };
}

function current(): { db: AgendumDb; extraction: PageExtraction } {
  if (!filled) throw new Error('call syncNew first');
  return filled;
}

const sync = (db: AgendumDb, extraction: PageExtraction) =>
  timed(async () => (await syncPage(db, extraction, { url: extraction.page.url!, now: NOW })).tasks.length);

/** A new, empty database; the previous one is deleted so the disk does not fill up. */
async function freshDb(extraction: PageExtraction): Promise<AgendumDb> {
  if (filled) {
    filled.db.close();
    await deleteDB(filled.name);
  }
  const name = `agendum-bench-${serial++}`;
  filled = { db: await openAgendumDb({ name }), name, extraction };
  return filled.db;
}

const bench: StoreBench = {
  async syncNew(count) {
    const extraction = syntheticExtraction(count);
    return sync(await freshDb(extraction), extraction);
  },
  async putFloor(count) {
    const extraction = syntheticExtraction(count);
    const { page } = extraction;
    const sighting = {
      location: { url: page.url!, pageId: page.id, title: page.title },
      series: page.series,
      now: NOW.toISOString(),
    };
    const records = extraction.tasks.map((task) => mergeSighting(undefined, task, sighting));
    const db = await freshDb(extraction);
    return timed(async () => {
      await rawWrite(db, (tasks) => records.forEach((record) => tasks.put(record)));
      return records.length;
    });
  },
  syncAgain: () => sync(current().db, current().extraction),
  personOverdue: () => timed(async () => (await overdueAsOf(current().db, BENCH_TODAY, PERSON)).tasks.length),
  allOverdue: () => timed(async () => (await overdueAsOf(current().db, BENCH_TODAY)).tasks.length),
};

Object.assign(window, { agendumBench: bench });
