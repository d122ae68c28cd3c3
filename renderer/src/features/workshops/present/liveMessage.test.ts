import { describe, expect, it } from 'vitest';
import { shownMessage } from './liveMessage';

describe('shownMessage', () => {
  it('shows the saved message when nothing is being typed', () => {
    expect(shownMessage('10:45 から再開します', null)).toBe('10:45 から再開します');
  });

  it('shows the typed text while the save lags behind it', () => {
    const live = { text: '11:00 から再開', base: '10:45 から再開します', seen: '' };
    // Seen when it arrived, then the facilitator's earlier save, then this text saved.
    expect(shownMessage('', live)).toBe('11:00 から再開');
    expect(shownMessage('10:45 から再開します', live)).toBe('11:00 から再開');
    expect(shownMessage('11:00 から再開', live)).toBe('11:00 から再開');
  });

  it('lets any other saved message win (sync, another device)', () => {
    const live = { text: '11:00 から再開', base: '10:45 から再開します', seen: '' };
    expect(shownMessage('休憩中', live)).toBe('休憩中');
  });

  it('shows an emptied field as no message', () => {
    expect(shownMessage('10:45 から再開します', { text: '', base: '10:45 から再開します', seen: '' })).toBe(
      '',
    );
  });
});
