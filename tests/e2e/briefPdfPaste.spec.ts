/**
 * A page copied out of a PDF viewer: sentences broken at the PDF's line width and page numbers
 * between pages. The issue tab offers to join them back (written for this test, not from the corpus).
 */
import { expect, test } from './pages/sharedPage';
import { AppPage } from './pages/AppPage';

const PASTED = [
  '本市における公共施設の老朽化対策については、昭和４０年代から５０年代に',
  'かけて集中的に整備された施設が一斉に更新時期を迎えることから、今後３０',
  '年間で約１，２００億円の更新費用が見込まれている。',
  '                                                        - 12 -',
  'このため、本市では、公共施設等総合管理計画に基づき、施設総量の適正化を',
  '図るとともに、ＰＦＩ等の手法を活用した民間資金の導入について検討を行っ',
  'ている。',
  '⑴ 対象施設',
  '　① 市民会館（築52年）',
  '                                                        - 13 -',
  'なお、詳細は市ホームページ（https://www.city.example.lg.jp/shisan/index.html）',
  'を参照されたい。',
].join('\n');

test('a text pasted from a PDF gets its wrapped lines joined and page numbers removed, on request', async ({
  page,
}) => {
  const app = new AppPage(page);
  const ws = await app.openNewIssue('公共施設の更新費用を抑えたい');
  await ws.rawInput().fill(PASTED);
  const notice = page.getByTestId('pdf-paste');
  await expect(notice).toContainText('文の途中の改行が 5 か所、ページ番号だけの行が 2 行');
  await notice.getByRole('button', { name: '改行をつないでページ番号を消す' }).click();
  await expect(notice).toHaveText('改行を 5 か所つなぎ、ページ番号の行を 2 行消しました。');
  await expect(ws.rawInput()).toHaveValue(
    [
      '本市における公共施設の老朽化対策については、昭和４０年代から５０年代にかけて集中的に整備された施設が一斉に更新時期を迎えることから、今後３０年間で約１，２００億円の更新費用が見込まれている。',
      'このため、本市では、公共施設等総合管理計画に基づき、施設総量の適正化を図るとともに、ＰＦＩ等の手法を活用した民間資金の導入について検討を行っている。',
      '⑴ 対象施設',
      '　① 市民会館（築52年）',
      'なお、詳細は市ホームページ（https://www.city.example.lg.jp/shisan/index.html）を参照されたい。',
    ].join('\n'),
  );

  // The brief quotes whole sentences now, not the fragment 「を参照されたい。」 as the problem.
  await ws.waitSaved();
  await ws.tab('ブリーフ').click();
  await page.getByRole('button', { name: 'ブリーフを作成' }).click();
  await expect(ws.briefInput()).toHaveValue(/こんなことに困っていませんか/);
  await expect(ws.briefInput()).not.toHaveValue(/^を参照されたい。$/m);

  await page.reload();
  await expect(ws.rawInput()).toHaveValue(/５０年代にかけて/);
  await expect(notice).toHaveCount(0);
});
