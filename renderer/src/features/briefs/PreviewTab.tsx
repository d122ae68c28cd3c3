import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { ExportMenu } from '../export';
import { BriefPreview } from './BriefPreview';
import { openGaps } from './openGaps';
import type { IssueDraft } from './useIssueDraft';

/** The brief as a company sees it, with the posting's title block. */
export function PreviewTab({
  issue,
  body,
  briefId,
}: {
  issue: IssueDraft;
  body: string | null;
  briefId: string | null;
}) {
  const { t } = useTranslation();
  const { platform } = useServices();
  if (body === null) return <p className="muted">{t('briefs.noBrief')}</p>;
  const gaps = openGaps(body);
  return (
    <div className="company-view">
      <div className="company-view__bar">
        <p className="muted">{t('briefs.previewNotice')}</p>
        {briefId && <ExportMenu table="briefs" id={briefId} />}
      </div>
      {gaps.count > 0 && (
        // Beside 書き出し: a company would read the marks as they are in the PDF.
        <p className="notice" role="note" data-testid="open-gaps">
          {t('briefs.openGaps', {
            count: gaps.count,
            sections: gaps.sections.join(t('briefs.listSeparator')),
          })}
        </p>
      )}
      <div className="company-view__sheet">
        <p className="company-view__meta">
          {[issue.municipalityName, issue.department].filter(Boolean).join(' ')}
        </p>
        <BriefPreview
          label={t('briefs.livePreview')}
          markdown={body}
          onLink={(url) => void platform['shell:openExternal'](url)}
        />
      </div>
    </div>
  );
}
