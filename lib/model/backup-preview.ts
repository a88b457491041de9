// What restoring a backup would do and did, as the options page shows it (lib/store/backup.ts counts it).
/** What importing a backup would do, counted against the store as it is now. */
export interface BackupPreview {
  /** Actions in the file, and those of them the store does not have, and the words of the first few. */
  actions: number;
  added: number;
  addedTexts: string[];
  /** Actions the store has that the file would change (it holds a newer edit or sighting), and the first few's words. */
  changed: number;
  changedTexts: string[];
  /** Pages in the file. */
  pages: number;
  /** Identities in the file, and those that would add a name or an id to who the user is. */
  identities: number;
  newIdentities: number;
}

/** What a restore did. */
export interface RestoreResult {
  /** Actions that were not stored before. */
  added: number;
  /** Actions merged into a stored one (the newer of each half kept). */
  merged: number;
  pages: number;
  /** Identities that added a name or an id to who the user is. */
  identities: number;
}
