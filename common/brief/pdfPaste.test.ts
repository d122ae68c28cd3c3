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

describe('repairPdfPaste, without a width shared by three lines', () => {
  it('joins a short paste of two broken lines', () => {
    // Written for this test: two lines of a council answer copied out of a PDF.
    const pasted = [
      '地域公共交通の確保につきましては、町営バスの利用者が年々減少している中で、',
      '運行経費の負担が増していることから、デマンド交通への移行を検討しております。',
    ].join('\n');
    const r = repairPdfPaste(pasted);
    expect(r.joined).toBe(1);
    expect(r.text).toBe(pasted.replace('\n', ''));
  });

  it('joins an English PDF set in a proportional font, with a space between words', () => {
    // Written for this test: a page of an English project summary; its lines differ in length.
    const pasted = [
      'The village of Kamiyama posts this theme to find a company that can keep',
      'its on-demand bus running with fewer drivers, since the number of drivers fell',
      'from 12 to 7 in five years.',
      'Proposals are due on 30 June.',
    ].join('\n');
    const r = repairPdfPaste(pasted);
    expect(r.text.split('\n')).toEqual([
      'The village of Kamiyama posts this theme to find a company that can keep its on-demand bus running with fewer drivers, since the number of drivers fell from 12 to 7 in five years.',
      'Proposals are due on 30 June.',
    ]);
  });

  it('leaves short lines alone: a poem, a list without markers, an address, an English poem', () => {
    // Written for this test.
    const texts = [
      ['山あいの村に', '春の風が吹き', 'バスを待つ人の', '背中を押す'],
      ['移動手段の確保', '買物支援の充実', '見守り体制の強化'],
      ['〒999-0000', '山形県〇〇郡〇〇村大字〇〇123番地', '〇〇村役場 総務企画課'],
      ['The bus comes late in the valley', 'and leaves before the snow', 'we wait and we wait'],
      // A typed text with a long title that ends on a hiragana and a body on the next line.
      [
        '令和8年度 高齢者の移動を支える仕組みづくりに関する提案の募集について',
        'このたび、本村では提案を募集します。',
      ],
    ];
    for (const lines of texts) {
      const text = lines.join('\n');
      expect(repairPdfPaste(text), lines[0]).toEqual({ text, joined: 0, pageNumbers: 0 });
    }
  });
});
