// The questions the popup, overlay and badge ask, each answered from an index key range, never by loading
// every record. "Open" here means open and not gone; hidden and snoozed tasks are returned, the UI decides.
import type { IsoDate } from '../model/page';
import type { StoredTask, UserMark } from '../model/stored-task';
import { pageKeyOf, whoKeys, type Who } from './keys';
import { readTasks, type QueryResult, type SkippedRecord } from './records';
import type { AgendumDb } from './schema';

// '' (undated) sorts before '0', and every date at or after it; '\uffff' sorts after every date and word.
const FIRST_DATE = '0';
const HIGHEST = '\uffff';
// An array sorts after every string: [.., date, AFTER_ANY_TEXT] follows every entry of that date, whatever its sort text.
const AFTER_ANY_TEXT: [] = [];

/** Index keys `[...prefix, due, sortText]` with due in [from, to] (`to` excluded when `toOpen`). */
function dueRange(prefix: string[], from: string, to: string, toOpen: boolean): IDBKeyRange {
  return IDBKeyRange.bound(
    [...prefix, from],
    toOpen ? [...prefix, to] : [...prefix, to, AFTER_ANY_TEXT],
    false,
    toOpen,
  );
}

/** Open tasks whose `openDue` is in [from, to] (`to` excluded when `toOpen`), everyone's or `who`'s. */
async function openDueIn(
  db: AgendumDb,
  from: string,
  to: string,
  toOpen: boolean,
  who: Who | undefined,
): Promise<QueryResult> {
  return readTasks(db, (tasks) =>
    who
      ? Promise.all(whoKeys(who).map((key) => tasks.index('personOpenDue').getAll(dueRange([key], from, to, toOpen))))
      : Promise.all([tasks.index('openDue').getAll(dueRange([], from, to, toOpen))]),
  );
}

/** Due dates `from` (included) to `to` (excluded) of open tasks, as `openDue` holds them: '' is undated, '0' the first date. */
export interface DueSpan {
  from: string;
  to: string;
}

/** Open tasks (not gone) in a due span: how many, and the first of them in the popup's order. */
export interface OpenSlice {
  /** Everyone's, or those indexed under any of the keys asked for; hidden and snoozed ones included. */
  count: number;
  /** At most the limit asked for, by due date, then `sortText`, then id: the popup's order, so no later record sorts before them. */
  tasks: StoredTask[];
  skipped: SkippedRecord[];
}

// The index order, which the popup's sort reproduces (lib/popup/group-actions.ts).
function byIndexOrder(a: StoredTask, b: StoredTask): number {
  const key = (task: StoredTask): [string, string, string] => [task.openDue ?? HIGHEST, task.sortText, task.id];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

/**
 * The open tasks due in `span`, counted from the index without reading them, and the first `limit` read.
 * With `keys` (person keys, as `readerKeys` makes them), only tasks indexed under one of them: each key's first
 * `limit` are read, and since every key lists its tasks in the same order, the first `limit` of their union
 * are the first `limit` overall.
 */
export async function openDueSlice(db: AgendumDb, span: DueSpan, limit: number, keys?: string[]): Promise<OpenSlice> {
  let count = 0;
  const result = await readTasks(
    db,
    async (tasks) => {
      if (!keys) {
        const range = dueRange([], span.from, span.to, true);
        const [total, first] = await Promise.all([
          tasks.index('openDue').count(range),
          tasks.index('openDue').getAll(range, limit),
        ]);
        count = total;
        return [first];
      }
      const index = tasks.index('personOpenDue');
      const ranges = keys.map((key) => dueRange([key], span.from, span.to, true));
      const [ids, firsts] = await Promise.all([
        Promise.all(ranges.map((range) => index.getAllKeys(range))),
        Promise.all(ranges.map((range) => index.getAll(range, limit))),
      ]);
      count = new Set(ids.flat()).size;
      return firsts;
    },
    byIndexOrder,
  );
  return { count, tasks: result.tasks.slice(0, limit), skipped: result.skipped };
}

/** Whether `openDueSlice(span, keys)` counts `task`: open, not gone, due in the span, and indexed under one of `keys`. */
export function inOpenSlice(task: StoredTask, span: DueSpan, keys?: string[]): boolean {
  const due = task.openDue;
  if (due === undefined || due < span.from || due >= span.to) return false;
  return !keys || task.personOpenDue.some(([key]) => keys.includes(key));
}

/**
 * Every open task (not gone) indexed under any of `keys`, read `size` at a time, each slice in its own
 * transaction and handed to `onSlice` (awaited before the next read), so a reader with thousands of open
 * tasks never holds its thread for long. A task under several keys comes once per key: the caller dedupes.
 */
export async function readOpenTasksUnder(
  db: AgendumDb,
  keys: string[],
  size: number,
  onSlice: (tasks: StoredTask[]) => Promise<void>,
): Promise<void> {
  for (const key of keys) {
    let after: [string, string, string] | undefined;
    for (;;) {
      const lower = after;
      const range = lower ? IDBKeyRange.bound(lower, [key, HIGHEST], true, false) : dueRange([key], '', HIGHEST, false);
      let full = false;
      const slice = await readTasks(db, async (tasks) => {
        const index = tasks.index('personOpenDue');
        const first = await index.getAll(range, size);
        full = first.length === size;
        // The index key the last one is listed under (from the record itself, whatever else is wrong with it).
        const entries = (first.at(-1) as { personOpenDue?: unknown } | undefined)?.personOpenDue;
        after = Array.isArray(entries)
          ? entries.find((entry): entry is [string, string, string] => Array.isArray(entry) && entry[0] === key)
          : undefined;
        if (!full) return [first];
        // The next slice starts after that key: read every other task listed under it now (or, without a key
        // to resume from, the rest of the range).
        return [first, await index.getAll(after ? IDBKeyRange.only(after) : range)];
      });
      await onSlice(slice.tasks);
      if (!full || !after) break;
    }
  }
}

/** Tasks snoozed until after `today`: listed under Later, whatever their due date. */
export async function snoozedPast(db: AgendumDb, today: IsoDate): Promise<QueryResult> {
  return readTasks(db, async (tasks) => [await tasks.index('snoozeUntil').getAll(IDBKeyRange.lowerBound(today, true))]);
}

/** Every task with one of the user marks `marks` (few: the user's own edits): what index ranges cannot tell apart. */
export async function userMarkedTasks(db: AgendumDb, marks: UserMark[]): Promise<QueryResult> {
  return readTasks(db, (tasks) => Promise.all(marks.map((mark) => tasks.index('userMarks').getAll(mark))));
}

/** Open tasks due before `today` (the user's local date), everyone's or `who`'s. */
export async function overdueAsOf(db: AgendumDb, today: IsoDate, who?: Who): Promise<QueryResult> {
  return openDueIn(db, FIRST_DATE, today, true, who);
}

/**
 * The actions the user made from text selected on the page at `url` (the fragment ignored): keyed as the page's
 * own tasks are (by host and `pageId` when it has one), or, made before that was so, by the address they were made at.
 */
export async function userTasksOnPage(db: AgendumDb, url: string, pageId?: string): Promise<QueryResult> {
  const keys = new Set([pageKeyOf(url), pageKeyOf(url, pageId)]);
  const made = await userMarkedTasks(db, ['made']);
  return { ...made, tasks: made.tasks.filter((task) => task.pageKeys.some((key) => keys.has(key))) };
}
