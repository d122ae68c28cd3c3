/**
 * Regression (hardening issue, item 7): the end-to-end page model started the sync server with
 * `npx tsx …`, and stopping it killed only npx — the server underneath kept running after the
 * test run. Both test servers (the e2e page model and the benches' one) now lead their own
 * process group and stop it whole: afterwards the server's port is closed and no process of the
 * group is left.
 */
import { describe, expect, it } from 'vitest';
import { SyncServer } from '../e2e/pages/SyncServer';
import { groupAlive } from './processGroup';
import { startSyncServer } from './syncServer';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

describe('test sync servers leave no process behind', () => {
  it('the e2e page model', async () => {
    const server = await SyncServer.start();
    expect(await answers(server.directUrl)).toBe(true);
    const pgid = server.processGroup;
    expect(groupAlive(pgid)).toBe(true);
    await server.stop();
    expect(await answers(server.directUrl)).toBe(false);
    expect(groupAlive(pgid)).toBe(false);
  });

  it('the benches’ server', async () => {
    const server = await startSyncServer();
    expect(await answers(server.url)).toBe(true);
    expect(groupAlive(server.pid)).toBe(true);
    await server.stop();
    expect(await answers(server.url)).toBe(false);
    expect(groupAlive(server.pid)).toBe(false);
  });
});
