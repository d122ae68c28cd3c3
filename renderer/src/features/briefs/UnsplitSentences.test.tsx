import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { UnsplitSentences } from './UnsplitSentences';

describe('UnsplitSentences', () => {
  it('names each sentence left over 60 characters, a long one shortened', () => {
    const long =
      '提案者は、法人格を有する者又は法人格を有する者で構成されるグループとし、市税等の滞納がないことのいずれにも該当する者とする。';
    const html = renderToStaticMarkup(
      <UnsplitSentences
        unsplit={[
          { start: 0, end: 10, text: '短い文は全文を示す。' },
          { start: 20, end: 20 + long.length, text: long },
        ]}
      />,
    );
    expect(html).toContain('<li>短い文は全文を示す。</li>');
    expect(html).toContain(`<li>${long.slice(0, 50)}…</li>`);
  });

  it('says nothing when every long sentence was cut', () => {
    expect(renderToStaticMarkup(<UnsplitSentences unsplit={[]} />)).toBe('');
  });
});
