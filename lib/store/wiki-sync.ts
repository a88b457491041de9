// The store's side of syncing with the wiki itself: the status changes queued for a wiki (by its origin), how a
// try to send one ends, and tasks pulled from the wiki's own task lists merged in. Merge rules as in merge.ts:
// the wiki half says what the wiki says, the user half is the user's, the newer status wins.
import type { StoredTask, WikiWrite, WikiWriteProblem } from '../model/stored-task';
import { Task, type TaskStatus } from '../model/task';
import { describeIssue } from './errors';
import { isEarlier, mergeSighting, withIndexFields } from './merge';
import {
  checkTask,
  idOf,
  queuePut,
  readTasks,
  writeTransaction,
  type QueryResult,
  type SkippedRecord,
} from './records';
import type { AgendumDb } from './schema';
import { readOne } from './tasks';

/** The tasks holding a status change still to be written to the wiki at `origin`. */
export async function pendingWikiWrites(db: AgendumDb, origin: string): Promise<QueryResult> {
  return readTasks(db, async (tasks) => [await tasks.index('wikiWriteOrigin').getAll(origin)]);
}

/** How one try to write a status to the wiki ended. */
export type WikiWriteOutcome =
  /** The wiki now has the status (sent now, or someone had already set it there). */
  | { kind: 'on-wiki'; status: TaskStatus }
  /** The wiki's own status changed after the user's: it wins, and the write is dropped. */
  | { kind: 'wiki-newer'; status: TaskStatus; changedAt: string }
  /** The user's status no longer holds (the wiki's newer status is in force, or the user changed it back). */
  | { kind: 'dropped' }
  /** It did not get through: kept, with the reason. */
  | { kind: 'held'; problem: WikiWriteProblem };

/**
 * Records how the write queued at `at` ended. When the user changed the status again meanwhile, the newer
 * write stays queued untouched (only a `held` reason is noted on it). Resolves to the record as now stored.
 */
export async function settleWikiWrite(
  db: AgendumDb,
  id: string,
  at: string,
  outcome: WikiWriteOutcome,
  now: Date,
): Promise<StoredTask | undefined> {
  const stamp = now.toISOString();
  return writeTransaction(db, async (tx) => {
    const record = await readOne(tx, id);
    if (!record?.wikiWrite) return record;
    const same = record.wikiWrite.at === at;
    let next: StoredTask;
    if (outcome.kind === 'held') {
      next = { ...record, wikiWrite: { ...record.wikiWrite, problem: outcome.problem, triedAt: stamp } };
    } else if (!same) {
      return record;
    } else if (outcome.kind === 'dropped') {
      next = withIndexFields({ ...record, wikiWrite: undefined });
    } else {
      // What the wiki says now is a wiki-side change, dated when it happened there (or now, when that is unknown),
      // even when it reads as Agendum last saw it (changed there and back): it is the newer word.
      const changedAt = outcome.kind === 'wiki-newer' ? outcome.changedAt : stamp;
      const wiki = { ...record.wiki, status: outcome.status, statusChangedAt: changedAt };
      next = withIndexFields({ ...record, wiki, wikiWrite: undefined, updatedAt: stamp });
    }
    queuePut(tx, 'tasks', next);
    return next;
  });
}

/** Marks every queued write of `ids` as held for `problem` (no tab on the wiki, the switch turned off). */
export async function holdWikiWrites(
  db: AgendumDb,
  ids: string[],
  problem: WikiWriteProblem,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await writeTransaction(db, async (tx) => {
    for (const id of ids) {
      const record = await readOne(tx, id);
      if (!record?.wikiWrite || record.wikiWrite.problem === problem) continue;
      const wikiWrite: WikiWrite = { ...record.wikiWrite, problem, triedAt: stamp };
      queuePut(tx, 'tasks', { ...record, wikiWrite });
    }
  });
}

export interface PullMergeResult {
  /** Tasks not stored before: assigned to the reader on pages they never opened (or not since). */
  added: string[];
  /** Stored tasks whose status or due date the wiki now says differently. */
  updated: string[];
  skipped: SkippedRecord[];
}

/**
 * Merges tasks pulled from the wiki's task lists (each with its own page as `sourcePage`, url included). A new
 * task is stored as seen on its own page; a stored one takes only what the list is sure of, its status and due
 * date, and keeps the rest (topic, meeting, the page's own reading of its text) and every edit of the user's.
 */
export async function mergeWikiTasks(db: AgendumDb, pulled: Task[], now: Date): Promise<PullMergeResult> {
  const at = now.toISOString();
  const result: PullMergeResult = { added: [], updated: [], skipped: [] };
  const tasks = new Map<string, Task>();
  for (const raw of pulled) {
    const parsed = Task.safeParse(raw);
    if (!parsed.success) result.skipped.push({ id: idOf(raw), problem: describeIssue(parsed.error) });
    else if (!parsed.data.sourcePage.url)
      result.skipped.push({ id: parsed.data.id, problem: 'the wiki gave no address for its page' });
    else tasks.set(parsed.data.id, parsed.data);
  }
  return writeTransaction(db, async (tx) => {
    const store = tx.objectStore('tasks');
    const stored = await Promise.all([...tasks.keys()].map((id) => store.get(id)));
    for (const [i, task] of [...tasks.values()].entries()) {
      const raw = stored[i];
      const checked = raw === undefined ? undefined : checkTask(raw);
      if (checked && !checked.ok) {
        result.skipped.push(checked.skipped);
        continue;
      }
      const before = checked?.task;
      if (!before) {
        const { id, title, url } = task.sourcePage;
        queuePut(tx, 'tasks', mergeSighting(undefined, task, { location: { url: url!, pageId: id, title }, now: at }));
        result.added.push(task.id);
        continue;
      }
      if (before.wiki.status === task.status && before.wiki.due === task.due) continue;
      const statusChangedAt = before.wiki.status === task.status ? before.wiki.statusChangedAt : at;
      const wiki = {
        ...before.wiki,
        status: task.status,
        due: task.due,
        statusChangedAt,
        lastSeen: isEarlier(before.wiki.lastSeen, at) ? at : before.wiki.lastSeen,
      };
      queuePut(tx, 'tasks', withIndexFields({ ...before, wiki, updatedAt: at }));
      result.updated.push(task.id);
    }
    return result;
  });
}
