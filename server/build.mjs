// Builds the sync server to plain JavaScript: dist-server/main.js, run with `node dist-server/main.js`.
// `--outdir <dir>` writes elsewhere. The server's own code, `common/` and small pure packages are
// bundled; the package.json `dependencies` (the server's runtime packages: fastify and the SQLite
// and PostgreSQL drivers) stay external and load from node_modules, so `npm ci --omit=dev`
// installs everything the built server needs.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist-server'));
const { dependencies = {} } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [path.join(root, 'server/src/main.ts')],
  outfile: path.join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: Object.keys(dependencies),
  // Stack traces point into server/src with `node --enable-source-maps`.
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});
