import { ConflictList } from './ConflictList';
import { SyncLogView } from './SyncLogView';
import { SyncSettings } from './SyncSettings';

/** Everything about sync on the settings page: connection, conflicts, log. */
export function SyncSection({ focusConflicts = false }: { focusConflicts?: boolean }) {
  return (
    <>
      <SyncSettings />
      <ConflictList focusOnShow={focusConflicts} />
      <SyncLogView />
    </>
  );
}
