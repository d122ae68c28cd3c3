import type { SafeStorage } from 'electron';

/** The file operations the store needs; injectable so tests run in memory. */
export interface SecretFs {
  /** Resolves to the text, or null when the file does not exist. */
  readText(filePath: string): Promise<string | null>;
  /** Replaces the file atomically with owner-only permissions. */
  writeTextAtomic(filePath: string, text: string): Promise<void>;
}

/** The Electron and file surface of the store. */
export interface SecretStoreDeps {
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;
  fs: SecretFs;
  /** JSON file in userData, e.g. `<userData>/secrets.json`. */
  filePath: string;
}

/** Get and set of secrets, each encrypted with the OS keychain. */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string | null): Promise<void>;
}

/** On-disk shape: secret key → base64 of the safeStorage ciphertext. */
interface SecretFile {
  version: 1;
  secrets: Record<string, string>;
}

/** Thrown when secrets cannot be kept safely on this machine. */
export class SecretsUnavailableError extends Error {
  override name = 'SecretsUnavailableError';
}

/**
 * Refuses unless the OS really encrypts: `isEncryptionAvailable()` must be true, and on Linux the
 * backend must not be `basic_text` (Chromium's fallback with a hard-coded password when no keyring runs).
 */
function assertEncryption(safeStorage: SecretStoreDeps['safeStorage']): void {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new SecretsUnavailableError(
      'OS encryption (Electron safeStorage) is unavailable, so secrets cannot be stored safely on this machine.',
    );
  }
  const backend = safeStorage.getSelectedStorageBackend?.();
  if (backend === 'basic_text') {
    throw new SecretsUnavailableError(
      'No OS keyring is running (safeStorage backend "basic_text"); secrets would not be protected.',
    );
  }
}

function parseSecretFile(text: string | null): SecretFile {
  if (text === null) return { version: 1, secrets: {} };
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) {
    throw new Error('The secrets file has an unknown format.');
  }
  const secrets = (data as { secrets?: unknown }).secrets;
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) {
    throw new Error('The secrets file has an unknown format.');
  }
  const entries = Object.entries(secrets).filter((e): e is [string, string] => typeof e[1] === 'string');
  return { version: 1, secrets: Object.fromEntries(entries) };
}

/**
 * Creates a store that keeps secrets (e.g. the sync token) encrypted by the OS keychain via
 * safeStorage, as base64 strings in one JSON file. Writes are serialised so concurrent `set`s
 * cannot lose each other's updates.
 */
export function createSecretStore(deps: SecretStoreDeps): SecretStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const load = async (): Promise<SecretFile> => parseSecretFile(await deps.fs.readText(deps.filePath));

  return {
    get: (key) =>
      serial(async () => {
        assertEncryption(deps.safeStorage);
        const { secrets } = await load();
        // hasOwn: a key like "constructor" must not find Object.prototype's member.
        const encrypted = Object.hasOwn(secrets, key) ? secrets[key] : undefined;
        if (encrypted === undefined) return null;
        return deps.safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
      }),
    set: (key, value) =>
      serial(async () => {
        assertEncryption(deps.safeStorage);
        const file = await load();
        if (value === null) {
          file.secrets = Object.fromEntries(Object.entries(file.secrets).filter(([k]) => k !== key));
        } else file.secrets[key] = deps.safeStorage.encryptString(value).toString('base64');
        await deps.fs.writeTextAtomic(deps.filePath, `${JSON.stringify(file, null, 2)}\n`);
      }),
  };
}
