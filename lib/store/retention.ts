// The retention setting's work: tasks gone from their page for a long time that the user never touched are
// archived (moved to the archive store: out of every list and index, kept, and back if a page shows them
// again) or deleted. The default keeps everything; nothing the user edited, marked or made is ever retired.
import { unwrap } from 'idb';
import type { StoredTask } from '../model/stored-task';
import { toStoreError } from './errors';
import { readTask, writeTransaction } from './records';
import type { AgendumDb } from './schema';

export type RetireMode = 'archive' | 'delete';

/** Nothing in the user half: no status, date, note, mark or snooze of theirs, and not made from a selection. */
export function untouched(task: StoredTask): boolean {
  return Object.values(task.user).every((value) => value === undefined);
}

/** Retired by a pass with cut-off `goneBefore` (an ISO timestamp): gone since before it, and untouched. */
export function isRetirable(task: StoredTask, goneBefore: string): boolean {
  return task.goneAt !== undefined && task.goneAt < goneBefore && untouched(task);
}

/** The ids of tasks gone since before `goneBefore` (keys only, cheap), touched or not: `retireTasks` decides. */
export async function goneTaskIds(db: AgendumDb, goneBefore: string): Promise<string[]> {
  try {
    return await db.getAllKeysFromIndex('tasks', 'goneAt', IDBKeyRange.upperBound(goneBefore, true));
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Archives or deletes those of `ids` that are retirable now, in one transaction; resolves to how many. */
export async function retireTasks(
  db: AgendumDb,
  ids: readonly string[],
  mode: RetireMode,
  goneBefore: string,
): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const tasks = unwrap(tx).objectStore('tasks');
    const archive = unwrap(tx).objectStore('archive');
    const records = await Promise.all(ids.map((id) => tx.objectStore('tasks').get(id)));
    let retired = 0;
    for (const raw of records) {
      const checked = raw === undefined ? undefined : readTask(raw);
      if (!checked?.ok || !isRetirable(checked.task, goneBefore)) continue;
      if (mode === 'archive') archive.put(checked.task);
      tasks.delete(checked.task.id);
      retired++;
    }
    return retired;
  });
}

/** How many tasks are stored, listed and archived (count walks the store: for the options page, not a hot path). */
export async function storedCounts(db: AgendumDb): Promise<{ tasks: number; archived: number }> {
  try {
    const [tasks, archived] = await Promise.all([db.count('tasks'), db.count('archive')]);
    return { tasks, archived };
  } catch (error) {
    throw toStoreError(error);
  }
}
