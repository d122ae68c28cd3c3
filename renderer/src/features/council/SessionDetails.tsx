/**
 * The session's particulars: kind (本会議/委員会), committee, date, place and the agenda items
 * (one per line). Autosaved against the version they were read from, like every editor, and safe
 * for IME input: every text field carries the draft's composition guard.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSessionFields } from '../../../../common/records/types';
import { useRecordDraft } from '../../data/useRecordDraft';
import { useServices } from '../../services/services';
import { NoteSaveStatus } from './NoteSaveStatus';
import type { SessionRecord } from './sessionInfo';

const FIELDS = [
  'title',
  'date',
  'sessionKind',
  'committee',
  'place',
  'agenda',
] as const satisfies readonly (keyof CouncilSessionFields)[];

export function SessionDetails({ session }: { session: SessionRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, edit, status, error, composition } = useRecordDraft(
    useServices(),
    'councilSessions',
    session,
    FIELDS,
  );
  // The agenda is edited as lines; kept as typed (blank lines too) until it is saved as a list.
  const [agendaText, setAgendaText] = useState(() => (session.agenda ?? []).join('\n'));
  if (!draft) return null;
  const kind = draft.sessionKind ?? 'plenary';

  return (
    <details className="session-details" open={session.agenda === undefined || session.agenda.length === 0}>
      <summary>
        {t('council.details')} <NoteSaveStatus status={status} error={error} />
      </summary>
      <div className="session-details__grid">
        <label className="field">
          <span className="field-label">{t('council.sessionTitle')}</span>
          <input
            className="input"
            value={draft.title}
            onChange={(e) => edit({ title: e.target.value })}
            {...composition}
          />
        </label>
        <fieldset className="field">
          <legend className="field-label">{t('council.kind')}</legend>
          {(['plenary', 'committee'] as const).map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => edit({ sessionKind: k })}
              />{' '}
              {t(`council.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'committee' && (
          <label className="field">
            <span className="field-label">{t('council.committeeName')}</span>
            <input
              className="input"
              value={draft.committee ?? ''}
              placeholder={t('council.committeePlaceholder')}
              onChange={(e) => edit({ committee: e.target.value })}
              {...composition}
            />
          </label>
        )}
        <label className="field">
          <span className="field-label">{t('council.date')}</span>
          <input
            className="input"
            type="date"
            value={draft.date}
            onChange={(e) => edit({ date: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('council.place')}</span>
          <input
            className="input"
            value={draft.place ?? ''}
            placeholder={t('council.placePlaceholder')}
            onChange={(e) => edit({ place: e.target.value })}
            {...composition}
          />
        </label>
        <label className="field session-details__agenda">
          <span className="field-label">{t('council.agenda')}</span>
          <textarea
            className="input"
            rows={4}
            value={agendaText}
            {...composition}
            onChange={(e) => {
              setAgendaText(e.target.value);
              edit({
                agenda: e.target.value
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean),
              });
            }}
          />
        </label>
      </div>
    </details>
  );
}
