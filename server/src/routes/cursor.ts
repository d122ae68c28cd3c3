/**
 * Pull cursors are opaque to clients: base64url of `1.<workspace>.<seq>`. The workspace id in
 * the cursor lets the server refuse (410) a cursor from another workspace or database instead
 * of silently skipping records.
 */
import { HttpError } from '../errors';

export function encodeCursor(workspaceId: string, seq: number): string {
  return Buffer.from(`1.${workspaceId}.${seq}`, 'utf8').toString('base64url');
}

/** The sequence number after which to continue; 410 for a cursor this server cannot honor. */
export function decodeCursor(cursor: string, workspaceId: string, headSeq: number): number {
  const expired = () =>
    new HttpError(410, 'cursor_expired', 'Cursor cannot be honored; pull again from the start');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw expired();
  const match = /^1\.([0-9a-f-]{36})\.(0|[1-9][0-9]{0,15})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match || match[1] !== workspaceId) throw expired();
  const seq = Number(match[2]);
  // A cursor past the head comes from a database that was reset or restored from an older backup.
  if (!Number.isSafeInteger(seq) || seq > headSeq) throw expired();
  return seq;
}
