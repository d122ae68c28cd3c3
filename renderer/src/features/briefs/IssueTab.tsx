import { useTranslation } from 'react-i18next';
import type { IssueFields } from '../../../../common/records/types';
import { AnalysedEditor } from './AnalysedEditor';
import { MunicipalityPicker } from './MunicipalityPicker';
import { PdfPasteNotice } from './PdfPasteNotice';
import { RewritePanel } from './RewritePanel';
import type { BriefReader, GlossaryEntry } from '../../../../common/brief';
import type { IssueDraft } from './useIssueDraft';
import type { AnalysisState } from './analysis/useAnalysis';
import { useTextGuard } from './useTextGuard';
import { useGlossaryCorrections } from './useGlossaryCorrections';

type TextField = Exclude<
  keyof IssueFields,
  | 'title'
  | 'status'
  | 'municipalityCode'
  | 'municipalityName'
  | 'rawText'
  | 'companyText'
  | 'sourceWorkshopId'
  | 'reader'
>;

/** Fields in the order a company reads them; multi-line ones get a textarea. */
const FIELDS: readonly { field: TextField; multiline: boolean }[] = [
  { field: 'department', multiline: false },
  { field: 'affected', multiline: true },
  { field: 'evidence', multiline: true },
  { field: 'offer', multiline: true },
  { field: 'constraints', multiline: true },
  { field: 'budget', multiline: true },
  { field: 'schedule', multiline: true },
  { field: 'successMeasure', multiline: true },
  { field: 'contact', multiline: true },
];

/** The issue as the municipality states it, checked as typed, plus the structured fields. */
export function IssueTab(props: {
  issueId: string;
  draft: IssueDraft;
  edit: (patch: Partial<IssueDraft>) => void;
  rawAnalysis: AnalysisState;
  userTerms: readonly GlossaryEntry[];
  reader: BriefReader;
}) {
  const { t } = useTranslation();
  const { draft, edit } = props;
  const guard = useTextGuard();
  const corrections = useGlossaryCorrections();
  return (
    <div className="issue-tab">
      <AnalysedEditor
        id="issue-field-rawText"
        testId="raw"
        label={t('issues.rawText')}
        help={draft.rawText ? t('briefs.rawHelp') : t('briefs.emptyRaw')}
        value={draft.rawText}
        onChange={(rawText) => edit({ rawText })}
        analysis={props.rawAnalysis}
        corrections={corrections}
      />
      <PdfPasteNotice value={draft.rawText} onRepair={(rawText) => edit({ rawText })} />
      <RewritePanel
        key={props.issueId}
        issueId={props.issueId}
        rawText={draft.rawText}
        companyText={draft.companyText ?? ''}
        userTerms={props.userTerms}
        reader={props.reader}
        municipality={draft.municipalityName}
        onSave={(companyText) => edit({ companyText })}
      />
      <section className="card" aria-labelledby="fields-title">
        <h2 id="fields-title" className="section-title">
          {t('briefs.fieldsTitle')}
        </h2>
        <MunicipalityPicker
          code={draft.municipalityCode}
          name={draft.municipalityName}
          onChange={({ code, name }) => edit({ municipalityCode: code, municipalityName: name })}
        />
        <div className="fields-grid">
          {FIELDS.map(({ field, multiline }) => (
            <div key={field} className={`form-row${multiline ? ' form-row--wide' : ''}`}>
              <label className="field-label" htmlFor={`issue-field-${field}`}>
                {t(`briefs.fields.${field}`)}
              </label>
              {multiline ? (
                <textarea
                  id={`issue-field-${field}`}
                  className="input textarea"
                  rows={3}
                  value={draft[field]}
                  onChange={(e) => guard(e.target.value, (v) => edit({ [field]: v }), draft[field])}
                />
              ) : (
                <input
                  id={`issue-field-${field}`}
                  className="input"
                  value={draft[field]}
                  onChange={(e) => guard(e.target.value, (v) => edit({ [field]: v }), draft[field])}
                />
              )}
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
