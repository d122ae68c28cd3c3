import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ISSUE_STATUSES, type IssueFields, type IssueRecord } from '../../../../common/records/types';
import { useServices } from '../../app/services';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { useAutosave } from '../../ui/useAutosave';

type Draft = Pick<IssueFields, 'title' | 'status' | 'rawText'>;

/** Title, status and the municipality's own text, autosaved as the user types. */
export function IssueForm({ issue }: { issue: IssueRecord }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [draft, setDraft] = useState<Draft>({
    title: issue.title,
    status: issue.status,
    rawText: issue.rawText,
  });
  const { status, error, change, flush } = useAutosave<Draft>(async (value) => {
    await repos.issues.update(issue.id, value);
  });

  const edit = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    change(next);
  };

  return (
    <form className="stack" onSubmit={(e) => e.preventDefault()} onBlur={() => void flush()}>
      <div className="form-row">
        <label className="field-label" htmlFor="issue-title">
          {t('issues.newTitle')}
        </label>
        <input
          id="issue-title"
          className="input input--title"
          value={draft.title}
          onChange={(e) => edit({ title: e.target.value })}
        />
      </div>
      <div className="form-row">
        <label className="field-label" htmlFor="issue-status">
          {t('issues.statusLabel')}
        </label>
        <select
          id="issue-status"
          className="input"
          value={draft.status}
          onChange={(e) => edit({ status: e.target.value as IssueFields['status'] })}
        >
          {ISSUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`issues.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <label className="field-label" htmlFor="issue-raw">
          {t('issues.rawText')}
        </label>
        <textarea
          id="issue-raw"
          className="input textarea"
          rows={12}
          value={draft.rawText}
          onChange={(e) => edit({ rawText: e.target.value })}
        />
      </div>
      <SaveIndicator status={status} error={error} />
    </form>
  );
}
