import { describe, expect, it } from 'vitest';
import { PRINT_STYLE_ATTRIBUTE, splitInlineStyles } from './printStyles';

describe('splitInlineStyles', () => {
  it('takes every <style> out of the print document, in order, and keeps the rest as it was', () => {
    const html =
      '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>議事録</title>' +
      '<style>@font-face{font-family:X;src:url("data:font/woff2;base64,AAAA")}</style>' +
      '<style media="print">@page{size:A4}</style></head>' +
      '<body><h1>議事録</h1><p>&lt;style&gt;本文の文字&lt;/style&gt;</p></body></html>';
    const { html: rest, css } = splitInlineStyles(html);
    expect(css).toEqual([
      '@font-face{font-family:X;src:url("data:font/woff2;base64,AAAA")}',
      '@page{size:A4}',
    ]);
    expect(rest).toBe(
      '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>議事録</title></head>' +
        '<body><h1>議事録</h1><p>&lt;style&gt;本文の文字&lt;/style&gt;</p></body></html>',
    );
  });

  it('moves style attributes (a table column aligned right) aside, leaving escaped text alone', () => {
    const html =
      '<table><tr><th style="text-align:right">利用者数</th><td class="n" style="text-align:right">1,200人</td>' +
      '<td>style=&quot;color:red&quot; と書かれた本文</td></tr></table>';
    expect(splitInlineStyles(html).html).toBe(
      `<table><tr><th ${PRINT_STYLE_ATTRIBUTE}="text-align:right">利用者数</th>` +
        `<td class="n" ${PRINT_STYLE_ATTRIBUTE}="text-align:right">1,200人</td>` +
        '<td>style=&quot;color:red&quot; と書かれた本文</td></tr></table>',
    );
  });

  it('leaves a document without styles unchanged', () => {
    expect(splitInlineStyles('<p>a</p>')).toEqual({ html: '<p>a</p>', css: [] });
  });
});
