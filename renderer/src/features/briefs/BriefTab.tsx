import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { useSaveFailed } from '../../ui/useSaveFailed';
import { AnalysedEditor } from './AnalysedEditor';
import { BriefPreview } from './BriefPreview';
import type { BriefDraft } from './useBriefDraft';
import type { IssueDraft } from './useIssueDraft';
import type { AnalysisState } from './analysis/useAnalysis';

const BRIEF_EDITOR_ID = 'brief-body';

/** The brief in markdown, side by side with the original or the live preview. */
export function BriefTab(props: {
  issueDraft: IssueDraft;
  editIssue: (patch: Partial<IssueDraft>) => void;
  brief: BriefDraft;
  briefAnalysis: AnalysisState;
}) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const fail = useSaveFailed();
  const [side, setSide] = useState<'original' | 'preview'>('preview');
  const { brief, issueDraft } = props;
  // 「ブリーフを作成」 is replaced by the editor: the keyboard goes on in the new brief, not the page.
  // The editor appears when the saved brief is read back, before or after `create` resolves.
  const focusEditor = useRef(false);
  const focusEditorIfShown = () => {
    const editor = document.getElementById(BRIEF_EDITOR_ID);
    if (!focusEditor.current || !editor) return;
    focusEditor.current = false;
    editor.focus();
  };
  useEffect(focusEditorIfShown, [brief.body]);

  if (brief.body === null) {
    return (
      <div className="card stack">
        <p>{t('briefs.createBriefHelp')}</p>
        <div>
          <button
            type="button"
            className="button button--primary"
            onClick={async () => {
              try {
                await brief.create(issueDraft);
                focusEditor.current = true;
                focusEditorIfShown();
                if (issueDraft.status === 'draft') props.editIssue({ status: 'inTranslation' });
              } catch (error) {
                fail(error);
              }
            }}
          >
            {t('briefs.createBrief')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="brief-tab">
      <AnalysedEditor
        id={BRIEF_EDITOR_ID}
        testId="brief"
        label={t('briefs.briefBody')}
        value={brief.body}
        onChange={brief.setBody}
        analysis={props.briefAnalysis}
        rows={24}
        layout="stacked"
      />
      <section className="brief-tab__side" aria-label={t('briefs.sideBy')}>
        <div role="group" aria-label={t('briefs.sideBy')} className="segmented">
          {(['preview', 'original'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className="segmented__option"
              aria-pressed={side === name}
              onClick={() => setSide(name)}
            >
              {t(name === 'preview' ? 'briefs.livePreview' : 'briefs.original')}
            </button>
          ))}
        </div>
        {side === 'preview' ? (
          <BriefPreview
            label={t('briefs.livePreview')}
            markdown={brief.body}
            onLink={(url) => void platform['shell:openExternal'](url)}
          />
        ) : (
          <pre className="original-text" data-testid="original-text">
            {issueDraft.rawText}
          </pre>
        )}
      </section>
    </div>
  );
}
