import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_TERM_LENGTH,
  recordOfTerm,
  termProblems,
  type TermProblem,
} from '../../../../common/brief/userGlossary';
import { useGlossaryWrites, type GlossaryTermRecord } from '../glossary/useGlossaryRecords';
import { useSaveFailed } from '../../ui/useSaveFailed';
import { useUiStore } from '../../ui/uiStore';
import { onAnalyserReady, readingInWorker } from './analysis/analysisClient';

type Draft = { term: string; reading: string; plain: string; explanation: string };
const FIELDS = ['term', 'reading', 'plain', 'explanation'] as const;
/** Which field each problem is about (focus goes there, and the message describes it). */
const FIELD_OF: Record<TermProblem, (typeof FIELDS)[number]> = {
  emptyTerm: 'term',
  tooLong: 'term',
  lineBreak: 'term',
  duplicate: 'term',
  emptyPlain: 'plain',
};

/**
 * 「用語集に追加」: a modal form prefilled with the selected word (native <dialog>: focus stays
 * inside, Esc cancels). A word already in the glossary is offered for editing instead.
 */
export function AddTermDialog(props: {
  term: string;
  records: readonly GlossaryTermRecord[];
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const inputs = useRef<Partial<Record<(typeof FIELDS)[number], HTMLInputElement | null>>>({});
  const [draft, setDraft] = useState<Draft>({ term: props.term, reading: '', plain: '', explanation: '' });
  const [editing, setEditing] = useState<GlossaryTermRecord | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const write = useGlossaryWrites();
  const notify = useUiStore((s) => s.notify);
  const fail = useSaveFailed();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // The term is given: the wording is what the user has to type.
    inputs.current.plain?.focus();
  }, []);

  // The reading comes from the dictionary once it has loaded (now, or while the form is open),
  // and never over what the user typed.
  useEffect(() => {
    let current = true;
    const fill = () =>
      void readingInWorker(props.term.trim()).then((reading) => {
        if (current && reading) setDraft((d) => (d.reading ? d : { ...d, reading }));
      });
    fill();
    const stop = onAnalyserReady(fill);
    return () => {
      current = false;
      stop();
    };
  }, [props.term]);

  const others = editing ? props.records.filter((r) => r.id !== editing.id) : props.records;
  const problems = termProblems(draft, others);
  // Problems of the prefilled term show at once; missing input only after a first 保存.
  const shown = attempted ? problems : problems.filter((p) => p !== 'emptyTerm' && p !== 'emptyPlain');
  const existing = recordOfTerm(props.records, draft.term);
  const messageId = (p: TermProblem) => `${id}-${p}`;

  const message = (p: TermProblem) =>
    t(`briefs.addTerm.problems.${p}`, {
      term: draft.term.trim(),
      max: MAX_TERM_LENGTH,
      count: [...draft.term.trim()].length,
    });

  function editExisting() {
    if (!existing) return;
    setEditing(existing);
    setDraft({
      term: existing.term,
      reading: existing.reading,
      plain: existing.plain,
      explanation: existing.explanation,
    });
    setAttempted(false);
    inputs.current.plain?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (busy) return;
    const first = problems[0];
    if (first) {
      inputs.current[FIELD_OF[first]]?.focus();
      return;
    }
    const fields = {
      reading: draft.reading.trim(),
      plain: draft.plain.trim(),
      explanation: draft.explanation.trim(),
    };
    setBusy(true);
    try {
      await write(
        editing
          ? // Given a wording, a word once marked 説明不要 is explained again.
            [{ kind: 'update', id: editing.id, patch: { ...fields, known: false } }]
          : [{ kind: 'create', fields: { term: draft.term.trim(), category: '', ...fields } }],
      );
      notify('info', t('briefs.addTerm.saved', { term: draft.term.trim() }));
      props.onClose(true);
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="term-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        // Esc: the owner unmounts the dialog and puts the focus back in the text.
        event.preventDefault();
        props.onClose(false);
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="section-title">
          {editing ? t('briefs.addTerm.editTitle') : t('briefs.addTerm.title')}
        </h2>
        <p className="muted">{t('briefs.addTerm.lead')}</p>
        {FIELDS.map((field) => {
          const mine = shown.filter((p) => FIELD_OF[p] === field);
          return (
            <div className="form-row" key={field}>
              <label className="field-label" htmlFor={`${id}-${field}`}>
                {t(`glossary.${field}`)}
                {(field === 'term' || field === 'plain') && (
                  <span className="muted"> {t('briefs.addTerm.required')}</span>
                )}
              </label>
              <input
                id={`${id}-${field}`}
                ref={(el) => {
                  inputs.current[field] = el;
                }}
                className="input"
                value={draft[field]}
                readOnly={field === 'term' && editing !== null}
                aria-required={field === 'term' || field === 'plain'}
                aria-invalid={mine.length > 0}
                aria-describedby={mine.length ? mine.map(messageId).join(' ') : undefined}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              />
              {mine.map((p) => (
                <p key={p} id={messageId(p)} className="field-error" role="alert">
                  {message(p)}
                  {p === 'duplicate' && existing && (
                    <>
                      {' '}
                      <button type="button" className="button button--small" onClick={editExisting}>
                        {t('briefs.addTerm.editExisting')}
                      </button>
                    </>
                  )}
                </p>
              ))}
            </div>
          );
        })}
        <div className="term-dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('briefs.addTerm.save')}
          </button>
          <button type="button" className="button" onClick={() => props.onClose(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
