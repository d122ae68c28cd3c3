import { useTranslation } from 'react-i18next';
import { useUiStore } from './uiStore';

/** Announces saves and errors to everyone, screen readers included. */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useUiStore((s) => s.toasts);
  const dismiss = useUiStore((s) => s.dismiss);
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
