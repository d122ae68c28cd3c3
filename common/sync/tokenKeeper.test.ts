import { describe, expect, it, vi } from 'vitest';
import type { UrlParts } from './tokenTarget';
import {
  createSyncTokenKeeper,
  LEGACY_TOKEN_KEY,
  SYNC_CREDENTIAL_KEY,
  type SecretStore,
} from './tokenKeeper';

// common/ has no DOM or Node types; the callers hand in the WHATWG URL of their runtime.
declare const URL: new (url: string) => UrlParts;
const parseUrl = (url: string): UrlParts | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const TOKEN = 'tok_0123456789abcdef';

function setup(answer = false) {
  const rows = new Map<string, string>();
  const secrets: SecretStore = {
    get: async (key) => rows.get(key) ?? null,
    set: async (key, value) => void (value === null ? rows.delete(key) : rows.set(key, value)),
  };
  const confirmPlainHttp = vi.fn(async () => answer);
  const keeper = createSyncTokenKeeper({ secrets, confirmPlainHttp, parseUrl });
  return { keeper, secrets, confirmPlainHttp };
}

describe('sync token keeper', () => {
  it('adds the token only to requests for the origin it was saved for', async () => {
    const { keeper } = setup();
    await expect(keeper.set('https://sync.example.jp/', TOKEN)).resolves.toBe('saved');
    await expect(keeper.tokenFor('https://sync.example.jp/v1/workspaces/w/pull')).resolves.toBe(TOKEN);
    for (const other of [
      'https://evil.example/v1/workspaces/w/pull',
      'http://sync.example.jp/v1/workspaces/w/pull', // same host, no TLS
      'https://sync.example.jp:8443/v1/workspaces/w/pull', // same host, another port
      'https://sync.example.jp.evil.example/',
      'https://sync.example.jp@evil.example/',
    ]) {
      await expect(keeper.tokenFor(other)).resolves.toBeNull();
    }
  });

  it('never hands the token back: status says only whether it is kept and for which origin', async () => {
    const { keeper } = setup();
    await keeper.set('https://sync.example.jp', TOKEN);
    const status = await keeper.status('https://sync.example.jp/kyoso');
    expect(status).toEqual({ kept: true, origin: 'https://sync.example.jp', matches: true });
    expect(await keeper.status('https://other.example.jp')).toEqual({
      kept: true,
      origin: 'https://sync.example.jp',
      matches: false,
    });
    expect(JSON.stringify(status)).not.toContain(TOKEN);
  });

  it('asks before binding to plain http on another machine; a refusal stores nothing', async () => {
    const { keeper, confirmPlainHttp } = setup(false);
    await expect(keeper.set('http://192.168.10.5:8787', TOKEN)).resolves.toBe('declined');
    expect(confirmPlainHttp).toHaveBeenCalledWith('http://192.168.10.5:8787');
    expect(await keeper.status('http://192.168.10.5:8787')).toEqual({ kept: false });
    await expect(keeper.tokenFor('http://192.168.10.5:8787/v1/x')).resolves.toBeNull();
  });

  it('sends over plain http once the user accepted the warning', async () => {
    const { keeper } = setup(true);
    await expect(keeper.set('http://sync.city.local', TOKEN)).resolves.toBe('saved');
    await expect(keeper.tokenFor('http://sync.city.local/v1/x')).resolves.toBe(TOKEN);
  });

  it('does not ask for this machine (loopback)', async () => {
    const { keeper, confirmPlainHttp } = setup(false);
    await expect(keeper.set('http://127.0.0.1:8787', TOKEN)).resolves.toBe('saved');
    expect(confirmPlainHttp).not.toHaveBeenCalled();
  });

  it('refuses URLs and tokens that cannot travel safely', async () => {
    const { keeper } = setup(true);
    await expect(keeper.set('ftp://sync.example.jp', TOKEN)).resolves.toBe('invalidUrl');
    await expect(keeper.set('https://sync.example.jp', 'a\r\nX-Evil: 1')).resolves.toBe('invalidToken');
    expect(await keeper.status('https://sync.example.jp')).toEqual({ kept: false });
  });

  it('forgets the token when cleared', async () => {
    const { keeper, secrets } = setup();
    await keeper.set('https://sync.example.jp', TOKEN);
    await expect(keeper.set('', null)).resolves.toBe('cleared');
    await expect(keeper.tokenFor('https://sync.example.jp/')).resolves.toBeNull();
    expect(await secrets.get(SYNC_CREDENTIAL_KEY)).toBeNull();
  });

  it('binds a token saved by an older version to the server configured now, once', async () => {
    const { keeper, secrets } = setup();
    await secrets.set(LEGACY_TOKEN_KEY, TOKEN);
    expect(await keeper.status('https://sync.example.jp')).toMatchObject({ kept: true, matches: true });
    expect(await secrets.get(LEGACY_TOKEN_KEY)).toBeNull();
    await expect(keeper.tokenFor('https://sync.example.jp/v1/x')).resolves.toBe(TOKEN);
  });

  it('asks about an old token on plain http only once per run when the user says no', async () => {
    const { keeper, secrets, confirmPlainHttp } = setup(false);
    await secrets.set(LEGACY_TOKEN_KEY, TOKEN);
    expect(await keeper.status('http://10.0.0.8:8787')).toEqual({ kept: false });
    expect(await keeper.status('http://10.0.0.8:8787')).toEqual({ kept: false });
    expect(confirmPlainHttp).toHaveBeenCalledTimes(1);
    await expect(keeper.tokenFor('http://10.0.0.8:8787/v1/x')).resolves.toBeNull();
  });
});
