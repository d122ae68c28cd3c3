/**
 * CORS for the web-mode app (served from another origin, e.g. `http://127.0.0.1:5173`) and the
 * Electron renderer (`app://kyoso`). Tokens travel in the `Authorization` header and the server
 * sets no cookies, so a page on a foreign origin gets nothing it did not already hold: CORS is
 * not the security boundary here, the bearer token is. Hence the default allows any origin.
 *
 * The hook runs first, before the access check: a preflight carries no `Authorization` header
 * and must be answered 204 without one. Every other answer, errors included, carries
 * `Access-Control-Allow-Origin`, so the browser lets the app read the error code.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** `'*'` allows any origin; otherwise the exact origins allowed (scheme://host[:port]). */
export type CorsOrigins = '*' | readonly string[];

/** How long a browser may cache a preflight answer (Chromium caps it at 2 h). */
const MAX_AGE_S = 7200;

/** `KYOSO_CORS_ORIGINS`: comma-separated origins; unset, empty or containing `*` means any. */
export function parseCorsOrigins(raw: string | undefined): CorsOrigins {
  const list = (raw ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o !== '');
  return list.length === 0 || list.includes('*') ? '*' : list;
}

/** The CORS answer headers; also used for errors raised before routing, which skip the hooks. */
export function allowOrigin(origins: CorsOrigins, request: FastifyRequest, reply: FastifyReply): void {
  // A 429's wait must be readable by the app, which is always on another origin.
  reply.header('access-control-expose-headers', 'Retry-After');
  if (origins === '*') {
    reply.header('access-control-allow-origin', '*');
    return;
  }
  // The answer depends on the Origin header, so caches must key on it.
  reply.header('vary', 'Origin');
  const origin = request.headers.origin;
  if (origin !== undefined && origins.includes(origin)) reply.header('access-control-allow-origin', origin);
}

export function registerCors(app: FastifyInstance, origins: CorsOrigins): void {
  app.addHook('onRequest', async (request, reply) => {
    allowOrigin(origins, request, reply);
    if (request.method !== 'OPTIONS') return;
    reply
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', String(MAX_AGE_S))
      .code(204);
    return reply.send();
  });
  // Never reached (the hook answers first); it makes OPTIONS a known method on every path.
  app.options('*', async (_request, reply) => reply.code(204).send());
}
