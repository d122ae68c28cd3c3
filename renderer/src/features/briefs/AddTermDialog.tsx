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
import type { TermRange } from '../../../../common/brief/termShape';
import { onAnalyserReady, termAdviceInWorker } from './analysis/analysisClient';
import type { TermAdvice } from './analysis/termAdvice';

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
 * inside, Esc cancels). A word already in the glossary is offered for editing instead. With the
 * dictionary loaded the pen marks a term only on word boundaries, so the selection is widened to
 * whole words and a term that cuts a word of the text is warned about.
 */
export function AddTermDialog(props: {
  /** The selected words, as selected. */
  term: string;
  /** The text they were selected in, and where. */
  text: string;
  selection: TermRange;
  records: readonly GlossaryTermRecord[];
  /** `range`: the words the form was about in the text (the selection, widened if it was). */
  onClose: (saved: boolean, range: TermRange) => void;
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

  // What the dictionary says about the term, once it has loaded (now, or while the form is open).
  const [advice, setAdvice] = useState<(TermAdvice & { term: string }) | null>(null);
  // The selection widened to whole words and its term; null until the dictionary has loaded.
  const [widened, setWidened] = useState<(TermRange & { term: string }) | null>(null);
  // The term as the user typed it is never replaced, nor a reading they typed.
  const touched = useRef(false);
  const filledReading = useRef('');
  useEffect(() => {
    let current = true;
    const ask = () => {
      const propose = !touched.current && widened === null;
      void termAdviceInWorker({
        term: draft.term,
        text: props.text,
        ...(propose ? { selection: { start: props.selection.start, end: props.selection.end } } : {}),
      }).then((answer) => {
        if (!current) return;
        const proposal = propose ? answer.proposal : null;
        if (proposal && proposal.term !== draft.term.trim()) {
          // Asked again for the proposed term by the next run of this effect.
          setWidened(proposal);
          fillReading(proposal.reading, proposal.term);
          return;
        }
        if (propose && proposal) setWidened(proposal);
        setAdvice({ ...answer, term: draft.term });
        fillReading(answer.reading);
      });
    };
    const fillReading = (reading: string, term?: string) =>
      setDraft((d) => {
        const next = term === undefined ? d : { ...d, term };
        if (!reading || (d.reading && d.reading !== filledReading.current)) return next;
        filledReading.current = reading;
        return { ...next, reading };
      });
    ask();
    const stop = onAnalyserReady(ask);
    return () => {
      current = false;
      stop();
    };
  }, [draft.term, props.text, props.selection, widened]);

  const others = editing ? props.records.filter((r) => r.id !== editing.id) : props.records;
  const problems = termProblems(draft, others);
  // Problems of the prefilled term show at once; missing input only after a first 保存.
  const shown = attempted ? problems : problems.filter((p) => p !== 'emptyTerm' && p !== 'emptyPlain');
  const existing = recordOfTerm(props.records, draft.term);
  const messageId = (p: TermProblem) => `${id}-${p}`;
  const known = advice?.term === draft.term ? advice : null;
  // A warning, not a problem: the term can be saved, but the pen would not mark it in this text.
  const cut = !editing && known?.cut && known.cut !== draft.term.trim() ? known.cut : null;
  const wasWidened = widened !== null && widened.term === draft.term && draft.term !== props.term;
  // Widened to whole words, or (an inflected verb) put in the form the pen finds in all its forms.
  const proposedNote =
    widened && props.text.slice(widened.start, widened.end) !== widened.term
      ? 'dictionaryProposed'
      : 'widened';
  const dictionary = !editing && known?.dictionary ? known.dictionary : null;

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
    touched.current = true;
    inputs.current.plain?.focus();
  }

  /** The one-click fixes: the whole word for a cut one, the dictionary form of a verb. */
  function takeWholeWord(word: string) {
    touched.current = true;
    setDraft((d) => ({ ...d, term: word }));
    // The warning and its button go away: the focus stays on the field it was about.
    inputs.current.term?.focus();
  }

  const range: TermRange = widened ?? props.selection;

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
      props.onClose(true, range);
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
        props.onClose(false, range);
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="section-title">
          {editing ? t('briefs.addTerm.editTitle') : t('briefs.addTerm.title')}
        </h2>
        <p className="muted">{t('briefs.addTerm.lead')}</p>
        {FIELDS.map((field) => {
          const mine = shown.filter((p) => FIELD_OF[p] === field);
          const described = [
            ...mine.map(messageId),
            ...(field === 'term' && cut ? [`${id}-cut`] : []),
            ...(field === 'term' && dictionary ? [`${id}-dictionary`] : []),
            ...(field === 'term' && wasWidened ? [`${id}-widened`] : []),
          ];
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
                aria-describedby={described.length ? described.join(' ') : undefined}
                onChange={(e) => {
                  if (field === 'term') touched.current = true;
                  setDraft({ ...draft, [field]: e.target.value });
                }}
              />
              {field === 'term' && wasWidened && (
                <p id={`${id}-widened`} className="field-help muted">
                  {t(`briefs.addTerm.${proposedNote}`, { selected: props.term, term: draft.term })}
                </p>
              )}
              {field === 'term' && (
                // Present from the start, so the warning is announced when it appears.
                <div role="status">
                  {cut && (
                    <p id={`${id}-cut`} className="field-warning">
                      {t('briefs.addTerm.cut', { word: cut })}{' '}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => takeWholeWord(cut)}
                      >
                        {t('briefs.addTerm.takeWord', { word: cut })}
                      </button>
                    </p>
                  )}
                  {dictionary && (
                    <p id={`${id}-dictionary`} className="field-help">
                      {t('briefs.addTerm.dictionary', { term: draft.term.trim(), base: dictionary })}{' '}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => takeWholeWord(dictionary)}
                      >
                        {t('briefs.addTerm.takeWord', { word: dictionary })}
                      </button>
                    </p>
                  )}
                </div>
              )}
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
          <button type="button" className="button" onClick={() => props.onClose(false, range)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
