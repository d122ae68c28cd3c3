import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from './uiStore';

/** Announces saves and errors to everyone, screen readers included. */
export function Toasts() {
  const { t, i18n } = useTranslation();
  const toasts = useUiStore((s) => s.toasts);
  const dismiss = useUiStore((s) => s.dismiss);
  const dismissInfo = useUiStore((s) => s.dismissInfo);
  // A toast is worded when it is shown: after a language switch a 「保存しました」 would linger in
  // the other language. Errors stay (the user has to read them), passing notes go.
  useEffect(() => dismissInfo(), [i18n.language, dismissInfo]);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.kind}`}>
          <span>{toast.message}</span>
          <button type="button" className="button button--ghost" onClick={() => dismiss(toast.id)}>
            {t('common.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
