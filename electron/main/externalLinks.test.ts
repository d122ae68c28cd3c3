import type { BaseWindow, MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { normaliseExternalUrl, openExternalWithConfirmation, type ExternalLinkDeps } from './externalLinks';

function fakes(response: number) {
  const showMessageBox = vi.fn(async (..._args: unknown[]) => ({ response, checkboxChecked: false }));
  const openExternal = vi.fn(async () => undefined);
  const deps = { dialog: { showMessageBox }, shell: { openExternal } } as unknown as ExternalLinkDeps;
  return { deps, showMessageBox, openExternal };
}

describe('openExternalWithConfirmation', () => {
  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://kyoso/index.html',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'https://user:pass@example.com/',
    'https://bank.example@evil.example/',
    'not a url',
    `https://example.com/${'a'.repeat(5000)}`,
  ])('refuses %s without asking or opening', async (url) => {
    const { deps, showMessageBox, openExternal } = fakes(0);
    await expect(openExternalWithConfirmation(deps, url)).resolves.toBe(false);
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('asks before opening an https link, then opens the normalised URL', async () => {
    const { deps, showMessageBox, openExternal } = fakes(0);
    await expect(openExternalWithConfirmation(deps, ' https://Example.COM/path?q=1 ')).resolves.toBe(true);
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    const options = showMessageBox.mock.calls[0]?.[0] as MessageBoxOptions;
    expect(options.detail).toBe('https://example.com/path?q=1');
    expect(options.cancelId).toBe(1);
    expect(options.defaultId).toBe(1); // Enter does not open by accident
    expect(openExternal).toHaveBeenCalledWith('https://example.com/path?q=1');
    expect(showMessageBox.mock.invocationCallOrder[0]).toBeLessThan(
      openExternal.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('does not open when the user cancels', async () => {
    const { deps, openExternal } = fakes(1);
    await expect(openExternalWithConfirmation(deps, 'https://example.com/')).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('attaches the dialog to the parent window when there is one', async () => {
    const { deps, showMessageBox } = fakes(1);
    const parent = { id: 1 } as unknown as BaseWindow;
    await openExternalWithConfirmation({ ...deps, parent: () => parent }, 'https://example.com/');
    expect(showMessageBox.mock.calls[0]?.[0]).toBe(parent);
  });

  it('normalises only https URLs with a host', () => {
    expect(normaliseExternalUrl('https://例え.jp/')).toBe('https://xn--r8jz45g.jp/');
    expect(normaliseExternalUrl('HTTPS://example.com')).toBe('https://example.com/');
    expect(normaliseExternalUrl('https:///nohost')).toBe('https://nohost/');
    expect(normaliseExternalUrl('http://example.com')).toBeNull();
  });
});
