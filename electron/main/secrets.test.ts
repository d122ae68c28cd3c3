import { describe, expect, it, vi } from 'vitest';
import { createSecretStore, SecretsUnavailableError, type SecretFs, type SecretStoreDeps } from './secrets';

/** A reversible stand-in for OS encryption: prefix + reversed bytes, so plaintext never appears. */
function fakeSafeStorage(available = true, backend?: string) {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    encryptString: vi.fn((plain: string) =>
      Buffer.concat([Buffer.from('ENC:'), Buffer.from(plain).reverse()]),
    ),
    decryptString: vi.fn((cipher: Buffer) => Buffer.from(cipher.subarray(4)).reverse().toString()),
    ...(backend ? { getSelectedStorageBackend: vi.fn(() => backend) } : {}),
  } as unknown as SecretStoreDeps['safeStorage'];
}

function memoryFs(initial: string | null = null) {
  const files = new Map<string, string>();
  if (initial !== null) files.set('/u/secrets.json', initial);
  const fs: SecretFs = {
    readText: async (p) => files.get(p) ?? null,
    writeTextAtomic: vi.fn(async (p: string, text: string) => {
      files.set(p, text);
    }),
  };
  return { fs, files };
}

function setup(options: { available?: boolean; backend?: string; initial?: string | null } = {}) {
  const { fs, files } = memoryFs(options.initial ?? null);
  const safeStorage = fakeSafeStorage(options.available ?? true, options.backend);
  const store = createSecretStore({ safeStorage, fs, filePath: '/u/secrets.json' });
  return { store, files, fs, safeStorage };
}

describe('secret store', () => {
  it('returns null when nothing is stored', async () => {
    await expect(setup().store.get('sync.token')).resolves.toBeNull();
  });

  it('round-trips a secret and keeps only ciphertext (base64) on disk', async () => {
    const { store, files } = setup();
    await store.set('sync.token', 's3cret-トークン');
    await expect(store.get('sync.token')).resolves.toBe('s3cret-トークン');
    const text = files.get('/u/secrets.json') ?? '';
    expect(text).not.toContain('s3cret');
    const parsed = JSON.parse(text) as { version: number; secrets: Record<string, string> };
    expect(parsed.version).toBe(1);
    expect(parsed.secrets['sync.token']).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('removes a secret when set to null and keeps the others', async () => {
    const { store } = setup();
    await store.set('a', '1');
    await store.set('b', '2');
    await store.set('a', null);
    await expect(store.get('a')).resolves.toBeNull();
    await expect(store.get('b')).resolves.toBe('2');
  });

  it('serialises concurrent writes so none is lost', async () => {
    const { store } = setup();
    await Promise.all(['a', 'b', 'c', 'd'].map((k) => store.set(k, k.toUpperCase())));
    await expect(Promise.all(['a', 'b', 'c', 'd'].map((k) => store.get(k)))).resolves.toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
  });

  it('refuses with a clear error when OS encryption is unavailable, touching no file', async () => {
    const { store, fs } = setup({ available: false });
    await expect(store.set('k', 'v')).rejects.toThrow(SecretsUnavailableError);
    await expect(store.get('k')).rejects.toThrow(/unavailable/);
    expect(fs.writeTextAtomic).not.toHaveBeenCalled();
  });

  it('refuses the Linux basic_text backend (no keyring, hard-coded key)', async () => {
    const { store } = setup({ backend: 'basic_text' });
    await expect(store.set('k', 'v')).rejects.toThrow(/keyring/);
    await expect(setup({ backend: 'gnome_libsecret' }).store.set('k', 'v')).resolves.toBeUndefined();
  });

  it('does not mistake Object.prototype members for stored secrets', async () => {
    const { store } = setup({ initial: JSON.stringify({ version: 1, secrets: {} }) });
    await expect(store.get('constructor')).resolves.toBeNull();
    await expect(store.get('toString')).resolves.toBeNull();
  });

  it('rejects a file of unknown format instead of overwriting it', async () => {
    const { store, fs } = setup({ initial: JSON.stringify({ version: 99 }) });
    await expect(store.set('k', 'v')).rejects.toThrow(/unknown format/);
    expect(fs.writeTextAtomic).not.toHaveBeenCalled();
    // A failure does not jam the queue.
    await expect(store.get('k')).rejects.toThrow(/unknown format/);
  });
});
