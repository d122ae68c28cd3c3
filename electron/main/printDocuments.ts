import { randomUUID } from 'node:crypto';
import { APP_ORIGIN, parseUrl, isAppUrl } from './origin';

/**
 * Print documents waiting for the hidden print window, served at `app://kyoso/__print/<id>.html`.
 * Loading from the app origin (not a `data:` URL) lifts Chromium's 2 MiB URL cap and lets the
 * document load the bundled fonts same-origin. A document lives only while one render runs.
 */
export interface PrintDocumentStore {
  /** Stores `html` under a new unguessable id and returns the id. */
  put(html: string): string;
  /** The document stored under `id`, if it is still there. */
  get(id: string): string | undefined;
  /** Forgets the document; unknown ids are ignored. */
  delete(id: string): void;
}

/** Creates an empty in-memory store. `newId` is injectable for tests. */
export function createPrintDocumentStore(newId: () => string = randomUUID): PrintDocumentStore {
  const documents = new Map<string, string>();
  return {
    put(html) {
      const id = newId();
      if (documents.has(id)) throw new Error('print document id collision');
      documents.set(id, html);
      return id;
    },
    get: (id) => documents.get(id),
    delete: (id) => void documents.delete(id),
  };
}

/**
 * The CSP of a print document, sent as a header by the print route (and repeated in a `<meta>` by
 * pdf.ts): local app assets (fonts, images) and inline styles only; nothing remote, so printing
 * never contacts the network; no scripts (the print window also runs with JavaScript off); a
 * `<base>` only to the app root.
 */
export const PRINT_CSP =
  `default-src 'none'; style-src ${APP_ORIGIN} 'unsafe-inline'; img-src ${APP_ORIGIN} data: blob:; ` +
  `font-src ${APP_ORIGIN} data:; base-uri ${APP_ORIGIN}; form-action 'none'`;

/** Path prefix of the print route; everything under it belongs to the route (never static files). */
export const PRINT_PATH_PREFIX = '/__print/';

/** `<uuid>.html`, compared on the raw (still %-encoded) path, so encoded slashes or dots never match. */
const PRINT_PATH_PATTERN =
  /^\/__print\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.html$/;

/** The URL the print window loads for a stored document. */
export function printDocumentUrl(id: string): string {
  return `${APP_ORIGIN}${PRINT_PATH_PREFIX}${id}.html`;
}

/** The document id in a print-route pathname, or null when the path is not exactly `/__print/<uuid>.html`. */
export function printDocumentId(pathname: string): string | null {
  return PRINT_PATH_PATTERN.exec(pathname)?.[1] ?? null;
}

/** True for any URL under the print route (`app://kyoso/__print/…`). */
export function isPrintDocumentUrl(url: string): boolean {
  return isAppUrl(url) && (parseUrl(url)?.pathname.startsWith(PRINT_PATH_PREFIX) ?? false);
}
