/**
 * `npm run security:scan`: Electronegativity over the Electron main and preload code and the
 * renderer's HTML, in one scan (its global checks — navigation limits, permission handlers — look
 * across all files, so scanning the HTML alone would report handlers as missing). Exits 1 on any
 * HIGH or MEDIUM finding, on an `eng-disable` comment without a reason, or on a file the scanner
 * could not parse (a file it cannot read is a file it did not check); the policy is securityScan.ts.
 *
 * Offline on purpose: the check that downloads Electron's release list from GitHub is skipped
 * (dependency freshness is `npm audit`'s job), the Electron version comes from node_modules, and
 * the scanner's HTTP client is replaced by one that refuses, so its translation download (a GET to
 * GitHub on every run) never leaves the machine.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanOptions, ScanResult } from '@doyensec/electronegativity';
import {
  blockingFindings,
  unreviewedDisables,
  type Finding,
  type Severity,
  type SourceFile,
} from './securityScan';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What is scanned, relative to the repository root (kept as the same paths in the scan folder). */
const SCANNED = ['electron', 'renderer/index.html'];
const OFFLINE_EXCLUDES = ['availablesecurityfixesglobalcheck'];

/** The scanner (CommonJS), loaded after its HTTP client `got` is swapped for one that refuses. */
function loadScanner(): (options: ScanOptions) => Promise<ScanResult> {
  const requireHere = createRequire(import.meta.url);
  const scannerPath = requireHere.resolve('@doyensec/electronegativity');
  const requireScanner = createRequire(scannerPath);
  const gotPath = requireScanner.resolve('got');
  const refuse = () => Promise.reject(new Error('security:scan runs offline'));
  const offlineGot = Object.assign(refuse, { head: refuse, default: refuse, __esModule: true });
  requireScanner.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: offlineGot,
  } as unknown as NodeJS.Module;
  // dist/runner.js ends with `module.exports = exports.default`: the module is the function.
  return requireScanner(scannerPath) as (options: ScanOptions) => Promise<ScanResult>;
}

async function electronVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

async function sourceFiles(dir: string, base = dir): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full, base)));
    else if (/\.(ts|js|mjs|cjs|html)$/.test(entry.name))
      files.push({ path: path.relative(base, full), text: await readFile(full, 'utf8') });
  }
  return files;
}

function findingsOf(result: ScanResult): Finding[] {
  return result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file,
    line: issue.location.line,
    severity: issue.severity.name as Severity,
    confidence: issue.confidence.name,
    description: issue.description,
  }));
}

async function main(): Promise<number> {
  const scanDir = await mkdtemp(path.join(tmpdir(), 'kyoso-eng-'));
  try {
    for (const item of SCANNED)
      await cp(path.join(root, item), path.join(scanDir, item), { recursive: true });
    const result = await loadScanner()({
      input: scanDir,
      electronVersionOverride: await electronVersion(),
      excludeFromScan: OFFLINE_EXCLUDES,
      isRelative: true,
    });
    const findings = findingsOf(result);
    const problems = [
      ...blockingFindings(findings),
      ...unreviewedDisables(await sourceFiles(scanDir)),
      ...result.errors
        .filter((e) => !e.tolerable)
        .map((e) => ({ where: path.relative(scanDir, e.file), what: `not parsed: ${e.message}` })),
    ];
    const low = findings.length - blockingFindings(findings).length;
    for (const p of problems) console.error(`security:scan ✗ ${p.where}  ${p.what}`);
    console.log(
      `security:scan: ${SCANNED.join(', ')} — ${problems.length} problem(s), ${low} low/informational finding(s) not blocking`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    await rm(scanDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('security:scan failed to run:', error);
    process.exit(1);
  },
);
