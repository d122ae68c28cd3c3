import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ja } from '../i18n/ja';
import { browserPlatform, type BrowserSecretStore } from './browserPlatform';
import { webSyncToken } from './webSyncToken';

const TOKEN = 'tok_web_0123456789';

function memorySecrets() {
  const rows = new Map<string, string>();
  const store: BrowserSecretStore = {
    get: async (key) => rows.get(key) ?? null,
    set: async (key, value) => void (value === null ? rows.delete(key) : rows.set(key, value)),
  };
  return { store, rows };
}

beforeAll(async () => {
  await i18next.init({ resources: { ja: { translation: ja } }, lng: 'ja', showSupportNotice: false });
});

describe('web mode sync token', () => {
  it('the page sends the token only to the server it was saved for', async () => {
    const platform = browserPlatform(memorySecrets().store, '0.1.0');
    await expect(platform['sync:setToken']('https://sync.example.jp/', TOKEN)).resolves.toBe('saved');
    await expect(platform.syncAuth('https://sync.example.jp')).resolves.toEqual({ by: 'page', token: TOKEN });
    await expect(platform.syncAuth('https://other.example.jp')).resolves.toBeNull();
    expect(await platform['sync:tokenStatus']('https://other.example.jp')).toEqual({
      kept: true,
      origin: 'https://sync.example.jp',
      matches: false,
    });
  });

  it('asks in Japanese before plain http to another machine, and keeps nothing on "no"', async () => {
    const { store, rows } = memorySecrets();
    const confirm = vi.fn(() => false);
    const keeper = webSyncToken(store, confirm);
    await expect(keeper.set('http://10.1.2.3:8787', TOKEN)).resolves.toBe('declined');
    expect(confirm).toHaveBeenCalledWith(
      expect.stringContaining('http://10.1.2.3:8787 とは暗号化されていない'),
    );
    expect([...rows.values()].join()).not.toContain(TOKEN);
  });

  it('a token saved in another tab is the one used next', async () => {
    const { store } = memorySecrets();
    const tabA = browserPlatform(store, '0.1.0');
    const tabB = browserPlatform(store, '0.1.0');
    await tabA['sync:setToken']('https://sync.example.jp', TOKEN);
    await expect(tabB.syncAuth('https://sync.example.jp')).resolves.toEqual({ by: 'page', token: TOKEN });
    await tabA['sync:setToken']('https://sync.example.jp', 'tok_rotated_9876543210');
    await expect(tabB.syncAuth('https://sync.example.jp')).resolves.toEqual({
      by: 'page',
      token: 'tok_rotated_9876543210',
    });
  });

  it('adopts the token an older version kept under sync.token for the configured server', async () => {
    const { store, rows } = memorySecrets();
    rows.set('sync.token', TOKEN);
    const platform = browserPlatform(store, '0.1.0');
    expect(await platform['sync:tokenStatus']('http://127.0.0.1:8787')).toMatchObject({
      kept: true,
      matches: true,
    });
    expect(rows.has('sync.token')).toBe(false);
    await expect(platform.syncAuth('http://127.0.0.1:8787')).resolves.toEqual({ by: 'page', token: TOKEN });
  });
});
