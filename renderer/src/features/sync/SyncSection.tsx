import { ConflictList } from './ConflictList';
import { SyncLogView } from './SyncLogView';
import { SyncSettings } from './SyncSettings';

/** Everything about sync on the settings page: connection, conflicts, log. */
export function SyncSection() {
  return (
    <>
      <SyncSettings />
      <ConflictList />
      <SyncLogView />
    </>
  );
}
