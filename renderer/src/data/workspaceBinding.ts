/**
 * Which server workspace a local workspace holds. Records and outbox entries carry the id of a
 * local workspace. A device's first workspace has an id of its own (device.ts); when it first
 * syncs, it is bound to the server workspace in place — a meta row `boundTo:<local>` naming the
 * server workspace — instead of re-stamping every record and outbox entry (seconds on a large
 * device). Workspaces joined later use the server's id as their local id and need no row.
 *
 * The rows are part of a backup, so a restore on another device knows what the records are;
 * `canonicalWorkspaces` makes a restore write them into the local workspace this device already
 * holds for the same server workspace, so one server workspace never has two local copies.
 */
import type { KyosoDb } from './db';
import { BOUND_TO_PREFIX } from '../../../common/records/localKeys';

const PREFIX = BOUND_TO_PREFIX;

/** The meta key binding local workspace `local` to a server workspace. */
export const bindingKey = (local: string): string => `${PREFIX}${local}`;

/** The local workspace a binding row's key names, or null for any other meta key. */
export function boundLocalOf(metaKey: string): string | null {
  return metaKey.startsWith(PREFIX) ? metaKey.slice(PREFIX.length) : null;
}

/** Local → server workspace, for every local workspace bound in place (inside the caller's transaction). */
export async function readBindings(db: KyosoDb): Promise<Map<string, string>> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return new Map(rows.map((r) => [r.key.slice(PREFIX.length), r.value]));
}

/** The server workspace local workspace `local` stands for (its own id when not bound in place). */
export function serverWorkspaceOf(bindings: ReadonlyMap<string, string>, local: string): string {
  return bindings.get(local) ?? local;
}

/** The local workspace bound in place to server workspace `server`, if any. */
export function localBoundTo(bindings: ReadonlyMap<string, string>, server: string): string | null {
  for (const [local, s] of bindings) if (s === server) return local;
  return null;
}

/**
 * For a restore: maps each workspace id of the file to the local workspace this device should
 * write its rows into. A workspace the file bound to server workspace S (or that is S) goes to
 * this device's own copy of S when it has one (bound in place, or S itself with sync state);
 * anything else keeps its id. `importBinding` says whether the file's binding row for a local
 * workspace still holds (its rows were not redirected).
 */
export async function canonicalWorkspaces(
  db: KyosoDb,
  fileBindings: ReadonlyMap<string, string>,
): Promise<{ map: (ws: string) => string; importBinding: (local: string) => boolean }> {
  const own = await readBindings(db);
  const synced = new Set((await db.syncState.toCollection().primaryKeys()).map(String));
  const ownCopyOf = (server: string): string | null =>
    localBoundTo(own, server) ?? (synced.has(server) ? server : null);
  const map = (ws: string): string => ownCopyOf(serverWorkspaceOf(fileBindings, ws)) ?? ws;
  return { map, importBinding: (local) => map(local) === local && !own.has(local) };
}
