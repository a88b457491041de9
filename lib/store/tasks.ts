// Writing and reading tasks: a page sync, a user's edit, a user-made action, reads by id or status.
// Each write is one transaction that awaits nothing but its own requests; merge rules live in merge.ts.
import { unwrap } from 'idb';
import type { PageTasks } from '../model/extraction';
import type { IsoDate, Person } from '../model/page';
import { StoredPage, StoredTask, type TextAnchor, type UserPatch } from '../model/stored-task';
import { Task, type TaskStatus } from '../model/task';
import { hashText } from '../hash';
import { StoreError, describeIssue, toStoreError } from './errors';
import { pageKeyOf, withoutFragment } from './keys';
import { recordSize, siteBytesKey } from './site-bytes';
import {
  applyUserPatch,
  locationKey,
  markMissing,
  mergeSighting,
  pageRecord,
  pageWorthWriting,
  sightingWorthWriting,
  wikiChanged,
  withIndexFields,
  type Sighting,
} from './merge';
import {
  checkTask,
  idOf,
  queuePut,
  readTask,
  readTasks,
  writeTransaction,
  type QueryResult,
  type SkippedRecord,
  type WriteTransaction,
} from './records';
import type { AgendumDb } from './schema';

export interface SyncResult {
  /** Ids stored for the first time. */
  added: string[];
  /** Ids whose wiki half changed (text, people, due, status, topic…). */
  updated: string[];
  /** Ids that this visit found missing from their own page (or from their every location). */
  gone: string[];
  /** Ids that were gone and are back. */
  revived: string[];
  /** Tasks not stored or not updated: invalid in the extraction, or a stored record that fails validation. */
  skipped: SkippedRecord[];
  /** The page's tasks as now stored, in page order (skipped ones left out). */
  tasks: StoredTask[];
  /** The visit made the page's record: the site has one page more. */
  pageAdded: boolean;
  /** New tasks not stored because their site has stored all it may (`SyncOptions.site`). */
  refused: number;
  /** The page showed tasks before and this visit found none of them, which it may not say (`mayEmptyPage`). */
  keptAll: boolean;
}

export interface SyncOptions {
  /** The address the page was read at. */
  url: string;
  now: Date;
  /**
   * Whether a visit that finds none of the tasks the page showed before may mark them all gone (default yes).
   * A visit from an address the page was not loaded at may not: that is how a page would hide another's.
   */
  mayEmptyPage?: boolean;
  /** The site the page belongs to and what its pages may store in all (bytes as `recordSize` counts them). */
  site?: { key: string; maxBytes: number };
}

/** What the user selected to make an action from (the store derives its id from the page and the anchor). */
export interface UserTaskInput {
  text: string;
  /** Where it was made (the browser's address). */
  url: string;
  pageTitle: string;
  /** The page's own id and address, as the page's extracted tasks name it. */
  pageId?: string;
  pageUrl?: string;
  assignees: Person[];
  due: IsoDate | null;
  note?: string;
  anchor: TextAnchor;
}

/** The page's tasks, one per id (the first), and the invalid ones reported. */
function validTasks(extraction: PageTasks, skipped: SkippedRecord[]): Task[] {
  const tasks = new Map<string, Task>();
  for (const raw of extraction.tasks) {
    const parsed = Task.safeParse(raw);
    if (!parsed.success) skipped.push({ id: idOf(raw), problem: describeIssue(parsed.error) });
    else if (!tasks.has(parsed.data.id)) tasks.set(parsed.data.id, parsed.data);
  }
  return [...tasks.values()];
}

/** Sorted ids as [first, last] runs of ids that differ only after their last ':'. */
function idRuns(sorted: readonly string[]): Array<[string, string]> {
  const runs: Array<[string, string]> = [];
  let prefix: string | undefined;
  for (const id of sorted) {
    const own = id.slice(0, id.lastIndexOf(':') + 1);
    const run = runs[runs.length - 1];
    if (run && own === prefix) run[1] = id;
    else runs.push([id, id]);
    prefix = own;
  }
  return runs;
}

