import { useEffect, useRef } from 'react';
import { useServices } from '../../../services/services';
import { useSaveFailed } from '../../../ui/useSaveFailed';
import type { Workshop } from '../agendaActions';
import { publishPresenterUpdate } from '../presenterChannel';
import { useCommitField } from '../useCommitField';

/** Long enough to send a burst of keystrokes as one message, short enough to read as live. */
export const LIVE_MESSAGE_DELAY_MS = 150;

/**
 * The 投影するメッセージ field: saved on Enter or leaving the field (one record change, as every
 * commit field), and sent to the presenter view while it is typed, debounced. The last keystrokes
 * are never dropped: the pending send goes out at once when the field commits or unmounts.
 */
export function usePresenterMessage(workshop: Workshop) {
  const { repos } = useServices();
  const fail = useSaveFailed();
  const stored = workshop.presenterMessage ?? '';
  // What this window knows as saved: the stored value, or its own save before it comes back.
  const base = useRef(stored);
  useEffect(() => {
    base.current = stored;
  }, [stored]);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const send = (text: string) => {
    publishPresenterUpdate({ workshopId: workshop.id, message: text, base: base.current });
  };
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    send(p.text);
  };
  const field = useCommitField(stored, (value) => {
    flush();
    base.current = value;
    void repos.workshops.update(workshop.id, { presenterMessage: value }).catch(fail);
  });
  const flushOnUnmount = useRef(flush);
  useEffect(() => {
    flushOnUnmount.current = flush;
  });
  useEffect(() => () => flushOnUnmount.current(), []);
  return {
    ...field,
    onChange: (e: { target: { value: string } }) => {
      field.onChange(e);
      const text = e.target.value;
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text, timer: setTimeout(flush, LIVE_MESSAGE_DELAY_MS) };
    },
  };
}
