import { describe, expect, it } from 'vitest';
import { downloadFileName, sanitizeFileName } from './fileName';

/** UTF-8 length, as the file system counts it. */
const bytes = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, 'x').length;

describe('download file names', () => {
  it('keeps Japanese, drops separators and reserved names', () => {
    expect(downloadFileName('高齢者の通院/買い物支援：〇〇市', 'md')).toBe(
      '高齢者の通院_買い物支援：〇〇市.md',
    );
    expect(downloadFileName('../../etc/passwd', 'md')).toBe('etc_passwd.md');
    expect(downloadFileName('CON', 'pdf')).toBe('_CON.pdf');
    expect(downloadFileName('  ...  ', 'json', 'backup')).toBe('backup.json');
    expect(downloadFileName('あ'.repeat(300), 'md')).toBe(`${'あ'.repeat(66)}.md`); // 66 × 3 bytes ≤ 200
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows_win.ini'],
    ['/absolute/path', 'absolute_path'],
    ['C:\\Users\\x', 'C_Users_x'],
    ['a<b>c:d"e|f?g*h', 'a_b_c_d_e_f_g_h'],
    ['line\nbreak\ttab', 'line break tab'],
    ['nul\u0000byte\u001fend\u007f', 'nul_byte_end'],
    ['.bashrc', 'bashrc'],
    ['...', 'document'],
    ['   ', 'document'],
    ['', 'document'],
    ['trailing dots...', 'trailing dots'],
    ['trailing space   ', 'trailing space'],
    ['  leading space', 'leading space'],
    ['invoice\u202Efdp.exe', 'invoice_fdp.exe'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it.each([
    'CON',
    'con',
    'Prn',
    'AUX',
    'NUL',
    'COM1',
    'com9',
    'LPT1',
    'lpt9',
    'COM¹',
    'aux.pdf',
    'CON.tar.gz',
    'nul.',
  ])('defuses the Windows device name %j', (input) => {
    const out = sanitizeFileName(input);
    expect(out.startsWith('_')).toBe(true);
    expect(out).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
  });

  it('leaves names that merely contain a device name alone', () => {
    expect(sanitizeFileName('CONTRACT')).toBe('CONTRACT');
    expect(sanitizeFileName('auxiliary notes')).toBe('auxiliary notes');
    expect(sanitizeFileName('COM10')).toBe('COM10');
  });

  it('keeps Japanese text and emoji (including ZWJ sequences)', () => {
    expect(sanitizeFileName('第3回 共創ワークショップ 議事録')).toBe('第3回 共創ワークショップ 議事録');
    expect(sanitizeFileName('まちづくり🌸会議')).toBe('まちづくり🌸会議');
    expect(sanitizeFileName('家族👨‍👩‍👧の声')).toBe('家族👨‍👩‍👧の声');
  });

  it('normalises to NFC so the same title gives the same file name', () => {
    expect(sanitizeFileName('ハ\u309A')).toBe('パ'); // decomposed パ
  });

  it('caps the length in UTF-8 bytes without splitting characters or emoji', () => {
    const long = sanitizeFileName('議'.repeat(300));
    expect(bytes(long)).toBeLessThanOrEqual(200);
    expect(long).toBe('議'.repeat(66));
    const emoji = sanitizeFileName('👨‍👩‍👧'.repeat(30), { maxBytes: 40 });
    expect(emoji).toBe('👨‍👩‍👧'.repeat(2)); // 18 bytes each; a third would pass 40
    expect(sanitizeFileName('a'.repeat(500), { maxBytes: 10 })).toBe('a'.repeat(10));
  });

  it('cuts between grapheme clusters only: flags, skin tones, marks without a precomposed form', () => {
    expect(sanitizeFileName('🇯🇵'.repeat(5), { maxBytes: 12 })).toBe('🇯🇵'); // 8 bytes; a half flag would fit 12
    expect(sanitizeFileName('👍🏽'.repeat(5), { maxBytes: 12 })).toBe('👍🏽');
    expect(sanitizeFileName('ㇷ゚'.repeat(5), { maxBytes: 9 })).toBe('ㇷ゚'); // U+31F7 U+309A: 6 bytes, no NFC form
  });

  it('replaces lone surrogates, which a UTF-8 file system cannot store', () => {
    expect(sanitizeFileName('報告\uD800書\uDC00')).toBe('報告_書');
  });

  it('does not leave a trailing dot or space after truncation', () => {
    expect(sanitizeFileName('abcd. efg', { maxBytes: 6 })).toBe('abcd');
  });

  it('uses the fallback when nothing is left', () => {
    expect(sanitizeFileName('///', { fallback: '資料' })).toBe('資料');
  });

  it('never returns a name with separators, controls, or a leading dot', () => {
    const nasty = ['..', '../', '/..', '.\u0000.', '\\\\server\\share', '%2e%2e%2f', '\u202E..', '.. ..'];
    for (const input of nasty) {
      const out = sanitizeFileName(input);
      // eslint-disable-next-line no-control-regex
      expect(out, input).not.toMatch(/[/\\\u0000-\u001f]|^\.|[. ]$/);
      expect(out.length, input).toBeGreaterThan(0);
    }
  });
});

describe('download file names and the save dialog agree', () => {
  it('never ends a download name inside an emoji sequence', () => {
    // 62 × 3 bytes + an 18-byte family: a cut by code point kept "👨‍👩‍" (a dangling joiner).
    expect(downloadFileName(`${'あ'.repeat(62)}👨‍👩‍👧`, 'md')).toBe(`${'あ'.repeat(62)}.md`);
    expect(downloadFileName('まちづくり🌸会議', 'pdf')).toBe(`${sanitizeFileName('まちづくり🌸会議')}.pdf`);
  });
});
