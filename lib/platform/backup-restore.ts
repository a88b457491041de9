// The options page's restore: a backup file previewed against the store, then merged into it (the store is
// shared by the extension's pages), the identities it holds merged into the settings, and the background told
// so that the badge and the open pages follow.
import { sendToBackground } from '../messages/client';
import type { BackupPreview, RestoreResult } from '../model/backup-preview';
import { mergeIdentities } from '../people/merge-identities';
import { importBackup, openAgendumDb, parseBackup, previewBackup, type AgendumDb } from '../store';
import { loadSettings, saveSettings } from './settings';

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
