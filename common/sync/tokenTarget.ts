/**
 * Where a member token may go. A token is bound to the origin of the server it was saved for,
 * and plain `http://` to another machine (anyone on the path can read the token) needs the
 * user's explicit consent. One rule for the desktop main process and web mode. Pure: callers
 * parse the URL (`new URL`) and hand over its parts.
 */

/** The parts of a parsed URL the rule reads (a WHATWG `URL` has them). */
export interface UrlParts {
  protocol: string;
  hostname: string;
  origin: string;
  username: string;
  password: string;
}

export interface TokenTarget {
  /** The origin the token is bound to, e.g. `https://sync.example.jp:8443`. */
  origin: string;
  /** Plain http:// to a host other than this machine: the token would cross the network readable. */
  plainHttpToOtherMachine: boolean;
}

/** Hostnames that never leave this machine (WHATWG URL keeps IPv6 literals in brackets). */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The token target for a configured server URL, or null when the URL cannot carry a token:
 * not http(s), or with credentials in it (`https://a@b` hides its real host).
 */
export function tokenTargetOf(url: UrlParts | null): TokenTarget | null {
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return {
    origin: url.origin,
    plainHttpToOtherMachine: url.protocol === 'http:' && !isLoopback(url.hostname),
  };
}
