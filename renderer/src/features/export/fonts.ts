/**
 * BIZ UDPGothic for print documents, from the copy Vite bundles with the app (never the system's
 * font: a PDF must look the same on every machine and embed the font it was drawn with).
 *
 * Two ways to reference the slices a document needs:
 * - `link`: absolute URLs of the bundled files plus `<link rel=preload>` so they load while the
 *   document is parsed (Electron's print window runs without JavaScript and cannot wait for
 *   `document.fonts.ready`; preloads hold back the load event that `loadURL` awaits). Small enough
 *   for the 1.5 MB `pdf:save` IPC limit.
 * - `inline`: the slices as base64 `data:` URLs, for a downloaded print document that must open
 *   anywhere, offline.
 */
import unicodeRanges from '@fontsource/biz-udpgothic/unicode.json';
import { SubsetIndex } from '../../../../common/export/fontSubsets';

/** A family name only the bundled files answer to, so an installed system copy is never used. */
export const PRINT_FONT_FAMILY = 'Kyoso Print Gothic';

/** `auto`: inline while the slices stay under the budget (fast, origin-independent), else link. */
export type FontMode = 'link' | 'inline' | 'auto';

/** Inline budget for `auto`: the `pdf:save` IPC accepts 1.5 MB of HTML; leave room for the text. */
export const INLINE_FONT_BUDGET = 1_100_000;

export interface PrintFonts {
  /** `@font-face` rules. */
  css: string;
  /** `<link rel=preload>` tags for the head (empty when inlined). */
  preloads: string;
  /** How many font files the document references. */
  files: number;
}

/** Turns the text of a document (and the part of it set in bold) into the font CSS it needs. */
export type FontProvider = (text: string, boldText: string) => Promise<PrintFonts>;

// Vite turns each match into the URL of the emitted asset (the same files the app's CSS uses).
const FILE_URLS = import.meta.glob(
  '../../../../node_modules/@fontsource/biz-udpgothic/files/biz-udpgothic-*-normal.woff2',
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

let index: SubsetIndex | null = null;
const subsetIndex = () => (index ??= new SubsetIndex(unicodeRanges as Record<string, string>));

/** The bundled URL of one slice and weight (`[12]` → `biz-udpgothic-12-400-normal.woff2`). */
function fileUrl(subset: string, weight: number): string | undefined {
  const name = `biz-udpgothic-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff2`;
  const key = Object.keys(FILE_URLS).find((path) => path.endsWith(`/${name}`));
  return key ? new URL(FILE_URLS[key]!, document.baseURI).href : undefined;
}

const inlineCache = new Map<string, Promise<string>>();

/** The file as a `data:` URL, fetched once per session. */
function dataUrl(url: string): Promise<string> {
  let cached = inlineCache.get(url);
  if (!cached) {
    cached = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buffer) => `data:font/woff2;base64,${toBase64(new Uint8Array(buffer))}`);
    cached.catch(() => inlineCache.delete(url));
    inlineCache.set(url, cached);
  }
  return cached;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The bundled BIZ UDPGothic, as a {@link FontProvider}.
 * @param mode `link` for the desktop print window and the browser, `inline` for a file to keep
 */
export function bundledFonts(mode: FontMode): FontProvider {
  return async (text, boldText) => {
    const index = subsetIndex();
    const ranges = unicodeRanges as Record<string, string>;
    // Bold slices only for characters drawn in bold: about half the files, and half the PDF fonts.
    const faces = [
      ...index.subsetsFor(text, ['latin']).map((subset) => ({ subset, weight: 400 })),
      ...index.subsetsFor(boldText).map((subset) => ({ subset, weight: 700 })),
    ].flatMap(({ subset, weight }) => {
      const url = fileUrl(subset, weight);
      return url ? [{ subset, weight, url }] : [];
    });
    let inline = mode === 'inline';
    let sources: string[] = faces.map((f) => f.url);
    if (mode !== 'link') {
      const data = await Promise.all(faces.map((f) => dataUrl(f.url)));
      const size = data.reduce((sum, d) => sum + d.length, 0);
      if (mode === 'inline' || size <= INLINE_FONT_BUDGET) {
        inline = true;
        sources = data;
      }
    }
    const rules = faces.map(
      ({ subset, weight }, i) =>
        `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${weight};` +
        `font-display:block;src:url("${sources[i]}") format('woff2');unicode-range:${ranges[subset]};}`,
    );
    const preloads = inline
      ? ''
      : faces
          .map(
            (f) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeAttr(f.url)}">`,
          )
          .join('');
    return { css: rules.join('\n'), preloads, files: faces.length };
  };
}
