/**
 * The session's notes in time order, under a heading per agenda item. The note being typed in the
 * composer is left out (it is on screen already, and re-rendering it on every save would be waste).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, groupByAgenda, type Speaker } from '../../../../common/council';
import type { RecordOf } from '../../../../common/records/types';
import { EntryEditor } from './EntryEditor';
import { EntryView, noteElementId } from './EntryView';
import type { NoteRecord } from './noteTarget';

export interface EntryListProps {
  notes: readonly NoteRecord[];
  issues: readonly RecordOf<'issues'>[];
  writingId: string | null;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  suggest: (query: string) => Speaker[];
  /** The note a jump leads to: scrolled into view, focused and marked. */
  targetId: string | null;
  /** Notes with an unresolved sync conflict (their other version waits in 設定・同期). */
  conflictedIds: ReadonlySet<string>;
}

export function EntryList({
  notes,
  issues,
  writingId,
  editingId,
  onEdit,
  suggest,
  targetId,
  conflictedIds,
}: EntryListProps) {
  const { t } = useTranslation();
  const titles = useMemo(() => new Map(issues.map((i) => [i.id, i.title])), [issues]);
  const groups = useMemo(() => groupByAgenda(notes.filter((n) => n.id !== writingId)), [notes, writingId]);

  // A jump to a note scrolls to it and focuses it once, as soon as it is on screen (the notes
  // arrive from a live query); later re-renders leave the focus where the user put it.
  const jumped = useRef<string | null>(null);
  useEffect(() => {
    if (!targetId || jumped.current === targetId) return;
    const element = document.getElementById(noteElementId(targetId));
    if (!element) return;
    jumped.current = targetId;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [targetId, groups]);

  // 完了 (or deleting) by keyboard left the focus on the page: it goes back to the note's 編集
  // button, or to a neighbour's when the note is gone, once the list shows it again.
  const refocus = useRef<string | null>(null);
  const doneEditing = (id: string, gone: boolean) => {
    const order = groups.flatMap((g) => (g.heading ? [g.heading, ...g.entries] : g.entries)).map((n) => n.id);
    const at = order.indexOf(id);
    refocus.current = gone ? (order[at + 1] ?? order[at - 1] ?? null) : id;
    onEdit(null);
  };
  useEffect(() => {
    const id = refocus.current;
    if (id === null || editingId !== null) return;
    refocus.current = null;
    document.querySelector<HTMLElement>(`[data-edit-note="${CSS.escape(id)}"]`)?.focus();
  }, [editingId, groups]);

  if (groups.length === 0) return <p className="muted">{t('council.noEntries')}</p>;
  return (
    <div className="note-list" data-testid="note-list">
      {groups.map((group) => (
        <section key={group.heading?.id ?? 'opening'} className="note-group">
          {group.heading && editingId === group.heading.id ? (
            <ul className="note-group__entries">
              <EntryEditor
                note={group.heading}
                suggest={suggest}
                onDone={(gone) => doneEditing(group.heading!.id, gone)}
              />
            </ul>
          ) : (
            // The edit button sits beside the heading, not in it: inside, its label became part of
            // the heading's accessible name (「10:02 議案第1号 編集 議案第1号」).
            <div
              className={
                group.heading && group.heading.id === targetId
                  ? 'note-group__heading note-group__heading--target'
                  : 'note-group__heading'
              }
            >
              <h3
                id={group.heading ? noteElementId(group.heading.id) : undefined}
                className="note-group__title"
                data-testid="note-heading"
                tabIndex={group.heading && group.heading.id === targetId ? -1 : undefined}
              >
                {group.heading && (
                  <time dateTime={group.heading.at} className="note-entry__time">
                    {clockTime(group.heading.at)}
                  </time>
                )}{' '}
                {group.heading ? group.heading.body || t('common.untitled') : t('council.opening')}
              </h3>
              {group.heading && (
                <button
                  type="button"
                  className="button button--small"
                  data-edit-note={group.heading.id}
                  aria-label={`${t('council.edit')} ${group.heading.body}`}
                  onClick={() => onEdit(group.heading!.id)}
                >
                  {t('council.edit')}
                </button>
              )}
            </div>
          )}
          <ul className="note-group__entries">
            {group.entries.map((note) =>
              note.id === editingId ? (
                <EntryEditor
                  key={note.id}
                  note={note}
                  suggest={suggest}
                  onDone={(gone) => doneEditing(note.id, gone)}
                />
              ) : (
                <EntryView
                  key={note.id}
                  note={note}
                  issueTitle={note.issueId ? (titles.get(note.issueId) ?? '') : null}
                  onEdit={onEdit}
                  target={note.id === targetId}
                  conflicted={conflictedIds.has(note.id)}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
