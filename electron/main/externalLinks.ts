import type { BaseWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { parseUrl } from './origin';

/** The Electron surface the external-link flow needs. */
export interface ExternalLinkDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  /** The window the confirmation is attached to, if any. */
  parent?: () => BaseWindow | null | undefined;
}

/** Longest URL we show and open; longer ones are almost certainly not a link a person clicked. */
export const MAX_EXTERNAL_URL_LENGTH = 4096;

/**
 * Returns the normalised https URL, or null for anything else: other schemes (http:, file:,
 * javascript:, app:, custom protocol handlers), embedded credentials, or oversize input.
 */
export function normaliseExternalUrl(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const parsed = parseUrl(url.trim());
  if (parsed === null || parsed.protocol !== 'https:' || parsed.hostname === '') return null;
  // "https://bank.example@evil.example" hides its real host; refuse rather than explain it.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** Confirmation text in Japanese (the default UI language) with an English line for the English UI. */
function confirmationOptions(href: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['開く / Open', 'キャンセル / Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: '外部リンク / External link',
    message: 'このリンクをブラウザーで開きますか？\nOpen this link in your web browser?',
    detail: href,
  };
}

/**
 * Opens an https link in the system browser after the user confirms it.
 * Resolves true only if the link was opened; false when refused by policy or by the user.
 */
export async function openExternalWithConfirmation(deps: ExternalLinkDeps, url: string): Promise<boolean> {
  const href = normaliseExternalUrl(url);
  if (href === null) return false;
  const parent = deps.parent?.() ?? null;
  const options = confirmationOptions(href);
  const { response } = parent
    ? await deps.dialog.showMessageBox(parent, options)
    : await deps.dialog.showMessageBox(options);
  if (response !== 0) return false;
  await deps.shell.openExternal(href); // eng-disable OPEN_EXTERNAL_JS_CHECK -- https only, no credentials, confirmed by the user above
  return true;
}
