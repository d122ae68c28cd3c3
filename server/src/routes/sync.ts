/** Push and pull (docs/sync-protocol.md), for member tokens on their own workspace. */
import type { FastifyInstance } from 'fastify';
import type { HlcClock } from '../../../common/sync/hlc';
import { MAX_PULL_LIMIT, validatePushRequest, type PushResponse } from '../../../common/sync/protocol';
import { applyPush } from '../push/applyPush';
import { HttpError } from '../errors';
import type { Storage } from '../storage/storage';
import { cursorExpired, decodeCursor, encodeCursor } from './cursor';
import { pullBody } from './pullBody';

export interface SyncRouteOptions {
  storage: Storage;
  clock: HlcClock;
  now: () => number;
  maxRecordChars: number;
}

function parseLimit(raw: unknown): number {
  if (raw === undefined) return MAX_PULL_LIMIT;
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,3}$/.test(raw) || Number(raw) > MAX_PULL_LIMIT) {
    throw new HttpError(400, 'malformed', `limit must be an integer from 1 to ${MAX_PULL_LIMIT}`);
  }
  return Number(raw);
}

export function registerSyncRoutes(
  app: FastifyInstance,
  { storage, clock, now, maxRecordChars }: SyncRouteOptions,
): void {
  app.post<{ Params: { ws: string } }>(
    '/v1/workspaces/:ws/push',
    { config: { access: 'memberOfWorkspace' } },
    async (request): Promise<PushResponse> => {
      const checked = validatePushRequest(request.body);
      if (!checked.ok) throw new HttpError(checked.status, checked.code, checked.message);
      const principal = request.principal;
      if (principal?.kind !== 'member') throw new Error('push route reached without a member principal');
      const ctx = {
        workspaceId: request.params.ws,
        memberId: principal.memberId,
        clock,
        now,
        maxRecordChars,
      };
      return applyPush(storage, ctx, checked.request);
    },
  );

  app.get<{ Params: { ws: string }; Querystring: Record<string, unknown> }>(
    '/v1/workspaces/:ws/pull',
    { config: { access: 'memberOfWorkspace' } },
    async (request, reply) => {
      const ws = request.params.ws;
      const limit = parseLimit(request.query.limit);
      const rawCursor = request.query.cursor;
      if (rawCursor !== undefined && typeof rawCursor !== 'string') {
        throw new HttpError(400, 'malformed', 'cursor must be given once');
      }
      const after = rawCursor === undefined || rawCursor === '' ? 0 : decodeCursor(rawCursor, ws);
      const page = await storage.pull(ws, after, limit);
      if (page === null) throw new HttpError(404, 'not_found', 'Not found');
      // A cursor past the head comes from a database that was reset or restored from an older backup.
      if (after > page.head) throw cursorExpired();
      const lastSeq = page.rows.at(-1)?.seq ?? after;
      return reply
        .type('application/json; charset=utf-8')
        .send(pullBody(page.rows, encodeCursor(ws, lastSeq), page.hasMore));
    },
  );
}
