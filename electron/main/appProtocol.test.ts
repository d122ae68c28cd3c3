import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  buildCsp,
  createAppRequestHandler,
  handleAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
  type StaticFs,
} from './appProtocol';
import { createPrintDocumentStore, PRINT_CSP } from './printDocuments';

const ROOT = path.resolve('/srv/app/dist');

/** An in-memory dist folder; paths are the resolved absolute paths. */
function memoryFs(files: Record<string, string>): StaticFs {
  const table = new Map(Object.entries(files).map(([rel, body]) => [path.join(ROOT, rel), body]));
  return {
    isFile: async (p) => table.has(p),
    readFile: async (p) => {
      const body = table.get(p);
      if (body === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(body);
    },
  };
}

const handler = createAppRequestHandler(
  ROOT,
  memoryFs({
    'index.html': '<!doctype html><title>x</title>',
    'assets/app-1.js': 'console.log(1)',
    'assets/app-1.css': 'body{}',
    'assets/font.woff2': 'wOF2',
    'assets/日本語.svg': '<svg/>',
    'dict/base.dat.gz': 'gz',
  }),
);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

/** Directives of a CSP string as a map. */
function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('buildCsp', () => {
  it('is strict: self-only scripts, no objects, no framing, no base or form targets', () => {
    const csp = directives(buildCsp());
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('font-src')).toBe("'self' data:");
    expect(csp.get('worker-src')).toBe("'self' blob:");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
  });

  it('never allows eval, inline scripts or remote script origins', () => {
    const csp = buildCsp({ allowInlineStyles: true });
    const script = directives(csp).get('script-src') ?? '';
    expect(script).not.toMatch(/unsafe|http|\*/);
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lets connect-src reach the user-configured sync server (http/https/ws/wss) and nothing else loosens', () => {
    const csp = directives(buildCsp());
    expect(csp.get('connect-src')).toBe("'self' http: https: ws: wss:");
  });

  it('adds unsafe-inline to style-src only when asked', () => {
    expect(directives(buildCsp({ allowInlineStyles: true })).get('style-src')).toBe("'self' 'unsafe-inline'");
  });
});

describe('resolveAppPath', () => {
  it('maps app URLs into the root', () => {
    expect(resolveAppPath(ROOT, 'app://kyoso/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://kyoso/assets/a.js?x#y')).toBe(path.join(ROOT, 'assets/a.js'));
    expect(resolveAppPath(ROOT, 'app://kyoso/assets/%E6%97%A5.svg')).toBe(path.join(ROOT, 'assets/日.svg'));
  });

  it.each([
    'app://kyoso/..%2f..%2fetc/passwd',
    'app://kyoso/..%5c..%5cwindows/win.ini',
    'app://kyoso/a%00.html',
    'app://kyoso/C:/Windows/win.ini',
    'app://kyoso/%E0%A4%A',
    'app://other/index.html',
    'https://kyoso/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it.each([
    'app://kyoso/../../etc/passwd',
    'app://kyoso/%2e%2e/etc/passwd',
    'app://kyoso/a/%2E%2E/%2E%2E/etc/passwd',
  ])('keeps %s inside the root (the URL parser folds dot segments, encoded or not)', (url) => {
    expect(resolveAppPath(ROOT, url)).toBe(path.join(ROOT, 'etc/passwd'));
  });
});

