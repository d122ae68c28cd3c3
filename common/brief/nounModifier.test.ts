import { describe, expect, it } from 'vitest';
import { clauseCuts } from './clauses';
import { ipadic, spelled } from './ipadicTokens.testkit';

/** The text with every cut applied (plain register). */
function cut(line: string): string {
  const tokens = ipadic(line);
  let out = spelled(tokens);
  for (const c of clauseCuts(tokens, 0, tokens.length, false).reverse())
    out = out.slice(0, c.start) + c.replacement + out.slice(c.end);
  return out;
}

const KORITSU_JIREI =
  '住民/名詞/一般/住民 が/助詞/格助詞/が 孤立/名詞/サ変接続/孤立 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
  '再び/副詞/助詞類接続/再び 相談/名詞/サ変接続/相談 に/助詞/格助詞/に 来る/動詞/自立/来る/カ変・来ル ' +
  '事例/名詞/一般/事例 が/助詞/格助詞/が 見/動詞/自立/見る/一段 られる/動詞/接尾/られる/一段 。/記号/句点/。';
const KONYU_MATAWA =
  '機器/名詞/一般/機器 を/助詞/格助詞/を 購入/名詞/サ変接続/購入 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
  '又は/接続詞/*/又は 修理/名詞/サ変接続/修理 する/動詞/自立/する/サ変・スル 際/名詞/非自立/際 に/助詞/格助詞/に ' +
  '、/記号/読点/、';
const KENSU_WA =
  '件数/名詞/一般/件数 は/助詞/係助詞/は 増加/名詞/サ変接続/増加 し/動詞/自立/する/サ変・スル 、/記号/読点/、 ' +
  '相談/名詞/サ変接続/相談 に/助詞/格助詞/に 来る/動詞/自立/来る/カ変・来ル 人/名詞/一般/人 が/助詞/格助詞/が ' +
  '多い/形容詞/自立/多い/形容詞・アウオ段 。/記号/句点/。';
const STALLED_RESULT =
  '書類/名詞/一般/書類 が/助詞/格助詞/が 多く/形容詞/自立/多い/形容詞・アウオ段 、/記号/読点/、 ' +
  '作業/名詞/サ変接続/作業 が/助詞/格助詞/が 滞っ/動詞/自立/滞る/五段・ラ行 た/助動詞/*/た/特殊・タ ' +
  '結果/名詞/副詞可能/結果 、/記号/読点/、';

describe('clause cuts inside a clause that modifies a noun', () => {
  it('leaves two verbs under one head noun joined (…孤立し、再び相談に来る事例が見られる)', () => {
    expect(cut(KORITSU_JIREI)).toBe('住民が孤立し、再び相談に来る事例が見られる。');
  });

  it('leaves two verbs joined by 又は in one clause (購入し、又は修理する際に)', () => {
    expect(cut(KONYU_MATAWA)).toBe('機器を購入し、又は修理する際に、');
  });

  it('still cuts a clause with a topic of its own (件数は増加し、…人が多い)', () => {
    expect(cut(KENSU_WA)).toBe('件数は増加する。相談に来る人が多い。');
  });

  it('still cuts before a joint noun (〜が多く、…滞った結果、)', () => {
    expect(cut(STALLED_RESULT)).toBe('書類が多い。作業が滞った結果、');
  });
});
