import type { Protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, isAppUrl, parseUrl } from './origin';
import { PRINT_CSP, PRINT_PATH_PREFIX, printDocumentId, type PrintDocumentStore } from './printDocuments';

/** Options for the Content-Security-Policy sent with every HTML document the app serves. */
export interface CspOptions {
  /**
   * Allow inline `<style>` / `style=""` in markup. Off by default: Vite emits CSS files and React sets
   * styles through the CSSOM, which CSP does not govern. Turn on only if a dependency injects <style>.
   */
  allowInlineStyles?: boolean;
}

/**
 * Builds the renderer's Content-Security-Policy.
 *
 * `connect-src` also allows `http:`/`https:` (and `ws:`/`wss:`) because the sync server's address
 * is configured by the user at run time — often a municipal intranet host without TLS — so it
 * cannot be listed here. Scripts, styles, fonts and frames stay `'self'`-only, so a compromised
 * sync server can send data but never code.
 */
export function buildCsp(options: CspOptions = {}): string {
  const styleSrc = options.allowInlineStyles ? "'self' 'unsafe-inline'" : "'self'";
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', styleSrc],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self' http: https: ws: wss:"],
    ['worker-src', "'self' blob:"],
    ['media-src', "'self' blob:"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** MIME types for what Vite and our assets emit; anything else is served as bytes. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Served as opaque bytes (never with Content-Encoding) so e.g. kuromoji's .dat.gz arrive as stored.
  '.gz': 'application/gzip',
};

/** The MIME type for a file name, by extension. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** File-system reads the handler needs; injectable so tests use an in-memory tree. */
export interface StaticFs {
  /** Resolves to the file's bytes, or rejects (ENOENT, EISDIR, …). */
  readFile(filePath: string): Promise<Uint8Array>;
  /** Resolves true only for regular files. */
  isFile(filePath: string): Promise<boolean>;
}

const nodeStaticFs: StaticFs = {
  readFile: (filePath) => readFile(filePath),
  isFile: async (filePath) => {
    try {
      return (await stat(filePath)).isFile();
    } catch {
      return false;
    }
  },
};

/**
 * Maps an `app://kyoso/...` URL to a file under `rootDir`, or null when the URL is foreign,
 * malformed, or escapes the root (`..`, encoded separators, NUL bytes, absolute paths).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed %-escape
  }
  // The URL parser already folds "/../"; a decoded backslash or dot-segment is an escape attempt.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:/.test(s))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  const rel = path.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return resolved;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves `/__print/<id>.html` from the store: GET only, exact ids only, with the print CSP (no
 * scripts, nothing remote) and no caching. Anything else under `/__print/` is a 404.
 */
function servePrintDocument(
  request: Request,
  pathname: string,
  store: PrintDocumentStore | undefined,
): Response {
  const id = printDocumentId(pathname);
  const html = id === null || request.method !== 'GET' ? undefined : store?.get(id);
  if (html === undefined) return notFound();
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PRINT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/**
 * Creates the request handler behind `app://kyoso/`: static files from `rootDir` (the Vite build),
 * a strict CSP on HTML, `nosniff` everywhere, 404 for anything outside the root or missing.
 * With `printDocuments`, also serves the documents the PDF flow is rendering (see printDocuments.ts).
 */
export function createAppRequestHandler(
  rootDir: string,
  fs: StaticFs = nodeStaticFs,
  csp: string = buildCsp(),
  printDocuments?: PrintDocumentStore,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const pathname = isAppUrl(request.url) ? parseUrl(request.url)?.pathname : undefined;
    if (pathname?.startsWith(PRINT_PATH_PREFIX)) return servePrintDocument(request, pathname, printDocuments);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null || !(await fs.isFile(filePath))) return notFound();
    let body: Uint8Array;
    try {
      body = await fs.readFile(filePath);
    } catch {
      return notFound();
    }
    const type = mimeTypeFor(filePath);
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      // The files change only with an app update; revalidation is cheap from local disk.
      'Cache-Control': 'no-cache',
    };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = csp;
      headers['Referrer-Policy'] = 'no-referrer';
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/**
 * Declares `app:` privileged (standard origin, secure context, fetch, code cache).
 * Must run before the app's `ready` event; Electron ignores it afterwards.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the renderer build on `app://kyoso/`, and the print documents in `printDocuments` under
 * `app://kyoso/__print/`. Call after `ready`.
 */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rootDir: string,
  printDocuments?: PrintDocumentStore,
): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, undefined, undefined, printDocuments));
}
