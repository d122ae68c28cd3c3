import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler } from './appProtocol';
import { defaultPdfName, renderPdf, savePdf, withPrintHead, type PdfDeps } from './pdf';
import { createPrintDocumentStore, PRINT_CSP } from './printDocuments';

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

function setup(
  choice: { canceled: boolean; filePath?: string },
  options: { failPrint?: boolean; failLoad?: boolean } = {},
) {
  const windows: FakeWindow[] = [];
  const documents = createPrintDocumentStore();
  // What the window "loaded": the print route's answer at loadURL time, through the real handler.
  const protocolHandler = createAppRequestHandler('/nonexistent-dist', undefined, undefined, documents);
  const loaded: Response[] = [];
  class FakeWindow {
    destroyed = false;
    loadURL = vi.fn(async (url: string, _options?: unknown) => {
      loaded.push(await protocolHandler(new Request(url)));
      if (options.failLoad) throw new Error('ERR_FAILED');
    });
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
    documents,
  } as unknown as PdfDeps;
  return { deps, windows, showSaveDialog, writeFile, documents, loaded };
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
    expect(url).toMatch(/^app:\/\/kyoso\/__print\/[0-9a-f-]{36}\.html$/);
    expect(loadOptions).toBeUndefined();

    expect(win.webContents.printToPDF.mock.calls[0]![0]).toEqual({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
      // Tagged, with an outline from the headings: screen readers and bookmarks work.
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });

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

describe('renderPdf and the print route', () => {
  it('serves the document on app:// with the print CSP header while it renders, then forgets it', async () => {
    const { deps, windows, loaded, documents } = setup({ canceled: false, filePath: '/tmp/a.pdf' });
    await renderPdf(deps, request.html);
    const res = loaded[0]!;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(PRINT_CSP);
    const html = await res.text();
    expect(html).toContain('<h1>議事録</h1>');
    expect(html).toMatch(
      /^<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none';/,
    );

    const url = windows[0]!.loadURL.mock.calls[0]![0];
    const id = /__print\/(.+)\.html$/.exec(url)![1]!;
    expect(documents.get(id)).toBeUndefined();
    const handler = createAppRequestHandler('/nonexistent-dist', undefined, undefined, documents);
    expect((await handler(new Request(url))).status).toBe(404);
  });

  it('deletes the document and destroys the window when printToPDF throws', async () => {
    const { deps, windows, documents } = setup({ canceled: false }, { failPrint: true });
    const del = vi.spyOn(documents, 'delete');
    await expect(renderPdf(deps, request.html)).rejects.toThrow('print failed');
    const id = /__print\/(.+)\.html$/.exec(windows[0]!.loadURL.mock.calls[0]![0])![1]!;
    expect(del).toHaveBeenCalledWith(id);
    expect(documents.get(id)).toBeUndefined();
    expect(windows[0]!.destroy).toHaveBeenCalled();
  });

  it('deletes the document when loading fails or the window cannot be created', async () => {
    const { deps, documents } = setup({ canceled: false }, { failLoad: true });
    const put = vi.spyOn(documents, 'put');
    await expect(renderPdf(deps, request.html)).rejects.toThrow('ERR_FAILED');
    expect(documents.get(put.mock.results[0]!.value as string)).toBeUndefined();

    const broken = {
      ...deps,
      BrowserWindow: function NoWindow() {
        throw new Error('no window');
      },
    } as unknown as PdfDeps;
    await expect(renderPdf(broken, request.html)).rejects.toThrow('no window');
    expect(documents.get(put.mock.results[1]!.value as string)).toBeUndefined();
  });

  it('handles a document far beyond the old 2 MiB data: URL cap', async () => {
    const { deps, loaded } = setup({ canceled: false });
    const big = `<!DOCTYPE html><p>${'あ'.repeat(2_000_000)}</p>`; // ~6 MB of UTF-8
    await renderPdf(deps, big);
    expect((await loaded[0]!.text()).length).toBeGreaterThan(2_000_000);
  });
});

describe('PDF helpers', () => {
  it('offers a sanitised name with exactly one .pdf', () => {
    expect(defaultPdfName('議事録.pdf')).toBe('議事録.pdf');
    expect(defaultPdfName('aux.PDF')).toBe('_aux.pdf');
    expect(defaultPdfName('../../etc/passwd')).toBe('etc_passwd.pdf');
    expect(defaultPdfName('')).toBe('document.pdf');
  });

  it('puts the print CSP and the app base first without breaking the doctype', () => {
    expect(withPrintHead('<!doctype html><p>x')).toMatch(
      /^<!doctype html><meta http-equiv="Content-Security-Policy" content="[^"]+"><base href="app:\/\/kyoso\/">/,
    );
    expect(withPrintHead('<p>x')).toMatch(/^<!DOCTYPE html><meta /);
    expect(withPrintHead('<p>x')).not.toMatch(/https?:/);
  });
});
