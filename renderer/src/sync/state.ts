/**
 * What the engine keeps between passes, per workspace, in the `syncState` table (it survives
 * restarts), and the user's sync settings in `settings`.
 */
import type { FieldState } from '../../../common/sync/protocol';
import { SETTINGS } from '../../../common/records/localKeys';
import type { PlannedMutation } from '../../../common/sync/client/plan';
import { newId } from '../../../common/records/ids';
import type { KyosoDb } from '../data/db';

/** Where to sync: kept in `settings`; the token is a secret kept by the platform. */
export interface SyncConfig {
  serverUrl: string;
  workspaceId: string;
}

export const CONFIG_KEY = SETTINGS.syncConfig;

export interface EngineState {
  /** The local workspace (the `workspaceId` of its records and outbox entries; see binding.ts). */
  workspaceId: string;
  /** This install's client id towards this workspace (owned by the member who first used it). */
  clientId: string;
  /** The highest mid the server acknowledged. */
  lastMutationId: number;
  /**
   * The highest mid this install has put on the wire under `clientId`, persisted before each push
   * request. The server may only ever claim mids up to it; a claim beyond it means another install
   * shares this identity (see `resolveGap`). Absent in state written by older versions.
   */
  sentMid?: number;
  /**
   * Mutations numbered but not yet acknowledged, with the outbox entries they are built from.
   * Persisted BEFORE sending so a lost answer is replayed with the same mid and the same ops.
   */
  inflight: PlannedMutation[];
  /**
   * Outbox seqs of a mutation the server `rejected` together with other entries: each is planned
   * as its own mutation next time, so the answer says which one it refuses (see acknowledge.ts).
   * Absent in state written by older versions.
   */
  alone?: number[];
  /** Pull cursor, saved in the same transaction as the page it ends. */
  cursor: string | null;
  /** Remote states held back for fields with pending local writes, by `table/id` then field. */
  held: Record<string, Record<string, FieldState>>;
  lastSyncedAt: string | null;
}

export function freshState(workspaceId: string): EngineState {
  return {
    workspaceId,
    clientId: newId(),
    lastMutationId: 0,
    sentMid: 0,
    inflight: [],
    cursor: null,
    held: {},
    lastSyncedAt: null,
  };
}

/** The engine state of a workspace (inside the caller's transaction if there is one). */
export async function readState(db: KyosoDb, workspaceId: string): Promise<EngineState> {
  const row = await db.syncState.get(workspaceId);
  return row ? (row as unknown as EngineState) : freshState(workspaceId);
}

export function writeState(db: KyosoDb, state: EngineState): Promise<string> {
  return db.syncState.put({ ...state });
}

export async function readConfig(db: KyosoDb): Promise<SyncConfig | null> {
  const row = await db.settings.get(CONFIG_KEY);
  const v = row?.value as Partial<SyncConfig> | undefined;
  return v && typeof v.serverUrl === 'string' && typeof v.workspaceId === 'string'
    ? { serverUrl: v.serverUrl, workspaceId: v.workspaceId }
    : null;
}

export function writeConfig(db: KyosoDb, config: SyncConfig | null): Promise<unknown> {
  return config ? db.settings.put({ key: CONFIG_KEY, value: config }) : db.settings.delete(CONFIG_KEY);
}
