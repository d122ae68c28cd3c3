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
}

/**
 * Stores first, clears after: a failed write keeps what was typed. Returns the pending write so a
 * caller (or test) can wait for it; without `onError` a failure stays an unhandled rejection.
 */
export function submitAdd({ ready, add, reset, onError }: AddSubmit): Promise<void> | undefined {
  if (!ready) return undefined;
  const stored = add()?.then(reset);
  return onError ? stored?.catch(onError) : stored;
}
