import { useCallback, useState } from 'react';
import type { IssueFields, IssueRecord } from '../../../../common/records/types';
import { ISSUE_FIELD_NAMES } from '../../../../common/records/defaults';
import { useServices } from '../../app/services';
import { useAutosave } from '../../ui/useAutosave';

export type IssueDraft = Omit<IssueFields, never>;

function fieldsOf(issue: IssueRecord): IssueDraft {
  return Object.fromEntries(ISSUE_FIELD_NAMES.map((f) => [f, issue[f]])) as unknown as IssueDraft;
}

/**
 * The issue being edited: a local draft that updates instantly and is autosaved. Only the
 * fields that changed are written, so a colleague's edit to another field is never overwritten.
 */
export function useIssueDraft(issue: IssueRecord) {
  const { repos } = useServices();
  const [draft, setDraft] = useState<IssueDraft>(() => fieldsOf(issue));
  const autosave = useAutosave<Partial<IssueDraft>>(
    async (patch) => {
      await repos.issues.update(issue.id, patch);
    },
    400,
    mergePatches,
  );
  const { change } = autosave;

  const edit = useCallback(
    (patch: Partial<IssueDraft>) => {
      setDraft((d) => ({ ...d, ...patch }));
      change(patch);
    },
    [change],
  );

  return { draft, edit, status: autosave.status, error: autosave.error, flush: autosave.flush };
}

const mergePatches = (a: Partial<IssueDraft>, b: Partial<IssueDraft>) => ({ ...a, ...b });
