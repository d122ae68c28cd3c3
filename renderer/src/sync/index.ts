/** Public surface of the sync engine for features and the shell. */
export { SyncEngine, type PassResult, type SyncEngineOptions } from './engine';
export { appSyncEngine, saveSyncToken } from './appEngine';
export { useOpenConflicts, useSyncConfig, useSyncLog, useSyncStatus } from './hooks';
export type { SyncStatus } from './status';
export type { SyncConfig } from './state';
export type { SyncLogEntry, SyncLogParams } from './log';
