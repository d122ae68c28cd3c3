/**
 * Web mode: the same contract on plain browser APIs. Secrets live in IndexedDB here (the
 * settings page says so), because a browser has no OS keychain.
 */
import type { Platform } from './platform';
import { PRESENTER_ROUTE_PREFIX } from '../../../common/ipc/contract';
import { downloadFileName } from '../../../common/export/fileName';
import { webSyncToken } from './webSyncToken';
import { flushWhenHidden, warnBeforeUnload } from './pageLifecycle';
import { PRINT_STYLE_ATTRIBUTE, splitInlineStyles } from './printStyles';

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Prints `html` from a hidden frame once its fonts are in (printing earlier would fall back). */
async function printInFrame(html: string, title: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
  const { html: body, css } = splitInlineStyles(html);
  frame.srcdoc = body;
  document.body.appendChild(frame);
  try {
    await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    const doc = frame.contentDocument!;
    // A sheet is adopted only by a document of the realm that constructed it: the frame's own.
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    doc.adoptedStyleSheets = css.map((text) => {
      const sheet = new frameWindow.CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    for (const el of doc.querySelectorAll<HTMLElement>(`[${PRINT_STYLE_ATTRIBUTE}]`))
      el.style.cssText = el.getAttribute(PRINT_STYLE_ATTRIBUTE) ?? '';
    await doc.fonts.ready;
    doc.title = title;
    frame.contentWindow!.print();
  } finally {
    // print() returns once the dialog closes (or at once where printing is unavailable).
    setTimeout(() => frame.remove(), 1000);
  }
}

export interface BrowserSecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string | null): Promise<void>;
}

export function browserPlatform(secrets: BrowserSecretStore, version: string): Platform {
  const syncToken = webSyncToken(secrets);
  return {
    'app:info': async () => ({ version, shell: 'web', platform: navigator.platform || 'web' }),
    'shell:openExternal': async (url) => {
      if (!/^https:\/\//i.test(url)) return false;
      if (!window.confirm(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    'pdf:save': async ({ html, suggestedName }) => {
      // A browser cannot write a PDF by itself. It keeps the same print document as a file (fonts
      // inlined, so it opens offline and prints identically later) and opens the print dialog,
      // where "Save as PDF" gives the A4 PDF with the document's own page numbers.
      const fileName = downloadFileName(suggestedName.replace(/\.pdf$/i, ''), 'html');
      saveFile(new Blob([html], { type: 'text/html;charset=utf-8' }), fileName);
      void printInFrame(html, suggestedName);
      return { saved: true, path: fileName };
    },
    'clipboard:writeText': (text) => navigator.clipboard.writeText(text),
    'sync:tokenStatus': (serverUrl) => syncToken.status(serverUrl),
    'sync:setToken': (serverUrl, token) => syncToken.set(serverUrl, token),
    syncAuth: async (serverUrl) => {
      const token = await syncToken.tokenFor(serverUrl);
      return token === null ? null : { by: 'page', token };
    },
    'window:openPresenter': async (route) => {
      if (!route.startsWith(PRESENTER_ROUTE_PREFIX)) throw new Error(`Not a presenter route: ${route}`);
      window.open(`${location.pathname}${route}`, 'kyoso-presenter', 'popup');
    },
    // Web mode has no close handshake: a browser closes the tab without asking the page.
    'lifecycle:flushed': async () => undefined,
    guardUnsavedEdits: (edits) => {
      const stopFlushing = flushWhenHidden(edits);
      const stopWarning = warnBeforeUnload(edits);
      return () => {
        stopFlushing();
        stopWarning();
      };
    },
  };
}
