/**
 * Packs the desktop app for real (`electron-builder --dir --linux`) against a stand-in Electron,
 * in a temporary copy of the project, and inspects the result: the asar holds the renderer and
 * main bundles and nothing else (no server code, no node_modules, no sources), and the fuses
 * were flipped in the binary. Hermetic: it never touches the shared dist/ or dist-electron/.
 */
import { listPackage, extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUSE_DISABLE, FUSE_ENABLE, writeStandInElectron } from './standInElectron';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const node = process.execPath;
const bin = (p: string) => path.join(root, 'node_modules', p);

/**
 * Builds the renderer into `outDir`. If that fails but a dist/ from an earlier build exists (a
 * working tree where someone is mid-edit), pack that instead and say so: this test is about
 * packaging, and the renderer's own checks report its build. On a clean clone there is no dist/,
 * so a broken renderer still fails here.
 */
async function buildRenderer(outDir: string): Promise<void> {
  const vite = [bin('vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts'];
  try {
    await run(node, [...vite, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root });
  } catch (error) {
    const existing = path.join(root, 'dist');
    if (!existsSync(path.join(existing, 'index.html'))) throw error;
    console.warn(
      `pack test: renderer build failed, packing the existing dist/ instead:\n${String(error).slice(0, 500)}`,
    );
    await cp(existing, outDir, { recursive: true });
  }
}

let temp = '';
let unpacked = '';
let entries: string[] = [];
const asarPath = () => path.join(unpacked, 'resources', 'app.asar');

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'kyoso-pack-'));
  const app = path.join(temp, 'app');
  await mkdir(app);

  // Build both halves straight into the temporary project.
  await buildRenderer(path.join(app, 'dist'));
  await run(node, ['electron/build.mjs', '--outdir', path.join(app, 'dist-electron')], { cwd: root });
  for (const file of ['package.json', 'electron-builder.yml', 'build']) {
    await cp(path.join(root, file), path.join(app, file), { recursive: true });
  }
  // Decoys the file filter must leave out: server code, a native module, sources, a source map.
  await mkdir(path.join(app, 'server/src'), { recursive: true });
  await writeFile(path.join(app, 'server/src/main.ts'), 'export const server = true;\n');
  await mkdir(path.join(app, 'dist-server'), { recursive: true });
  await writeFile(path.join(app, 'dist-server/main.js'), 'export const server = true;\n');
  // The server's runtime packages are the package.json `dependencies`: installed, yet never packed.
  const { dependencies = {} } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const name of Object.keys(dependencies)) {
    await mkdir(path.join(app, 'node_modules', name), { recursive: true });
    await writeFile(
      path.join(app, 'node_modules', name, 'package.json'),
      JSON.stringify({ name, version: dependencies[name]?.replace(/^[^\d]*/, ''), main: 'index.js' }),
    );
    await writeFile(path.join(app, 'node_modules', name, 'index.js'), 'module.exports = {};\n');
  }
  await mkdir(path.join(app, 'common/sync'), { recursive: true });
  await writeFile(path.join(app, 'common/sync/hlc.ts'), 'export {};\n');
  await writeFile(path.join(app, 'dist-electron/main.cjs.map'), '{}');

  const electronDist = path.join(temp, 'electron');
  await writeStandInElectron(electronDist);
  await run(
    node,
    [
      bin('electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--projectDir',
      app,
      `-c.electronDist=${electronDist}`,
      '-c.electronVersion=45.5.0',
      `-c.directories.output=${path.join(temp, 'release')}`,
    ],
    { cwd: app, env: { ...process.env, CI: '1' }, maxBuffer: 16 * 1024 * 1024 },
  );
  unpacked = path.join(temp, 'release', 'linux-unpacked');
  entries = listPackage(asarPath(), { isPack: false }).map((e) => e.split(path.sep).join('/'));
}, 180_000);

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('packed desktop app (linux --dir, stand-in Electron)', () => {
  it('contains the renderer, main and preload bundles and package.json', () => {
    for (const entry of [
      '/dist/index.html',
      '/dist-electron/main.cjs',
      '/dist-electron/preload.cjs',
      '/package.json',
    ]) {
      expect(entries).toContain(entry);
    }
    expect(entries.some((e) => /^\/dist\/assets\/.+\.js$/.test(e))).toBe(true);
  });

  it('contains no server code, no node_modules, no native modules, no sources or maps', () => {
    const offenders = entries.filter(
      (e) =>
        /^\/(server|common|renderer|electron|node_modules|tests|scripts|dist-server)(\/|$)/.test(e) ||
        /better-sqlite3|fastify|node_modules|\.node$|\.ts$|\.map$/.test(e),
    );
    expect(offenders).toEqual([]);
  });

  it('starts main from the asar, and the preload needs nothing but electron (sandbox rule)', () => {
    const pkg = JSON.parse(extractFile(asarPath(), 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(`/${pkg.main}`);
    const preload = extractFile(asarPath(), 'dist-electron/preload.cjs').toString('utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('names the executable in ASCII and keeps only the app’s UI languages', async () => {
    const files = await readdir(unpacked);
    expect(files).toContain('kyoso-desk');
    expect((await readdir(path.join(unpacked, 'locales'))).sort()).toEqual(['en-US.pak', 'ja.pak']);
  });

  it('flipped the security fuses in the binary', async () => {
    const wire = await getCurrentFuseWire(path.join(unpacked, 'kyoso-desk'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE_ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE_DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FUSE_DISABLE);
  });
});
