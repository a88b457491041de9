// What the options page asks of the background (which keeps the badge and open pages following): pulling the
// reader's tasks from a wiki, forgetting what a site stored, and restoring a backup (previewed against the
// store and merged into it here, the extension's pages sharing it; the identities it holds merged into the
// settings; then the background told). Each rejects with a sentence for the user.
import { sendToBackground } from '../messages/client';
import type { BackupPreview, RestoreResult } from '../model/backup-preview';
import { mergeIdentities } from '../people/merge-identities';
import { importBackup, openAgendumDb, parseBackup, previewBackup, type AgendumDb } from '../store';
import { loadSettings, saveSettings } from './settings';

/** "Pull my tasks" for the wiki at `origin`. */
export async function pullWikiTasks(origin: string): Promise<{ added: number; updated: number; leftOut: number }> {
  const reply = await sendToBackground('pullWikiTasks', { origin });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Forgets every action and page read on `origin`; resolves to how many actions went. */
export async function forgetStoredSite(origin: string): Promise<number> {
  const reply = await sendToBackground('forgetSite', { origin });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.deleted;
}

export interface BackupRestore {
  /** What restoring the file's text would add and change; rejects with the reason, in words, for a file it cannot use. */
  preview(text: string): Promise<BackupPreview>;
  /** Merges the file into the store and the settings, never losing what is newer there. */
  restore(text: string): Promise<RestoreResult>;
}

export function createBackupRestore(): BackupRestore {
  let db: Promise<AgendumDb> | undefined;
  const store = (): Promise<AgendumDb> => (db ??= openAgendumDb());
  return {
    async preview(text) {
      return previewBackup(await store(), text, (await loadSettings()).identities);
    },
    async restore(text) {
      const backup = parseBackup(text);
      const { added, merged, pages } = await importBackup(await store(), backup);
      const merge = mergeIdentities((await loadSettings()).identities, backup.identities ?? []);
      if (merge.added > 0) await saveSettings({ identities: merge.identities });
      // The store has changed already; a background that does not answer only delays the badge.
      await sendToBackground('backupRestored', {});
      return { added, merged, pages, identities: merge.added };
    },
  };
}

/** The options page's one instance (it opens the database only when a file is first previewed). */
export const backupFiles: BackupRestore = createBackupRestore();
