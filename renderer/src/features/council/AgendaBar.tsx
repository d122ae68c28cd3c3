/**
 * The agenda items as buttons; choosing one moves the notes on to it (a heading note at the
 * current time). Alt+1…9 choose by number from anywhere on the screen.
 */
import { useTranslation } from 'react-i18next';

export interface AgendaBarProps {
  agenda: readonly string[];
  current: string;
  onChoose: (title: string) => void;
}

export function AgendaBar({ agenda, current, onChoose }: AgendaBarProps) {
  const { t } = useTranslation();
  const items = agenda.filter((a) => a.trim() !== '');
  return (
    <nav className="agenda-bar" aria-label={t('council.agendaNav')}>
      {items.length === 0 ? (
        <p className="muted">{t('council.noAgenda')}</p>
      ) : (
        <>
          <ol className="agenda-bar__items">
            {items.map((title, i) => (
              <li key={`${i}-${title}`}>
                <button
                  type="button"
                  className={`button agenda-bar__item${title.trim() === current.trim() ? ' agenda-bar__item--current' : ''}`}
                  aria-pressed={title.trim() === current.trim()}
                  aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}
                  onClick={() => onChoose(title)}
                >
                  <span className="agenda-bar__number">{i + 1}</span> {title}
                </button>
              </li>
            ))}
          </ol>
          <p className="field-help">{t('council.agendaHelp')}</p>
        </>
      )}
    </nav>
  );
}
