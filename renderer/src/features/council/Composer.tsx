/**
 * The note box: the speaker, then the note itself. The note's time is the moment its first
 * character is typed; Enter records it and starts the next one (Shift+Enter adds a line). While an
 * IME is composing, Enter only confirms the conversion.
 */
import { forwardRef, useCallback, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../../../common/council';
import type { NoteFields, RecordOf } from '../../../../common/records/types';
import { NoteSaveStatus } from './NoteSaveStatus';
import { NoteTextarea } from './NoteTextarea';
import { SpeakerPicker, type SpeakerPickerHandle } from './SpeakerPicker';
import { useNoteDraft } from './useNoteDraft';

export interface ComposerHandle {
  focusMemo(): void;
  focusSpeaker(): void;
  /** Records the note being typed (if any) and starts a fresh one. */
  finish(): Promise<void>;
}

export interface ComposerProps {
  sessionId: string;
  suggest: (query: string) => Speaker[];
  issues: readonly RecordOf<'issues'>[];
  /** The id of the note being typed, so the list does not show it twice. */
  onWriting: (id: string | null) => void;
}

export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer(
  { sessionId, suggest, issues, onWriting },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const [speaker, setSpeaker] = useState<Speaker>({ name: '', role: '' });
  const [issueId, setIssueId] = useState('');
  const picker = useRef<SpeakerPickerHandle>(null);
  const selection = useRef({ speaker, issueId });
  selection.current = { speaker, issueId };

  const fieldsForNew = useCallback(
    (at: string): NoteFields => ({
      sessionId,
      at,
      kind: 'entry',
      speaker: selection.current.speaker.name,
      speakerRole: selection.current.speaker.role,
      body: '',
      issueId: selection.current.issueId,
    }),
    [sessionId],
  );
  const draft = useNoteDraft({ record: null, fieldsForNew, onCreated: onWriting });
  const { textareaProps, startNext, change, currentId, isComposing } = draft;
  const memo = textareaProps.ref;

  const finish = useCallback(async () => {
    const hadNote = currentId() !== null || (memo.current?.value ?? '') !== '';
    const done = startNext();
    if (hadNote) onWriting(null);
    await done;
  }, [currentId, startNext, onWriting, memo]);

  useImperativeHandle(
    ref,
    () => ({
      focusMemo: () => memo.current?.focus(),
      focusSpeaker: () => picker.current?.focus(),
      finish,
    }),
    [finish, memo],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      // keyCode 229: some browsers report the IME's Enter that way instead of isComposing.
      if (event.isComposing || isComposing() || event.keyCode === 229) return;
      if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        if ((memo.current?.value ?? '').trim() !== '') void finish();
      }
    },
    [isComposing, memo, finish],
  );

  return (
    <section className="note-composer" aria-labelledby={`${id}-title`}>
      <div className="note-composer__head">
        <h2 id={`${id}-title`} className="section-title">
          {t('council.composer')}
        </h2>
        <NoteSaveStatus status={draft.status} error={draft.error} />
      </div>
      <div className="note-composer__row">
        <SpeakerPicker
          ref={picker}
          value={speaker}
          suggest={suggest}
          onChange={(next) => {
            setSpeaker(next);
            // A note already under way takes the corrected speaker too.
            if (currentId() !== null || (memo.current?.value ?? '') !== '')
              change({ speaker: next.name, speakerRole: next.role });
          }}
          onPicked={() => memo.current?.focus()}
        />
        <div className="note-composer__issue">
          <label htmlFor={`${id}-issue`} className="field-label">
            {t('council.issue')}
          </label>
          <select
            id={`${id}-issue`}
            className="input"
            value={issueId}
            onChange={(e) => {
              setIssueId(e.target.value);
              if (currentId() !== null) change({ issueId: e.target.value });
            }}
          >
            <option value="">{t('council.noIssue')}</option>
            {issues.map((issue) => (
              <option key={issue.id} value={issue.id}>
                {issue.title || t('common.untitled')}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={`${id}-memo`} className="field-label">
        {t('council.memo')}
      </label>
      <NoteTextarea
        textareaProps={textareaProps}
        id={`${id}-memo`}
        rows={4}
        placeholder={t('council.memoPlaceholder')}
        describedBy={`${id}-memo-help`}
        onKeyDown={onKeyDown}
      />
      <div className="note-composer__foot">
        <p id={`${id}-memo-help`} className="field-help">
          {t('council.memoHelp')}
        </p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            void finish();
            memo.current?.focus();
          }}
        >
          {t('council.record')}
        </button>
      </div>
    </section>
  );
});
