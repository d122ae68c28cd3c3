import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';
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
