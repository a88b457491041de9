// The store's public API, one import for the background, popup and options pages (never a content script).
export { openAgendumDb, type OpenOptions } from './open';
export { DB_NAME, DB_VERSION, type AgendumDb } from './schema';
export { StoreError, type StoreErrorKind } from './errors';
export { pageKeyOf, withoutFragment, type Who } from './keys';
export { type QueryResult, type SkippedRecord } from './records';
export {
  syncPage,
  setUserFields,
  addUserTask,
  getTask,
  getTasks,
  getPage,
  listTasks,
  readTasksInSlices,
  type SyncResult,
  type SyncOptions,
  type UserTaskInput,
} from './tasks';
export {
  overdueAsOf,
  openDueSlice,
  inOpenSlice,
  userMarkedTasks,
  snoozedPast,
  readOpenTasksUnder,
  userTasksOnPage,
} from './queries';
export { type DueSpan, type OpenSlice } from './queries';
export { readerKeys } from './keys';
export { exportBackup, importBackup, parseBackup, previewBackup, Backup, type ImportResult } from './backup';
export {
  pendingWikiWrites,
  settleWikiWrite,
  holdWikiWrites,
  mergeWikiTasks,
  type WikiWriteOutcome,
  type PullMergeResult,
} from './wiki-sync';
export { goneTaskIds, retireTasks, storedCounts, type RetireMode } from './retention';
export { deleteTask, forgetPageOf, forgetSite, storedSites } from './forget';
