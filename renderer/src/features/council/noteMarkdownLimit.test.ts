import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_CHARS, showsAsMarkdown } from './noteMarkdownLimit';

describe('showsAsMarkdown', () => {
  it('renders a note as Markdown up to 30,000 characters, a longer one as plain text', () => {
    expect(showsAsMarkdown('- **市長**：答弁')).toBe(true);
    expect(showsAsMarkdown('あ'.repeat(MAX_MARKDOWN_CHARS))).toBe(true);
    expect(showsAsMarkdown('あ'.repeat(1_000_000))).toBe(false);
  });
});
