/**
 * Push semantics (docs/sync-protocol.md §5), written once over the `PushTx` surface so SQLite and
 * PostgreSQL agree: ownership and gap checks, clock skew, then per-op effects, all inside
 * one transaction holding the workspace's write lock.
 */
import type { HlcClock } from '../../../common/sync/hlc';
import { serverAcceptLimit } from '../../../common/sync/clockSkew';
import type { Mutation, PushRequest, PushResponse, RejectedMutation } from '../../../common/sync/protocol';
import type { Storage } from '../storage/storage';
import { HttpError } from '../errors';
import { RecordWriter } from './recordWriter';

export interface PushContext {
  workspaceId: string;
  memberId: string;
  /** The server's clock: stamps merge results and conflict records. */
  clock: HlcClock;
  /** Wall clock in epoch ms (injectable for tests). */
  now: () => number;
  /** Largest stored record (`recordSize.ts`); default `MAX_RECORD_CHARS`. */
  maxRecordChars?: number;
}

/** The mutations not yet applied, in order; throws 409 at the first gap. */
function freshMutations(mutations: readonly Mutation[], lastMutationId: number): Mutation[] {
  let last = lastMutationId;
  const fresh: Mutation[] = [];
  for (const m of mutations) {
    if (m.mid <= last) continue; // a replay: acknowledged, not applied again
    if (m.mid !== last + 1) {
      throw new HttpError(409, 'mutation_gap', `Expected mutation ${last + 1}, got ${m.mid}`, {
        expected: last + 1,
      });
    }
    fresh.push(m);
    last = m.mid;
  }
  return fresh;
}

function checkClockSkew(request: PushRequest, now: number): void {
  // One string comparison per op, not a parse (thousands per push).
  const limit = serverAcceptLimit(now);
  for (const m of request.mutations) {
    for (const op of m.ops) {
      if (op.hlc > limit) {
        const serverTime = new Date(now).toISOString();
        throw new HttpError(400, 'clock_skew', `HLC ${op.hlc} is ahead of the server clock`, { serverTime });
      }
    }
  }
}

/** Applies a validated push for the member; every refusal throws an `HttpError` and stores nothing. */
export function applyPush(storage: Storage, ctx: PushContext, request: PushRequest): Promise<PushResponse> {
  return storage.push(ctx.workspaceId, async (tx) => {
    const owner = await tx.claimClient(request.clientId, ctx.memberId);
    if (owner.memberId !== ctx.memberId) {
      throw new HttpError(403, 'client_taken', 'This clientId belongs to another member');
    }
    const fresh = freshMutations(request.mutations, owner.lastMutationId);
    checkClockSkew(request, ctx.now());
    if (fresh.length === 0) return { lastMutationId: owner.lastMutationId, rejected: [], conflicts: [] };

    const writer = new RecordWriter(tx, ctx, request.clientId, undefined, ctx.maxRecordChars);
    await writer.load(fresh.flatMap((m) => m.ops));
    const rejected: RejectedMutation[] = [];
    for (const mutation of fresh) {
      // Refused whole and acknowledged, so one oversized mutation never blocks its client.
      if (writer.fits(mutation)) await writer.applyMutation(mutation);
      else rejected.push({ mid: mutation.mid, code: 'record_too_large' });
    }
    await tx.writeRecords(writer.changedRecords());
    await tx.putTextVersions(writer.textVersions());
    const lastMutationId = fresh[fresh.length - 1]?.mid ?? owner.lastMutationId;
    await tx.setLastMutationId(request.clientId, lastMutationId);
    return { lastMutationId, rejected, conflicts: writer.conflicts };
  });
}
