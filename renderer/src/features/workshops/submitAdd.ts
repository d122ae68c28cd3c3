/** What an "add" form does on submit (see AddForm). */
export interface AddSubmit {
  /** False while the required text is blank: submitting does nothing. */
  ready: boolean;
  /** Stores the record; returns nothing when another field is not valid, so nothing is cleared. */
  add: () => Promise<unknown> | undefined;
  /** Clears the fields once the record is stored. */
  reset: () => void;
  /** Reports a failed write (the fields keep their text either way). */
  onError?: (error: unknown) => void;
  /**
   * True when the fields changed while the write was under way (the next sticky note typed at
   * once): then they are not cleared, or what was typed since would be wiped.
   */
  changedSince?: () => boolean;
}

/**
 * Stores first, clears after: a failed write keeps what was typed. Returns the pending write so a
 * caller (or test) can wait for it; without `onError` a failure stays an unhandled rejection.
 */
export function submitAdd({
  ready,
  add,
  reset,
  onError,
  changedSince,
}: AddSubmit): Promise<void> | undefined {
  if (!ready) return undefined;
  const stored = add()?.then(() => {
    if (!changedSince?.()) reset();
  });
  return onError ? stored?.catch(onError) : stored;
}
