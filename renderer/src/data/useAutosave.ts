/**
 * Debounced saving of a draft value. The status says "saved" only after the write has
 * committed; pending edits are flushed on blur, on unmount and when the page is hidden.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

/**
 * `merge` combines a pending value with a newer one (e.g. patches accumulate until saved);
 * by default the newer value replaces the pending one.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<void>,
  delayMs = 400,
  merge: (pending: T, next: T) => T = (_pending, next) => next,
) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const mergeRef = useRef(merge);

  useEffect(() => {
    saveRef.current = save;
    mergeRef.current = merge;
  }, [save, merge]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return chain.current;
    pending.current = null;
    setStatus('saving');
    // Saves run one after another so an older value never lands after a newer one.
    chain.current = chain.current.then(async () => {
      try {
        await saveRef.current(next.value);
        setError(null);
        setStatus(pending.current ? 'dirty' : 'saved');
      } catch (e) {
        // Keep the failed value for the next try, merged under anything typed since.
        pending.current = {
          value: pending.current ? mergeRef.current(next.value, pending.current.value) : next.value,
        };
        setError((e as Error).message);
        setStatus('error');
      }
    });
    return chain.current;
  }, []);

  const change = useCallback(
    (value: T) => {
      pending.current = { value: pending.current ? mergeRef.current(pending.current.value, value) : value };
      setStatus('dirty');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { status, error, change, flush };
}
