export { SyncSection } from './SyncSection';
export { SyncStatusIndicator } from './SyncStatusIndicator';
export { fieldLabel } from './conflictSubject';
