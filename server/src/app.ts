/**
 * The HTTP app over a `Storage`. Fastify parses JSON (refusing `__proto__`/`constructor`
 * poisoning) but never coerces or strips: validation is `validatePushRequest`, and every
 * error, including Fastify's own, leaves in the contract's `{ error: { code, message } }` shape.
 */
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { HlcClock } from '../../common/sync/hlc';
import { MAX_BODY_BYTES } from '../../common/sync/protocol';
import { allowOrigin, registerCors, type CorsOrigins } from './cors';
import { MemberCache } from './auth';
import { checkAdminToken } from './config';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rateLimit';
import { HttpError, notFound } from './errors';
import { MAX_RECORD_CHARS } from './push/recordSize';
import { checkAccess } from './routes/access';
import { registerAdminRoutes } from './routes/admin';
import { registerSyncRoutes } from './routes/sync';
import type { Storage } from './storage/storage';

export interface AppOptions {
  storage: Storage;
  /** Enables the admin calls; without it every admin call is 401. */
  adminToken?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Wall clock in epoch ms; tests move it to provoke clock skew. */
  now?: () => number;
  /** Largest stored record (`push/recordSize.ts`); tests lower it. */
  maxRecordChars?: number;
  /** Origins the browser may call from (`KYOSO_CORS_ORIGINS`); default any, see `cors.ts`. */
  corsOrigins?: CorsOrigins;
  /** Per-member-token request limit (`rateLimit.ts`); false turns it off. */
  rateLimit?: RateLimitOptions | false;
}

/** Fastify's own errors mapped to the contract: a too-large body is 413, any other client error 400. */
function toHttpError(error: FastifyError): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return new HttpError(413, 'too_large', `Body exceeds ${MAX_BODY_BYTES} bytes`);
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new HttpError(400, 'malformed', error.message);
  }
  return null;
}

export async function buildApp({
  storage,
  adminToken,
  logger = false,
  now = Date.now,
  corsOrigins = '*',
  rateLimit = DEFAULT_RATE_LIMIT,
  maxRecordChars = MAX_RECORD_CHARS,
}: AppOptions): Promise<FastifyInstance> {
  checkAdminToken(adminToken);
  const app = Fastify({
    logger,
    bodyLimit: MAX_BODY_BYTES,
    onProtoPoisoning: 'error',
    // docs/sync-protocol.md admits any JSON value, and values never reach a prototype here (Maps and
    // prototype-free objects); only __proto__ is refused (by the parser and by protocol.ts).
    onConstructorPoisoning: 'ignore',
    // Routes declare no schemas, but should one appear, ajv must not coerce, default or strip.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
    // Server-side request timeout so a stalled client cannot hold a connection forever.
    requestTimeout: 60_000,
    // Errors raised before routing skip the hooks and the error handler, and Fastify would answer
    // its own shape: a path that is not valid percent-encoding or with a segment over the router's
    // length is no route of ours (404, like any unknown route); anything else is a 400.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      allowOrigin(corsOrigins, request, reply);
      const known =
        error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? notFound()
          : new HttpError(400, 'malformed', error.message);
      void reply.code(known.status).send(known.body);
    },
  });
  const clock = new HlcClock(await storage.serverNodeId(), now);
  const members = new MemberCache();
  const limiter = rateLimit ? new RateLimiter(rateLimit, now) : null;

  app.decorateRequest('principal', null);
  registerCors(app, corsOrigins); // before the access check: preflights carry no token
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    await checkAccess(storage, adminToken, request, access, members);
    const principal = request.principal;
    if (limiter && principal?.kind === 'member') {
      const decision = limiter.take(principal.memberId);
      if (!decision.ok) {
        const wait = String(decision.retryAfterS);
        throw new HttpError(
          429,
          'rate_limited',
          `Too many requests; retry after ${wait} s`,
          {},
          {
            'retry-after': wait,
          },
        );
      }
    }
  });

  // While shutting down, every answer closes its connection: a keep-alive connection left idle
  // by a request that finished during the drain would otherwise hold the shutdown until the grace
  // period cuts it (10 s, logged as a stalled request).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = toHttpError(error);
    if (known?.status === 413) {
      // Fastify answers `Connection: close` while the client may still be uploading; closing then
      // resets the connection and the client reads EPIPE/ECONNRESET, not the 413. Without it Node
      // drains the rest of the body (bounded by requestTimeout) and the answer arrives.
      reply.removeHeader('connection');
    }
    if (known) return reply.code(known.status).headers(known.headers).send(known.body);
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: { code: 'internal', message: 'Internal server error' } });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: { code: 'not_found', message: 'Not found' } }),
  );

  app.get('/healthz', async () => ({ status: 'ok', storage: storage.kind }));
  registerAdminRoutes(app, storage, members);
  registerSyncRoutes(app, { storage, clock, now, maxRecordChars });
  return app;
}
