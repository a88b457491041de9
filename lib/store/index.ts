// The store's public API, one import for the background, popup and options pages (never a content script).
export { openAgendumDb, type OpenOptions } from './open';
export { DB_NAME, DB_VERSION, type AgendumDb } from './schema';
export { StoreError, type StoreErrorKind } from './errors';
export { type Who } from './keys';
export { type QueryResult, type SkippedRecord } from './records';
export { syncPage, setUserFields, addUserTask, getTask, getTasks, listTasks, type SyncResult, type UserTaskInput } from './tasks';
export { openTasksFor, overdueAsOf, dueWithin, tasksOnPage, tasksInSeries, searchTasks } from './queries';
export { exportBackup, importBackup, parseBackup, previewBackup, Backup, type ImportResult } from './backup';
