/**
 * Never two sync passes at once: across windows and tabs with the Web Locks API, within one
 * JavaScript realm without it (Node tests, old browsers) with an in-process flag per name.
 */
const held = new Set<string>();

/** Runs `fn` under the lock `name` unless another holder has it; `{ ran: false }` when busy. */
export async function withSyncLock<T>(
  name: string,
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) {
    return locks.request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) return { ran: false as const };
      return { ran: true as const, value: await fn() };
    });
  }
  if (held.has(name)) return { ran: false };
  held.add(name);
  try {
    return { ran: true, value: await fn() };
  } finally {
    held.delete(name);
  }
}
