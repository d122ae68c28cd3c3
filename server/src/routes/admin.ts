/**
 * Admin calls (docs/sync-protocol.md §4): create workspaces and members; remove a member and
 * rotate a member's token (additions). Each member change drops this process's remembered token
 * look-ups; other processes forget theirs within `MemberCache`'s 10 s.
 */
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

/** Gives the member a new token (the old one stops working); null if there is no such member. */
export async function rotateToken(
  storage: Storage,
  workspaceId: string,
  memberId: string,
): Promise<{ memberId: string; token: string } | null> {
  const token = newToken();
  return (await storage.replaceMemberToken(workspaceId, memberId, hashToken(token)))
    ? { memberId, token }
    : null;
}

/** A call that takes no arguments in its body: nothing, or `{}`. */
function parseEmptyBody(body: unknown): void {
  const empty =
    body === undefined ||
    body === null ||
    (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
  if (!empty) throw new HttpError(400, 'malformed', 'body must be empty or {}');
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
      members.clear(); // adding revokes nothing, but any member change drops remembered look-ups
      return reply.code(201).send(added);
    },
  );

  app.delete<{ Params: { ws: string; member: string } }>(
    '/v1/workspaces/:ws/members/:member',
    { config: { access: 'adminOfWorkspace' } },
    async (request, reply) => {
      if (!(await storage.removeMember(request.params.ws, request.params.member))) throw notFound();
      members.clear(); // the removed token must not stay remembered here
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { ws: string; member: string } }>(
    '/v1/workspaces/:ws/members/:member/token',
    { config: { access: 'adminOfWorkspace' } },
    async (request, reply) => {
      parseEmptyBody(request.body);
      const rotated = await rotateToken(storage, request.params.ws, request.params.member);
      if (!rotated) throw notFound();
      members.clear();
      return reply.code(201).send(rotated);
    },
  );
}
