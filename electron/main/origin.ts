import { PRESENTER_ROUTE_PREFIX } from '../../common/ipc/contract';

/**
 * The renderer's one origin. A fixed host on a privileged custom scheme gives the app a stable
 * origin (IndexedDB, localStorage) and keeps it off `file://`, which Chromium treats loosely.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kyoso';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL, or returns null instead of throwing on garbage. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is on the app's own origin (`app://kyoso`). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  // URL.origin is "null" for non-special schemes, so compare scheme and host explicitly.
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Characters a presenter route may contain after its prefix (ids, slashes, dashes). */
const PRESENTER_ROUTE_PATTERN = /^#\/present\/[A-Za-z0-9\-_/.~]{0,256}$/;

/** True when `route` is a hash route under the presenter prefix (e.g. `#/present/abc`). */
export function isPresenterRoute(route: string): boolean {
  return (
    route.startsWith(PRESENTER_ROUTE_PREFIX) && PRESENTER_ROUTE_PATTERN.test(route) && !route.includes('..')
  );
}

/** True when `url` is exactly the app's index page with a presenter hash route. */
export function isPresenterUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null || !isAppUrl(url)) return false;
  if (parsed.pathname !== '/index.html' || parsed.search !== '' || parsed.username || parsed.password) {
    return false;
  }
  return isPresenterRoute(parsed.hash);
}

/** The full URL of a presenter route. Callers validate the route first. */
export function presenterUrl(route: string): string {
  return `${APP_INDEX_URL}${route}`;
}