describe('app:// request handler', () => {
  it('serves index.html with the CSP and nosniff', async () => {
    const res = await get('app://kyoso/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(buildCsp());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>x</title>');
  });

  it('serves assets with their MIME types and no CSP', async () => {
    const js = await get('app://kyoso/assets/app-1.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBeNull();
    expect((await get('app://kyoso/assets/app-1.css')).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get('app://kyoso/assets/font.woff2')).headers.get('content-type')).toBe('font/woff2');
    expect((await get('app://kyoso/assets/%E6%97%A5%E6%9C%AC%E8%AA%9E.svg')).status).toBe(200);
    const gz = await get('app://kyoso/dict/base.dat.gz');
    expect(gz.headers.get('content-type')).toBe('application/gzip');
    expect(gz.headers.get('content-encoding')).toBeNull();
  });

  it('answers 404 for traversal, foreign hosts and missing files', async () => {
    for (const url of [
      'app://kyoso/%2e%2e/%2e%2e/etc/passwd',
      'app://kyoso/..%2f..%2fetc%2fpasswd',
      'app://other/index.html',
      'app://kyoso/missing.js',
      'app://kyoso/assets',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://kyoso/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kyoso/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('reads from the real disk by default and 404s outside the root', async () => {
    const real = createAppRequestHandler(path.resolve(__dirname));
    expect((await real(new Request('app://kyoso/appProtocol.ts'))).status).toBe(200);
    expect((await real(new Request('app://kyoso/%2e%2e/build.mjs'))).status).toBe(404);
  });
});

describe('print route (app://kyoso/__print/<id>.html)', () => {
  function printSetup() {
    const documents = createPrintDocumentStore();
    const files = memoryFs({ 'index.html': '<!doctype html><title>app</title>' });
    const serve = createAppRequestHandler(ROOT, files, undefined, documents);
    const id = documents.put('<!DOCTYPE html><h1>印刷</h1>');
    const url = `app://kyoso/__print/${id}.html`;
    const fetchUrl = (u: string, method = 'GET') => serve(new Request(u, { method }));
    return { documents, serve, id, url, fetchUrl };
  }

  it('serves a stored document as HTML with the print CSP, nosniff and no-store', async () => {
    const { url, fetchUrl } = printSetup();
    const res = await fetchUrl(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(PRINT_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('<!DOCTYPE html><h1>印刷</h1>');
    expect(directives(PRINT_CSP).get('default-src')).toBe("'none'");
    expect(directives(PRINT_CSP).get('script-src')).toBeUndefined(); // falls back to 'none'
  });

  it('404s once the document is deleted, and for unknown ids', async () => {
    const { documents, id, url, fetchUrl } = printSetup();
    documents.delete(id);
    expect((await fetchUrl(url)).status).toBe(404);
    expect((await fetchUrl('app://kyoso/__print/00000000-0000-4000-8000-000000000000.html')).status).toBe(
      404,
    );
  });

  it('404s for every method but GET', async () => {
    const { url, fetchUrl } = printSetup();
    for (const method of ['HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await fetchUrl(url, method)).status, method).toBe(404);
    }
  });

  it('404s for path tricks and near-misses; nothing under /__print/ falls through to files', async () => {
    const { id, fetchUrl } = printSetup();
    for (const url of [
      `app://kyoso/__print/${id}`,
      `app://kyoso/__print/${id}.htm`,
      `app://kyoso/__print/${id.toUpperCase()}.html`,
      `app://kyoso/__print/${id}.html/`,
      `app://kyoso/__print/x/${id}.html`,
      `app://kyoso/__print/%2e%2e%2findex.html`,
      `app://kyoso/__print/..%2findex.html`,
      `app://kyoso/__print/..%5cindex.html`,
      `app://kyoso/__print/${id}.html%2f..%2f..%2findex.html`,
      `app://kyoso/__print/index.html`,
      `app://kyoso/__print/`,
      `app://other/__print/${id}.html`,
    ]) {
      expect((await fetchUrl(url)).status, url).toBe(404);
    }
  });

  it('never serves a print document through dot segments: /__print/../ is folded away by the URL parser', async () => {
    // Chromium (and the WHATWG parser) fold "/__print/../index.html" to "/index.html" before any
    // handler sees it, so it is the app's own index with the app CSP — never a print document.
    const { fetchUrl, id } = printSetup();
    for (const url of ['app://kyoso/__print/../index.html', 'app://kyoso/__print/%2e%2e/index.html']) {
      const res = await fetchUrl(url);
      expect(res.headers.get('content-security-policy'), url).toBe(buildCsp());
      expect(await res.text()).toContain('<title>app</title>');
    }
    const res = await fetchUrl(`app://kyoso/__print/../__print/${id}.html`);
    expect(res.status).toBe(200); // the same document under its own canonical URL
  });

  it('404s under /__print/ when no store is wired', async () => {
    const { url } = printSetup();
    expect((await get(url)).status).toBe(404);
  });
});

describe('registration', () => {
  it('registers app: as standard + secure before ready and handles it after', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    const privileges = registerSchemesAsPrivileged.mock.calls[0]?.[0][0].privileges;
    expect(privileges.bypassCSP).toBeFalsy();

    const handle = vi.fn();
    handleAppProtocol({ handle }, ROOT);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('passes the print store to the handler it registers', async () => {
    const documents = createPrintDocumentStore();
    const handle = vi.fn();
    handleAppProtocol({ handle }, ROOT, documents);
    const registered = handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const id = documents.put('<p>x</p>');
    const res = await registered(new Request(`app://kyoso/__print/${id}.html`));
    expect(await res.text()).toBe('<p>x</p>');
  });

  it('knows common MIME types', () => {
    expect(mimeTypeFor('a.mjs')).toMatch(/javascript/);
    expect(mimeTypeFor('a.WASM')).toBe('application/wasm');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
