import { useTranslation } from 'react-i18next';
import type { ItemTimes } from '../../../../../common/workshops/minutesTimes';

/** Each item's planned and actual clock times (予定 13:30–13:45 / 実績 13:32–13:50), as a table. */
export function MinutesTimes({ rows }: { rows: readonly ItemTimes[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <table className="table minutes-times">
      <caption className="section-title">{t('workshops.minutes.times')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workshops.minutes.doc.item')}</th>
          <th scope="col">{t('workshops.minutes.doc.planned')}</th>
          <th scope="col">{t('workshops.minutes.doc.actual')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.title}</th>
            <td>{r.planned}</td>
            <td className={r.ran ? undefined : 'muted'}>{r.actual}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
