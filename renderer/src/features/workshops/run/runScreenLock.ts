/**
 * Which window answers a presenter remote's keys. The facilitator's run screen holds an exclusive
 * Web Lock per workshop while it is open (a second run screen waits in line), so exactly one
 * window applies a press: the holder, or — when no run screen holds it — the presenter view
 * itself. A lock, not a timed answer, so a slow machine can never make both apply one press.
 */

const lockName = (workshopId: string) => `kyoso-run-screen:${workshopId}`;

const locks = (): LockManager | null =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;

/**
 * Holds the lock until the returned release is called; `onHeld` runs once it is granted. Without
 * the Web Locks API every run screen answers (as before the lock).
 */
export function holdRunScreen(workshopId: string, onHeld: (held: boolean) => void): () => void {
  const manager = locks();
  if (!manager) {
    onHeld(true);
    return () => onHeld(false);
  }
  const abort = new AbortController();
  let release: (() => void) | null = null;
  let released = false;
  manager
    .request(lockName(workshopId), { signal: abort.signal }, () => {
      if (released) return undefined;
      onHeld(true);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    })
    .catch(() => undefined); // aborted while waiting in line: the screen closed
  return () => {
    released = true;
    onHeld(false);
    abort.abort();
    release?.();
  };
}

/** Whether a facilitator's run screen is open for the workshop (in any window of this app). */
export async function runScreenOpen(workshopId: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return true;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === lockName(workshopId));
}
