// Backup: the whole store (and who the user is) as versioned JSON, and importing such a file back. A preview
// says what an import would add and change before anything does; an import validates the whole file before
// touching the database, then merges by id in one transaction: all of it or nothing, never losing what is newer.
import type { BackupPreview } from '../model/backup-preview';
import { Identity } from '../model/identity';
import { StoredPage, StoredTaskCore, type StoredTask, Timestamp } from '../model/stored-task';
import { mergeIdentities } from '../people/merge-identities';
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
  /** Who the user is (the settings' identities); absent from backups of before it was kept. */
  identities: z.optional(z.array(Identity)),
});
export type Backup = z.infer<typeof Backup>;

export interface ImportResult {
  /** Tasks that were not stored before. */
  added: number;
  /** Tasks merged into a stored one (newer halves kept). */
  merged: number;
  pages: number;
}

/** How many action texts a preview names for each kind of change. */
const NAMED = 5;

/**
 * Every valid task and page, and the user's identities, as a backup file's text (a damaged record cannot be
 * imported, so it is left out).
 */
export async function exportBackup(db: AgendumDb, now: Date, identities: Identity[] = []): Promise<string> {
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
    identities,
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
  } catch {
    throw rejected('This file is not an Agendum backup: it is not JSON.');
  }
  const head = typeof data === 'object' && data !== null ? (data as { format?: unknown; version?: unknown }) : {};
  if (head.format !== BACKUP_FORMAT)
    throw rejected('This file is not an Agendum backup: it has no "format": "agendum-backup".');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw rejected(
      `This backup was made by a newer Agendum (backup version ${head.version}): update Agendum to import it.`,
    );
  }
  const parsed = Backup.safeParse(data);
  if (!parsed.success) throw rejected(`This Agendum backup is damaged: ${describeIssue(parsed.error)}.`);
  return parsed.data;
}

/** The stored record of each of the backup's tasks (undefined where there is none, or it is damaged). */
async function storedOf(db: AgendumDb, backup: Backup): Promise<(StoredTask | undefined)[]> {
  try {
    const tasks = db.transaction('tasks', 'readonly').objectStore('tasks');
    const raws = await Promise.all(backup.tasks.map((task) => tasks.get(task.id)));
    return raws.map((raw) => {
      const checked = raw === undefined ? undefined : checkTask(raw);
      return checked?.ok ? checked.task : undefined;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** What importing `json` would add and change, against the store and `identities` as they are; throws as `parseBackup` does. */
export async function previewBackup(db: AgendumDb, json: string, identities: Identity[]): Promise<BackupPreview> {
  const parsed = parseBackup(json);
  // Compared by the ids an import would store them under (see importBackup).
  const backup = { ...parsed, tasks: parsed.tasks.map(rescoped) };
  const stored = await storedOf(db, backup);
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  backup.tasks.forEach((incoming, i) => {
    if (seen.has(incoming.id)) return;
    seen.add(incoming.id);
    const existing = stored[i];
    if (!existing) added.push(incoming.wiki.text);
    else if (JSON.stringify(mergeImported(existing, incoming)) !== JSON.stringify(existing))
      changed.push(existing.wiki.text);
  });
  const incomingIdentities = backup.identities ?? [];
  return {
    actions: seen.size,
    added: added.length,
    addedTexts: added.slice(0, NAMED),
    changed: changed.length,
    changedTexts: changed.slice(0, NAMED),
    pages: backup.pages.length,
    identities: incomingIdentities.length,
    newIdentities: mergeIdentities(identities, incomingIdentities).added,
  };
}

/**
 * Merges a backup into the store by id, never duplicating: per task, the newer wiki half, locations and user
 * half win (see `mergeImported`); per page, the later visit. A stored record that is damaged is replaced.
 */
export async function importBackup(db: AgendumDb, file: string | Backup): Promise<ImportResult> {
  const parsed = typeof file === 'string' ? parseBackup(file) : file;
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
