// Reading and writing records safely: every record read is validated (a bad one is skipped and reported,
// never thrown), and every write runs in one transaction that either commits whole or changes nothing.
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
  /** Sorted by effective due date (undated last), then id. */
  tasks: StoredTask[];
  skipped: SkippedRecord[];
}

export type WriteTransaction = IDBPTransaction<AgendumSchema, ('tasks' | 'pages' | 'meta')[], 'readwrite'>;
export type TaskStore = IDBPObjectStore<AgendumSchema, ['tasks'], 'tasks', 'readonly'>;

/** The record's id, read before validation (for keying and reporting raw records); "(no id)" if it has none. */
export function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' ? id : '(no id)';
}

export function checkTask(raw: unknown): { ok: true; task: StoredTask } | { ok: false; skipped: SkippedRecord } {
  const parsed = StoredTask.safeParse(raw);
  return parsed.success ? { ok: true, task: parsed.data } : { ok: false, skipped: { id: idOf(raw), problem: describeIssue(parsed.error) } };
}

function byDue(a: StoredTask, b: StoredTask): number {
  const due = (task: StoredTask): string => task.effectiveDue ?? '\uffff';
  return due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Runs `read` in one read-only transaction over tasks; the records it returns, each once, validated and sorted. */
export async function readTasks(db: AgendumDb, read: (tasks: TaskStore) => Promise<unknown[][]>): Promise<QueryResult> {
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
    const checked = checkTask(raw);
    if (checked.ok) result.tasks.push(checked.task);
    else result.skipped.push(checked.skipped);
  }
  result.tasks.sort(byDue);
  return result;
}

// When a write fails, its error already went to the caller: the abandoned transaction's `tx.done` rejection
// needs no second report.
function reportedByDone(): void {}

/**
 * Queues a put whose failure aborts the transaction and surfaces through `tx.done`. A raw request: idb's
 * promise per request (listeners added and removed) cost more than the write itself in a 10,000-task sync.
 */
export function queuePut<Name extends 'tasks' | 'pages'>(tx: WriteTransaction, name: Name, value: AgendumSchema[Name]['value']): void {
  unwrap(tx).objectStore(name).put(value);
}

/**
 * Runs `write` in one read-write transaction over tasks, pages and meta and waits for it to commit. On any failure
 * the transaction is aborted, so nothing it wrote stays, and the error is rethrown as a StoreError.
 */
export async function writeTransaction<T>(db: AgendumDb, write: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  let tx: WriteTransaction | undefined;
  try {
    tx = db.transaction(['tasks', 'pages', 'meta'], 'readwrite');
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
