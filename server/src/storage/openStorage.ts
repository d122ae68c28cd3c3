/** Picks the backend: PostgreSQL when `DATABASE_URL` is set, else the SQLite file. */
import type { ServerConfig } from '../config';
import { PostgresStorage } from './postgres';
import { SqliteStorage } from './sqlite';
import type { Storage } from './storage';

export async function openStorage(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Storage> {
  if (config.databaseUrl) return PostgresStorage.open(config.databaseUrl);
  return SqliteStorage.open(config.dataDir);
}
