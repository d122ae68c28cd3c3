import { describe, expect, it } from 'vitest';
import { briefMarkdown } from './frontMatter';
import { markdownToPlainText } from './plainText';

describe('plain text for email', () => {
  it('turns headings, lists, tables, links and emphasis into readable text', () => {
    const md = [
      '# 高齢者の通院の足を確保したい！',
      '',
      '## こんなことに困っていませんか',
      '',
      '- **通院**の予約が取れない',
      '  - 詳しくは[市のページ](https://city.example.jp/a)を参照',
      '1. `バス`の本数が*少ない*',
      '- [x] 予算確保',
      '',
      '### 現状',
      '',
      '| 年度 | 件数 |',
      '| :--- | ---: |',
      '| R5 | 120 |',
      '| R6 | 1\\|2 |',
      '',
      '> 引用です',
      '',
      '---',
      '```',
      'code **kept**',
      '```',
      '<https://example.jp>',
    ].join('\n');
    expect(markdownToPlainText(md)).toBe(
      [
        '【高齢者の通院の足を確保したい！】',
        '',
        '【こんなことに困っていませんか】',
        '',
        '・通院の予約が取れない',
        '  ・詳しくは市のページ (https://city.example.jp/a)を参照',
        '1. バスの本数が少ない',
        '☑ 予算確保',
        '',
        '■ 現状',
        '',
        '年度 / 件数',
        'R5 / 120',
        'R6 / 1|2',
        '',
        '> 引用です',
        '',
        '――――――――',
        '  code **kept**',
        'https://example.jp',
        '',
      ].join('\n'),
    );
  });

  it('never throws on odd input', () => {
    for (const odd of ['', '|', '```', '[a](', '**', '# ', '\\'])
      expect(() => markdownToPlainText(odd)).not.toThrow();
  });
});

describe('markdown export', () => {
  it('writes YAML front matter with every value quoted', () => {
    const md = briefMarkdown(
      {
        id: 'x-1',
        title: 'yes: "通院"の足',
        municipality: '〇〇市',
        department: '',
        status: 'draft',
        updatedAt: '2026-11-27T00:00:00.000Z',
      },
      '## 本文\n\n',
    );
    expect(md).toBe(
      '---\ntitle: "yes: \\"通院\\"の足"\nmunicipality: "〇〇市"\ndepartment: ""\nstatus: "draft"\n' +
        'updatedAt: "2026-11-27T00:00:00.000Z"\nid: "x-1"\n---\n\n## 本文\n',
    );
  });
});
