import { parseCorsOrigins, type CorsOrigins } from './cors';

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
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0..65535, got ${env.PORT}`);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: env.KYOSO_DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL ?? '',
    adminToken: env.KYOSO_ADMIN_TOKEN || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    corsOrigins: parseCorsOrigins(env.KYOSO_CORS_ORIGINS),
  };
}
