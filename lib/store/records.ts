// Reading and writing records safely. A task record is validated in full once per version of it: when it is
// written (`checkTask`) or when a schema upgrade rewrites it. A read only checks the shape views rely on, so
// a damaged record is still skipped and reported, never thrown, at a fraction of the cost. Every write runs
// in one transaction that either commits whole or changes nothing.
import { unwrap, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { StoredTask } from '../model/stored-task';
import { describeIssue, toStoreError } from './errors';
import type { AgendumDb, AgendumSchema } from './schema';

/** A stored record that failed validation, left untouched. */
export interface SkippedRecord {
  id: string;
  problem: string;
}

export interface QueryResult {
  /** Sorted by effective due date (undated last), then id, unless the query says otherwise. */
  tasks: StoredTask[];
  skipped: SkippedRecord[];
}

export type WriteTransaction = IDBPTransaction<AgendumSchema, ('tasks' | 'pages' | 'archive' | 'meta')[], 'readwrite'>;
export type TaskStore = IDBPObjectStore<AgendumSchema, ['tasks'], 'tasks', 'readonly'>;

/** The record's id, read before validation (for keying and reporting raw records); "(no id)" if it has none. */
export function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' ? id : '(no id)';
}

export type Checked = { ok: true; task: StoredTask } | { ok: false; skipped: SkippedRecord };

/** The full validation, for a record about to be written (or exported): the parsed copy, or what is wrong. */
export function checkTask(raw: unknown): Checked {
  const parsed = StoredTask.safeParse(raw);
  return parsed.success
    ? { ok: true, task: parsed.data }
    : { ok: false, skipped: { id: idOf(raw), problem: describeIssue(parsed.error) } };
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isOptional = (value: unknown, is: (value: unknown) => boolean): boolean => value === undefined || is(value);
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
const isStatus = (value: unknown): boolean => value === 'open' || value === 'done';
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);

/** Every field a view, an export or a merge reads, of the type it reads it as (formats and lengths are the write's to check). */
function hasReadableShape(raw: unknown): raw is StoredTask {
  if (
    !isObject(raw) ||
    !isString(raw.id) ||
    !isObject(raw.wiki) ||
    !isObject(raw.user) ||
    !Array.isArray(raw.locations)
  )
    return false;
  const { wiki, user } = raw;
  const page = wiki.sourcePage;
  const status = user.status;
  return (
    isString(wiki.text) &&
    Array.isArray(wiki.assignees) &&
    wiki.assignees.every(
      (person) => isObject(person) && isString(person.name) && isOptional(person.username, isString),
    ) &&
    isObject(page) &&
    isString(page.title) &&
    isOptional(page.url, isString) &&
    isOptional(page.id, isString) &&
    isStatus(wiki.status) &&
    isString(wiki.origin) &&
    isString(wiki.statusChangedAt) &&
    isString(wiki.firstSeen) &&
    isString(wiki.lastSeen) &&
    [wiki.due, wiki.topic, wiki.meetingDate, wiki.series, wiki.taskId].every(
      (field) => field === null || isOptional(field, isString),
    ) &&
    raw.locations.length > 0 &&
    raw.locations.every(
      (location) =>
        isObject(location) &&
        isString(location.url) &&
        isString(location.lastSeen) &&
        isOptional(location.goneAt, isString),
    ) &&
    isOptional(status, (value) => isObject(value) && isStatus(value.value) && isString(value.at)) &&
    [user.mine, user.hidden, user.pinned, user.createdByUser].every((field) => isOptional(field, isBoolean)) &&
    [user.note, user.snoozeUntil, user.updatedAt].every((field) => isOptional(field, isString)) &&
    (user.due === null || isOptional(user.due, isString)) &&
    isStatus(raw.effectiveStatus) &&
    (raw.statusSource === 'wiki' || raw.statusSource === 'user') &&
    [raw.effectiveDue, raw.goneAt, raw.openDue].every((field) => isOptional(field, isString)) &&
    isString(raw.updatedAt) &&
    isString(raw.sortText) &&
    isStrings(raw.pageKeys) &&
    isStrings(raw.userMarks) &&
    Array.isArray(raw.personOpenDue)
  );
}

/** A stored record as read: taken as it is when it has the shape views rely on, else decided by the full validation. */
export function readTask(raw: unknown): Checked {
  return hasReadableShape(raw) ? { ok: true, task: raw } : checkTask(raw);
}

function byDue(a: StoredTask, b: StoredTask): number {
  const due = (task: StoredTask): string => task.effectiveDue ?? '\uffff';
  return due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Runs `read` in one read-only transaction over tasks; the records it returns, each once, checked and sorted by `order`. */
export async function readTasks(
  db: AgendumDb,
  read: (tasks: TaskStore) => Promise<unknown[][]>,
  order: (a: StoredTask, b: StoredTask) => number = byDue,
): Promise<QueryResult> {
  let batches: unknown[][];
  try {
    const tx = db.transaction('tasks', 'readonly');
    batches = await read(tx.objectStore('tasks'));
  } catch (error) {
    throw toStoreError(error);
  }
  const seen = new Set<string>();
  const result: QueryResult = { tasks: [], skipped: [] };
  for (const raw of batches.flat()) {
    const id = idOf(raw);
    if (seen.has(id)) continue;
    seen.add(id);
    const checked = readTask(raw);
    if (checked.ok) result.tasks.push(checked.task);
    else result.skipped.push(checked.skipped);
  }
  result.tasks.sort(order);
  return result;
}

// When a write fails, its error already went to the caller: the abandoned transaction's `tx.done` rejection
// needs no second report.
function reportedByDone(): void {}

/**
 * Queues a put whose failure aborts the transaction and surfaces through `tx.done`. A raw request: idb's
 * promise per request (listeners added and removed) cost more than the write itself in a 10,000-task sync.
 */
export function queuePut<Name extends 'tasks' | 'pages' | 'archive'>(
  tx: WriteTransaction,
  name: Name,
  value: AgendumSchema[Name]['value'],
): void {
  unwrap(tx).objectStore(name).put(value);
}

/**
 * Runs `write` in one read-write transaction over tasks, pages, the archive and meta and waits for it to commit. On any failure
 * the transaction is aborted, so nothing it wrote stays, and the error is rethrown as a StoreError.
 */
export async function writeTransaction<T>(db: AgendumDb, write: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  let tx: WriteTransaction | undefined;
  try {
    tx = db.transaction(['tasks', 'pages', 'archive', 'meta'], 'readwrite');
    const value = await write(tx);
    await tx.done;
    return value;
  } catch (error) {
    if (tx) abandon(tx);
    throw toStoreError(error);
  }
}

function abandon(tx: WriteTransaction): void {
  tx.done.catch(reportedByDone);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request.
  }
}
