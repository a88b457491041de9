// Backup: the whole store as versioned JSON, and importing such a file back. An import validates the whole
// file before touching the database, then merges by id in one transaction: all of it or nothing.
import { StoredPage, StoredTaskCore, type StoredTask, Timestamp } from '../model/stored-task';
import { z } from '../model/zod';
import { StoreError, describeIssue, toStoreError } from './errors';
import { pageKeyOf } from './keys';
import { isEarlier, mergeImported } from './merge';
import { rescoped } from './rescope';
import { checkTask, queuePut, writeTransaction } from './records';
import type { AgendumDb } from './schema';

export const BACKUP_FORMAT = 'agendum-backup';
export const BACKUP_VERSION = 1;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  // Read as their halves and locations: the derived fields are recomputed on import, so a backup written
  // before a schema change (fewer derived fields) imports as well as a new one.
  tasks: z.array(StoredTaskCore),
  pages: z.array(StoredPage),
});
export type Backup = z.infer<typeof Backup>;

export interface ImportResult {
  /** Tasks that were not stored before. */
  added: number;
  /** Tasks merged into a stored one (newer halves kept). */
  merged: number;
  pages: number;
}

/** Every valid task and page as a backup file's text (a damaged record cannot be imported, so it is left out). */
export async function exportBackup(db: AgendumDb, now: Date): Promise<string> {
  let rawTasks: unknown[];
  let rawPages: unknown[];
  try {
    const tx = db.transaction(['tasks', 'pages'], 'readonly');
    [rawTasks, rawPages] = await Promise.all([tx.objectStore('tasks').getAll(), tx.objectStore('pages').getAll()]);
  } catch (error) {
    throw toStoreError(error);
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    tasks: rawTasks.flatMap((raw) => {
      const checked = checkTask(raw);
      return checked.ok ? [checked.task] : [];
    }),
    pages: rawPages.flatMap((raw) => {
      const parsed = StoredPage.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }),
  };
  return JSON.stringify(backup);
}

function rejected(problem: string): StoreError {
  return new StoreError('invalid-backup', `${problem} Nothing was imported.`);
}

/** The file's text as a Backup, or a StoreError naming the first problem. */
export function parseBackup(json: string): Backup {
  let data: unknown;
  try {
    // Editors that save "UTF-8 with BOM" (Notepad, Excel's text export) put a byte order mark first.
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw rejected(`This file is not an Agendum backup: it is not JSON (${(error as Error).message}).`);
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== BACKUP_FORMAT) throw rejected('This file is not an Agendum backup: it has no "format": "agendum-backup".');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw rejected(`This backup was made by a newer Agendum (backup version ${head.version}): update Agendum to import it.`);
  }
  const parsed = Backup.safeParse(data);
  if (!parsed.success) throw rejected(`This Agendum backup is damaged: ${describeIssue(parsed.error)}.`);
  return parsed.data;
}

/**
 * Merges a backup into the store by id, never duplicating: per task, the newer wiki half, locations and user
 * half win (see `mergeImported`); per page, the later visit. A stored record that is damaged is replaced.
 */
export async function importBackup(db: AgendumDb, json: string): Promise<ImportResult> {
  const parsed = parseBackup(json);
  // A backup made before ids were namespaced by origin holds them as the store did then (see schema v4).
  const backup = {
    tasks: parsed.tasks.map(rescoped),
    pages: parsed.pages.map((page) => ({ ...page, key: pageKeyOf(page.url, page.pageId) })),
  };
  return writeTransaction(db, async (tx) => {
    const tasks = tx.objectStore('tasks');
    const pages = tx.objectStore('pages');
    const [rawTasks, rawPages] = await Promise.all([
      Promise.all(backup.tasks.map((task) => tasks.get(task.id))),
      Promise.all(backup.pages.map((page) => pages.get(page.key))),
    ]);
    const result: ImportResult = { added: 0, merged: 0, pages: backup.pages.length };
    const merged = new Map<string, StoredTask>();
    for (const [i, incoming] of backup.tasks.entries()) {
      const raw = rawTasks[i];
      const checked = raw === undefined ? undefined : checkTask(raw);
      // A task listed twice in the file merges into its first copy.
      const existing = merged.get(incoming.id) ?? (checked?.ok ? checked.task : undefined);
      if (raw === undefined && !merged.has(incoming.id)) result.added += 1;
      else result.merged += 1;
      merged.set(incoming.id, mergeImported(existing, incoming));
    }
    for (const task of merged.values()) queuePut(tx, 'tasks', task);
    for (const [i, incoming] of backup.pages.entries()) {
      const existing = StoredPage.safeParse(rawPages[i]);
      if (!existing.success || isEarlier(existing.data.lastSeen, incoming.lastSeen)) queuePut(tx, 'pages', incoming);
    }
    return result;
  });
}
