import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useServices } from '../../app/services';
import { IssueWorkspace } from './IssueWorkspace';

/** Route `#/issues/<id>`: loads the issue and its brief, then hands over to the workspace. */
export function IssueWorkspacePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const issue = useLiveQuery(() => repos.issues.get(id).then((r) => r ?? null), [repos, id]);
  const brief = useLiveQuery(() => repos.briefs.findBy('issueId', id).then((b) => b[0] ?? null), [repos, id]);

  return (
    <>
      <nav className="breadcrumb" aria-label="breadcrumb">
        <a href={href('issues')}>{t('issues.title')}</a>
      </nav>
      {issue === undefined || brief === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : issue === null ? (
        <p role="alert">{t('issues.notFound')}</p>
      ) : (
        // key: another issue gets fresh drafts, never this one's.
        <IssueWorkspace key={issue.id} issue={issue} brief={brief} />
      )}
    </>
  );
}
