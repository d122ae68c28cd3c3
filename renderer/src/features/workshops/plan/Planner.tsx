import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilitationMethod } from '../../../../../common/workshops/library';
import { moveItem, withPendingOrder } from '../../../../../common/workshops/order';
import { planAgenda } from '../../../../../common/workshops/timing';
import { useServices } from '../../../services/services';
import { useUiStore } from '../../../ui/uiStore';
import {
  appendItems,
  blankItem,
  duplicateItem,
  itemFromMethod,
  saveAsTemplate,
  saveItemAsMethod,
  writeOrder,
  type AgendaItem,
  type Workshop,
} from '../agendaActions';
import { AddForm } from '../AddForm';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import { formatClock, formatOffset, fromLocalInput, toLocalInput } from '../format';
import { LabeledInput } from '../LabeledInput';
import { AgendaRow } from './AgendaRow';
import { MethodLibrary } from './MethodLibrary';
import { resolveTemplate, TemplateSelect } from './TemplatePicker';
import { usePendingOrder } from './usePendingOrder';

/** The agenda builder: start time, items with live clock times, templates and the method library. */
export function Planner({ workshop, items: stored }: { workshop: Workshop; items: AgendaItem[] }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const notify = useUiStore((s) => s.notify);
  const ids = { heading: useId(), template: useId() };
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ id: string; token: number } | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [newMinutes, setNewMinutes] = useState('10');
  const [template, setTemplate] = useState('builtin:kpt');
  const {
    shown: items,
    add: addPending,
    written: pendingWritten,
    drop: dropPending,
  } = usePendingOrder(stored);
  // Callbacks read the latest list through a ref so rows can stay memoised while items change.
  const latest = useRef(items);
  useEffect(() => {
    latest.current = items;
  }, [items]);

  const start = Date.parse(workshop.plannedStart);
  const hasStart = !Number.isNaN(start);
  const timing = useMemo(
    () =>
      planAgenda(
        items.map((i) => ({ id: i.id, minutes: i.minutes, sessionStart: i.sessionStart })),
        hasStart ? start : 0,
      ),
    [items, hasStart, start],
  );
  // Recomputed only when the timing or language changes, not on every render of the planner.
  const ranges = useMemo(() => {
    const label = (ms: number) => (hasStart ? formatClock(ms, i18n.language) : formatOffset(ms));
    return timing.items.map((timed) => `${label(timed.start)}–${label(timed.end)}`);
  }, [timing, hasStart, i18n.language]);

  const fail = useSaveFailed();
  const onMove = useCallback(
    (from: number, to: number, byKeyboard: boolean) => {
      const sorted = latest.current;
      const item = sorted[from];
      if (!item || to < 0 || to >= sorted.length || from === to) return;
      // Shown at once; stored in the background (one item's rank, normally one write).
      const patches = moveItem(sorted, from, to);
      addPending(patches);
      // A second key press before the next render keys against this order, not the one before.
      latest.current = withPendingOrder(sorted, patches);
      setAnnouncement(t('workshops.plan.moved', { title: item.title, position: to + 1 }));
      if (byKeyboard) setFocus((f) => ({ id: item.id, token: (f?.token ?? 0) + 1 }));
      writeOrder(repos, patches)
        .then(() => pendingWritten(patches))
        .catch((error: unknown) => {
          dropPending(patches);
          fail(error);
        });
    },
    [repos, t, fail, addPending, pendingWritten, dropPending],
  );
  const onPatch = useCallback(
    (id: string, patch: Partial<AgendaItem>) => void repos.agendaItems.update(id, patch).catch(fail),
    [repos, fail],
  );
  const onDuplicate = useCallback(
    (index: number) =>
      void duplicateItem(repos, latest.current, index, t('workshops.plan.copySuffix')).catch(fail),
    [repos, t, fail],
  );
  // The removed row took the focused 削除 button with it: the focus goes to the row that takes its
  // place (or the one before, or the new-item field), not to the page.
  const onRemove = useCallback(
    (id: string) => {
      const list = latest.current;
      const at = list.findIndex((i) => i.id === id);
      const neighbour = list[at + 1] ?? list[at - 1];
      void repos.agendaItems
        .remove(id)
        .then(() => {
          if (neighbour) setFocus((f) => ({ id: neighbour.id, token: (f?.token ?? 0) + 1 }));
          else document.querySelector<HTMLInputElement>('.planner__add input')?.focus();
        })
        .catch(fail);
    },
    [repos, fail],
  );
  const onSaveMethod = useCallback(
    (item: AgendaItem) =>
      void saveItemAsMethod(repos, item)
        .then(() => notify('info', t('workshops.plan.savedAsMethod')))
        .catch(fail),
    [repos, notify, t, fail],
  );
  const onAddMethod = useCallback(
    (method: FacilitationMethod) =>
      void appendItems(repos, workshop.id, latest.current, [itemFromMethod(method)])
        .then(() => setAnnouncement(t('workshops.library.added', { name: method.name })))
        .catch(fail),
    [repos, workshop.id, t, fail],
  );

  /** Appends the new item; while the minutes are not a duration nothing is added (or cleared). */
  const addItem = () => {
    const minutes = Math.round(Number(newMinutes));
    if (!Number.isFinite(minutes) || minutes < 0) return undefined;
    return appendItems(repos, workshop.id, items, [blankItem(newTitle.trim(), minutes)]);
  };
  const applyTemplate = async () => {
    const chosen = await resolveTemplate(repos, template, i18n.language);
    if (chosen) await appendItems(repos, workshop.id, latest.current, chosen.items);
  };

  return (
    <div className="planner">
      <section className="card stack" aria-labelledby={ids.heading}>
        <h2 className="section-title" id={ids.heading}>
          {t('workshops.plan.heading')}
        </h2>
        <div className="planner__summary">
          <LabeledInput
            label={t('workshops.plan.start')}
            type="datetime-local"
            value={toLocalInput(workshop.plannedStart)}
            onChange={(e) =>
              void repos.workshops
                .update(workshop.id, { plannedStart: fromLocalInput(e.target.value) })
                .catch(fail)
            }
          />
          <strong data-testid="agenda-total">
            {t('workshops.plan.total', { minutes: timing.totalMinutes })}
          </strong>
          {hasStart && (
            <strong data-testid="agenda-end">
              {t('workshops.plan.plannedEnd', { time: formatClock(timing.plannedEnd, i18n.language) })}
            </strong>
          )}
        </div>
        {!hasStart && <p className="muted">{t('workshops.plan.noStart')}</p>}
        <p className="muted">{t('workshops.plan.moveHint')}</p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {items.length === 0 ? (
          <p className="muted">{t('workshops.plan.empty')}</p>
        ) : (
          <ol className="agenda-list" aria-label={t('workshops.plan.heading')}>
            {items.map((item, index) => {
              const timed = timing.items[index];
              return (
                <AgendaRow
                  key={item.id}
                  item={item}
                  index={index}
                  range={ranges[index] ?? ''}
                  overlaps={timed?.overlaps ?? false}
                  focusToken={focus?.id === item.id ? focus.token : undefined}
                  onMove={onMove}
                  onPatch={onPatch}
                  onDuplicate={onDuplicate}
                  onRemove={onRemove}
                  onSaveMethod={onSaveMethod}
                />
              );
            })}
          </ol>
        )}
        <AddForm
          className="planner__add"
          submitLabel={t('workshops.plan.addItem')}
          primary
          ready={newTitle.trim() !== ''}
          add={addItem}
          reset={() => setNewTitle('')}
          onError={fail}
        >
          <LabeledInput
            label={t('workshops.plan.newItem')}
            value={newTitle}
            maxLength={200}
            placeholder={t('workshops.plan.newItemPlaceholder')}
            onChange={(e) => setNewTitle(e.target.value)}
          />
          <LabeledInput
            label={t('workshops.plan.minutes')}
            className="input agenda-row__minutes"
            type="number"
            min={0}
            max={600}
            value={newMinutes}
            onChange={(e) => setNewMinutes(e.target.value)}
          />
        </AddForm>
        <div className="planner__templates">
          <label htmlFor={ids.template} className="field-label">
            {t('workshops.plan.applyTemplate')}
          </label>
          <TemplateSelect id={ids.template} value={template} onChange={setTemplate} allowNone={false} />
          <button type="button" className="button" onClick={() => void applyTemplate().catch(fail)}>
            {t('workshops.plan.apply')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void saveAsTemplate(repos, workshop, items)
                .then((saved) => notify('info', t('workshops.plan.savedAsTemplate', { name: saved.title })))
                .catch(fail)
            }
          >
            {t('workshops.plan.saveAsTemplate')}
          </button>
        </div>
      </section>
      <MethodLibrary onAdd={onAddMethod} />
    </div>
  );
}
