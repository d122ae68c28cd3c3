import { memo, useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, agendaKindOf } from '../../../../../common/workshops/kinds';
import type { AgendaItem } from '../agendaActions';
import { useCommitField } from '../useCommitField';

export interface AgendaRowProps {
  item: AgendaItem;
  index: number;
  range: string;
  overlaps: boolean;
  /** Changes when this row should take focus (after a keyboard move). */
  focusToken: number | undefined;
  onMove: (from: number, to: number, byKeyboard: boolean) => void;
  onPatch: (id: string, patch: Partial<AgendaItem>) => void;
  onDuplicate: (index: number) => void;
  onRemove: (id: string) => void;
  onSaveMethod: (item: AgendaItem) => void;
}

const DRAG_TYPE = 'application/x-kyoso-agenda-index';

/** One agenda item: handle, clock time, kind colour, title, minutes and (on demand) the details. */
export const AgendaRow = memo(AgendaRowView, sameRow);

/**
 * Every live-query run hands out fresh record objects; a record whose `updatedAt` did not change
 * did not change, so the 199 rows a move does not touch skip rendering (200-item agendas).
 */
function sameRow(a: AgendaRowProps, b: AgendaRowProps): boolean {
  for (const key of Object.keys(a) as (keyof AgendaRowProps)[]) {
    if (key === 'item') {
      if (a.item.id !== b.item.id || a.item.updatedAt !== b.item.updatedAt) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}

function AgendaRowView(props: AgendaRowProps) {
  const { item, index, onMove, onPatch } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  const handle = useRef<HTMLButtonElement>(null);
  const detailsId = useId();
  const kind = agendaKindOf(item.kind);
  const title = item.title || t('common.untitled');
  const patchText = (name: 'title' | 'method' | 'owner' | 'materials' | 'notes') => (value: string) =>
    onPatch(item.id, { [name]: value });
  const titleField = useCommitField(item.title, patchText('title'));
  const methodField = useCommitField(item.method ?? '', patchText('method'));
  const ownerField = useCommitField(item.owner ?? '', patchText('owner'));
  const materialsField = useCommitField(item.materials ?? '', patchText('materials'));
  const notesField = useCommitField(item.notes, patchText('notes'));
  const minutesField = useCommitField(String(item.minutes), (value) => {
    const minutes = Math.round(Number(value));
    if (Number.isFinite(minutes) && minutes >= 0 && minutes <= 600) onPatch(item.id, { minutes });
  });

  useEffect(() => {
    if (props.focusToken !== undefined) handle.current?.focus();
  }, [props.focusToken]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(index, e.key === 'ArrowUp' ? index - 1 : index + 1, true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropTarget(false);
    const from = Number(e.dataTransfer.getData(DRAG_TYPE));
    if (Number.isInteger(from)) onMove(from, index, false);
  };

  return (
    <li
      className={`agenda-row kind--${kind}${dropTarget ? ' agenda-row--drop' : ''}`}
      data-testid="agenda-row"
      data-item-id={item.id}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          setDropTarget(true);
        }
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={onDrop}
    >
      <div className="agenda-row__main">
        <button
          ref={handle}
          type="button"
          className="agenda-row__handle"
          draggable
          aria-label={t('workshops.plan.move', { title })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, String(index));
            e.dataTransfer.effectAllowed = 'move';
          }}
        >
          ⠿
        </button>
        <span className="agenda-row__time" data-testid="agenda-time">
          {props.range}
        </span>
        <span className="agenda-row__kind">{t(`workshops.kinds.${kind}`)}</span>
        <input
          className="input agenda-row__title"
          aria-label={t('workshops.plan.itemTitle')}
          maxLength={200}
          {...titleField}
        />
        <input
          className="input agenda-row__minutes"
          type="number"
          min={0}
          max={600}
          aria-label={t('workshops.plan.minutesLabel', { title })}
          {...minutesField}
        />
        <span aria-hidden="true">{t('workshops.plan.minutes')}</span>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={t('workshops.plan.detailsLabel', { title })}
          onClick={() => setOpen(!open)}
        >
          {t('workshops.plan.details')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('workshops.plan.duplicateLabel', { title })}
          onClick={() => props.onDuplicate(index)}
        >
          {t('workshops.plan.duplicate')}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          aria-label={t('workshops.plan.removeLabel', { title })}
          onClick={() => props.onRemove(item.id)}
        >
          {t('workshops.plan.remove')}
        </button>
      </div>
      {props.overlaps && (
        <p className="agenda-row__warning" role="note">
          {t('workshops.plan.overlaps')}
        </p>
      )}
      {open && (
        <div className="agenda-row__details" id={detailsId}>
          <label>
            <span className="field-label">{t('workshops.plan.kind')}</span>
            <select
              className="input"
              value={kind}
              onChange={(e) => onPatch(item.id, { kind: e.target.value })}
            >
              {AGENDA_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`workshops.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="field-label">{t('workshops.plan.method')}</span>
            <input className="input" maxLength={200} {...methodField} />
          </label>
          <label>
            <span className="field-label">{t('workshops.plan.owner')}</span>
            <input className="input" maxLength={100} {...ownerField} />
          </label>
          <label>
            <span className="field-label">{t('workshops.plan.materials')}</span>
            <input className="input" maxLength={500} {...materialsField} />
          </label>
          <label>
            <span className="field-label">{t('workshops.plan.sessionStart')}</span>
            <input
              className="input"
              type="time"
              value={item.sessionStart ?? ''}
              onChange={(e) => onPatch(item.id, { sessionStart: e.target.value })}
            />
          </label>
          <label className="agenda-row__notes">
            <span className="field-label">{t('workshops.plan.notes')}</span>
            <textarea className="textarea" rows={4} {...notesField} />
          </label>
          <button
            type="button"
            className="button button--small"
            aria-label={t('workshops.plan.saveAsMethodLabel', { title })}
            onClick={() => props.onSaveMethod(item)}
          >
            {t('workshops.plan.saveAsMethod')}
          </button>
        </div>
      )}
    </li>
  );
}
