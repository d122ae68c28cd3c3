import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from './uiStore';

/**
 * The screens' one way to report a write that did not reach the database: a user who
 * clicks add, vote or done must be told when it was not stored, never left believing it was.
 */
export function useSaveFailed(): (error: unknown) => void {
  const { t } = useTranslation();
  const notify = useUiStore((s) => s.notify);
  return useCallback(
    (error: unknown) =>
      notify(
        'error',
        t('common.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      ),
    [notify, t],
  );
}
