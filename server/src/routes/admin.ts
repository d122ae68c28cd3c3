/** Admin calls (docs/sync-protocol.md §4): create workspaces and members. */
import type { FastifyInstance } from 'fastify';
import { hashToken, newToken, type MemberCache } from '../auth';
import { HttpError, notFound } from '../errors';
import type { Storage } from '../storage/storage';

const MAX_NAME_LENGTH = 200;

/** Control characters have no place in a display name (and PostgreSQL TEXT refuses U+0000). */
function hasControlChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

/** `{ "name": string }` with nothing else; names are trimmed-non-empty and short. */
export function parseNameBody(body: unknown): string {
  const malformed = (message: string) => new HttpError(400, 'malformed', message);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw malformed('body must be an object');
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'name') throw malformed('body must be exactly { "name": string }');
  const name: unknown = (body as { name: unknown }).name;
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    name.length > MAX_NAME_LENGTH ||
    hasControlChar(name)
  ) {
    throw malformed(`name must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`);
  }
  return name;
}

/** Adds a member and returns its token — the only time the token is ever shown. */
export async function addMember(
  storage: Storage,
  workspaceId: string,
  name: string,
): Promise<{ memberId: string; token: string } | null> {
  const token = newToken();
  const added = await storage.addMember(workspaceId, name, hashToken(token));
  return added ? { memberId: added.memberId, token } : null;
}

export function registerAdminRoutes(app: FastifyInstance, storage: Storage, members: MemberCache): void {
  app.post('/v1/workspaces', { config: { access: 'admin' } }, async (request, reply) => {
    const created = await storage.createWorkspace(parseNameBody(request.body));
    return reply.code(201).send(created);
  });

  app.post<{ Params: { ws: string } }>(
    '/v1/workspaces/:ws/members',
    { config: { access: 'adminOfWorkspace' } },
    async (request, reply) => {
      const added = await addMember(storage, request.params.ws, parseNameBody(request.body));
      if (!added) throw notFound();
      members.clear(); // adding revokes nothing today, but any member change drops remembered look-ups
      return reply.code(201).send(added);
    },
  );
}
