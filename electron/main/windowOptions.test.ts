import { describe, expect, it } from 'vitest';
import { mainWindowOptions, presenterWindowOptions, secureWebPreferences } from './windowOptions';

describe('window options', () => {
  it.each([
    ['main', mainWindowOptions('/app/preload.cjs')],
    ['presenter', presenterWindowOptions('/app/preload.cjs')],
  ])('%s window is isolated, sandboxed and without Node', (_name, options) => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has the product title and a usable size', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.title).toBe('共創デスク');
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minWidth).toBeLessThan(options.width ?? 0);
  });

  it('omits the preload when none is given (e.g. the print window)', () => {
    expect(secureWebPreferences(null)).not.toHaveProperty('preload');
  });
});
