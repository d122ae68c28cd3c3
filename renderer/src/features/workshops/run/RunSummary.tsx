import { useTranslation } from 'react-i18next';
import type { RunView } from '../../../../../common/workshops/run';
import type { AgendaItem } from '../agendaActions';
import { formatClock } from '../format';

const MINUTE_MS = 60_000;

/**
 * What an ended run shows instead of the countdown: when it started and ended and how long it took
 * against the plan (the countdown had kept the last item's time, 5:00, as if it were unused).
 */
export function RunSummary({
  view,
  items,
  summaryRef,
}: {
  view: RunView;
  items: readonly AgendaItem[];
  summaryRef?: (el: HTMLParagraphElement | null) => void;
}) {
  const { t, i18n } = useTranslation();
  if (view.startedAt === null || view.finishedAt === null) return null;
  const planned = items.reduce((sum, item) => sum + Math.max(0, item.minutes || 0), 0);
  return (
    <p ref={summaryRef} tabIndex={-1} className="run__item" data-testid="run-finished">
      {t('workshops.run.finishedSummary', {
        start: formatClock(view.startedAt, i18n.language),
        end: formatClock(view.finishedAt, i18n.language),
        minutes: Math.round((view.finishedAt - view.startedAt) / MINUTE_MS),
        planned,
      })}
    </p>
  );
}
