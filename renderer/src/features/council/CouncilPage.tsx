import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { kindFromTitle } from '../../../../common/council';
import { useServices } from '../../services/services';
import { href, navigate } from '../../navigation/router';
import { CreateForm } from '../../ui/CreateForm';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';

/** Today's date on the local calendar (toISOString would give yesterday before 09:00 in Japan). */
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function CouncilPage() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const sessions = useLiveQuery(() => repos.councilSessions.list(), [repos]);
  return (
    <>
      <PageHeader title={t('council.title')} lead={t('council.lead')} />
      <CreateForm
        label={t('council.newTitle')}
        placeholder={t('council.newPlaceholder')}
        submitLabel={t('council.add')}
        onCreate={async (title) => {
          const session = await repos.councilSessions.create({
            title,
            date: localDate(new Date()),
            summary: '',
            // 「12月定例会 総務常任委員会」 is a committee session; the details can still change it.
            ...kindFromTitle(title),
            place: '',
            agenda: [],
          });
          // Straight into the note screen: the meeting is about to start.
          navigate(href('council', session.id));
        }}
      />
      <RecordList
        testId="council-list"
        records={sessions}
        titleOf={(s) => `${s.date} ${s.title}`}
        hrefOf={(s) => href('council', s.id)}
      />
    </>
  );
}
