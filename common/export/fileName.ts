/**
 * The one file-name sanitiser: the desktop save dialog (`electron/main/pdf.ts`) and the
 * renderer's downloads (Markdown, backups, web-mode print documents) both use it, so one title
 * gives the same file name everywhere. Pure: no Node, no DOM (Intl.Segmenter is ECMAScript).
 *
 * Decided behaviour:
 * - Japanese text and emoji are kept as they are (NFC-normalised, as macOS stores names anyway):
 *   NTFS, APFS and ext4 all store them, and a title like 「まちづくり🌸会議」 should stay readable.
 * - The length cap counts UTF-8 bytes (ext4 and APFS cap a name at 255 bytes) and cuts only between
 *   grapheme clusters, so an emoji ZWJ sequence (👨‍👩‍👧), a flag, a skin tone or a base letter with
 *   its combining mark is kept whole or dropped whole, never split into a different picture.
 * - Lone surrogates (broken UTF-16) become `_`: a UTF-8 file system cannot store them.
 */

/** Options for {@link sanitizeFileName}. */
export interface SanitizeOptions {
  /** Maximum length in UTF-8 bytes; 200 leaves room for an extension under the 255-byte cap. */
  maxBytes?: number;
  /** Used when nothing usable is left. */
  fallback?: string;
}

/** Device names Windows reserves in any case and with any extension ("aux.pdf" is AUX too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Characters that are unsafe in a file name on some OS: path separators, Windows' reserved
 * punctuation, C0/C1 controls, bidi overrides that can disguise an extension ("txt.exe"), and
 * lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu;

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a grapheme cluster. */
function truncateToBytes(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out;
}

/**
 * Turns a document title into a file name (without extension) that is safe on Windows, macOS
 * and Linux: no path separators or control characters, no leading dots (hidden files, `..`), no
 * trailing dots or spaces (Windows drops them), not a reserved device name, at most `maxBytes`.
 */
export function sanitizeFileName(title: string, options: SanitizeOptions = {}): string {
  const { maxBytes = 200, fallback = 'document' } = options;
  let name = title
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]+/g, ' ') // line breaks and tabs read as word gaps
    .replace(UNSAFE_CHARS, '_')
    .replace(/\s+/g, ' ')
    .replace(/_{2,}/g, '_');
  // Leading dots/underscores/spaces: "../../etc/passwd" → "etc_passwd", ".bashrc" → "bashrc".
  name = name.replace(/^[\s._]+/, '');
  name = truncateToBytes(name, maxBytes);
  // After truncation, so a cut cannot leave a trailing dot or space (or a dangling "_") behind.
  name = name.replace(/[\s._]+$/, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  return name === '' ? fallback : name;
}

/** `sanitizeFileName(title)` plus `.extension`, for downloads made in the renderer. */
export function downloadFileName(title: string, extension: string, fallback = 'document'): string {
  return `${sanitizeFileName(title, { fallback })}.${extension}`;
}
