import type {
  BaseWindow,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  PrintToPDFOptions,
  SaveDialogOptions,
} from 'electron';
import path from 'node:path';
import type { SavePdfRequest, SaveResult } from '../../common/ipc/contract';
import { sanitizeFileName } from '../../common/export/fileName';
import { APP_ORIGIN } from './origin';
import { PRINT_CSP, printDocumentUrl, type PrintDocumentStore } from './printDocuments';

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
  /** Where the print window loads the document from; the same store the `app://` handler serves. */
  documents: PrintDocumentStore;
}

/**
 * Starts the head with the print CSP `<meta>` and `<base href="app://kyoso/">` (after a doctype, so
 * no quirks mode). The print route already sends the CSP as a header; the meta keeps the document
 * locked down should it ever be loaded another way. The base keeps relative URLs resolving against
 * the app root, as they did when the document was a data: URL with `baseURLForDataURL`.
 */
export function withPrintHead(html: string): string {
  const head = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}"><base href="${APP_ORIGIN}/">`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + head + html.slice(doctype[0].length);
  return `<!DOCTYPE html>${head}${html}`;
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
 * Options for printToPDF: the document prints its own running header and "n / N" page numbers
 * (CSS page-margin boxes) and sets its own A4 size and margins in `@page`, so Chromium adds no
 * header or footer and no margins of its own (else every page would be numbered twice).
 * The Electron twin of PRINT_PDF_OPTIONS in tests/fixtures/export/pdfOptions.ts (Playwright).
 */
export const PRINT_TO_PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: false,
  preferCSSPageSize: true,
} as const satisfies PrintToPDFOptions;

/**
 * Renders `request.html` to an A4 PDF and saves it where the user chooses.
 * The dialog comes first so a cancel costs nothing; the hidden window is always destroyed.
 * The document is loaded from `app://kyoso/__print/<id>.html`, so the bundled fonts it links load
 * same-origin. With JavaScript off it cannot wait for `document.fonts.ready`; fonts requested while
 * the page is parsed (inlined, or `<link rel=preload>`ed in the head) delay its load event, which
 * `loadURL` awaits.
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

/**
 * Renders HTML to PDF bytes in a hidden, script-less window that loads it from the print route.
 * The window and the stored document are always cleaned up, whatever fails.
 */
export async function renderPdf(
  deps: Pick<PdfDeps, 'BrowserWindow' | 'documents'>,
  html: string,
): Promise<Uint8Array> {
  const id = deps.documents.put(withPrintHead(html));
  try {
    const win = new deps.BrowserWindow(printWindowOptions());
    try {
      await win.loadURL(printDocumentUrl(id));
      return await win.webContents.printToPDF({ ...PRINT_TO_PDF_OPTIONS });
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  } finally {
    deps.documents.delete(id);
  }
}
