/**
 * The PostgreSQL pool as an operator needs it (hardening issue, item 6): server-side statement
 * and idle-in-transaction limits on every connection, and a failed idle connection logged (not
 * swallowed) while the server goes on working.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { POOL_APPLICATION_NAME, PostgresStorage, poolConfig } from '../src/storage/postgres';
import { startTestPostgres, type TestPostgres } from './postgres';

let cluster: Promise<TestPostgres> | undefined;
const database = async () => (await (cluster ??= startTestPostgres())).createDatabase();
afterAll(async () => {
  await (await cluster?.catch(() => undefined))?.stop();
});

describe('PostgreSQL pool', () => {
  it('limits every statement to 30 s and an idle transaction to 60 s', async () => {
    const pool = new pg.Pool(poolConfig(await database(), 1));
    try {
      const show = async (name: string) =>
        (await pool.query<Record<string, string>>(`SHOW ${name}`)).rows[0]?.[name];
      expect(await show('statement_timeout')).toBe('30s');
      expect(await show('idle_in_transaction_session_timeout')).toBe('1min');
      expect(await show('application_name')).toBe(POOL_APPLICATION_NAME);
    } finally {
      await pool.end();
    }
  });

  it('reports a pooled connection the database ended, and keeps serving', async () => {
    const url = await database();
    const errors: Error[] = [];
    const storage = await PostgresStorage.open(url, { poolSize: 2, onPoolError: (e) => errors.push(e) });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await storage.createWorkspace('idle connection'); // leaves an idle pooled connection
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
        [POOL_APPLICATION_NAME],
      );
      expect(rowCount).toBeGreaterThan(0);
      await expect.poll(() => errors.length).toBeGreaterThan(0);
      expect(errors[0]?.message).toMatch(/terminat/i);
      const { id } = await storage.createWorkspace('after the failure');
      expect(await storage.workspaceExists(id)).toBe(true);
    } finally {
      await admin.end();
      await storage.close();
    }
  });
});
