import { describe, expect, it } from 'vitest';
import { downloadFileName } from './fileName';

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
