import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  itemDecisions,
  withDecision,
  withoutDecision,
  type Decision,
} from '../../../../../common/workshops/decisions';
import { useServices } from '../../../services/services';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import type { AgendaItem } from '../agendaActions';
import { AddForm } from '../AddForm';
import { LabeledInput } from '../LabeledInput';
import { useIdeas } from '../useWorkshopData';

/** 決定事項 of the current item, recorded during the run: typed here, or a sticky note marked decided. */
export function Decisions({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const fail = useSaveFailed();
  const headingId = useId();
  const form = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const ideas = useIdeas(item.workshopId);
  const decisions = itemDecisions(item, ideas ?? []);

  const remove = (decision: Decision) => {
    const write =
      decision.source.kind === 'idea'
        ? repos.ideas.update(decision.source.ideaId, { decidedIn: '' })
        : repos.agendaItems.modify(
            item.id,
            (current) => ({ decisions: withoutDecision(current.decisions, decision.text) }),
            item,
          );
    // The button goes with its row: the keyboard goes back to the field, ready for the next one.
    form.current?.querySelector('input')?.focus();
    void write.catch(fail);
  };

  return (
    <div className="card stack" role="region" aria-labelledby={headingId} ref={form}>
      <h3 className="section-title" id={headingId}>
        {t('workshops.capture.decisionsOf', { title: item.title })}
      </h3>
      <AddForm
        className="capture__form"
        submitLabel={t('workshops.capture.addDecision')}
        ready={text.trim() !== ''}
        add={() =>
          repos.agendaItems.modify(
            item.id,
            (current) => ({ decisions: withDecision(current.decisions, text) }),
            item,
          )
        }
        reset={() => setText('')}
        onError={fail}
      >
        <LabeledInput
          label={t('workshops.capture.decisionText')}
          maxLength={500}
          value={text}
          placeholder={t('workshops.capture.decisionPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </AddForm>
      {decisions.length === 0 ? (
        <p className="muted">{t('workshops.capture.noDecisions')}</p>
      ) : (
        <ul className="action-list" aria-label={t('workshops.capture.decisions')}>
          {decisions.map((d) => (
            <li key={d.source.kind === 'idea' ? d.source.ideaId : `${d.source.index}:${d.text}`}>
              <span>
                {d.text}
                {d.source.kind === 'idea' && <span className="muted">{t('workshops.capture.fromIdea')}</span>}
              </span>
              <button
                type="button"
                className="button button--small"
                aria-label={
                  d.source.kind === 'idea'
                    ? t('workshops.capture.undecideLabel', { text: d.text })
                    : t('workshops.capture.removeDecision', { text: d.text })
                }
                onClick={() => remove(d)}
              >
                {d.source.kind === 'idea' ? t('workshops.capture.undecide') : t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
