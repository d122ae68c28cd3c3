import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { href } from '../../navigation/router';
import { CreateForm } from '../../ui/CreateForm';
import { PageHeader } from '../../ui/PageHeader';
import { formatTime } from '../../ui/formatTime';
import { markInteractive } from '../../ui/interactive';
import { newIssueFields } from './newIssue';

/** The list shows the most recently changed issues; search reaches the rest. */
const LIST_LIMIT = 200;

export function IssuesPage() {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const issues = useLiveQuery(() => repos.issues.list(LIST_LIMIT), [repos]);
  const total = useLiveQuery(() => repos.issues.count(), [repos]);

  useEffect(() => {
    if (issues) markInteractive();
  }, [issues]);

  return (
    <>
      <PageHeader
        title={t('issues.title')}
        lead={t('issues.lead')}
        actions={
          <a className="button" href={href('glossary')}>
            {t('briefs.glossaryLink')}
          </a>
        }
      />
      <CreateForm
        label={t('issues.newTitle')}
        placeholder={t('issues.newPlaceholder')}
        submitLabel={t('issues.add')}
        onCreate={async (title) => {
          await repos.issues.create(newIssueFields(title));
        }}
      />
      {issues === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <section aria-labelledby="issue-list-heading">
          <h2 id="issue-list-heading" className="section-title">
            {t('issues.count', { count: total ?? issues.length })}
          </h2>
          {issues.length === 0 ? (
            <p className="muted">{t('common.empty')}</p>
          ) : (
            <ul className="record-list" data-testid="issue-list">
              {issues.map((issue) => (
                <li key={issue.id} className="record-list__item">
                  <a href={href('issues', issue.id)} className="record-list__link">
                    <span className="record-list__title">{issue.title || t('common.untitled')}</span>
                    <span className={`badge badge--${issue.status}`}>
                      {t(`issues.status.${issue.status}`)}
                    </span>
                  </a>
                  <span className="record-list__meta">
                    {[issue.municipalityName, issue.department].filter(Boolean).join(' · ')}{' '}
                    {t('common.updatedAt', { time: formatTime(issue.updatedAt, i18n.language) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
