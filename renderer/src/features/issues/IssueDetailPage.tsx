import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { href } from '../../app/router';
import { PageHeader } from '../../ui/PageHeader';
import { IssueForm } from './IssueForm';

export function IssueDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const issue = useLiveQuery(() => repos.issues.get(id).then((r) => r ?? null), [repos, id]);

  if (issue === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (issue === null) {
    return (
      <>
        <PageHeader title={t('common.untitled')} />
        <a href={href('issues')}>{t('common.back')}</a>
      </>
    );
  }
  return (
    <>
      <nav className="breadcrumb" aria-label="breadcrumb">
        <a href={href('issues')}>{t('issues.title')}</a>
      </nav>
      {/* key: a different issue gets a fresh form with its own drafts. */}
      <IssueForm key={issue.id} issue={issue} />
    </>
  );
}
