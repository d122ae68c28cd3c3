import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BriefPreview } from './BriefPreview';

const render = (markdown: string) =>
  renderToStaticMarkup(<BriefPreview markdown={markdown} label="プレビュー" onLink={() => {}} />);

describe('BriefPreview', () => {
  it('marks each 【要記入…】 gap so the author finds it before a company reads it', () => {
    const html = render('## 予算\n\n【要記入】予算の上限\n\n- 記録を【要記入：主語】が管理している');
    expect(html).toContain('<p><mark class="brief-gap">【要記入】</mark>予算の上限</p>');
    expect(html).toContain('<li>記録を<mark class="brief-gap">【要記入：主語】</mark>が管理している</li>');
  });

  it('shows sentences drafted one per line on lines of their own', () => {
    expect(render('本市は推進します。\n委託料は概算払です。')).toContain('推進します。<br/>');
  });

  it('leaves text without gaps, and gap-like text in code, as it is', () => {
    const html = render('上限200万円\n\n`【要記入】`');
    expect(html).not.toContain('<mark');
    expect(html).toContain('<code>【要記入】</code>');
  });
});
