import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../ui/uiStore';
import { guardText, MAX_FIELD_CHARS } from './textGuard';

/**
 * Every text input goes through this: an oversized paste is refused with a message (the old
 * text stays), control characters from binary pastes are removed with a notice.
 */
export function useTextGuard(): (value: string, accept: (clean: string) => void, previous?: string) => void {
  const { t } = useTranslation();
  const notify = useUiStore((s) => s.notify);
  return useCallback(
    (value, accept, previous) => {
      const guarded = guardText(value, previous?.length);
      if (!guarded.ok) {
        notify('error', t('briefs.tooLong', { max: MAX_FIELD_CHARS.toLocaleString() }));
        return;
      }
      if (guarded.cleaned) notify('info', t('briefs.controlChars'));
      accept(guarded.value);
    },
    [notify, t],
  );
}
