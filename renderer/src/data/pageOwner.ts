/**
 * This page's identity while it lives: a Web Lock held until the page goes away (closed, reloaded
 * or crashed), so another page can tell whether what this one left behind (a note journal) still
 * has a live owner. Without the Web Locks API no owner is known to be alive.
 */
import { newId } from '../../../common/records/ids';

const PREFIX = 'kyoso-page:';

export const pageOwner = newId();

const locks = (): LockManager | null =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;

// Held for the page's lifetime: the promise never settles, the browser releases it at unload.
locks()
  ?.request(PREFIX + pageOwner, () => new Promise<never>(() => undefined))
  .catch(() => undefined);

/** The owners of the pages open now (this one included). */
export async function liveOwners(): Promise<Set<string>> {
  const manager = locks();
  if (!manager) return new Set([pageOwner]);
  const { held = [] } = await manager.query();
  return new Set(
    held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])),
  );
}
