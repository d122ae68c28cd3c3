import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../common/brief';
import { knownTermOf } from '../../../../common/brief/userGlossary';
import type { AnalyserKind } from './analysis/messages';
import { ruleLabelKey } from './findingRuleLabel';
import { shownSuggestion } from './shownSuggestion';

const shortText = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The list stops here: a reader works top-down, and thousands of rows would freeze the page. */
const MAX_LISTED = 200;

/** The findings of one text, each with its explanation, suggestion and one-click fix. */
export const FindingsList = memo(FindingsListRows);

// Memoised: up to 200 rows of translated text re-rendered on every keystroke of a long text
// (session 17); the rows change only with the findings, so the owner passes stable handlers.
function FindingsListRows(props: {
  testId: string;
  findings: readonly Finding[];
  pending: boolean;
  /** Which analyser found them: shown to tests, which wait for the dictionary's findings. */
  analyser?: AnalyserKind | null;
  truncatedAt: number | null;
  activeIndex: number | null;
  onShow: (index: number) => void;
  onFix: (finding: Finding) => void;
  /** 「説明不要にする」: the team's readers know this word (offered on word findings only). */
  onMarkKnown?: (finding: Finding) => void;
}) {
  const { t } = useTranslation();
  // Each finding has one or two buttons: a long text puts a hundred Tab stops between the text and
  // what follows it (「企業向けに書き換え」), so the first stop offers to jump past them.
  const end = useRef<HTMLSpanElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const listed = Math.min(props.findings.length, MAX_LISTED);
  return (
    <section className="findings" data-testid={props.testId} data-analyser={props.analyser ?? undefined}>
      {/* Only the count is live: the whole list (dozens of findings, re-rendered as the text is
          re-analysed) would be read out again after every keystroke. */}
      <h2 className="findings__title" aria-live="polite" ref={title} tabIndex={-1}>
        {t('briefs.findingsTitle', { count: props.findings.length })}
        {props.pending && <span className="muted"> {t('briefs.analysing')}</span>}
      </h2>
      {props.truncatedAt !== null && (
        <p className="notice" role="note">
          {t('briefs.truncated', { chars: props.truncatedAt.toLocaleString('ja-JP') })}
        </p>
      )}
      {listed > 0 && (
        <button
          type="button"
          className="button button--small visually-hidden findings__skip"
          onClick={() => end.current?.focus()}
        >
          {t('briefs.skipFindings', { count: listed })}
        </button>
      )}
      {props.findings.length === 0 && !props.pending && <p className="muted">{t('briefs.noFindings')}</p>}
      <ol className="findings__list">
        {props.findings.slice(0, MAX_LISTED).map((finding, index) => (
          <li
            key={`${finding.rule}-${finding.start}-${finding.end}`}
            className={`finding finding--${finding.rule}${index === props.activeIndex ? ' is-active' : ''}`}
            data-rule={finding.rule}
          >
            <div className="finding__head">
              <span className={`finding__rule finding__rule--${finding.rule}`}>
                {t(ruleLabelKey(finding.rule))}
              </span>
              <button type="button" className="finding__text" onClick={() => props.onShow(index)}>
                {shortText(finding.text)}
              </button>
            </div>
            <p className="finding__message">{finding.message}</p>
            {shownSuggestion(finding) !== null && (
              <p className="finding__suggestion">
                {t('briefs.suggestion', { text: shownSuggestion(finding) })}
              </p>
            )}
            {finding.fix && (
              <button
                type="button"
                className="button button--small"
                // Dozens of 修正する in one list: the name says which words each one fixes.
                aria-label={t('briefs.applyFixLabel', { text: shortText(finding.text) })}
                onClick={() => props.onFix(finding)}
              >
                {t('briefs.applyFix')}
              </button>
            )}
            {props.onMarkKnown && knownTermOf(finding) !== null && (
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={t('briefs.known.markLabel', { term: knownTermOf(finding) })}
                onClick={() => {
                  props.onMarkKnown?.(finding);
                  // The button goes with its finding: the focus waits on the list's count.
                  title.current?.focus();
                }}
              >
                {t('briefs.known.mark')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {props.findings.length > MAX_LISTED && (
        <p className="muted">{t('briefs.moreFindings', { count: props.findings.length - MAX_LISTED })}</p>
      )}
      {/* Where the skip lands: Tab goes on to whatever follows the list. */}
      <span ref={end} tabIndex={-1} className="visually-hidden">
        {t('briefs.findingsEnd')}
      </span>
    </section>
  );
}
