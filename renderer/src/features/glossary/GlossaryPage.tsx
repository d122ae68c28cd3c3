import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shippedGlossary } from '../../../../common/brief';
import {
  MAX_TERM_LENGTH,
  termProblems,
  undoKnownWrites,
  type TermProblem,
} from '../../../../common/brief/userGlossary';
import type { GlossaryTermFields } from '../../../../common/records/types';
import { href } from '../../navigation/router';
import { useServices } from '../../services/services';
import { useSaveFailed } from '../../ui/useSaveFailed';
import { PageHeader } from '../../ui/PageHeader';
import { useUiStore } from '../../ui/uiStore';
import { useGlossaryRecords, useGlossaryWrites, type GlossaryTermRecord } from './useGlossaryRecords';

const EMPTY: GlossaryTermFields = { term: '', reading: '', plain: '', explanation: '', category: '' };
const FIELDS = ['term', 'reading', 'plain', 'explanation', 'category'] as const;

/** The team's own terms: the checker flags and rewords them like the shipped ones. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const fail = useSaveFailed();
  const notify = useUiStore((s) => s.notify);
  const records = useGlossaryRecords();
  const write = useGlossaryWrites();
  const [draft, setDraft] = useState<GlossaryTermFields>(EMPTY);
  const [problems, setProblems] = useState<readonly TermProblem[]>([]);
  // The last deleted term, offered back until the next delete or undo (a delete asks nothing first).
  const [removed, setRemoved] = useState<{ record: GlossaryTermRecord; restored: boolean } | null>(null);
  const termInput = useRef<HTMLInputElement>(null);
  const removedNotice = useRef<HTMLDivElement>(null);
  // The clicked 削除 (or 元に戻す) leaves with its row: the keyboard goes to the notice, not the page.
  useEffect(() => removedNotice.current?.focus(), [removed]);
  // Two devices may each have marked a word known: it is listed (and undone) once.
  const terms = records?.filter((r) => r.known !== true);
  const known = records && [...new Set(records.filter((r) => r.known === true).map((r) => r.term))];

  async function undoKnown(term: string) {
    try {
      // Read at the click: every record of the word, also one that arrived since the last render.
      await write(undoKnownWrites(await repos.glossaryTerms.list(), term));
      notify('info', t('glossary.undone', { term }));
    } catch (error) {
      fail(error);
    }
  }

  async function remove(record: GlossaryTermRecord) {
    try {
      await repos.glossaryTerms.remove(record.id);
      setRemoved({ record, restored: false });
    } catch (error) {
      fail(error);
    }
  }

  async function restore(record: GlossaryTermRecord) {
    try {
      const { term, reading, plain, explanation, category } = record;
      await repos.glossaryTerms.create({ term, reading, plain, explanation, category });
      setRemoved({ record, restored: true });
    } catch (error) {
      fail(error);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    // The same rules as 「用語集に追加」 in the editor: one record per word, a word on one line.
    const found = termProblems(draft, records ?? []);
    setProblems(found);
    if (found.length) {
      // The keyboard goes to the first field to correct (the messages are announced as alerts).
      const field = found.some((p) => p !== 'emptyPlain') ? 'term' : 'plain';
      document.getElementById(`glossary-${field}`)?.focus();
      return;
    }
    try {
      await repos.glossaryTerms.create({
        term: draft.term.trim(),
        reading: draft.reading.trim(),
        plain: draft.plain.trim(),
        explanation: draft.explanation.trim(),
        category: draft.category.trim(),
      });
      setDraft(EMPTY);
      notify('info', t('common.saved'));
      // Ready for the next term, as the one-field add forms are.
      termInput.current?.focus();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <a href={href('issues')}>{t('issues.title')}</a>
      </nav>
      <PageHeader title={t('glossary.title')} lead={t('glossary.lead')} />
      <p className="muted">{t('glossary.shipped', { count: shippedGlossary().length })}</p>
      {/* noValidate: the browser's own "fill in this field" bubble speaks the browser's language and
          kept the app's messages (in the UI language) from ever showing. */}
      <form className="card glossary-form" onSubmit={add} noValidate>
        {FIELDS.map((field) => (
          <div className="form-row" key={field}>
            <label className="field-label" htmlFor={`glossary-${field}`}>
              {t(`glossary.${field}`)}
            </label>
            <input
              ref={field === 'term' ? termInput : undefined}
              id={`glossary-${field}`}
              className="input"
              value={draft[field]}
              required={field === 'term' || field === 'plain'}
              aria-invalid={
                (field === 'term' && problems.some((p) => p !== 'emptyPlain')) ||
                (field === 'plain' && problems.includes('emptyPlain'))
              }
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            />
          </div>
        ))}
        {problems.map((p) => (
          <p key={p} className="field-error" role="alert">
            {t(`briefs.addTerm.problems.${p}`, {
              term: draft.term.trim(),
              max: MAX_TERM_LENGTH,
              count: [...draft.term.trim()].length,
            })}
          </p>
        ))}
        <div>
          <button type="submit" className="button button--primary">
            {t('glossary.add')}
          </button>
        </div>
      </form>
      {removed && (
        <div
          ref={removedNotice}
          tabIndex={-1}
          role="status"
          className="glossary-removed"
          data-testid="glossary-removed"
        >
          {removed.restored ? (
            t('glossary.restored', { term: removed.record.term })
          ) : (
            <>
              {t('glossary.removed', { term: removed.record.term })}{' '}
              <button
                type="button"
                className="button button--small"
                aria-label={`${t('glossary.undo')}: ${removed.record.term}`}
                onClick={() => void restore(removed.record)}
              >
                {t('glossary.undo')}
              </button>
            </>
          )}
        </div>
      )}
      {terms?.length === 0 && <p className="muted">{t('glossary.empty')}</p>}
      <table className="table" data-testid="glossary-table">
        <thead>
          <tr>
            <th scope="col">{t('glossary.term')}</th>
            <th scope="col">{t('glossary.plain')}</th>
            <th scope="col">{t('glossary.explanation')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms?.map((term) => (
            <tr key={term.id}>
              <td>
                {term.term}
                {term.reading && (
                  <span className="muted">{t('glossary.readingShown', { reading: term.reading })}</span>
                )}
              </td>
              <td>{term.plain}</td>
              <td>{term.explanation}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t('common.delete')}: ${term.term}`}
                  onClick={() => void remove(term)}
                >
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="glossary-known-title">
        <h2 id="glossary-known-title" className="section-title">
          {t('glossary.knownTitle')}
        </h2>
        <p className="muted">{t('glossary.knownLead')}</p>
        {known?.length === 0 && <p className="muted">{t('glossary.knownEmpty')}</p>}
        {known && known.length > 0 && (
          <ul className="known-terms" data-testid="glossary-known">
            {known.map((term) => (
              <li key={term} className="known-terms__item">
                <span>{term}</span> <span className="badge">{t('glossary.known')}</span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t('glossary.undo')}: ${term}`}
                  onClick={() => void undoKnown(term)}
                >
                  {t('glossary.undo')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
