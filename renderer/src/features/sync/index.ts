export { SyncSection } from './SyncSection';
export { SyncStatusIndicator } from './SyncStatusIndicator';
