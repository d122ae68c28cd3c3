import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefReader, GlossaryEntry } from '../../../../common/brief';
import { applyChanges, decideChange, type RewriteChange } from '../../../../common/brief/rewrite';
import { rewriteInWorker } from './analysis/analysisClient';
import { carryDecisions } from './carryDecisions';
import { changeLead } from './changeContext';
import { RewriteDiff } from './RewriteDiff';
import { UnsplitSentences } from './UnsplitSentences';
import { staleness, useRewriteReview } from './rewriteReview';
import './rewrite.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'failed'; message: string }
  /** Made again for the edited text or another body, keeping `carried` decisions. */
  | { kind: 'redone'; carried: number };

/**
 * 「企業向けに書き換え」: asks the worker for a rewrite of the municipality's text, shows it side by
 * side with the original, and lets the author accept or reject each change (or all). Saving stores
 * the result in the issue's `companyText`; `rawText` stays as the municipality wrote it.
 */
export function RewritePanel(props: {
  issueId: string;
  rawText: string;
  companyText: string;
  userTerms: readonly GlossaryEntry[];
  reader: BriefReader;
  /** The issue's municipality ('' when not chosen): the rewrite speaks of its body (町役場 …). */
  municipality: string;
  onSave: (companyText: string) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Outlives the panel (the brief tab unmounts it) and a reload, until the next rewrite.
  const [proposal, setProposal] = useRewriteReview(props.issueId);
  const accepted = proposal?.accepted ?? [];
  const startButton = useRef<HTMLButtonElement>(null);
  const [current, setCurrent] = useState<number | null>(null);

  /** A fresh rewrite, or (`redo`) one that keeps the decisions of the review it replaces. */
  const start = async (redo = false) => {
    setStatus({ kind: 'working' });
    const { rawText, municipality } = props;
    try {
      const result = await rewriteInWorker(rawText, props.userTerms, props.reader, municipality);
      const carry =
        redo && proposal ? carryDecisions(proposal.result.changes, proposal.accepted, result.changes) : null;
      const accepted = carry?.accepted ?? result.changes.map(() => true);
      setProposal({ source: rawText, municipality, result, accepted });
      setCurrent(null);
      setStatus(carry ? { kind: 'redone', carried: carry.carried } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };

  const staleBy = proposal ? staleness(proposal, props.rawText, props.municipality) : null;
  const stale = staleBy !== null;
  const changes = proposal?.result.changes ?? [];
  const rewritten = proposal ? applyChanges(proposal.source, changes, (_c, i) => accepted[i] ?? false) : '';
  const setAccepted = (next: boolean[]) => {
    if (proposal) setProposal({ ...proposal, accepted: next });
  };
  // A ※ line inside a paragraph goes with the line break before it (decideChange).
  const set = (index: number, value: boolean) => setAccepted(decideChange(changes, accepted, index, value));

  return (
    <section className="card rewrite" aria-labelledby="rewrite-title">
      <div className="rewrite__bar">
        <h2 id="rewrite-title" className="section-title">
          {t('rewrite.action')}
        </h2>
        <button
          ref={startButton}
          type="button"
          className="button button--primary"
          disabled={props.rawText.trim() === ''}
          // Not `disabled` while working: a disabled button drops the keyboard focus to the page.
          aria-disabled={status.kind === 'working'}
          onClick={() => {
            if (status.kind !== 'working') void start();
          }}
        >
          {t('rewrite.action')}
        </button>
      </div>
      <p className="muted">{t('rewrite.help')}</p>
      {status.kind === 'working' && <p role="status">{t('rewrite.working')}</p>}
      {status.kind === 'failed' && <p role="alert">{t('rewrite.failed', { message: status.message })}</p>}
      {status.kind === 'redone' && !stale && (
        <p role="status">{t('rewrite.redone', { count: status.carried })}</p>
      )}
      {staleBy && (
        <div className="rewrite__stale" data-testid="rewrite-stale">
          <p>
            {staleBy.kind === 'body'
              ? t('rewrite.staleBody', { was: staleBy.was, now: staleBy.now })
              : t('rewrite.staleText')}
          </p>
          <button
            type="button"
            className="button"
            aria-disabled={status.kind === 'working'}
            onClick={() => {
              if (status.kind !== 'working') void start(true);
            }}
          >
            {t('rewrite.redo')}
          </button>
        </div>
      )}
      {proposal && !stale && changes.length === 0 && <p>{t('rewrite.empty')}</p>}
      {proposal && !stale && changes.length > 0 && (
        <>
          <RewriteDiff
            source={proposal.source}
            changes={changes}
            accepted={accepted}
            rewritten={rewritten}
            current={current}
          />
          <ChangeList
            source={proposal.source}
            changes={changes}
            accepted={accepted}
            onSet={set}
            onCurrent={setCurrent}
          />
          <UnsplitSentences unsplit={proposal.result.unsplit} />
          <div className="rewrite__actions">
            <button type="button" className="button" onClick={() => setAccepted(changes.map(() => true))}>
              {t('rewrite.acceptAll')}
            </button>
            <button type="button" className="button" onClick={() => setAccepted(changes.map(() => false))}>
              {t('rewrite.rejectAll')}
            </button>
            <button type="button" className="button button--primary" onClick={() => props.onSave(rewritten)}>
              {t('rewrite.save')}
            </button>
          </div>
        </>
      )}
      {props.companyText.trim() !== '' && (
        <div className="rewrite__saved">
          <h3 className="field-label">{t('rewrite.saved')}</h3>
          <pre className="original-text" data-testid="company-text">
            {props.companyText}
          </pre>
          <button
            type="button"
            className="button"
            onClick={() => {
              props.onSave('');
              // This button goes with the text it clears: the keyboard stays in the panel.
              startButton.current?.focus();
            }}
          >
            {t('rewrite.clear')}
          </button>
        </div>
      )}
    </section>
  );
}

function ChangeList(props: {
  source: string;
  changes: readonly RewriteChange[];
  accepted: readonly boolean[];
  onSet: (index: number, value: boolean) => void;
  /** The change the pointer or the keyboard is on, shown in the diff above. */
  onCurrent: (index: number) => void;
}) {
  const { t } = useTranslation();
  const count = props.accepted.filter(Boolean).length;
  // An explanation sentence adds text: it is labelled as an addition, not as 「」→「…」.
  // A replacement says where it is (「…顕在化して」「おり、」→「いる。」: the same change recurs).
  // A line break alone (before ※ lines inside a paragraph) has no text to quote.
  const changeLabel = (c: RewriteChange) =>
    c.before === '' && c.after.trim() === ''
      ? t('rewrite.breakLabel')
      : c.before === ''
        ? t('rewrite.addLabel', { after: c.after.trim() })
        : `${changeLead(props.source, c)}${t('rewrite.changeLabel', { before: c.before, after: c.after })}`;
  return (
    <div>
      <h3 className="field-label" id="rewrite-changes-title">
        {t('rewrite.changesTitle', { accepted: count, total: props.changes.length })}
      </h3>
      <ol className="rewrite__changes" aria-labelledby="rewrite-changes-title" data-testid="rewrite-changes">
        {props.changes.map((c, i) => (
          <li
            // Explanation sentences are insertions at one sentence end: start and end alone repeat.
            key={`${c.start}-${c.end}-${i}`}
            data-rule={c.rule}
            data-accepted={props.accepted[i] ? 'true' : 'false'}
            onFocus={() => props.onCurrent(i)}
            onMouseEnter={() => props.onCurrent(i)}
          >
            <span className="rewrite__rule">{t(`rewrite.rules.${c.rule}`, { defaultValue: c.rule })}</span>
            <span className="rewrite__change">{changeLabel(c)}</span>
            <span role="group" aria-label={changeLabel(c)}>
              <button
                type="button"
                className="button button--small"
                aria-pressed={props.accepted[i] === true}
                onClick={() => props.onSet(i, true)}
              >
                {t('rewrite.accept')}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-pressed={props.accepted[i] === false}
                onClick={() => props.onSet(i, false)}
              >
                {t('rewrite.reject')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
