import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { guardTextLimits } from './textLimit';
import { useUiStore } from './uiStore';

/**
 * Refuses text that would take a field past its limit in the event, before the browser inserts
 * it: a 10 MB paste that reached a textarea froze the page for 10–27 s (laying out the text, then
 * React putting the old value back) before the guard on `change` could say no. One listener on
 * the document covers every field, those created outside React (the council note) included.
 */
export function useTextLimitGuard(): void {
  const { t, i18n } = useTranslation();
  const notify = useUiStore((s) => s.notify);
  useEffect(
    () =>
      guardTextLimits(document, (over) =>
        notify(
          'error',
          t('common.tooLongInsert', {
            max: over.limit.toLocaleString(i18n.language),
            inserted: over.inserted.toLocaleString(i18n.language),
          }),
        ),
      ),
    [notify, t, i18n],
  );
}
