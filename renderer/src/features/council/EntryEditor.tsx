/**
 * Editing a recorded note afterwards: its text (autosaved and merged like the composer), its
 * speaker, and its time (re-timing moves it in the list, and under another agenda item if it
 * crosses a heading).
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, retime, type Speaker } from '../../../../common/council';
import { useServices } from '../../services/services';
import { useSaveFailed } from '../../ui/useSaveFailed';
import type { NoteRecord } from './noteTarget';
import { NoteSaveStatus } from './NoteSaveStatus';
import { NoteTextarea } from './NoteTextarea';
import { SpeakerPicker } from './SpeakerPicker';
import { useNoteDraft } from './useNoteDraft';

export interface EntryEditorProps {
  note: NoteRecord;
  suggest: (query: string) => Speaker[];
  /** `deleted`: the note is gone, so the focus cannot go back to its 編集 button. */
  onDone: (deleted: boolean) => void;
}

export function EntryEditor({ note, suggest, onDone }: EntryEditorProps) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const fail = useSaveFailed();
  const id = useId();
  const draft = useNoteDraft({ record: note });
  const [time, setTime] = useState(clockTime(note.at));
  const [timeError, setTimeError] = useState(false);
  // Read once: the textarea is uncontrolled, and handing React a new defaultValue on every save
  // would rewrite its 30,000-character text node (and lay it out again) on each keystroke's save.
  const [initial] = useState(() => ({
    body: note.body,
    rows: Math.min(16, Math.max(4, note.body.split('\n').length + 1)),
  }));

  // 編集 hands the keyboard to the note's text, caret at its end: left on the page, what the user
  // typed next went into the composer and Ctrl+Enter recorded it as a new note.
  const memoBox = draft.textareaProps.ref;
  // A layout effect, so the caret is at the end before the next key is handled.
  useLayoutEffect(() => {
    const box = memoBox.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, [memoBox]);

  const applyTime = () => {
    const at = retime(note.at, time);
    setTimeError(at === null);
    if (at !== null && at !== note.at) draft.change({ at });
  };

  const done = async () => {
    applyTime();
    await draft.flush();
    onDone(false);
  };
  const doneRef = useRef(done);
  useEffect(() => {
    doneRef.current = done;
  });
  const { isComposing } = draft;
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.isComposing || isComposing()) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void doneRef.current();
      }
    },
    [isComposing],
  );

  return (
    <li className="note-entry note-entry--editing" data-testid="note-entry-editor">
      {/* Named after the note, so its 時刻・発言者・メモ are told from the composer's by name. */}
      <div
        role="group"
        aria-label={t('council.editing', {
          what: [clockTime(note.at), note.speaker].filter(Boolean).join(' '),
        })}
      >
        <div className="note-entry__edit-row">
          <div>
            <label htmlFor={`${id}-time`} className="field-label">
              {t('council.time')}
            </label>
            <input
              id={`${id}-time`}
              className="input note-entry__time-input"
              inputMode="numeric"
              value={time}
              aria-invalid={timeError}
              aria-describedby={timeError ? `${id}-time-error` : undefined}
              onChange={(e) => setTime(e.target.value)}
              onBlur={applyTime}
            />
            {timeError && (
              <p id={`${id}-time-error`} className="notice" role="alert">
                {t('council.timeInvalid')}
              </p>
            )}
          </div>
          {note.kind === 'entry' && (
            <SpeakerPicker
              value={{ name: note.speaker, role: note.speakerRole }}
              suggest={suggest}
              onChange={(s) => draft.change({ speaker: s.name, speakerRole: s.role })}
              onPicked={() => undefined}
              inEditor
            />
          )}
          <NoteSaveStatus status={draft.status} error={draft.error} />
        </div>
        <label htmlFor={`${id}-memo`} className="field-label">
          {t('council.memo')}
        </label>
        <NoteTextarea
          textareaProps={draft.textareaProps}
          id={`${id}-memo`}
          rows={initial.rows}
          defaultValue={initial.body}
          onKeyDown={onKeyDown}
        />
        <div className="note-entry__edit-actions">
          <button type="button" className="button button--primary" onClick={() => void done()}>
            {t('council.done')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              void draft
                .flush()
                .then(() => repos.notes.remove(note.id))
                .catch(fail);
              onDone(true);
            }}
          >
            {t('council.deleteEntry')}
          </button>
        </div>
      </div>
    </li>
  );
}
