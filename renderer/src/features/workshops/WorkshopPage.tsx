import { useTranslation } from 'react-i18next';
import { href, type WorkshopView } from '../../navigation/router';
import { PageHeader } from '../../ui/PageHeader';
import { MinutesView } from './minutes/MinutesView';
import { Planner } from './plan/Planner';
import { RunMode } from './run/RunMode';
import { useAgenda, useWorkshop } from './useWorkshopData';
import './workshops.css';

const VIEWS: readonly WorkshopView[] = ['plan', 'run', 'minutes'];

/** One workshop: plan, run (with capture) and minutes, each at its own address so a reload stays put. */
export function WorkshopPage({ id, view }: { id: string; view: WorkshopView }) {
  const { t } = useTranslation();
  const workshop = useWorkshop(id);
  const items = useAgenda(id);
  if (workshop === undefined || items === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (workshop === null) {
    return (
      <>
        <PageHeader title={t('workshops.title')} />
        <p>{t('workshops.notFound')}</p>
        <a href={href('workshops')}>{t('workshops.backToList')}</a>
      </>
    );
  }
  return (
    <>
      <PageHeader title={workshop.title || t('common.untitled')} lead={workshop.template} />
      <nav className="workshop-views" aria-label={t('workshops.views.label')}>
        {VIEWS.map((v) => (
          <a
            key={v}
            href={`${href('workshops', id)}/${v}`}
            className="workshop-views__link"
            aria-current={v === view ? 'page' : undefined}
          >
            {t(`workshops.views.${v}`)}
          </a>
        ))}
      </nav>
      {view === 'plan' && <Planner workshop={workshop} items={items} />}
      {view === 'run' && <RunMode workshop={workshop} items={items} />}
      {view === 'minutes' && <MinutesView workshop={workshop} items={items} />}
    </>
  );
}
