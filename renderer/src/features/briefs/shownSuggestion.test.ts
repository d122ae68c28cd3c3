import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../common/brief';
import { shownSuggestion } from './shownSuggestion';

describe('shownSuggestion', () => {
  it('does not repeat a hedge’s advice that the message already gives', () => {
    const [hedge] = analyzeText('調整を進めているところである。', { rules: ['passive-hedge'] });
    expect(hedge?.message).toContain(hedge?.suggestion ?? '(none)');
    expect(shownSuggestion(hedge!)).toBeNull();
  });

  it('shows a suggestion that says something new', () => {
    expect(shownSuggestion({ message: '回りくどい表現です。', suggestion: '検討する' })).toBe('検討する');
    expect(shownSuggestion({ message: 'x', suggestion: null })).toBeNull();
  });
});
