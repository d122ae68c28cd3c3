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

  it('knows common MIME types', () => {
    expect(mimeTypeFor('a.mjs')).toMatch(/javascript/);
    expect(mimeTypeFor('a.WASM')).toBe('application/wasm');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
