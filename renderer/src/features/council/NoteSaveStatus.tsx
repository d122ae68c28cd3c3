import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../data/useAutosave';

/**
 * Says the truth about the note: 未保存 while typed text waits for its save, 保存中… while the write
 * runs, 保存しました only once IndexedDB has committed it.
 */
export function NoteSaveStatus({ status, error }: { status: SaveStatus; error: string | null }) {
  const { t } = useTranslation();
  const text =
    status === 'dirty'
      ? t('council.unsaved')
      : status === 'saving'
        ? t('council.saving')
        : status === 'saved'
          ? t('council.saved')
          : status === 'error'
            ? t('common.saveFailed', { message: error ?? '' })
            : '';
  return (
    <span
      className={`save-indicator save-indicator--${status}`}
      role="status"
      aria-live="polite"
      data-testid="note-save-status"
    >
      {text}
    </span>
  );
}
