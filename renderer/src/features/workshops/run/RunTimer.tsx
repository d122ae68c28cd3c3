import { useTranslation } from 'react-i18next';
import type { RunView } from '../../../../../common/workshops/run';
import { formatCountdown } from '../format';

/**
 * The big countdown: `role="timer"`, named after the current item, `data-state` normal | warning |
 * critical | overtime. Overtime counts up with a sign and a word, so it never reads as time left.
 */
export function RunTimer({ view, title, className }: { view: RunView; title: string; className?: string }) {
  const { t } = useTranslation();
  const over = view.timerState === 'overtime';
  const text = over ? `+${formatCountdown(view.overtimeMs, false)}` : formatCountdown(view.leftMs, true);
  const name = t('workshops.run.timerLabel', { title });
  return (
    <div
      role="timer"
      aria-label={name}
      data-state={view.timerState}
      className={`run-timer ${className ?? ''}`}
    >
      <span className="run-timer__digits">{text}</span>
      {over && <span className="run-timer__over">{t('workshops.run.overtime')}</span>}
    </div>
  );
}
