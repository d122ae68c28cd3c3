import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreReadiness, type BriefLocale } from '../../../../common/brief';
import { DEFAULT_READER } from '../../../../common/brief/reader';
import {
  ISSUE_STATUSES,
  type BriefRecord,
  type IssueFields,
  type IssueRecord,
} from '../../../../common/records/types';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { SETTLE_ABOVE_CHARS, useSettled } from '../../ui/useSettled';
import { BriefTab } from './BriefTab';
import { IssueTab } from './IssueTab';
import { PreviewTab } from './PreviewTab';
import { ReadinessPanel } from './ReadinessPanel';
import { ReaderSelect } from './ReaderSelect';
import { useIssueDraft } from './useIssueDraft';
import { useBriefDraft } from './useBriefDraft';
import { useTextGuard } from './useTextGuard';
import { useAnalysis } from './analysis/useAnalysis';
import { useUserTerms } from './useUserTerms';
import { useBriefLocale } from './useBriefLocale';

type Tab = 'issue' | 'brief' | 'preview';
const TABS: readonly Tab[] = ['issue', 'brief', 'preview'];

/** The red-pen desk for one issue: the original, the brief, and the company's view. */
export function IssueWorkspace({
  issue,
  brief,
  trail,
  notices,
}: {
  issue: IssueRecord;
  brief: BriefRecord | null;
  /** The breadcrumb: the page's heading, the issue's title, ends it. */
  trail: ReactNode;
  /** Notices about the issue, shown between the heading and the title field. */
  notices: ReactNode;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('issue');
  const issueDraft = useIssueDraft(issue);
  const userTerms = useUserTerms();
  const briefDraft = useBriefDraft(issue.id, brief, userTerms);
  const { draft, edit } = issueDraft;
  const guard = useTextGuard();
  // Older records lack `reader`: they read as the default, which marks every term (as before).
  const reader = draft.reader ?? DEFAULT_READER;
  const municipality = draft.municipalityName;
  const rawAnalysis = useAnalysis(draft.rawText, userTerms, reader, municipality);
  const briefAnalysis = useAnalysis(briefDraft.body ?? '', userTerms, reader, municipality);
  const locale = useBriefLocale();
  // Readiness reads every field's whole text (0.15 s for 150,000 characters): a long issue gets it
  // when typing pauses, not per keystroke.
  const readinessInput = useMemo(
    () => ({ draft, body: briefDraft.body ?? undefined, locale }),
    [draft, briefDraft.body, locale],
  );
  const readiness = useSettled(
    readinessInput,
    readinessOf,
    draft.rawText.length + (briefDraft.body?.length ?? 0) > SETTLE_ABOVE_CHARS,
    sameReadinessInput,
  );
  // Clarity is computed in the analysis worker beside the findings (no sentence splitting here).
  const clarity = {
    raw: rawAnalysis.pending ? null : rawAnalysis.clarity,
    brief: briefDraft.body === null || briefAnalysis.pending ? null : briefAnalysis.clarity,
  };

  const goTo = (field: keyof IssueFields) => {
    setTab('issue');
    requestAnimationFrame(() => document.getElementById(`issue-field-${field}`)?.focus());
  };

  // Composition events bubble: one pair here covers every field of both drafts, so no save,
  // status re-render or arriving version lands under an open IME candidate window.
  const onCompositionStart = () => {
    issueDraft.composition.onCompositionStart();
    briefDraft.composition.onCompositionStart();
  };
  const onCompositionEnd = () => {
    issueDraft.composition.onCompositionEnd();
    briefDraft.composition.onCompositionEnd();
  };

  return (
    <div className="workspace" onCompositionStart={onCompositionStart} onCompositionEnd={onCompositionEnd}>
      {/* The title is edited in place below; the page's heading ends the breadcrumb, visible, so
          the focus a page arrival moves to it (tabIndex -1: by script, skipped by Tab) is seen. */}
      <div className="workspace__trail">
        {trail}
        <span aria-hidden="true">›</span>
        <h1 className="workspace__heading" tabIndex={-1}>
          {draft.title.trim() || t('common.untitled')}
        </h1>
      </div>
      {notices}
      <header className="workspace__header">
        <label className="visually-hidden" htmlFor="issue-title">
          {t('issues.newTitle')}
        </label>
        <input
          id="issue-title"
          className="input input--title"
          value={draft.title}
          maxLength={500}
          onChange={(e) => guard(e.target.value, (title) => edit({ title }), draft.title)}
        />
        <label className="visually-hidden" htmlFor="issue-status">
          {t('issues.statusLabel')}
        </label>
        <select
          id="issue-status"
          className="input workspace__status"
          value={draft.status}
          onChange={(e) => edit({ status: e.target.value as IssueFields['status'] })}
        >
          {ISSUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`issues.status.${s}`)}
            </option>
          ))}
        </select>
        <SaveIndicator
          status={worstStatus(issueDraft.status, briefDraft.status)}
          error={issueDraft.error ?? briefDraft.error}
        />
      </header>

      <ReaderSelect value={reader} onChange={(next) => edit({ reader: next })} />

      <div role="tablist" aria-label={t('briefs.tabsLabel')} className="tabs">
        {TABS.map((name) => (
          <button
            key={name}
            id={`tab-${name}`}
            role="tab"
            type="button"
            className="tabs__tab"
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = TABS[(TABS.indexOf(name) + step + TABS.length) % TABS.length]!;
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t(`briefs.tabs.${name}`)}
          </button>
        ))}
        {briefDraft.body !== null && !rawAnalysis.pending && !briefAnalysis.pending && (
          <span className="tabs__compare" data-testid="compare">
            {t('briefs.compare', { raw: rawAnalysis.findings.length, brief: briefAnalysis.findings.length })}
          </span>
        )}
      </div>

      <div className="workspace__body">
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="workspace__panel">
          {tab === 'issue' && (
            <IssueTab
              issueId={issue.id}
              draft={draft}
              edit={edit}
              rawAnalysis={rawAnalysis}
              userTerms={userTerms}
              reader={reader}
            />
          )}
          {tab === 'brief' && (
            <BriefTab issueDraft={draft} editIssue={edit} brief={briefDraft} briefAnalysis={briefAnalysis} />
          )}
          {tab === 'preview' && (
            <PreviewTab issue={draft} body={briefDraft.body} briefId={brief?.id ?? null} />
          )}
        </div>
        <aside className="workspace__aside">
          <ReadinessPanel readiness={readiness} clarity={clarity} onGoTo={goTo} />
        </aside>
      </div>
    </div>
  );
}

const readinessOf = (input: { draft: IssueFields; body: string | undefined; locale: BriefLocale }) =>
  scoreReadiness(input.draft, input.body, input.locale);

type ReadinessInput = Parameters<typeof readinessOf>[0];
const sameReadinessInput = (a: ReadinessInput, b: ReadinessInput) =>
  a.body === b.body &&
  a.locale === b.locale &&
  (Object.keys(a.draft) as (keyof IssueFields)[]).every((k) => a.draft[k] === b.draft[k]) &&
  Object.keys(a.draft).length === Object.keys(b.draft).length;

function worstStatus<S extends string>(a: S, b: S): S {
  const order = ['error', 'saving', 'dirty', 'saved', 'idle'];
  return order.indexOf(a) <= order.indexOf(b) ? a : b;
}
