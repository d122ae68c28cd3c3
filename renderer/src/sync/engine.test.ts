/** How a pass asks for the member token, and what it sends with each answer. */
import { describe, expect, it, vi } from 'vitest';
import { KyosoDb } from '../data/db';
import { loadDevice } from '../data/device';
import { SyncEngine } from './engine';
import { HOST_ADDS_TOKEN, type FetchLike } from './transport';

const WS = '0190a000-0000-7000-8000-000000000001';

async function engineWith(getToken: (serverUrl: string) => Promise<string | typeof HOST_ADDS_TOKEN | null>) {
  const db = new KyosoDb(`engine-${crypto.randomUUID()}`);
  const device = await loadDevice(db);
  const fetch = vi.fn<FetchLike>(
    async () => new Response(JSON.stringify({ cursor: 'c1', hasMore: false, changes: [] }), { status: 200 }),
  );
  const engine = new SyncEngine({ db, device, getToken, fetch });
  await engine.configure({ serverUrl: 'https://sync.example.jp/', workspaceId: WS });
  return { engine, fetch, db };
}

describe('the member token in a pass', () => {
  it('asks for the token of the configured server; none kept: "noToken", and nothing is sent', async () => {
    const getToken = vi.fn(async () => null);
    const { engine, fetch, db } = await engineWith(getToken);
    await expect(engine.syncNow()).resolves.toEqual({ ok: false, failure: { kind: 'noToken' } });
    expect(getToken).toHaveBeenCalledWith('https://sync.example.jp/');
    expect(fetch).not.toHaveBeenCalled();
    db.close();
  });

  it('sends no Authorization header when the host adds it (desktop: main process)', async () => {
    const { engine, fetch, db } = await engineWith(async () => HOST_ADDS_TOKEN);
    await expect(engine.syncNow()).resolves.toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalled();
    for (const [, init] of fetch.mock.calls) expect(init.headers).not.toHaveProperty('authorization');
    db.close();
  });

  it('sends the token itself in web mode', async () => {
    const { engine, fetch, db } = await engineWith(async () => 'tok_web');
    await engine.syncNow();
    expect(fetch.mock.calls[0]![1].headers).toMatchObject({ authorization: 'Bearer tok_web' });
    db.close();
  });
});

describe('automatic passes', () => {
  it('syncs when the window comes back into view, at most once per gap', async () => {
    const view = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const win = new EventTarget();
    vi.stubGlobal('document', view);
    vi.stubGlobal('window', win);
    try {
      const { engine } = await engineWith(async () => 'tok');
      const pass = vi.spyOn(engine, 'syncNow').mockResolvedValue({ ok: true, pushed: 0, pulled: 0 });
      const stop = engine.start();
      expect(pass).toHaveBeenCalledTimes(1); // the pass at start
      view.visibilityState = 'hidden';
      view.dispatchEvent(new Event('visibilitychange'));
      expect(pass).toHaveBeenCalledTimes(1);
      view.visibilityState = 'visible';
      view.dispatchEvent(new Event('visibilitychange'));
      expect(pass).toHaveBeenCalledTimes(2);
      win.dispatchEvent(new Event('focus')); // the same return, seen twice
      expect(pass).toHaveBeenCalledTimes(2);
      stop();
      view.dispatchEvent(new Event('visibilitychange'));
      expect(pass).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
