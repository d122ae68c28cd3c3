import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { href } from '../../navigation/router';
import { CreateForm } from '../../ui/CreateForm';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';

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
          await repos.councilSessions.create({
            title,
            date: new Date().toISOString().slice(0, 10),
            summary: '',
          });
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
