/**
 * Pull cursors are opaque to clients: base64url of `1.<workspace>.<seq>`. The workspace id in
 * the cursor lets the server refuse (410) a cursor from another workspace or database instead
 * of silently skipping records.
 */
import { HttpError } from '../errors';

export function encodeCursor(workspaceId: string, seq: number): string {
  return Buffer.from(`1.${workspaceId}.${seq}`, 'utf8').toString('base64url');
}

export const cursorExpired = (): HttpError =>
  new HttpError(410, 'cursor_expired', 'Cursor cannot be honored; pull again from the start');

/**
 * The sequence number after which to continue; 410 for a cursor of another workspace or garbage.
 * The caller also refuses a cursor past the workspace's head (a reset or restored database).
 */
export function decodeCursor(cursor: string, workspaceId: string): number {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw cursorExpired();
  const match = /^1\.([0-9a-f-]{36})\.(0|[1-9][0-9]{0,15})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match || match[1] !== workspaceId) throw cursorExpired();
  const seq = Number(match[2]);
  if (!Number.isSafeInteger(seq)) throw cursorExpired();
  return seq;
}
