import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
let config: Configuration;

/** Target names of a platform section, whatever shape (string, list, objects) they were given in. */
function targetNames(section: { target?: unknown } | null | undefined): string[] {
  const raw = section?.target;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

beforeAll(async () => {
  // Exactly what electron-builder does: read electron-builder.yml from the project, then validate.
  config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', () => {
    expect(config.appId).toBe('jp.kyoso.desk');
  });

  it('is checked by a live validator (an unknown key is rejected)', async () => {
    const bogus = { ...config, notAnOption: true } as Configuration;
    await expect(validateConfiguration(bogus, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });

  it('names the product in Japanese and its files in ASCII', () => {
    expect(config.productName).toBe('共創デスク');
    expect(config.executableName).toBe('kyoso-desk');
    expect(config.artifactName).toMatch(/^kyoso-desk-\$\{version\}/);
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/);
  });

  it('packs only the bundles and package.json into an asar, with no native rebuild', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    // getConfig normalises the list into one file set.
    expect(config.files).toEqual([
      { filter: ['dist/**/*', 'dist-electron/**/*', 'package.json', '!**/*.map', '!node_modules/**/*'] },
    ]);
    expect(config.directories).toMatchObject({ buildResources: 'build', output: 'release' });
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user NSIS installer for Windows that keeps user data on uninstall', () => {
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a dmg for macOS and AppImage + deb for Linux', () => {
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/); // deb wants "Name <email>"
  });

  it('lists only the sync server’s packages as dependencies (node_modules is never packed)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
      dependencies?: Record<string, string>;
    };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    // What `npm ci --omit=dev` installs for the built server (server/build.mjs leaves these external);
    // the desktop bundles are self-contained and electron-builder.yml excludes node_modules.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['better-sqlite3', 'fastify', 'pg']);
  });
});

describe('icons in build/', () => {
  const read = (name: string) => readFileSync(path.join(root, 'build', name));

  it('has a 512×512 RGBA PNG', () => {
    const png = read('icon.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512); // IHDR width
    expect(png.readUInt32BE(20)).toBe(512); // IHDR height
    expect(png[25]).toBe(6); // colour type RGBA
  });

  it('has a Windows .ico with a 256 px entry', () => {
    const ico = read('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });

  it('has a macOS .icns whose length header matches the file', () => {
    const icns = read('icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
