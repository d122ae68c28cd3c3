/** Test support: a `fetch` that loses, duplicates and delays requests and answers, seeded. */
import type { FetchLike } from '../../../renderer/src/sync/transport';
import { turns } from './virtualTime';

export interface Faults {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  delay: number;
}

export const NO_FAULTS: Faults = { dropRequest: 0, dropResponse: 0, duplicate: 0, delay: 0 };

/**
 * Wraps `inner`; `faults()` is read per request so a test can turn faults off at the end.
 * Delays are event-loop turns (see `turns`), so a seed replays the same interleaving on any machine;
 * `wait` can be replaced (e.g. by a real sleep) for tests that want wall-clock delays.
 */
export function faultyFetch(
  inner: FetchLike,
  random: () => number,
  faults: () => Faults,
  online: () => boolean,
  wait: (units: number) => Promise<void> = (n) => turns(n * 4),
): FetchLike {
  return async (url, init) => {
    const f = faults();
    if (!online()) throw new TypeError('fetch failed: offline');
    if (random() < f.delay) await wait(Math.floor(random() * 15));
    if (random() < f.dropRequest) throw new TypeError('fetch failed: request lost');
    if (random() < f.duplicate) {
      // The copy arrives later, after the original: a replay the server must shrug off.
      const units = Math.floor(random() * 20);
      void wait(units).then(() => inner(url, init).catch(() => undefined));
    }
    const response = await inner(url, init);
    if (random() < f.dropResponse) throw new TypeError('fetch failed: response lost');
    return response;
  };
}

/** A small seeded PRNG (mulberry32): the same seed replays the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
