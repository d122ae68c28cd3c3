import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_LIMITS } from './ipcValidation';
import { defaultPdfName, savePdf, withPrintCsp, type PdfDeps } from './pdf';

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

function setup(choice: { canceled: boolean; filePath?: string }, options: { failPrint?: boolean } = {}) {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    destroyed = false;
    loadURL = vi.fn(async (_url: string, _options?: unknown) => undefined);
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    isDestroyed = () => this.destroyed;
    webContents = {
      printToPDF: vi.fn(async (_options: PrintToPDFOptions) => {
        if (options.failPrint) throw new Error('print failed');
        return Buffer.from(PDF_BYTES);
      }),
    };
    constructor(public options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
  }
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => choice);
  const writeFile = vi.fn(async (_path: string, _data: Uint8Array) => undefined);
  const deps = {
    BrowserWindow: FakeWindow,
    dialog: { showSaveDialog },
    fs: { writeFile },
    defaultDir: () => '/home/u/Documents',
  } as unknown as PdfDeps;
  return { deps, windows, showSaveDialog, writeFile };
}

const request = {
  html: '<!DOCTYPE html><html lang="ja"><body><h1>議事録</h1></body></html>',
  suggestedName: '第3回/議事録',
};

describe('savePdf', () => {
  it('renders A4 in a hidden sandboxed window without JS or preload, and writes what the dialog chose', async () => {
    const { deps, windows, showSaveDialog, writeFile } = setup({
      canceled: false,
      filePath: '/home/u/Documents/x.pdf',
    });
    await expect(savePdf(deps, request)).resolves.toEqual({ saved: true, path: '/home/u/Documents/x.pdf' });

    const dialogOptions = showSaveDialog.mock.calls[0]?.[0] as SaveDialogOptions;
    expect(dialogOptions.defaultPath).toBe('/home/u/Documents/第3回_議事録.pdf');
    expect(dialogOptions.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);

    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('preload');

    const [url, loadOptions] = win.loadURL.mock.calls[0]!;
    expect(url).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    const html = Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(html).toContain('<h1>議事録</h1>');
    expect(html).toMatch(
      /^<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
    );
    expect(loadOptions).toEqual({ baseURLForDataURL: 'app://kyoso/' });

    const printOptions = win.webContents.printToPDF.mock.calls[0]![0];
    expect(printOptions).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(printOptions.footerTemplate).toContain('pageNumber');
    expect(printOptions.footerTemplate).toContain('totalPages');

    expect(writeFile).toHaveBeenCalledWith('/home/u/Documents/x.pdf', expect.any(Uint8Array));
    expect([...(writeFile.mock.calls[0]![1] as Uint8Array)]).toEqual([...PDF_BYTES]);
    expect(win.destroy).toHaveBeenCalled();
  });

  it('cancels cleanly: no window, no print, no file', async () => {
    const { deps, windows, writeFile } = setup({ canceled: true });
    await expect(savePdf(deps, request)).resolves.toEqual({ saved: false });
    expect(windows).toHaveLength(0);
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('treats an empty path as a cancel', async () => {
    const { deps, writeFile } = setup({ canceled: false, filePath: '' });
    await expect(savePdf(deps, request)).resolves.toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('adds .pdf when the user removed it', async () => {
    const { deps, writeFile } = setup({ canceled: false, filePath: '/tmp/report' });
    await expect(savePdf(deps, request)).resolves.toEqual({ saved: true, path: '/tmp/report.pdf' });
    expect(writeFile.mock.calls[0]?.[0]).toBe('/tmp/report.pdf');
  });

  it('destroys the hidden window and writes nothing when printing fails', async () => {
    const { deps, windows, writeFile } = setup(
      { canceled: false, filePath: '/tmp/a.pdf' },
      { failPrint: true },
    );
    await expect(savePdf(deps, request)).rejects.toThrow('print failed');
    expect(windows[0]?.destroy).toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('attaches the dialog to the parent window', async () => {
    const { deps, showSaveDialog } = setup({ canceled: true });
    const parent = { id: 7 };
    await savePdf({ ...deps, parent: () => parent as never }, request);
    expect(showSaveDialog.mock.calls[0]?.[0]).toBe(parent);
  });
});

describe('PDF size limit', () => {
  it('keeps the largest HTML IPC accepts within Chromium’s 2 MiB URL cap', async () => {
    const { deps, windows } = setup({ canceled: false, filePath: '/tmp/a.pdf' });
    await savePdf(deps, { html: 'あ'.repeat(IPC_LIMITS.pdfHtmlBytes / 3), suggestedName: 'a' });
    expect(windows[0]?.loadURL.mock.calls[0]?.[0].length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

describe('PDF helpers', () => {
  it('offers a sanitised name with exactly one .pdf', () => {
    expect(defaultPdfName('議事録.pdf')).toBe('議事録.pdf');
    expect(defaultPdfName('aux.PDF')).toBe('_aux.pdf');
    expect(defaultPdfName('../../etc/passwd')).toBe('etc_passwd.pdf');
    expect(defaultPdfName('')).toBe('document.pdf');
  });

  it('puts the print CSP first without breaking the doctype', () => {
    expect(withPrintCsp('<!doctype html><p>x')).toMatch(
      /^<!doctype html><meta http-equiv="Content-Security-Policy"/,
    );
    expect(withPrintCsp('<p>x')).toMatch(/^<!DOCTYPE html><meta /);
    expect(withPrintCsp('<p>x')).not.toMatch(/https?:/);
  });
});
