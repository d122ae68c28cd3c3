import type { IssueFields, IssueRecord } from '../../../../common/records/types';
import { ISSUE_FIELD_NAMES, emptyIssueFields } from '../../../../common/records/defaults';
import { useServices } from '../../services/services';
import { useRecordDraft } from '../../data/useRecordDraft';

export type IssueDraft = IssueFields;

/**
 * The issue being edited: a local draft that updates instantly and is autosaved against the
 * version it came from, so a colleague's synced edit is merged, never overwritten.
 */
export function useIssueDraft(issue: IssueRecord) {
  const { draft, edit, status, error, flush, composition } = useRecordDraft(
    useServices(),
    'issues',
    issue,
    ISSUE_FIELD_NAMES,
  );
  return { draft: draft ?? emptyIssueFields(issue.title), edit, status, error, flush, composition };
}
