/**
 * The databases and the in-process server of a sync test file, removed after each test. Call
 * `syncFixtures()` once at the top level of a test file.
 */
import { afterEach } from 'vitest';
import type { KyosoDb } from '../../../renderer/src/data/db';
import { InProcessServer, type InProcessServerOptions } from './inProcessServer';

export function syncFixtures() {
  const dbs: KyosoDb[] = [];
  let server: InProcessServer | null = null;
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
    await server?.stop();
    server = null;
  });
  return {
    /** Deletes `db` after the test. */
    track(db: KyosoDb): KyosoDb {
      dbs.push(db);
      return db;
    },
    /** Starts the server of this test (stopped after it). */
    async startServer(options: InProcessServerOptions = {}): Promise<InProcessServer> {
      server = await InProcessServer.start(options);
      return server;
    },
  };
}
