import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asked when 次へ (→, a presenter remote) is pressed on the last item: a facilitator who presses
 * once too often must not end the workshop by accident. The question itself takes the focus, so
 * Enter ends and Escape goes on; Space (pause) does nothing here rather than pressing a button.
 */
export function RunEndQuestion({
  onEnd,
  onCancel,
  takeFocus = true,
}: {
  onEnd: () => void;
  onCancel: () => void;
  /** False while the facilitator types (a remote asked): their next Enter must not end the run. */
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const focusFirst = useRef(takeFocus);
  useEffect(() => {
    if (focusFirst.current) box.current?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    // Enter on the question itself ends; on a button it presses that button, as always.
    const answer =
      e.key === 'Escape' ? onCancel : e.key === 'Enter' && e.target === e.currentTarget ? onEnd : null;
    if (!answer) return;
    e.preventDefault();
    answer();
  };
  return (
    <div
      ref={box}
      role="alertdialog"
      aria-labelledby={`${id}-q`}
      aria-describedby={`${id}-hint`}
      tabIndex={-1}
      className="notice stack"
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-q`}>{t('workshops.run.endTitle')}</p>
      <p id={`${id}-hint`} className="muted">
        {t('workshops.run.endHint')}
      </p>
      <div className="run__controls">
        <button type="button" className="button button--primary" onClick={onEnd}>
          {t('workshops.run.endConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('workshops.run.endCancel')}
        </button>
      </div>
    </div>
  );
}