/**
 * The stored records of the tasks seen at page `key` (whether or not still there) and of `found`, by id. Few
 * requests, not one per task: one index read for the page's tasks, key reads for the rest (one range per wiki
 * page they come from), and a read each only for those of the rest that exist (a Task Report's, usually). A task
 * retention archived comes back from the archive (`restored`): the page shows it again.
 */
async function readStored(
  tx: WriteTransaction,
  key: string,
  found: Task[],
): Promise<{ stored: Map<string, unknown>; restored: string[] }> {
  const tasks = tx.objectStore('tasks');
  const stored = new Map<string, unknown>((await tasks.index('pageKeys').getAll(key)).map((raw) => [idOf(raw), raw]));
  const unread = found
    .map((task) => task.id)
    .filter((id) => !stored.has(id))
    .sort();
  if (unread.length === 0) return { stored, restored: [] };
  const archive = tx.objectStore('archive');
  // One range over all of them would span every task stored between the page's first and last id: at 100,000
  // stored, tens of thousands of keys for a page of 160 new tasks.
  const ranges = idRuns(unread).map(([first, last]) => IDBKeyRange.bound(first, last));
  const keysIn = async (store: typeof tasks | typeof archive): Promise<Set<IDBValidKey>> =>
    new Set((await Promise.all(ranges.map((range) => store.getAllKeys(range)))).flat());
  const [existing, archived] = await Promise.all([keysIn(tasks), keysIn(archive)]);
  const restored = unread.filter((id) => !existing.has(id) && archived.has(id));
  const rest = await Promise.all([
    ...unread.filter((id) => existing.has(id)).map((id) => tasks.get(id)),
    ...restored.map((id) => archive.get(id)),
  ]);
  for (const raw of rest) stored.set(idOf(raw), raw);
  return { stored, restored };
}

/**
 * Stores what a visit to `url` found: the wiki half of each task, this location, and the page record. Tasks
 * this page showed before and not now are marked gone here. One transaction: concurrent syncs queue.
 */
