/**
 * Test support for replayable runs: a virtual wall clock that moves only when the test says so,
 * and delays counted in event-loop turns instead of milliseconds.
 *
 * Everything a sync test runs in-process (fake-indexeddb, Dexie, Fastify's `inject`, SQLite)
 * schedules its work with microtasks and `setImmediate`, whose order does not depend on how fast
 * the machine is. A `setTimeout` does: whether a 5 ms timer fires before or after some chain of
 * immediates depends on the CPU load. So test delays yield a number of immediates instead.
 */

type SetImmediate = (fn: () => void) => unknown;

/** Yields `n` macrotask turns (at least one), in a load-independent order with other immediates. */
export async function turns(n: number): Promise<void> {
  const setImmediate = (globalThis as unknown as { setImmediate: SetImmediate }).setImmediate;
  for (let i = 0; i < Math.max(1, n); i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** A wall clock in epoch milliseconds that advances only through `advance`. */
export class VirtualClock {
  constructor(private t: number) {}

  readonly now = (): number => this.t;

  advance(ms: number): void {
    this.t += Math.max(0, Math.floor(ms));
  }

  /** A skewed view of this clock, as a device whose clock is `offsetMs` off would read it. */
  skewed(offsetMs: number): () => number {
    return () => this.t + offsetMs;
  }
}
