/**
 * React binding of {@link createAutosaver}. While mounted the editor is registered with the page's
 * unsaved-edits registry, which the platform flushes before the page goes away (the desktop close
 * handshake, a hidden or closing tab); pending edits are also flushed on unmount.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createAutosaver, type Autosaver, type SaveStatus } from './autosaver';
import { unsavedEdits } from './unsavedEdits';

export type { SaveStatus };

export interface AutosaveOptions {
  /** While true the debounce waits (e.g. during IME composition); see AutosaverOptions.isHeld. */
  isHeld?: () => boolean;
}

/**
 * `merge` combines a pending value with a newer one (e.g. patches accumulate until saved);
 * by default the newer value replaces the pending one.
 */
export function useAutosave<T>(
  save: (value: T) => Promise<void>,
  delayMs = 400,
  merge: (pending: T, next: T) => T = (_pending, next) => next,
  options: AutosaveOptions = {},
) {
  const [state, setState] = useState<{ status: SaveStatus; error: string | null }>({
    status: 'idle',
    error: null,
  });
  const latest = useRef({ save, merge, isHeld: options.isHeld });
  useEffect(() => {
    latest.current = { save, merge, isHeld: options.isHeld };
  }, [save, merge, options.isHeld]);

  const saver = useRef<Autosaver<T> | null>(null);
  saver.current ??= createAutosaver<T>({
    save: (value) => latest.current.save(value),
    merge: (a, b) => latest.current.merge(a, b),
    isHeld: () => latest.current.isHeld?.() ?? false,
    delayMs,
    onStatus: (status, error) =>
      setState((s) => (status === 'error' || s.status !== status ? { status, error } : s)),
  });

  useEffect(() => {
    const current = saver.current!;
    const unregister = unsavedEdits.register(current);
    return () => {
      unregister();
      void current.flush();
      current.dispose();
    };
  }, []);

  const change = useCallback((value: T) => saver.current!.change(value), []);
  const flush = useCallback(() => saver.current!.flush(), []);
  return { status: state.status, error: state.error, change, flush };
}
