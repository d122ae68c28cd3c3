import { useTranslation } from 'react-i18next';
import type { RecordMeta } from '../../../common/records/types';
import { formatTime } from './formatTime';

/** A plain list of records with their last change; `undefined` while the live query loads. */
export function RecordList<R extends RecordMeta>(props: {
  testId: string;
  records: R[] | undefined;
  titleOf: (record: R) => string;
  hrefOf: (record: R) => string;
}) {
  const { t, i18n } = useTranslation();
  if (props.records === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (props.records.length === 0) return <p className="muted">{t('common.empty')}</p>;
  return (
    <ul className="record-list" data-testid={props.testId}>
      {props.records.map((record) => (
        <li key={record.id} className="record-list__item">
          <a href={props.hrefOf(record)} className="record-list__link">
            <span className="record-list__title">{props.titleOf(record) || t('common.untitled')}</span>
          </a>
          <span className="record-list__meta">
            {t('common.updatedAt', { time: formatTime(record.updatedAt, i18n.language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
