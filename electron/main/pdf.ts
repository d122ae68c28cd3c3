import type {
  BaseWindow,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import type { SavePdfRequest, SaveResult } from '../../common/ipc/contract';
import { sanitizeFileName } from './fileName';
import { APP_ORIGIN } from './origin';

/** The parts of a BrowserWindow the PDF flow uses. */
export type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'printToPDF'>;
};

/** The Electron and file-system surface `savePdf` needs. */
export interface PdfDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  fs: { writeFile(filePath: string, data: Uint8Array): Promise<void> };
  /** Window the save dialog belongs to. */
  parent?: () => BaseWindow | null | undefined;
  /** Folder the dialog opens in (e.g. the user's Documents). */
  defaultDir?: () => string;
}

/**
 * Page number footer, rendered by Chromium's print system outside the document (so the
 * document's own CSS and CSP do not apply). "n / N" at the bottom centre.
 */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8pt;color:#555;text-align:center;font-family:sans-serif;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** An empty header: Chromium's default would print the date and the data: URL. */
export const HEADER_TEMPLATE = '<div></div>';

/**
 * A CSP for the print document: local app assets (fonts, images) and inline styles only;
 * nothing remote, so printing never contacts the network. JavaScript is disabled as well.
 */
export const PRINT_CSP = `default-src 'none'; style-src ${APP_ORIGIN} 'unsafe-inline'; img-src ${APP_ORIGIN} data: blob:; font-src ${APP_ORIGIN} data:`;

/** Puts the print CSP `<meta>` at the start of the head (after a doctype, so no quirks mode). */
export function withPrintCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + meta + html.slice(doctype[0].length);
  return `<!DOCTYPE html>${meta}${html}`;
}

/**
 * Options for the invisible window that renders the print document. A plain hidden window rather
 * than `offscreen` rendering, which Chromium's print path does not need and handles less reliably.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794, // A4 at 96 dpi, so layout matches the page before printing
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

/** The file name offered in the save dialog: sanitised title plus one `.pdf`. */
export function defaultPdfName(suggestedName: string): string {
  const base = sanitizeFileName(suggestedName.replace(/\.pdf$/i, ''), { maxBytes: 200 });
  return `${base}.pdf`;
}

/**
 * Renders `request.html` to an A4 PDF and saves it where the user chooses.
 * The dialog comes first so a cancel costs nothing; the hidden window is always destroyed.
 * Relative URLs in the document resolve against `app://kyoso/`, so bundled fonts can be used.
 * With JavaScript off the document cannot wait for `document.fonts.ready`; fonts requested while
 * the page is parsed delay its load event (which `loadURL` awaits), and listing `local()` sources
 * first (BIZ UDPGothic ships with Windows 10+) makes late fonts unlikely.
 */
export async function savePdf(deps: PdfDeps, request: SavePdfRequest): Promise<SaveResult> {
  const fileName = defaultPdfName(request.suggestedName);
  const dialogOptions: SaveDialogOptions = {
    title: 'PDF を保存 / Save PDF',
    defaultPath: deps.defaultDir ? path.join(deps.defaultDir(), fileName) : fileName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = deps.parent?.() ?? null;
  const choice = parent
    ? await deps.dialog.showSaveDialog(parent, dialogOptions)
    : await deps.dialog.showSaveDialog(dialogOptions);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const filePath = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;

  const pdf = await renderPdf(deps, request.html);
  await deps.fs.writeFile(filePath, pdf);
  return { saved: true, path: filePath };
}

/** Renders HTML to PDF bytes in a hidden, script-less window. */
export async function renderPdf(deps: Pick<PdfDeps, 'BrowserWindow'>, html: string): Promise<Uint8Array> {
  const win = new deps.BrowserWindow(printWindowOptions());
  try {
    const encoded = Buffer.from(withPrintCsp(html), 'utf8').toString('base64');
    await win.loadURL(`data:text/html;charset=utf-8;base64,${encoded}`, {
      baseURLForDataURL: `${APP_ORIGIN}/`,
    });
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: FOOTER_TEMPLATE,
      // Leave room for the footer; the document controls its own inner spacing.
      margins: { top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 }, // inches
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
