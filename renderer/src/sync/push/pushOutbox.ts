/**
 * Push: number the outbox into mutations, persist that plan, then send it in chunks within the
 * server's limits. Replays of a planned mid carry the same ops, so a lost answer is harmless.
 *
 * The loop is a small state machine. Each `PushAttempt` plans and sends until the outbox is empty
 * and ends with one `AttemptEnd`; the loop decides what comes next:
 * - `done`: everything queued was acknowledged;
 * - `narrowed`: the server refused a chunk for its content, which was split (or one entry set
 *   aside) — plan again; this costs no retry, since every narrowing makes progress;
 * - `identityReset`: another install shares this clientId; a fresh one was taken — plan again;
 * - `failed`: a 409 gap or a taken clientId is repaired and retried; anything else is the
 *   caller's (the engine backs off and retries later). Nothing is dropped in any case.
 */
import type { PlanLimits, PushLimits } from '../../../../common/sync/client/plan';
import { DEFAULT_PLAN_LIMITS, DEFAULT_PUSH_LIMITS } from '../../../../common/sync/client/plan';
import type { KyosoDb } from '../../data/db';
import type { Device } from '../../data/device';
import { SyncError, type SyncHttp } from '../transport';
import { onClientTaken, onGap } from './identity';
import { PushAttempt } from './pushAttempt';
import { restampAhead } from './restampAhead';
import type { SetAside } from './setAside';

export type { SetAside };

export interface PushProgress {
  pushed: number;
  total: number;
}

export interface PushOptions {
  plan?: PlanLimits;
  chunk?: PushLimits;
  onProgress?: (p: PushProgress) => void;
  /**
   * The install's identity, to set aside a mutation the server can never accept (setAside.ts).
   * Without it such a mutation fails the push.
   */
  device?: Device;
  /** Told about each outbox entry set aside, for the status line. */
  onSetAside?: (s: SetAside) => void;
}

export type AttemptEnd =
  | { kind: 'done' }
  | { kind: 'narrowed'; chunk: PushLimits }
  | { kind: 'identityReset' }
  | { kind: 'failed'; error: unknown };

/** Repairs (a gap, a taken clientId, a new identity) tried before a push gives up. */
const MAX_RETRIES = 3;

/** Pushes everything queued for `ws`; resolves with the number of outbox entries acknowledged. */
export async function pushOutbox(
  db: KyosoDb,
  ws: string,
  http: SyncHttp,
  options: PushOptions = {},
): Promise<number> {
  // Writes stamped while this device's clock ran far ahead would be refused (clock_skew) for good.
  if (options.device) await restampAhead(db, options.device);
  const plan = options.plan ?? DEFAULT_PLAN_LIMITS;
  let chunk = options.chunk ?? DEFAULT_PUSH_LIMITS;
  let pushed = 0; // acknowledged entries over every attempt (a narrowed one may have sent some)
  for (let retries = 0; ;) {
    const attempt = new PushAttempt(db, ws, http, options, plan, chunk);
    const end = await attempt.run();
    pushed += attempt.acknowledged;
    switch (end.kind) {
      case 'done':
        return pushed;
      case 'narrowed':
        chunk = end.chunk;
        continue;
      case 'identityReset':
        if (++retries > MAX_RETRIES) throw new Error('push: client identity reset too often');
        continue;
      case 'failed': {
        const { error } = end;
        if (!(error instanceof SyncError) || retries >= MAX_RETRIES) throw error;
        if (error.failure.kind === 'mutationGap') await onGap(db, ws, error.failure.expected);
        else if (error.failure.kind === 'clientTaken') await onClientTaken(db, ws);
        else throw error;
        retries++;
      }
    }
  }
}
