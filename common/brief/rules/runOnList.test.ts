import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
import { ipadic, spelled } from '../ipadicTokens.testkit';
import { runOnItems } from './runOnList';

const rol = (text: string) => analyzeText(text, { rules: ['run-on-list'] });

describe('run-on-list rule', () => {
  it('suggests a bullet list for three or more items in one sentence', () => {
    const text =
      '本事業では、見守りセンサーの設置、緊急通報の受付、安否確認の代行及び家族への定期報告を想定している。';
    const [f] = rol(text);
    expect(f?.text).toBe('見守りセンサーの設置、緊急通報の受付、安否確認の代行及び家族への定期報告');
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f?.suggestion).toBe(
      '- 見守りセンサーの設置\n- 緊急通報の受付\n- 安否確認の代行\n- 家族への定期報告',
    );
  });

  it('keeps two nouns that share a relation in one item (医療機関及び商業施設との連携)', () => {
    const [f] = rol('見守りネットワークの構築、相談窓口の周知、医療機関及び商業施設との連携を進める。');
    expect(f?.suggestion).toBe(
      '- 見守りネットワークの構築\n- 相談窓口の周知\n- 医療機関及び商業施設との連携',
    );
    expect(runOnItems('国及び県への要望、市民への周知、事業者との協議')).toEqual([
      '国及び県への要望',
      '市民への周知',
      '事業者との協議',
    ]);
    // After a phrase with its own relation, 及び starts the next item.
    expect(runOnItems('安否確認の代行及び家族への定期報告')).toEqual(['安否確認の代行', '家族への定期報告']);
  });

  it('does not count a sentence opener as an item', () => {
    expect(rol('近年、シカやイノシシによる被害が拡大している。')).toEqual([]);
  });

  it('leaves two items and short lists alone', () => {
    expect(rol('センサーとカメラを設置する。')).toEqual([]);
    expect(rol('国、県、市が連携する。')).toEqual([]);
  });
});

describe('run-on-list with the analyser', () => {
  /** Kuromoji's tokens for the sentence (copied from its output). */
  const tokens = ipadic(
    '既存/名詞/サ変接続/既存 の/助詞/連体化/の 路線/名詞/一般/路線 バス/名詞/一般/バス 及び/接続詞/*/及び ' +
      'タクシー/名詞/一般/タクシー 事業/名詞/一般/事業 者/名詞/接尾/者 へ/助詞/格助詞/へ の/助詞/連体化/の ' +
      '影響/名詞/サ変接続/影響 、/記号/読点/、 運賃/名詞/一般/運賃 の/助詞/連体化/の 設定/名詞/サ変接続/設定 ' +
      '及び/接続詞/*/及び 運行/名詞/サ変接続/運行 区域/名詞/一般/区域 の/助詞/連体化/の 調整/名詞/サ変接続/調整 ' +
      'が/助詞/格助詞/が 課題/名詞/一般/課題 で/助動詞/*/だ ある/助動詞/*/ある 。/記号/句点/。',
  );
  const text = spelled(tokens);
  const analyser = { tokenize: (t: string) => (t === text ? tokens : []) };

  it('keeps 「既存の路線バス及びタクシー事業者への影響」 one item: the effect on both, not two clauses', () => {
    const [f] = analyzeText(text, { rules: ['run-on-list'], analyser });
    expect(f?.suggestion).toBe('- 既存の路線バス及びタクシー事業者への影響\n- 運賃の設定\n- 運行区域の調整');
  });

  it('still separates two actions joined by 及び (安否確認の代行及び家族への定期報告)', () => {
    const action = (offset: number) => ({ 7: true })[offset];
    expect(runOnItems('安否確認の代行及び家族への定期報告', action)).toEqual([
      '安否確認の代行',
      '家族への定期報告',
    ]);
    const thing = (offset: number) => ({ 7: false })[offset];
    expect(runOnItems('既存の路線バス及びタクシー事業者への影響', thing)).toEqual([
      '既存の路線バス及びタクシー事業者への影響',
    ]);
  });

  it('does not read the cells of a ｜-table row as a run-on list', () => {
    const table = '区分｜内容\n対象｜戸建て、長屋、共同住宅及び店舗併用住宅の空き家\n';
    expect(rol(table)).toEqual([]);
    expect(rol('対象は、戸建て、長屋、共同住宅及び店舗併用住宅の空き家とする。')).toHaveLength(1);
  });
});
