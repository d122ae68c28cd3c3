import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { href } from '../../navigation/router';
import { CreateForm } from '../../ui/CreateForm';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';

export function WorkshopsPage() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const workshops = useLiveQuery(() => repos.workshops.list(), [repos]);
  return (
    <>
      <PageHeader title={t('workshops.title')} lead={t('workshops.lead')} />
      <CreateForm
        label={t('workshops.newTitle')}
        placeholder={t('workshops.newPlaceholder')}
        submitLabel={t('workshops.add')}
        onCreate={async (title) => {
          await repos.workshops.create({ title, template: '', plannedStart: '', notes: '', minutes: '' });
        }}
      />
      <RecordList
        testId="workshop-list"
        records={workshops}
        titleOf={(w) => w.title}
        hrefOf={(w) => href('workshops', w.id)}
      />
    </>
  );
}
