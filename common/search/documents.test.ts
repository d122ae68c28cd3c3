import { describe, expect, it } from 'vitest';
import { searchDocOf } from './documents';
import { SearchIndex, originalOf } from './searchIndex';
import { snippetOf } from './snippet';

const note = (body: string) =>
  searchDocOf('notes', {
    id: 'n1',
    workspaceId: 'w',
    sessionId: 's1',
    speaker: '総務部長',
    body,
    at: '2026-06-01',
  })!;

const render = (parts: ReturnType<typeof snippetOf>) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('searchDocOf', () => {
  it('indexes a Markdown note as the text a reader sees, title included', () => {
    const doc = note('# 交通政策\n答弁は**鋭意**検討。[資料](https://example.jp/koutsu)参照');
    expect(doc.title).toBe('交通政策');
    expect(doc.text).toBe('総務部長\u0000交通政策\n答弁は鋭意検討。資料参照');
  });

  it('finds words split by markup and shows the snippet without it, the hit at the right place', () => {
    const index = new SearchIndex();
    index.upsert(note('前置き。答弁は**鋭意**検討にとどまり、[デマンド交通](https://example.jp)は未定'));
    const page = index.search('鋭意検討');
    if ('need' in page) throw new Error('fully in memory');
    expect(page.hits.map((h) => h.id)).toEqual(['n1']);
    const doc = page.hits[0]!;
    expect(render(snippetOf(originalOf(doc), page.query, 120, doc.patch === '', doc.norm))).toBe(
      '前置き。答弁は[鋭意検討]にとどまり、デマンド交通は未定',
    );
  });

  it('leaves fields that are not Markdown as written', () => {
    const issue = searchDocOf('issues', {
      id: 'i1',
      workspaceId: 'w',
      title: '**そのまま**',
      rawText: '# 番号',
    })!;
    expect(issue.text).toBe('**そのまま**\u0000# 番号');
  });
});
