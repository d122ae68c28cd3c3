// Bundles the Electron main process and preload into dist-electron/ as CommonJS.
// `--outdir <dir>` writes elsewhere (the packaging test builds into a temporary project).
// The preload must be a single file: a sandboxed preload can only require 'electron' and a few
// built-ins, never a sibling module. 'electron' stays external; Electron provides it at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist-electron'));

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    target: 'node22', // Electron 45 ships Node 22
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    target: 'chrome140', // Electron 45 ships Chromium 140
  }),
]);

console.log(`electron: bundled main.cjs and preload.cjs into ${path.relative(root, outdir)}/`);
