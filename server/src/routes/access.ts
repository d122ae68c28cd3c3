/**
 * Who may touch which route, decided before the body is read so the contract's check order
 * holds (401, then 404, then 413 …). Member tokens see only their own workspace; any other
 * workspace is 404 so its existence never leaks.
 */
import type { FastifyRequest } from 'fastify';
import { authenticate, bearerToken, type MemberCache, type Principal } from '../auth';
import { HttpError, notFound, unauthorized } from '../errors';
import type { Storage } from '../storage/storage';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** What a route needs from its caller. */
export type Access = 'admin' | 'adminOfWorkspace' | 'memberOfWorkspace';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

function workspaceParam(request: FastifyRequest): string {
  const params = request.params as Record<string, string | undefined>;
  return params.ws ?? '';
}

/** Throws the contract's 401/403/404 for `request`, or sets `request.principal`. */
export async function checkAccess(
  storage: Storage,
  adminToken: string | undefined,
  request: FastifyRequest,
  access: Access,
  members: MemberCache,
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  const principal = token ? await authenticate(storage, adminToken, token, members) : null;
  if (!principal) throw unauthorized();
  request.principal = principal;

  if (access === 'admin') {
    if (principal.kind !== 'admin') throw new HttpError(403, 'forbidden', 'Only the admin token may do this');
    return;
  }
  const ws = workspaceParam(request);
  if (principal.kind === 'member') {
    if (principal.workspaceId !== ws) throw notFound();
    // Admin calls on the member's own workspace: it can see it, but may not manage it.
    if (access === 'adminOfWorkspace')
      throw new HttpError(403, 'forbidden', 'Only the admin token may do this');
    return;
  }
  // The admin token reads and writes no records.
  if (access === 'memberOfWorkspace') throw notFound();
  if (!(await storage.workspaceExists(ws))) throw notFound();
}
