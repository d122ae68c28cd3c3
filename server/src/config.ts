import { parseCorsOrigins, type CorsOrigins } from './cors';
import { parseRateLimit, type RateLimitOptions } from './rateLimit';
import { MAX_RECORD_CHARS } from './push/recordSize';

/** The admin token's least length: it guards every workspace, so it must not be guessable. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

/** Throws unless `token` is long enough to be an admin token (e.g. `openssl rand -hex 32`). */
export function checkAdminToken(token: string | undefined): void {
  if (token !== undefined && token.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(
      `KYOSO_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 32), got ${token.length}`,
    );
  }
}

/** Server settings from the environment (docs/sync-protocol.md §11). */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** Empty or unset means SQLite in `dataDir`. */
  databaseUrl: string;
  adminToken: string | undefined;
  logLevel: string;
  corsOrigins: CorsOrigins;
  /** Per-member-token request limit; false when `KYOSO_RATE_PER_SECOND=0`. */
  rateLimit: RateLimitOptions | false;
  /** Largest stored record in characters (`KYOSO_MAX_RECORD_CHARS`, default 64 Mi; tests lower it). */
  maxRecordChars: number;
  /** How long a shutdown waits for requests in flight before cutting them (`KYOSO_SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0..65535, got ${env.PORT}`);
  const adminToken = env.KYOSO_ADMIN_TOKEN || undefined;
  checkAdminToken(adminToken);
  const shutdownGraceMs = Number(env.KYOSO_SHUTDOWN_GRACE_MS || '10000');
  if (!Number.isInteger(shutdownGraceMs) || shutdownGraceMs < 0)
    throw new Error(
      `KYOSO_SHUTDOWN_GRACE_MS must be a whole number of ms, got ${env.KYOSO_SHUTDOWN_GRACE_MS}`,
    );
  const maxRecordChars = Number(env.KYOSO_MAX_RECORD_CHARS || String(MAX_RECORD_CHARS));
  if (!Number.isInteger(maxRecordChars) || maxRecordChars < 1 || maxRecordChars > MAX_RECORD_CHARS)
    throw new Error(
      `KYOSO_MAX_RECORD_CHARS must be a whole number 1..${MAX_RECORD_CHARS}, got ${env.KYOSO_MAX_RECORD_CHARS}`,
    );
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: env.KYOSO_DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL ?? '',
    adminToken,
    logLevel: env.LOG_LEVEL || 'info',
    corsOrigins: parseCorsOrigins(env.KYOSO_CORS_ORIGINS),
    rateLimit: parseRateLimit(env),
    shutdownGraceMs,
    maxRecordChars,
  };
}
