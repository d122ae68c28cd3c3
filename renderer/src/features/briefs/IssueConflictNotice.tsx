import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictsHref } from '../../navigation/router';
import { useServices } from '../../services/services';
import { useOpenConflicts } from '../../sync';
import { fieldLabel } from '../sync';
import { conflictedFields } from './conflictedFields';

/**
 * Says on the issue page that a field of the issue or its brief conflicts with another device's
 * edit: what is shown is one version, and the other waits in 設定・同期 (the link goes there).
 */
export function IssueConflictNotice({ issueId, briefId }: { issueId: string; briefId: string | null }) {
  const { t } = useTranslation();
  const { db, device } = useServices();
  const conflicts = useOpenConflicts(db, device.workspaceId);
  const fields = useMemo(
    () => conflictedFields(conflicts ?? [], issueId, briefId),
    [conflicts, issueId, briefId],
  );
  if (fields.length === 0) return null;
  const labels = fields.map(({ table, field }) =>
    table === 'briefs'
      ? t('briefs.conflictBriefField', { field: fieldLabel(t, table, field) })
      : fieldLabel(t, table, field),
  );
  return (
    <div className="notice" role="note" data-testid="issue-conflicts">
      <p>
        <a href={conflictsHref()}>
          {t('briefs.conflict', { fields: labels.join(t('briefs.listSeparator')) })}
        </a>
      </p>
    </div>
  );
}
