import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../../services/services';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import type { AgendaItem, Workshop } from '../agendaActions';
import { useCommitField } from '../useCommitField';
import { ActionItems } from './ActionItems';
import { Decisions } from './Decisions';
import { IdeaBoard } from './IdeaBoard';

/**
 * Capture without leaving run mode: notes and 決定事項 on the current item, sticky notes and votes,
 * action items.
 */
export function CapturePanel(props: {
  workshop: Workshop;
  items: AgendaItem[];
  currentItem: AgendaItem | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="capture stack" aria-label={t('workshops.capture.heading')}>
      {/* Keyed by item: a new item starts with its own fields (and the two keys must differ). */}
      {props.currentItem && <ItemNotes key={`notes-${props.currentItem.id}`} item={props.currentItem} />}
      {props.currentItem && <Decisions key={`decisions-${props.currentItem.id}`} item={props.currentItem} />}
      <IdeaBoard workshop={props.workshop} currentItemId={props.currentItem?.id ?? ''} />
      <ActionItems workshopId={props.workshop.id} />
    </section>
  );
}

function ItemNotes({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const fail = useSaveFailed();
  const id = useId();
  const notes = useCommitField(item.captureNotes ?? '', (value) => {
    void repos.agendaItems.update(item.id, { captureNotes: value }).catch(fail);
  });
  return (
    <div className="card stack">
      <label htmlFor={id} className="section-title">
        {t('workshops.capture.notes', { title: item.title })}
      </label>
      <textarea id={id} className="textarea" rows={4} {...notes} />
    </div>
  );
}
