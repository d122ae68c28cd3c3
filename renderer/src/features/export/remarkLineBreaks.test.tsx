import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { PrintMarkdown } from './PrintDocument';

const html = (markdown: string, lineBreaks = true) =>
  renderToStaticMarkup(<PrintMarkdown markdown={markdown} lineBreaks={lineBreaks} />);

describe('line breaks kept in a brief', () => {
  it('prints sentences drafted one per line on lines of their own, not as one paragraph', () => {
    const out = html('募集開始　令和8年5月15日（金）\n提案書提出期限　令和8年6月26日（金）17時必着');
    expect(out).toBe(
      '<p>募集開始　令和8年5月15日（金）<br/>\n提案書提出期限　令和8年6月26日（金）17時必着</p>',
    );
  });

  it('leaves lists, tables, code, emphasis and paragraphs as Markdown makes them', () => {
    const out = html(
      '- **計上**：予算に入れること\n- 締結\n\n| 年度 | 件数 |\n| --- | --- |\n| R5 | 120 |\n\n```\na\nb\n```',
    );
    expect(out).toContain('<li><strong>計上</strong>：予算に入れること</li>');
    expect(out).toContain('<td>120</td>');
    expect(out).toContain('<code>a\nb\n</code>');
    expect(out).not.toContain('<br/>');
  });

  it('keeps a line break next to emphasis and drops the indentation around it', () => {
    expect(html('**注意**  \n  次の行\n三行目')).toBe(
      '<p><strong>注意</strong><br/>\n次の行<br/>\n三行目</p>',
    );
  });

  it('is off unless asked: agendas and minutes keep Markdown’s joining of lines', () => {
    expect(html('一行目\n二行目', false)).toBe('<p>一行目\n二行目</p>');
  });
});
