import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefRecord } from '../../../../common/records/types';
import { href } from '../../navigation/router';
import { useServices } from '../../services/services';
import { formatTime } from '../../ui/formatTime';
import { IssueConflictNotice } from './IssueConflictNotice';
import { IssueWorkspace } from './IssueWorkspace';

/** Oldest first, so every device settles on the same brief when two were written offline. */
const byCreation = (a: BriefRecord, b: BriefRecord) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Route `#/issues/<id>`: loads the issue and its briefs, then hands over to the workspace. */
export function IssueWorkspacePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const issue = useLiveQuery(() => repos.issues.get(id).then((r) => r ?? null), [repos, id]);
  const briefs = useLiveQuery(
    () => repos.briefs.findBy('issueId', id).then((b) => b.sort(byCreation)),
    [repos, id],
  );
  // The brief being edited stays the same while the page is open, even if sync brings another.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const brief = briefs?.find((b) => b.id === chosenId) ?? briefs?.[0] ?? null;
  // Remember the first brief seen (state adjusted during render, React's pattern for derived state).
  if (chosenId === null && brief) setChosenId(brief.id);
  const others = briefs?.filter((b) => b.id !== brief?.id) ?? [];

  const trail = (
    <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
      <a href={href('issues')}>{t('issues.title')}</a>
    </nav>
  );

  return (
    <>
      {(issue === undefined || briefs === undefined || issue === null) && trail}
      {issue === undefined || briefs === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : issue === null ? (
        <p role="alert">{t('issues.notFound')}</p>
      ) : (
        // key: another issue, or a brief the user switched to, gets fresh drafts.
        <IssueWorkspace
          key={`${issue.id}:${generation}`}
          issue={issue}
          brief={brief}
          trail={trail}
          notices={
            <>
              {issue.sourceWorkshopId ? <SourceWorkshop workshopId={issue.sourceWorkshopId} /> : null}
              {others.length > 0 && (
                <div className="notice" role="note" data-testid="other-briefs">
                  <p>{t('briefs.otherBriefs', { count: others.length })}</p>
                  <ul>
                    {others.map((b) => (
                      <li key={b.id}>
                        {t('briefs.createdAt', { time: formatTime(b.createdAt, i18n.language) })}{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            setChosenId(b.id);
                            setGeneration((g) => g + 1);
                          }}
                        >
                          {t('briefs.openBrief')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <IssueConflictNotice issueId={issue.id} briefId={brief?.id ?? null} />
            </>
          }
        />
      )}
    </>
  );
}

/** The way back to the workshop whose idea became this issue (its run view holds the board). */
function SourceWorkshop({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const workshop = useLiveQuery(
    () => repos.workshops.get(workshopId).then((w) => w ?? null),
    [repos, workshopId],
  );
  if (workshop === undefined) return null;
  return (
    <p className="muted" data-testid="issue-source">
      {t('issues.fromWorkshop')}{' '}
      {workshop === null ? (
        t('issues.sourceWorkshopGone')
      ) : (
        <a href={`${href('workshops', workshop.id)}/run`}>
          {t('issues.sourceWorkshop', { title: workshop.title || t('common.untitled') })}
        </a>
      )}
    </p>
  );
}
