import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { conflictsHref, href } from '../../navigation/router';
import { appSyncEngine, useOpenConflicts, useSyncStatus } from '../../sync';
import { statusIcon } from './statusIcon';
import { statusText } from './statusText';

/**
 * The header's sync line: state in words (never colour alone) and the number of unresolved
 * conflicts, linking to the settings page where both are handled. Mounting it starts the engine.
 */
export function SyncStatusIndicator() {
  const { t } = useTranslation();
  const { db, device, platform } = useServices();
  const status = useSyncStatus();
  const conflicts = useOpenConflicts(db, device.workspaceId);

  useEffect(() => appSyncEngine(db, device, platform).start(), [db, device, platform]);

  // The live region wraps the link: a role on the link itself would hide that it is a link.
  return (
    <div role="status" aria-live="polite" data-testid="sync-status" data-phase={status.phase}>
      <a
        href={conflicts && conflicts.length > 0 ? conflictsHref() : href('settings')}
        className="sync-indicator"
        style={{ display: 'inline-flex', gap: 8, alignItems: 'center', textDecoration: 'none' }}
      >
        <span aria-hidden="true">{statusIcon(status.phase, conflicts?.length ?? 0)}</span>
        <span>{statusText(t, status)}</span>
        {conflicts && conflicts.length > 0 && (
          <strong data-testid="sync-conflict-count">
            {t('sync.status.conflicts', { count: conflicts.length })}
          </strong>
        )}
      </a>
    </div>
  );
}
