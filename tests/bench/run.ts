/**
 * `npm run bench`: runs every `*.bench.ts` beside this file (or those named on the command
 * line, e.g. `sync`), each in its own process so one bench's memory and JIT state do not skew
 * another. A bench exits 1 only when a target meant for the environment it ran in is missed
 * (see `report.ts`); the run exits 1 if any bench did.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
// Names match exactly: `sync` is the Node bench only, not also `syncBrowser`.
const unknown = only.filter((name) => !all.includes(name));
if (unknown.length) {
  process.stderr.write(`unknown bench ${unknown.join(', ')}; benches: ${all.join(', ')}\n`);
  process.exit(2);
}
const files = all
  .filter((name) => only.length === 0 || only.includes(name))
  .map((name) => `${name}.bench.ts`);

let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    process.stderr.write(`bench ${file} failed with exit code ${result.status}\n`);
  }
}
process.exit(failed ? 1 : 0);
