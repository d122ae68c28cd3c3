import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../data/useAutosave';

export function SaveIndicator({ status, error }: { status: SaveStatus; error: string | null }) {
  const { t } = useTranslation();
  const text =
    status === 'saving' || status === 'dirty'
      ? t('common.saving')
      : status === 'saved'
        ? t('common.saved')
        : status === 'error'
          ? t('common.saveFailed', { message: error ?? '' })
          : '';
  return (
    <span className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
