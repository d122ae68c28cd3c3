/**
 * Debounced saving of a draft value, apart from React. "saved" is reported only after the write
 * has committed; saves run one after another so an older value never lands after a newer one.
 */

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<void>;
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** Combines a pending value with a newer one (e.g. patches accumulate); default: the newer wins. */
  merge?: (pending: T, next: T) => T;
  /**
   * While this returns true the debounce does not fire (an IME composition is open: a save then
   * would re-render under the candidate window). An explicit `flush` still saves.
   */
  isHeld?: () => boolean;
  onStatus: (status: SaveStatus, error: string | null) => void;
}

export interface Autosaver<T> {
  change(value: T): void;
  /** Saves what is pending now; resolves once every save started so far has settled. */
  flush(): Promise<void>;
  /** True from the first change until its save has committed. */
  hasUnsaved(): boolean;
  /** Stops the debounce timer (the owner is going away; call `flush` first to keep the edits). */
  dispose(): void;
}

export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  const merge = options.merge ?? ((_pending: T, next: T) => next);
  let pending: { value: T } | null = null;
  let saving = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();
  let status: SaveStatus = 'idle';

  const report = (next: SaveStatus, error: string | null = null) => {
    if (next === status && error === null) return;
    status = next;
    options.onStatus(next, error);
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      if (options.isHeld?.()) schedule();
      else void flush();
    }, options.delayMs);
  };

  function flush(): Promise<void> {
    clearTimer();
    const next = pending;
    if (!next) return chain;
    pending = null;
    saving++;
    report('saving');
    chain = chain.then(async () => {
      try {
        await options.save(next.value);
        saving--;
        report(pending ? 'dirty' : 'saved');
      } catch (e) {
        saving--;
        // Keep the failed value for the next try, merged under anything typed since.
        pending = { value: pending ? merge(next.value, pending.value) : next.value };
        report('error', (e as Error).message);
      }
    });
    return chain;
  }

  return {
    change(value) {
      pending = { value: pending ? merge(pending.value, value) : value };
      report('dirty');
      schedule();
    },
    flush,
    hasUnsaved: () => pending !== null || saving > 0,
    dispose: clearTimer,
  };
}
