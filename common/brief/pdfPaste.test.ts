import { describe, expect, it } from 'vitest';
import { repairPdfPaste } from './pdfPaste';

// Written for this test: a page of a facilities plan copied out of a PDF viewer.
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
  '　② 中央公民館（築４８年）',
  '⑵ 問合せ　資産経営課 ＴＥＬ 0123-45-6789　shisan@city.example.lg.jp',
  '－１３－',
  'なお、詳細は市ホームページ（https://www.city.example.lg.jp/shisan/index.html）',
  'を参照されたい。',
].join('\n');

describe('repairPdfPaste', () => {
  it('joins sentences a PDF wrapped, drops page numbers, and keeps items and new sentences apart', () => {
    const r = repairPdfPaste(PASTED);
    expect(r.text.split('\n')).toEqual([
      '本市における公共施設の老朽化対策については、昭和４０年代から５０年代にかけて集中的に整備された施設が一斉に更新時期を迎えることから、今後３０年間で約１，２００億円の更新費用が見込まれている。',
      'このため、本市では、公共施設等総合管理計画に基づき、施設総量の適正化を図るとともに、ＰＦＩ等の手法を活用した民間資金の導入について検討を行っている。',
      '⑴ 対象施設',
      '　① 市民会館（築52年）',
      '　② 中央公民館（築４８年）',
      '⑵ 問合せ　資産経営課 ＴＥＬ 0123-45-6789　shisan@city.example.lg.jp',
      'なお、詳細は市ホームページ（https://www.city.example.lg.jp/shisan/index.html）を参照されたい。',
    ]);
    expect(r.joined).toBe(5);
    expect(r.pageNumbers).toBe(2);
  });

  it('leaves a typed text alone: its lines are as long as their paragraphs', () => {
    const typed = [
      '１．趣旨',
      '本町では、町営バスの利用者が年々減少しており、一便当たりの平均乗車人数は2.1人にとどまっている。',
      '提出先：山辺町 企画政策課 地域交通係',
      '電子メール：kotsu@town.yamabe.example.jp',
      '区分\t金額（税込）',
      '合計\t5,500,000円',
    ].join('\n');
    expect(repairPdfPaste(typed)).toEqual({ text: typed, joined: 0, pageNumbers: 0 });
  });
});
