import { describe, expect, it } from 'vitest';
import { noteExcerpt } from './noteExcerpt';

describe('noteExcerpt', () => {
  it('tells apart notes of one speaker in one minute by their first words', () => {
    const a = noteExcerpt('デマンド交通の実証運行について、利用者数が低迷している理由を問う。');
    const b = noteExcerpt('再質問：検討の期限はいつか。');
    expect(a).toBe('デマンド交通の実証運行について、利用者数…');
    expect(b).toBe('再質問：検討の期限はいつか。');
    expect(a).not.toBe(b);
  });

  it('takes the first line only, with runs of spaces as one', () => {
    expect(noteExcerpt('  市長  答弁\n二行目')).toBe('市長 答弁');
  });

  it('is empty for an empty note', () => {
    expect(noteExcerpt('')).toBe('');
  });
});
