import { useTranslation } from 'react-i18next';
import { useServices } from '../../services/services';
import { ExportMenu } from '../export';
import { BriefPreview } from './BriefPreview';
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
  return (
    <div className="company-view">
      <div className="company-view__bar">
        <p className="muted">{t('briefs.previewNotice')}</p>
        {briefId && <ExportMenu table="briefs" id={briefId} />}
      </div>
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
