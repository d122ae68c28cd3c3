import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../services/services';
import { useActionItems } from '../useWorkshopData';

/** Action items: who, what, by when; ticked off when done. */
export function ActionItems({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const actions = useActionItems(workshopId);
  const ids = { who: useId(), what: useId(), due: useId(), h: useId() };
  const [who, setWho] = useState('');
  const [what, setWhat] = useState('');
  const [due, setDue] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!what.trim()) return;
    void repos.actionItems
      .create({ workshopId, who: who.trim(), what: what.trim(), due, done: false })
      .then(() => {
        setWhat('');
        setWho('');
        setDue('');
      });
  };
  const sorted = [...(actions ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="card stack" aria-labelledby={ids.h} role="region">
      <h3 className="section-title" id={ids.h}>
        {t('workshops.capture.actions')}
      </h3>
      <form className="capture__form" onSubmit={add}>
        <label htmlFor={ids.who} className="field-label">
          {t('workshops.capture.who')}
        </label>
        <input
          id={ids.who}
          className="input"
          maxLength={100}
          value={who}
          onChange={(e) => setWho(e.target.value)}
        />
        <label htmlFor={ids.what} className="field-label">
          {t('workshops.capture.what')}
        </label>
        <input
          id={ids.what}
          className="input"
          maxLength={500}
          value={what}
          onChange={(e) => setWhat(e.target.value)}
        />
        <label htmlFor={ids.due} className="field-label">
          {t('workshops.capture.due')}
        </label>
        <input
          id={ids.due}
          className="input"
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
        <button type="submit" className="button" disabled={!what.trim()}>
          {t('workshops.capture.addAction')}
        </button>
      </form>
      <ul className="action-list" data-testid="action-list">
        {sorted.map((a) => (
          <li key={a.id} className={a.done ? 'action-list__done' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={a.done}
                aria-label={t('workshops.capture.doneLabel', { what: a.what })}
                onChange={(e) => void repos.actionItems.update(a.id, { done: e.target.checked })}
              />{' '}
              <strong>{a.who}</strong> {a.what} {a.due && <span className="muted">〜{a.due}</span>}
            </label>
            <button
              type="button"
              className="button button--small"
              aria-label={t('workshops.capture.removeAction', { what: a.what })}
              onClick={() => void repos.actionItems.remove(a.id)}
            >
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
