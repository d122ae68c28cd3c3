import { describe, expect, it } from 'vitest';
import type { FontProvider } from './fonts';
import type { PrintDoc } from './PrintDocument';
import { cssString } from './printCss';
import { buildPrintHtml } from './printHtml';

const noFonts: FontProvider = async () => ({ css: '/*fonts*/', preloads: '', files: 0 });

const doc = (over: Partial<PrintDoc> = {}): PrintDoc => ({
  lang: 'ja',
  kind: '企業向けブリーフ',
  title: '高齢者の通院の足を確保したい！',
  fields: [
    { label: '自治体', value: '〇〇市' },
    { label: '担当課', value: '高齢福祉課' },
    { label: '空欄', value: '' },
  ],
  sections: [
    {
      markdown:
        '## こんなことに困っていませんか\n\n- 通院\n- 買い物\n\n## 現状\n\n| 年度 | 件数 |\n| --- | --- |\n| R5 | 120 |\n\n' +
        '[オープンデータ](https://example.jp/data)',
    },
  ],
  headerLeft: '〇〇市 高齢福祉課',
  headerRight: '高齢者の通院の足を確保したい！',
  ...over,
});

describe('print document', () => {
  it('renders the title block, headings in order, lists, tables and link addresses', async () => {
    const html = await buildPrintHtml(doc(), noFonts);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ja">/);
    expect(html).toContain('<h1>高齢者の通院の足を確保したい！</h1>');
    expect(html).toContain('<dt>自治体</dt><dd>〇〇市</dd>');
    expect(html).not.toContain('空欄');
    expect(html.indexOf('こんなことに困っていませんか')).toBeLessThan(html.indexOf('<h2>現状</h2>'));
    expect(html).toContain('<li>通院</li>');
    expect(html).toMatch(/<table>[\s\S]*<th>年度<\/th>[\s\S]*<td>120<\/td>/);
    expect(html).toContain('<span class="url"> (https://example.jp/data)</span>');
    expect(html).toContain('/*fonts*/');
  });

  it('prints an e-mail address once, not again as its mailto: link', async () => {
    const html = await buildPrintHtml(
      doc({ sections: [{ markdown: '電子メール：kotsu@town.example.jp' }] }),
      noFonts,
    );
    expect(html).toContain('>kotsu@town.example.jp</a>');
    expect(html).not.toContain('(mailto:');
  });

  it('prints A4 with "n / N" page numbers and keeps headings with their text', async () => {
    const html = await buildPrintHtml(doc(), noFonts);
    expect(html).toContain('size: A4');
    expect(html).toContain('content: counter(page) " / " counter(pages)');
    expect(html).toMatch(/h1, h2, h3, h4, h5, h6 \{ break-after: avoid;/);
    expect(html).toMatch(/li, tr, blockquote, pre, img, \.keep \{ break-inside: avoid;/);
  });

  it('keeps an XSS payload in markdown, title or header inert', async () => {
    const payload =
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n\n' +
      '<a href="javascript:alert(2)">x</a> <iframe src="https://evil.example"></iframe>';
    const evilTitle = '</title></style><script>alert(3)</script>';
    const html = await buildPrintHtml(
      doc({
        title: evilTitle,
        headerRight: '"; } body { display: none } </style><script>alert(4)</script>',
        sections: [{ markdown: payload }],
      }),
      noFonts,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;/title&gt;&lt;/style&gt;&lt;script&gt;');
  });

  it('escapes CSS strings so text cannot end the string or the style element', () => {
    expect(cssString('a"b</style>\\')).toBe('"a\\22 b\\3c \\2f style\\3e \\5c "');
    expect(cssString('市 課')).toBe('"\\5e02  \\8ab2 "');
  });
});
