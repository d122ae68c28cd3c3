/**
 * The member token, bound to the origin of the server it was saved for. The renderer hands it
 * over once and never reads it back: in the desktop app this keeper runs in the main process,
 * which adds the header itself (electron/main/syncToken.ts); in web mode it runs in the page over
 * IndexedDB, the only store a browser has. Plain http:// to another machine needs the user's
 * explicit yes. Pure: storage, URL parsing and the question are handed in.
 */
import type { SetSyncTokenResult, SyncTokenStatus } from '../ipc/contract';
import { SECRETS } from '../records/localKeys';
import { tokenTargetOf, type TokenTarget, type UrlParts } from './tokenTarget';

/** Secret key of the token together with the origin it is bound to (JSON). */
export const SYNC_CREDENTIAL_KEY = SECRETS.syncCredential;
/** Where versions before origin binding kept the bare token: adopted once, then removed. */
export const LEGACY_TOKEN_KEY = SECRETS.legacySyncToken;

/** Visible ASCII only: a token goes into an HTTP header, where CR/LF would inject lines. */
export const TOKEN_PATTERN = /^[\x21-\x7e]{1,4096}$/;

interface SyncCredential {
  origin: string;
  token: string;
  /** The user accepted sending it over plain http:// to another machine. */
  plainHttpAccepted: boolean;
}

/** Get and set of secrets: the OS keychain in the desktop app, IndexedDB in web mode. */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string | null): Promise<void>;
}

export interface SyncTokenKeeperDeps {
  secrets: SecretStore;
  /** WHATWG URL parsing (`new URL`), null for garbage; common/ has no URL of its own. */
  parseUrl: (url: string) => UrlParts | null;
  /**
   * Keep the credential in memory after the first read (default). Main owns its store alone; web
   * mode turns this off, because another tab of the same origin may save a new token meanwhile.
   */
  cache?: boolean;
  /** Asks the user whether the token may travel over plain http:// to `origin`; true only on a yes. */
  confirmPlainHttp: (origin: string) => Promise<boolean>;
}

export interface SyncTokenKeeper {
  status(serverUrl: string): Promise<SyncTokenStatus>;
  set(serverUrl: string, token: string | null): Promise<SetSyncTokenResult>;
  /**
   * The token for a request to `url`, or null (another origin, no token, or plain http the user
   * did not accept). Only the code that sends requests calls this: main's header hook, or the
   * web-mode transport; the desktop renderer has no way to reach it.
   */
  tokenFor(url: string): Promise<string | null>;
}

function parseCredential(text: string | null): SyncCredential | null {
  if (text === null) return null;
  try {
    const v = JSON.parse(text) as Partial<SyncCredential>;
    return typeof v.origin === 'string' && typeof v.token === 'string' && TOKEN_PATTERN.test(v.token)
      ? { origin: v.origin, token: v.token, plainHttpAccepted: v.plainHttpAccepted === true }
      : null;
  } catch {
    return null;
  }
}

export function createSyncTokenKeeper(deps: SyncTokenKeeperDeps): SyncTokenKeeper {
  const targetOf = (url: string): TokenTarget | null => tokenTargetOf(deps.parseUrl(url));
  // Read once (a keychain decrypt per request would be slow, and may prompt on macOS).
  let cached: Promise<SyncCredential | null> | null = null;
  const read = () => deps.secrets.get(SYNC_CREDENTIAL_KEY).then(parseCredential);
  const load = () => (deps.cache === false ? read() : (cached ??= read()));
  // Origins whose plain-http prompt the user declined during this run: a background sync pass
  // must not ask again every minute.
  const declined = new Set<string>();

  async function bind(target: TokenTarget, token: string): Promise<boolean> {
    let plainHttpAccepted = false;
    if (target.plainHttpToOtherMachine) {
      plainHttpAccepted = await deps.confirmPlainHttp(target.origin);
      if (!plainHttpAccepted) return false;
    }
    const credential: SyncCredential = { origin: target.origin, token, plainHttpAccepted };
    await deps.secrets.set(SYNC_CREDENTIAL_KEY, JSON.stringify(credential));
    await deps.secrets.set(LEGACY_TOKEN_KEY, null);
    cached = Promise.resolve(credential);
    return true;
  }

  /** A token saved by an older version is bound to the server configured now, once. */
  async function adoptLegacy(serverUrl: string): Promise<SyncCredential | null> {
    const legacy = await deps.secrets.get(LEGACY_TOKEN_KEY);
    const target = targetOf(serverUrl);
    if (legacy === null || !TOKEN_PATTERN.test(legacy) || target === null || declined.has(target.origin))
      return null;
    if (!(await bind(target, legacy))) {
      declined.add(target.origin);
      return null;
    }
    return load();
  }

  return {
    async status(serverUrl) {
      const credential = (await load()) ?? (await adoptLegacy(serverUrl));
      if (credential === null) return { kept: false };
      return {
        kept: true,
        origin: credential.origin,
        matches: targetOf(serverUrl)?.origin === credential.origin,
      };
    },
    async set(serverUrl, token) {
      if (token === null) {
        await deps.secrets.set(SYNC_CREDENTIAL_KEY, null);
        await deps.secrets.set(LEGACY_TOKEN_KEY, null);
        cached = Promise.resolve(null);
        return 'cleared';
      }
      if (!TOKEN_PATTERN.test(token)) return 'invalidToken';
      const target = targetOf(serverUrl);
      if (target === null) return 'invalidUrl';
      declined.delete(target.origin);
      return (await bind(target, token)) ? 'saved' : 'declined';
    },
    async tokenFor(url) {
      const credential = await load();
      const target = targetOf(url);
      if (credential === null || target === null || target.origin !== credential.origin) return null;
      if (target.plainHttpToOtherMachine && !credential.plainHttpAccepted) return null;
      return credential.token;
    },
  };
}
