// The store in Chromium's real IndexedDB (a loopback page; the same engine as the extension's origin):
// one sync of a page of 10,000 tasks into an empty store and again into a full one, and overdue queries.
import type { Browser } from 'playwright-core';
import type { StoreBench } from '../../bench/bench-api';
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
  syncAgain: Row;
  personOverdue: Row;
  allOverdue: Row;
}

async function repeat(runs: number, what: string, call: () => Promise<{ ms: number; count: number }>): Promise<Row> {
  const samples: { ms: number; count: number }[] = [];
  for (let run = 0; run < runs; run++) samples.push(await call());
  return { what, runs, ms: median(samples.map((s) => s.ms)), count: samples[samples.length - 1]?.count ?? 0 };
}

export async function measureStore(browser: Browser, origin: string, bundle: BenchBundle, tasks: number, syncRuns: number, queryRuns: number): Promise<StoreResult> {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/blank.html`);
  await tab.addScriptTag({ url: `${origin}/${bundle.script}` });
  const bench = remoteBench<StoreBench>(tab);
  const syncNew = await repeat(syncRuns, `syncPage: ${tasks.toLocaleString('en')} new tasks into an empty store`, () => bench.syncNew(tasks));
  // The queries and the re-sync read the store the last syncNew filled.
  const personOverdue = await repeat(queryRuns, "one person's overdue tasks", () => bench.personOverdue());
  const allOverdue = await repeat(queryRuns, 'overdueAsOf: every overdue task', () => bench.allOverdue());
  const syncAgain = await repeat(syncRuns, `syncPage: the same ${tasks.toLocaleString('en')} tasks again`, () => bench.syncAgain());
  await tab.close();
  return { tasks, syncNew, syncAgain, personOverdue, allOverdue };
}

export function storeTable(result: StoreResult): string {
  const rows = [result.syncNew, result.syncAgain, result.personOverdue, result.allOverdue];
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
      figure: `${formatMs(result.syncNew.ms)} new, ${formatMs(result.syncAgain.ms)} again`,
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
