/** Picks the backend: PostgreSQL when `DATABASE_URL` is set, else the SQLite file. */
import type { ServerConfig } from '../config';
import { PostgresStorage } from './postgres';
import { SqliteStorage } from './sqlite';
import type { Storage } from './storage';

export interface OpenOptions {
  /** Called when an idle PostgreSQL connection fails (the pool replaces it); unused for SQLite. */
  onPoolError?: (err: Error) => void;
}

export async function openStorage(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  options: OpenOptions = {},
): Promise<Storage> {
  if (config.databaseUrl) return PostgresStorage.open(config.databaseUrl, options);
  return SqliteStorage.open(config.dataDir);
}
