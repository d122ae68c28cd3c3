import { useTranslation } from 'react-i18next';
import type { RunView } from '../../../../../common/workshops/run';
import { actualMinutes } from '../../../../../common/workshops/minutes';
import { planAgenda } from '../../../../../common/workshops/timing';
import { agendaKindOf } from '../../../../../common/workshops/kinds';
import type { AgendaItem } from '../agendaActions';
import { formatClock } from '../format';

/** The agenda beside the timer: planned times, actual times as they are recorded, the current item marked. */
export function RunAgenda(props: {
  items: AgendaItem[];
  view: RunView;
  plannedStart: number | null;
  now: number;
}) {
  const { items, view, plannedStart } = props;
  const { t, i18n } = useTranslation();
  const clock = (ms: number) => formatClock(ms, i18n.language);
  const planned = planAgenda(
    items.map((i) => ({ id: i.id, minutes: i.minutes, sessionStart: i.sessionStart })),
    plannedStart ?? view.startedAt ?? props.now,
  );
  return (
    <section className="card stack run__agenda" aria-label={t('workshops.run.agenda')}>
      <h2 className="section-title">{t('workshops.run.agenda')}</h2>
      <table className="run-table">
        <thead>
          <tr>
            <th scope="col">{t('workshops.plan.itemTitle')}</th>
            <th scope="col">{t('workshops.run.planned')}</th>
            <th scope="col">{t('workshops.run.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const a = view.actuals[i];
            const p = planned.items[i];
            const isCurrent = i === view.index && view.status !== 'idle' && view.status !== 'finished';
            return (
              <tr
                key={item.id}
                className={`kind--${agendaKindOf(item.kind)}${isCurrent ? ' run-table__current' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <th scope="row">{item.title}</th>
                <td>
                  {p ? `${clock(p.start)}–${clock(p.end)}` : ''} ({item.minutes})
                </td>
                <td data-testid="actual">
                  {a?.start != null
                    ? `${clock(a.start)}–${a.end != null ? clock(a.end) : ''} (${actualMinutes(a.activeMs)})`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
