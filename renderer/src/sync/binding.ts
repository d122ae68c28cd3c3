/**
 * Binding the device to a server workspace (data/workspaceBinding.ts says how bindings are kept).
 *
 * A device's first workspace is bound in place when it first syncs: not a single record or outbox
 * entry is rewritten (re-stamping 10,000 records and their outbox took ~4 s before the first byte
 * was sent). Every record of a workspace that never synced went through the repositories, which
 * queue every field on create, so the outbox already holds everything the server needs — except
 * after a backup restore (`UNQUEUED_RECORDS_KEY`), when every field of every record is queued first.
 */
import { UNQUEUED_RECORDS_KEY } from '../../../common/export/backupFormat';
import { META } from '../../../common/records/localKeys';
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import { bindingKey, localBoundTo, readBindings, serverWorkspaceOf } from '../data/workspaceBinding';
import { restampLocalWorkspace, type RestampProgress } from './binding/restamp';
import { logSync } from './log';
import { readState, writeState } from './state';

/** The local workspace holding server workspace `serverWs` on this device (its id when none is bound in place). */
export async function localWorkspaceOf(db: KyosoDb, serverWs: string): Promise<string> {
  return localBoundTo(await readBindings(db), serverWs) ?? serverWs;
}

export interface BindResult {
  /** The local workspace now current on this device. */
  local: string;
  /** Records re-stamped or re-queued to get there (0 on the fast paths). */
  moved: number;
}

/**
 * Makes the device's current workspace the local copy of server workspace `serverWs`:
 * - it is already (bound in place, or the same id): nothing to do but keep a sync state for it;
 * - the current workspace never synced and the device holds no copy of `serverWs`: bind it in place;
 * - the device holds a copy: switch to it, and if the current workspace never synced, its records
 *   join it (re-stamped and queued whole; nothing is left behind);
 * - otherwise (the current workspace syncs with another server workspace): a new, empty local
 *   workspace with the server's id (the other workspace's records stay, hidden, until switching back).
 */
export async function bindWorkspace(
  db: KyosoDb,
  device: Device,
  serverWs: string,
  onProgress?: (p: RestampProgress) => void,
): Promise<BindResult> {
  const current = device.workspaceId;
  const bindings = await readBindings(db);
  const hasState = async (ws: string) => (await db.syncState.get(ws)) !== undefined;
  const ensureState = async (ws: string) => {
    if (!(await hasState(ws))) await writeState(db, await readState(db, ws));
  };
  if (serverWorkspaceOf(bindings, current) === serverWs) {
    await ensureState(current);
    return { local: current, moved: 0 };
  }
  const neverSynced = !bindings.has(current) && !(await hasState(current));
  const copy = localBoundTo(bindings, serverWs) ?? ((await hasState(serverWs)) ? serverWs : null);
  let moved = 0;
  if (neverSynced && copy === null) {
    if (await db.meta.get(UNQUEUED_RECORDS_KEY)) {
      moved = await restampLocalWorkspace(db, current, current, onProgress);
    }
    await db.transaction('rw', [db.syncState, db.meta, db.syncLog], async () => {
      await db.meta.put({ key: bindingKey(current), value: serverWs });
      await db.meta.delete(UNQUEUED_RECORDS_KEY);
      await ensureState(current);
      await logSync(db, 'info', 'bound', `local workspace ${current} bound to server workspace ${serverWs}`, {
        count: moved,
      });
    });
    return { local: current, moved };
  }
  const local = copy ?? serverWs;
  if (neverSynced) {
    moved = await restampLocalWorkspace(db, current, local, onProgress);
    await db.meta.delete(UNQUEUED_RECORDS_KEY);
  }
  await db.transaction('rw', [db.syncState, db.meta], async () => {
    await db.meta.put({ key: META.workspaceId, value: local });
    await ensureState(local);
  });
  device.workspaceId = local;
  return { local, moved };
}
