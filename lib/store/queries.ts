// The questions the popup, overlay and badge ask, each answered from an index key range, never by loading
// every record. "Open" here means open and not gone; hidden and snoozed tasks are returned, the UI decides.
import { addDays } from '../dates/calendar';
import type { IsoDate } from '../model/page';
import type { StoredTask } from '../model/stored-task';
import { isIndexWord, pageKeyOf, searchWords, whoKeys, type Who } from './keys';
import { searchableText } from './merge';
import { readTasks, type QueryResult } from './records';
import type { AgendumDb } from './schema';

// '' (undated) sorts before '0', and every date at or after it; '\uffff' sorts after every date and word.
const FIRST_DATE = '0';
const HIGHEST = '\uffff';

/** Open tasks whose `openDue` is in [from, to] (`to` excluded when `toOpen`), everyone's or `who`'s. */
async function openDueIn(db: AgendumDb, from: string, to: string, toOpen: boolean, who: Who | undefined): Promise<QueryResult> {
  return readTasks(db, (tasks) =>
    who
      ? Promise.all(
          whoKeys(who).map((key) => tasks.index('personOpenDue').getAll(IDBKeyRange.bound([key, from], [key, to], false, toOpen))),
        )
      : Promise.all([tasks.index('openDue').getAll(IDBKeyRange.bound(from, to, false, toOpen))]),
  );
}

/** Open tasks assigned to `who`, by folded name or alias, username, account id or user key. */
export async function openTasksFor(db: AgendumDb, who: Who): Promise<QueryResult> {
  return openDueIn(db, '', HIGHEST, false, who);
}

/** Open tasks due before `today` (the user's local date), everyone's or `who`'s. */
export async function overdueAsOf(db: AgendumDb, today: IsoDate, who?: Who): Promise<QueryResult> {
  return openDueIn(db, FIRST_DATE, today, true, who);
}

/** Open tasks due from `today` to `days` days later, both included, everyone's or `who`'s. */
export async function dueWithin(db: AgendumDb, today: IsoDate, days: number, who?: Who): Promise<QueryResult> {
  return openDueIn(db, today, addDays(today, days), false, who);
}

/**
 * Tasks agreed on or still shown on a page: by its url (the fragment ignored), or, for a page with an id,
 * by host and id whatever address reached it.
 */
export async function tasksOnPage(db: AgendumDb, url: string, pageId?: string): Promise<QueryResult> {
  return readTasks(db, async (tasks) => [await tasks.index('pageKeys').getAll(pageKeyOf(url, pageId))]);
}

/** Tasks from every meeting of a series (the page title without its date). */
export async function tasksInSeries(db: AgendumDb, series: string): Promise<QueryResult> {
  return readTasks(db, async (tasks) => [await tasks.index('series').getAll(series)]);
}

/**
 * Tasks in which every word of `text` begins a word of the task's text, topic, assignees or note (accents and
 * case ignored). The index narrows by the longest query word it holds; each candidate is then checked whole.
 * A query of only single letters and stop words ("the", "to"…) finds nothing.
 */
export async function searchTasks(db: AgendumDb, text: string): Promise<QueryResult> {
  const wanted = searchWords(text);
  const probe = wanted.filter(isIndexWord).sort((a, b) => b.length - a.length)[0];
  if (probe === undefined) return { tasks: [], skipped: [] };
  const result = await readTasks(db, async (tasks) => [await tasks.index('words').getAll(IDBKeyRange.bound(probe, probe + HIGHEST))]);
  const matches = (task: StoredTask): boolean => {
    const words = searchWords(searchableText(task));
    return wanted.every((query) => words.some((word) => word.startsWith(query)));
  };
  return { ...result, tasks: result.tasks.filter(matches) };
}
