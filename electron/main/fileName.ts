/** Options for {@link sanitizeFileName}. */
export interface SanitizeOptions {
  /** Maximum length in UTF-8 bytes (ext4 and most file systems cap a name at 255 bytes). */
  maxBytes?: number;
  /** Used when nothing usable is left. */
  fallback?: string;
}

/** Device names Windows reserves in any case and with any extension ("aux.pdf" is AUX too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Characters that are unsafe in a file name on some OS: path separators, Windows' reserved
 * punctuation, C0/C1 controls, and bidi overrides that can disguise an extension ("txt.exe").
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a character or emoji sequence. */
function truncateToBytes(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out;
}

/**
 * Turns a document title into a file name that is safe on Windows, macOS and Linux:
 * no path separators or control characters, no leading dots (hidden files, `..`), no trailing dots
 * or spaces (Windows drops them), not a reserved device name, at most `maxBytes` bytes.
 * Japanese text and emoji are kept as they are (NFC-normalised, as macOS would store them anyway).
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
