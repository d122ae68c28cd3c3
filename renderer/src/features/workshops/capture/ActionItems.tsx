import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../services/services';
import { AddForm } from '../AddForm';
import { formatDay } from '../format';
import { LabeledInput } from '../LabeledInput';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import { useActionItems } from '../useWorkshopData';

/** Action items: who, what, by when; ticked off when done. */
export function ActionItems({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const actions = useActionItems(workshopId);
  const fail = useSaveFailed();
  const headingId = useId();
  const [who, setWho] = useState('');
  const [what, setWhat] = useState('');
  const [due, setDue] = useState('');
  const sorted = [...(actions ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="card stack" aria-labelledby={headingId} role="region">
      <h3 className="section-title" id={headingId}>
        {t('workshops.capture.actions')}
      </h3>
      <AddForm
        className="capture__form"
        submitLabel={t('workshops.capture.addAction')}
        ready={what.trim() !== ''}
        add={() =>
          repos.actionItems.create({ workshopId, who: who.trim(), what: what.trim(), due, done: false })
        }
        onError={fail}
        reset={() => {
          setWhat('');
          setWho('');
          setDue('');
        }}
      >
        <LabeledInput
          label={t('workshops.capture.who')}
          maxLength={100}
          value={who}
          onChange={(e) => setWho(e.target.value)}
        />
        <LabeledInput
          label={t('workshops.capture.what')}
          maxLength={500}
          value={what}
          onChange={(e) => setWhat(e.target.value)}
        />
        <LabeledInput
          label={t('workshops.capture.due')}
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
      </AddForm>
      <ul className="action-list" data-testid="action-list">
        {sorted.map((a) => (
          <li key={a.id} className={a.done ? 'action-list__done' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={a.done}
                aria-label={t('workshops.capture.doneLabel', { what: a.what })}
                onChange={(e) => void repos.actionItems.update(a.id, { done: e.target.checked }).catch(fail)}
              />{' '}
              <strong>{a.who}</strong> {a.what}{' '}
              {a.due && <span className="muted">〜{formatDay(a.due, i18n.language)}</span>}
            </label>
            <button
              type="button"
              className="button button--small"
              aria-label={t('workshops.capture.removeAction', { what: a.what })}
              onClick={() => void repos.actionItems.remove(a.id).catch(fail)}
            >
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
