/**
 * File names for downloads made in the renderer (Markdown, backups, web-mode print documents).
 * Same rules as the desktop save dialog's sanitiser (electron/main/fileName.ts), without Node.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const utf8Length = (char: string) => {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * A safe base name for `title` plus `extension`: no path separators or control characters, no
 * leading dots, no trailing dots or spaces, not a Windows device name, at most ~200 bytes.
 */
export function downloadFileName(title: string, extension: string, fallback = 'document'): string {
  let name = title
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]+/g, ' ')
    .replace(UNSAFE_CHARS, '_')
    .replace(/\s+/g, ' ')
    .replace(/_{2,}/g, '_')
    .replace(/^[\s._]+/, '');
  let bytes = 0;
  let cut = '';
  for (const char of name) {
    bytes += utf8Length(char);
    if (bytes > 200) break;
    cut += char;
  }
  name = cut.replace(/[\s._]+$/, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  return `${name || fallback}.${extension}`;
}
