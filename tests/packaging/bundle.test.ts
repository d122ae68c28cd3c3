/**
 * Runs the real esbuild output (dist-electron/main.cjs and preload.cjs) under plain Node with a
 * recording stand-in for `electron`, to catch bundling mistakes the source-level tests cannot:
 * CJS/ESM interop, `__dirname`-relative paths, a preload that requires something besides electron.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLUSH_REQUEST_CHANNEL, IPC_CHANNELS, KYOSO_SUBSCRIPTIONS } from '../../common/ipc/contract';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const fakeElectron = path.join(__dirname, 'fakeElectron.mjs');

interface Entry {
  what: string;
  detail?: unknown;
}

let outdir = '';

/** Runs a bundle with the fake electron and returns what it did. */
async function runBundle(file: string): Promise<Entry[]> {
  const { stdout } = await run(process.execPath, [
    '--import',
    pathToFileURL(fakeElectron).href,
    path.join(outdir, file),
  ]);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as Entry[];
}

beforeAll(async () => {
  outdir = path.join(await mkdtemp(path.join(tmpdir(), 'kyoso-bundle-')), 'dist-electron');
  await run(process.execPath, ['electron/build.mjs', '--outdir', outdir], { cwd: root });
}, 60_000);

afterAll(async () => {
  if (outdir) await rm(path.dirname(outdir), { recursive: true, force: true });
});

describe('dist-electron/main.cjs', () => {
  it('boots: privileged scheme before ready, then protocol, permissions, IPC and the main window', async () => {
    const log = await runBundle('main.cjs');
    const order = log.map((e) => e.what);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('ready'));
    expect(log).toContainEqual({ what: 'protocol.handle', detail: 'app' });
    expect(order).toContain('setPermissionRequestHandler');
    expect(log).toContainEqual({
      what: 'webRequest.onBeforeSendHeaders',
      detail: { urls: ['http://*/*', 'https://*/*'] },
    });
    const channels = log.filter((e) => e.what === 'ipcMain.handle').map((e) => e.detail);
    expect(channels.sort()).toEqual([...IPC_CHANNELS].sort());
    expect(log).toContainEqual({ what: 'loadURL', detail: 'app://kyoso/index.html' });
  });

  it('points the window at the preload bundle that sits beside it', async () => {
    const log = await runBundle('main.cjs');
    const win = log.find((e) => e.what === 'new BrowserWindow')?.detail as {
      webPreferences: { preload: string; sandbox: boolean };
    };
    expect(win.webPreferences.preload).toBe(path.join(outdir, 'preload.cjs'));
    expect(existsSync(win.webPreferences.preload)).toBe(true);
    expect(win.webPreferences.sandbox).toBe(true);
  });
});

describe('dist-electron/preload.cjs', () => {
  it('exposes exactly the contract channels as window.kyoso, each calling ipcRenderer.invoke', async () => {
    const log = await runBundle('preload.cjs');
    const exposed = log.find((e) => e.what === 'exposeInMainWorld')?.detail as {
      name: string;
      keys: string[];
    };
    expect(exposed.name).toBe('kyoso');
    expect(exposed.keys.sort()).toEqual([...IPC_CHANNELS, ...KYOSO_SUBSCRIPTIONS].sort());
    const invoked = log.filter((e) => e.what === 'ipcRenderer.invoke').map((e) => e.detail);
    expect(invoked).toEqual([
      ...IPC_CHANNELS.map((channel) => ({ channel, args: ['arg'] })),
      // The flush request the fake main sent on subscribing is answered with its id.
      { channel: 'lifecycle:flushed', args: [7] },
    ]);
    expect(log).toContainEqual({ what: 'ipcRenderer.on', detail: FLUSH_REQUEST_CHANNEL });
  });

  it('requires nothing but electron (a sandboxed preload cannot load other modules)', async () => {
    const source = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
