import type { OnBeforeSendHeadersListenerDetails, BeforeSendResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createSecretStore, type SecretFs, type SecretStoreDeps } from './secrets';
import { attachSyncAuthorization, confirmPlainHttp, createSyncTokenKeeper } from './syncToken';

const TOKEN = 'tok_0123456789abcdef';

/** The real secret store over a reversible stand-in for OS encryption and an in-memory file. */
function setup(answer = false) {
  const files = new Map<string, string>();
  const fs: SecretFs = {
    readText: async (p) => files.get(p) ?? null,
    writeTextAtomic: async (p, text) => void files.set(p, text),
  };
  const safeStorage = {
    isEncryptionAvailable: () => true,
    encryptString: (plain: string) => Buffer.from(plain).reverse(),
    decryptString: (cipher: Buffer) => Buffer.from(cipher).reverse().toString(),
  } as unknown as SecretStoreDeps['safeStorage'];
  const secrets = createSecretStore({ safeStorage, fs, filePath: '/u/secrets.json' });
  const confirmPlainHttp = vi.fn(async () => answer);
  const keeper = createSyncTokenKeeper({ secrets, confirmPlainHttp });
  return { keeper, secrets, confirmPlainHttp, files };
}

describe('sync token keeper in main', () => {
  it('keeps only ciphertext on disk', async () => {
    const { keeper, files } = setup();
    await keeper.set('https://sync.example.jp', TOKEN);
    expect(files.get('/u/secrets.json')).not.toContain(TOKEN);
  });
});

describe('attachSyncAuthorization', () => {
  type Listener = (
    details: OnBeforeSendHeadersListenerDetails,
    callback: (response: BeforeSendResponse) => void,
  ) => void;

  function fakeWebRequest() {
    let listener: Listener | null = null;
    let filter: unknown = null;
    const webRequest = {
      onBeforeSendHeaders: (f: unknown, l: Listener) => {
        filter = f;
        listener = l;
      },
    };
    const send = (url: string, method = 'GET') =>
      new Promise<BeforeSendResponse>((resolve) =>
        listener!(
          {
            url,
            method,
            requestHeaders: { Accept: 'application/json' },
          } as unknown as OnBeforeSendHeadersListenerDetails,
          resolve,
        ),
      );
    return { webRequest, send, filter: () => filter };
  }

  it('adds the header for the bound origin, keeps the other headers, and leaves other requests alone', async () => {
    const { keeper } = setup();
    await keeper.set('https://sync.example.jp', TOKEN);
    const fake = fakeWebRequest();
    attachSyncAuthorization(fake.webRequest as never, keeper);
    expect(fake.filter()).toEqual({ urls: ['http://*/*', 'https://*/*'] });
    await expect(fake.send('https://sync.example.jp/v1/workspaces/w/pull')).resolves.toEqual({
      requestHeaders: { Accept: 'application/json', Authorization: `Bearer ${TOKEN}` },
    });
    await expect(fake.send('https://evil.example/steal')).resolves.toEqual({});
    await expect(fake.send('https://sync.example.jp/v1/workspaces/w/push', 'OPTIONS')).resolves.toEqual({});
  });

  it('lets the request go without the header when the keychain fails', async () => {
    const fake = fakeWebRequest();
    attachSyncAuthorization(fake.webRequest as never, {
      tokenFor: async () => {
        throw new Error('keychain locked');
      },
    });
    await expect(fake.send('https://sync.example.jp/')).resolves.toEqual({});
  });
});

describe('confirmPlainHttp', () => {
  it('is true only when the user picks "send", and cancel is the default', async () => {
    const showMessageBox = vi.fn(async () => ({ response: 1, checkboxChecked: false }));
    await expect(confirmPlainHttp({ dialog: { showMessageBox } as never }, 'http://10.0.0.8')).resolves.toBe(
      true,
    );
    const options = (
      showMessageBox.mock.calls[0] as unknown as [{ defaultId: number; cancelId: number; detail: string }]
    )[0];
    expect(options).toMatchObject({ defaultId: 0, cancelId: 0, detail: 'http://10.0.0.8' });
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await expect(confirmPlainHttp({ dialog: { showMessageBox } as never }, 'http://10.0.0.8')).resolves.toBe(
      false,
    );
  });
});
