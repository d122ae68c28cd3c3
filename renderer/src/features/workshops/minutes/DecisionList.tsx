import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { itemDecisions, unplacedDecisions } from '../../../../../common/workshops/decisions';
import type { AgendaItem } from '../agendaActions';
import type { Idea } from '../capture/ideaActions';

/** The day's 決定事項 on the minutes screen, each with the item it was taken under. */
export function DecisionList({ items, ideas }: { items: AgendaItem[]; ideas: readonly Idea[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const lines = [
    ...items.flatMap((item, i) =>
      itemDecisions(item, ideas).map((d) =>
        t('workshops.minutes.doc.decisionLine', {
          text: d.text,
          item: item.title.trim() || `${t('workshops.minutes.doc.item')} ${i + 1}`,
        }),
      ),
    ),
    ...unplacedDecisions(new Set(items.map((i) => i.id)), ideas).map((d) => d.text),
  ];
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 className="section-title" id={headingId}>
        {t('workshops.minutes.decisions')}
      </h2>
      {lines.length === 0 ? (
        <p className="muted">{t('workshops.minutes.noDecisions')}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
