// The store in Chromium's real IndexedDB (a loopback page; the same engine as the extension's origin):
// one sync of a page of 10,000 tasks into an empty store and again into a full one, and overdue queries;
// and the floor: the same records put with raw IndexedDB, to tell our work from the database's.
import type { Browser } from 'playwright-core';
import type { StoreBench, Timed } from '../../bench/bench-api';
import { remoteBench } from './browser';
import type { BenchBundle } from './bundle';
import { formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

export const SYNC_TARGET_MS = 1000;
export const QUERY_TARGET_MS = 50;

interface Row {
  what: string;
  runs: number;
  ms: number;
  count: number;
}

export interface StoreResult {
  tasks: number;
  syncNew: Row;
  putFloor: Row;
  syncAgain: Row;
  personOverdue: Row;
  allOverdue: Row;
}

/** Runs each call `runs` times, alternating between them (so all meet the machine in the same moods); one row each. */
async function alternate(runs: number, calls: Array<[what: string, call: () => Promise<Timed>]>): Promise<Row[]> {
  const samples: Timed[][] = calls.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, [, call]] of calls.entries()) samples[i]!.push(await call());
  }
  return calls.map(([what], i) => ({
    what,
    runs,
    ms: median(samples[i]!.map((s) => s.ms)),
    count: samples[i]!.at(-1)?.count ?? 0,
  }));
}

export async function measureStore(
  browser: Browser,
  origin: string,
  bundle: BenchBundle,
  tasks: number,
  syncRuns: number,
  queryRuns: number,
): Promise<StoreResult> {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/blank.html`);
  await tab.addScriptTag({ url: `${origin}/${bundle.script}` });
  const bench = remoteBench<StoreBench>(tab);
  const count = tasks.toLocaleString('en');
  // The sync goes last in each round: the queries and the re-sync read the store it filled.
  const [putFloor, syncNew] = await alternate(syncRuns, [
    ['floor: the records that sync writes, put raw into an empty store', () => bench.putFloor(tasks)],
    [`syncPage: ${count} new tasks into an empty store`, () => bench.syncNew(tasks)],
  ]);
  const [personOverdue] = await alternate(queryRuns, [["one person's overdue tasks", () => bench.personOverdue()]]);
  const [allOverdue] = await alternate(queryRuns, [['overdueAsOf: every overdue task', () => bench.allOverdue()]]);
  const [syncAgain] = await alternate(syncRuns, [[`syncPage: the same ${count} tasks again`, () => bench.syncAgain()]]);
  await tab.close();
  return {
    tasks,
    syncNew: syncNew!,
    putFloor: putFloor!,
    syncAgain: syncAgain!,
    personOverdue: personOverdue!,
    allOverdue: allOverdue!,
  };
}

export function storeTable(result: StoreResult): string {
  const rows = [result.putFloor, result.syncNew, result.syncAgain, result.personOverdue, result.allOverdue];
  return formatTable(
    ['operation', 'runs', 'median', 'tasks stored / found'],
    rows.map((row) => [row.what, String(row.runs), formatMs(row.ms), row.count.toLocaleString('en')]),
  );
}

export function storeTargets(result: StoreResult): TargetCheck[] {
  return [
    {
      name: 'store: upsert 10,000 tasks in one sync',
      target: `< ${formatMs(SYNC_TARGET_MS)}`,
      // The floor says how much of it is IndexedDB's own work on this machine, which no code of ours can remove.
      figure: `${formatMs(result.syncNew.ms)} new (IndexedDB floor ${formatMs(result.putFloor.ms)}), ${formatMs(result.syncAgain.ms)} again`,
      met: Math.max(result.syncNew.ms, result.syncAgain.ms) < SYNC_TARGET_MS,
    },
    {
      name: "store: a person's overdue among 10,000",
      target: `< ${formatMs(QUERY_TARGET_MS)}`,
      figure: formatMs(result.personOverdue.ms),
      met: result.personOverdue.ms < QUERY_TARGET_MS,
    },
  ];
}