export async function syncPage(db: AgendumDb, extraction: PageTasks, options: SyncOptions): Promise<SyncResult> {
  const { url, now, mayEmptyPage = true, site } = options;
  const at = now.toISOString();
  const result: SyncResult = {
    added: [],
    updated: [],
    gone: [],
    revived: [],
    skipped: [],
    tasks: [],
    pageAdded: false,
    refused: 0,
    keptAll: false,
  };
  const found = validTasks(extraction, result.skipped);
  const sighting: Sighting = {
    location: { url, pageId: extraction.page.id, title: extraction.page.title },
    series: extraction.page.series,
    now: at,
  };
  const key = pageKeyOf(url, extraction.page.id);

  return writeTransaction(db, async (tx) => {
    const meta = tx.objectStore('meta');
    const [rawPage, { stored, restored }, siteBytes] = await Promise.all([
      tx.objectStore('pages').get(key),
      readStored(tx, key, found),
      site ? meta.get(siteBytesKey(site.key)) : undefined,
    ]);
    const page = rawPage === undefined ? undefined : StoredPage.safeParse(rawPage);
    if (page && !page.success) result.skipped.push({ id: `page ${key}`, problem: describeIssue(page.error) });
    let bytes = siteBytes ?? 0;
    /** Whether the site has room for `after` (what is stored is always kept up to date; only new records count against it). */
    const room = (after: StoredTask | StoredPage, before: unknown): boolean => {
      const grows = recordSize(after) - (before === undefined ? 0 : JSON.stringify(before).length);
      if (site && grows > 0 && before === undefined && bytes + grows > site.maxBytes) return false;
      bytes += grows;
      return true;
    };

    const checked = new Map([...stored].map(([id, raw]) => [id, readTask(raw)]));
    /** Queues the record's write once it validates; otherwise reports it, and what is stored stays. */
    const write = (record: StoredTask): boolean => {
      const valid = checkTask(record);
      if (!valid.ok) result.skipped.push(valid.skipped);
      else queuePut(tx, 'tasks', valid.task);
      return valid.ok;
    };
    for (const task of found) {
      const check = checked.get(task.id);
      if (check && !check.ok) {
        result.skipped.push(check.skipped);
        continue;
      }
      const before = check?.task;
      const fromArchive = restored.includes(task.id);
      if (before && !fromArchive && !sightingWorthWriting(before, task, sighting)) {
        result.tasks.push(before);
        continue;
      }
      const after = mergeSighting(before, task, sighting);
      // An archived task coming back counts as new to its site: it left the store's count when archived.
      const storedBefore = fromArchive ? undefined : stored.get(task.id);
      if (!room(after, storedBefore)) {
        result.refused += 1;
        continue;
      }
      if (!write(after)) {
        if (before) result.tasks.push(before);
        continue;
      }
      // Back among the tasks: out of the archive in the same transaction.
      if (fromArchive) unwrap(tx).objectStore('archive').delete(task.id);
      if (!before) result.added.push(task.id);
      else if (before.goneAt && !after.goneAt) result.revived.push(task.id);
      else if (wikiChanged(before.wiki, after.wiki)) result.updated.push(task.id);
      result.tasks.push(after);
    }
    const here = new Set(found.map((task) => task.id));
    // An action the user made from this page is not the page's to lose.
    const missing = [...checked].filter(([id, check]) => !here.has(id) && !(check.ok && check.task.user.createdByUser));
    // Finding none of what the page showed (and something was there) empties it: only a visit that may.
    const showing = (check: ReturnType<typeof readTask>): boolean =>
      check.ok && check.task.locations.some((location) => locationKey(location) === key && !location.goneAt);
    const empties =
      missing.some(([, check]) => showing(check)) &&
      ![...checked].some(([id, check]) => here.has(id) && showing(check));
    result.keptAll = empties && !mayEmptyPage;
    for (const [id, check] of missing) {
      if (!check.ok) {
        result.skipped.push(check.skipped);
        continue;
      }
      if (result.keptAll) continue;
      const after = markMissing(check.task, key, at, sighting.location);
      if (after === check.task) continue;
      room(after, stored.get(id));
      if (!write(after)) continue;
      if (!check.task.goneAt && after.goneAt) result.gone.push(id);
    }
    const previous = page?.success ? page.data : undefined;
    const visited = pageRecord(previous, extraction, url, result.tasks, at);
    // A revisit within the hour that changed nothing writes nothing at all; a new page needs room on its site.
    if (pageWorthWriting(previous, visited) && room(visited, rawPage)) {
      queuePut(tx, 'pages', visited);
      result.pageAdded = rawPage === undefined;
    }
    if (site && bytes !== (siteBytes ?? 0)) meta.put(Math.max(0, bytes), siteBytesKey(site.key));
    return result;
  });
}

function damaged({ id, problem }: SkippedRecord): StoreError {
  return new StoreError('invalid-record', `The stored task ${id} is damaged (${problem}), so it was left as it is.`);
}

export async function readOne(tx: WriteTransaction, id: string): Promise<StoredTask | undefined> {
  const raw = await tx.objectStore('tasks').get(id);
  if (raw === undefined) return undefined;
  const checked = readTask(raw);
  if (!checked.ok) throw damaged(checked.skipped);
  return checked.task;
}

/**
 * Applies the user's edit to the user half; the wiki half is never touched. With `wikiOrigin` (write-back is on
 * for the wiki the task lives on), a status the edit changed is queued for that wiki in the same transaction; an
 * edit that changed no status leaves any queued write as it was.
 */
export async function setUserFields(
  db: AgendumDb,
  id: string,
  patch: UserPatch,
  now: Date,
  { wikiOrigin }: { wikiOrigin?: string } = {},
): Promise<StoredTask> {
  const at = now.toISOString();
  return writeTransaction(db, async (tx) => {
    const record = await readOne(tx, id);
    if (!record)
      throw new StoreError('not-found', 'This action is no longer stored: reload the page to find it again.');
    const updated = checkTask(applyUserPatch(record, patch, at));
    if (!updated.ok) throw damaged(updated.skipped);
    const status = updated.task.user.status;
    const changed = status !== undefined && status.at === at && status !== record.user.status;
    const stored =
      wikiOrigin && changed
        ? { ...updated.task, wikiWrite: { origin: wikiOrigin, status: status.value, at } }
        : updated.task;
    queuePut(tx, 'tasks', stored);
    return stored;
  });
}

