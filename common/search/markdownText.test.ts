import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownText } from './markdownText';

describe('markdownText', () => {
  it('shows what the review saw as Markdown in snippets as plain text', () => {
    expect(markdownText('答弁は**鋭意検討**にとどまった')).toBe('答弁は鋭意検討にとどまった');
    expect(markdownText('# 見出し\n本文')).toBe('見出し\n本文');
    expect(markdownText('詳細は[リンク](https://example.jp/a_(b))を参照')).toBe('詳細はリンクを参照');
  });

  it('unwraps the markup notes, briefs and minutes use', () => {
    const cases: [string, string][] = [
      ['## 背景 ##', '背景'],
      ['> 市長：前向きに検討', '市長：前向きに検討'],
      ['- 項目\n  * 入れ子\n+ もう一つ', '項目\n入れ子\nもう一つ'],
      ['- [ ] 未了の宿題\n- [x] 済んだ宿題', '未了の宿題\n済んだ宿題'],
      ['1. 番号は見えるので残す', '1. 番号は見えるので残す'],
      ['*斜体*と__太字__と~~取消~~', '斜体と太字と取消'],
      ['**「強調」**です', '「強調」です'],
      ['`npm run web` で起動', 'npm run web で起動'],
      ['```ts\nconst a = 1;\n```\n後', 'const a = 1;\n後'],
      ['![地図](map.png)の通り', '地図の通り'],
      ['[資料][1]\n\n[1]: https://example.jp', '資料\n'],
      ['<https://example.jp>を見る', 'https://example.jpを見る'],
      ['改行<br>して<!-- 注記 -->続く', '改行して続く'],
      ['| 項目 | 予算 |\n| --- | ---: |\n| 道路 | 3億円 |', '項目 予算\n道路 3億円'],
      ['\\*星印\\*のまま、A &amp; B &#x41;', '*星印*のまま、A & B A'],
      ['本文\n\n---\n\n次の節', '本文\n\n\n次の節'],
    ];
    for (const [md, plain] of cases) expect(markdownText(md), md).toBe(plain);
  });

  it('keeps what is not markup as written', () => {
    for (const text of [
      '#タグ は見出しではない',
      '3 * 4 = 12',
      '10~20件',
      'snake_case_name',
      'a < b かつ c > d',
      '[未定]のまま',
      '記号 & だけ',
      '普通の文章。改行も\nそのまま。',
    ])
      expect(markdownText(text)).toBe(text);
  });

  it('leaves every word of generated Markdown, in order, and none of its markup', () => {
    const word = fc.constantFrom('鋭意検討', 'デマンド交通', '市長', '予算', '実証実験', 'abc');
    const wrapped = (w: string) =>
      fc.constantFrom(
        w,
        `**${w}**`,
        `*${w}*`,
        `_${w}_`,
        `~~${w}~~`,
        `\`${w}\``,
        `[${w}](https://example.jp/x)`,
        `![${w}](a.png)`,
        `<b>${w}</b>`,
      );
    const line = fc
      .array(
        word.chain((w) => wrapped(w).map((md) => ({ md, w }))),
        { minLength: 1, maxLength: 5 },
      )
      .chain((parts) =>
        fc.constantFrom('', '# ', '### ', '> ', '- ', '* ', '- [ ] ', '> - ').map((prefix) => ({
          md: prefix + parts.map((p) => p.md).join('、'),
          plain: parts.map((p) => p.w).join('、'),
        })),
      );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const plain = markdownText(lines.map((l) => l.md).join('\n'));
        expect(plain).not.toMatch(/[*_~`#>[\]()<]|https/);
        expect(plain).toBe(lines.map((l) => l.plain).join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});
