import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The marker @electron/fuses searches for in an Electron binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse states as bytes (ASCII '0' / '1'), as Electron stores them. */
export const FUSE_DISABLE = 0x30;
export const FUSE_ENABLE = 0x31;

/** Electron's shipped defaults for the eight V1 fuses, in wire order. */
const DEFAULT_WIRE = [
  FUSE_ENABLE, // RunAsNode
  FUSE_DISABLE, // EnableCookieEncryption
  FUSE_ENABLE, // EnableNodeOptionsEnvironmentVariable
  FUSE_ENABLE, // EnableNodeCliInspectArguments
  FUSE_DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FUSE_DISABLE, // OnlyLoadAppFromAsar
  FUSE_DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FUSE_ENABLE, // GrantFileProtocolExtraPrivileges
];

/**
 * Writes a stand-in for an unpacked Linux Electron into `dir` (the real one cannot be downloaded
 * here): an `electron` script carrying a genuine-looking fuse wire (so electron-builder's fuse step
 * runs and can be checked), a `version` file, `resources/`, a few `locales/` and the licence files.
 */
export async function writeStandInElectron(dir: string, version = '45.5.0'): Promise<void> {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  const wire = Buffer.from([0x01, DEFAULT_WIRE.length, ...DEFAULT_WIRE]); // fuse version 1, length
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: cannot run"\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL),
    wire,
    Buffer.from('\n'),
  ]);
  await writeFile(path.join(dir, 'electron'), script);
  await chmod(path.join(dir, 'electron'), 0o755);
  await writeFile(path.join(dir, 'version'), `v${version}`);
  await writeFile(path.join(dir, 'LICENSE'), 'stand-in');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>');
  for (const locale of ['ja', 'en-US', 'de', 'zh-CN']) {
    await writeFile(path.join(dir, 'locales', `${locale}.pak`), '');
  }
}