/** Stores an action the user made from selected text; making the same selection again returns the stored one. */
export async function addUserTask(db: AgendumDb, input: UserTaskInput, now: Date): Promise<StoredTask> {
  const at = now.toISOString();
  const { exact, prefix, suffix } = input.anchor;
  // Keyed and filed like the page's own tasks: one page, one address, however the browser reached it.
  const pageUrl = withoutFragment(input.pageUrl ?? input.url);
  const id = `user:${pageKeyOf(pageUrl, input.pageId)}:${hashText(`${prefix}|${exact}|${suffix}`)}`;
  const record = withIndexFields({
    id,
    wiki: {
      text: input.text,
      assignees: input.assignees,
      due: input.due,
      status: 'open',
      // TaskOrigin has no value for a selection; createdByUser says where it came from.
      origin: 'text-marker',
      sourcePage: { title: input.pageTitle, url: pageUrl, ...(input.pageId ? { id: input.pageId } : {}) },
      statusChangedAt: at,
      firstSeen: at,
      lastSeen: at,
    },
    locations: [
      { url: input.url, title: input.pageTitle, lastSeen: at, ...(input.pageId ? { pageId: input.pageId } : {}) },
    ],
    user: { createdByUser: true, anchor: input.anchor, note: input.note || undefined, updatedAt: at },
    updatedAt: at,
  });
  const checked = StoredTask.safeParse(record);
  if (!checked.success)
    throw new StoreError('invalid-record', `This action cannot be saved: ${describeIssue(checked.error)}.`);
  return writeTransaction(db, async (tx) => {
    const existing = await readOne(tx, id);
    if (existing) return existing;
    queuePut(tx, 'tasks', checked.data);
    return checked.data;
  });
}

/** One task, or undefined when there is none; a damaged record throws an `invalid-record` StoreError. */
export async function getTask(db: AgendumDb, id: string): Promise<StoredTask | undefined> {
  const { tasks, skipped } = await getTasks(db, [id]);
  if (skipped[0]) throw damaged(skipped[0]);
  return tasks[0];
}

/** The page record stored under `key` (a `pageKeyOf`), or undefined; a damaged one reads as none (the next visit rewrites it). */
export async function getPage(db: AgendumDb, key: string): Promise<StoredPage | undefined> {
  let raw: unknown;
  try {
    raw = await db.get('pages', key);
  } catch (error) {
    throw toStoreError(error);
  }
  const parsed = StoredPage.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export async function getTasks(db: AgendumDb, ids: string[]): Promise<QueryResult> {
  return readTasks(db, async (tasks) => [
    (await Promise.all(ids.map((id) => tasks.get(id)))).filter((raw) => raw !== undefined),
  ]);
}

/**
 * Every stored task, read `size` at a time in key order, each slice in its own transaction and handed to
 * `onSlice` (whose promise is awaited before the next read), so a reader of 100,000 tasks never holds its
 * thread for long. Resolves to the records that failed their check.
 */
export async function readTasksInSlices(
  db: AgendumDb,
  size: number,
  onSlice: (tasks: StoredTask[]) => Promise<void>,
): Promise<SkippedRecord[]> {
  const skipped: SkippedRecord[] = [];
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    let keys: IDBValidKey[] = [];
    const slice = await readTasks(db, async (tasks) => {
      const [records, recordKeys] = await Promise.all([tasks.getAll(range, size), tasks.getAllKeys(range, size)]);
      keys = recordKeys;
      return [records];
    });
    skipped.push(...slice.skipped);
    await onSlice(slice.tasks);
    if (keys.length < size) return skipped;
    after = keys[keys.length - 1];
  }
}

/** Every stored task, or those whose effective status is `status` (gone and hidden ones included). */
export async function listTasks(db: AgendumDb, query: { status?: TaskStatus } = {}): Promise<QueryResult> {
  return readTasks(db, async (tasks) => [
    query.status ? await tasks.index('effectiveStatus').getAll(query.status) : await tasks.getAll(),
  ]);
}
