import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { BriefPreview } from './BriefPreview';
import type { IssueDraft } from './useIssueDraft';

/** The brief as a company sees it, with the posting's title block. */
export function PreviewTab({ issue, body }: { issue: IssueDraft; body: string | null }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  if (body === null) return <p className="muted">{t('briefs.noBrief')}</p>;
  return (
    <div className="company-view">
      <p className="notice" role="note">
        {t('briefs.previewNotice')}
      </p>
      <div className="company-view__sheet">
        <p className="company-view__meta">
          {[issue.municipalityName, issue.department].filter(Boolean).join(' ')}
        </p>
        <BriefPreview markdown={body} onLink={(url) => void platform['shell:openExternal'](url)} />
      </div>
    </div>
  );
}
