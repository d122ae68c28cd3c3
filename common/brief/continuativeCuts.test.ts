import { describe, expect, it } from 'vitest';
import { continuativeCut } from './continuativeCuts';
import { ipadic, spelled } from './ipadicTokens.testkit';

/** The phrase with the cut made at its first 読点, if any. */
function cut(line: string, polite: boolean): string {
  const tokens = ipadic(line);
  const text = spelled(tokens);
  const c = continuativeCut(
    tokens,
    tokens.findIndex((t) => t.surface === '、'),
    polite,
  );
  return c ? text.slice(0, c.start) + c.replacement + text.slice(c.end) : text;
}

const NOT_YET =
  '特定/名詞/サ変接続/特定 に/助詞/格助詞/に は/助詞/係助詞/は 至っ/動詞/自立/至る/五段・ラ行 て/助詞/接続助詞/て ' +
  'おら/動詞/非自立/おる/五段・ラ行 ず/助動詞/*/ぬ/特殊・ヌ 、/記号/読点/、 処理/名詞/サ変接続/処理';
const CANNOT =
  '確保/名詞/サ変接続/確保 でき/動詞/自立/できる/一段 ず/助動詞/*/ぬ/特殊・ヌ 、/記号/読点/、 定員/名詞/一般/定員';
const WITHOUT =
  '予約/名詞/サ変接続/予約 せ/動詞/自立/する/サ変・スル ず/助動詞/*/ぬ/特殊・ヌ 、/記号/読点/、 来館/名詞/サ変接続/来館';
const NONE =
  '仕組み/名詞/一般/仕組み が/助詞/格助詞/が なく/形容詞/自立/ない/形容詞・アウオ段 、/記号/読点/、 発注/名詞/サ変接続/発注';
const LOW =
  '実施/名詞/サ変接続/実施 率/名詞/接尾/率 が/助詞/格助詞/が 低く/形容詞/自立/低い/形容詞・アウオ段 、/記号/読点/、 理由/名詞/一般/理由';
const PLAN_DE =
  '移管/名詞/サ変接続/移管 する/動詞/自立/する/サ変・スル 方向/名詞/一般/方向 で/助詞/格助詞/で 、/記号/読点/、 現在/名詞/副詞可能/現在';
const PLACE_DE =
  '同じ/連体詞/*/同じ 方向/名詞/一般/方向 で/助詞/格助詞/で 、/記号/読点/、 現在/名詞/副詞可能/現在';
const WIDELY = '広く/形容詞/自立/広い/形容詞・アウオ段 、/記号/読点/、 市民/名詞/一般/市民';

describe('continuativeCut', () => {
  it('ends a negative state as a sentence and keeps the negation (おらず → いない／おりません)', () => {
    expect(cut(NOT_YET, false)).toBe('特定には至っていない。処理');
    expect(cut(NOT_YET, true)).toBe('特定には至っておりません。処理');
    expect(cut(CANNOT, true)).toBe('確保できません。定員');
  });

  it('leaves 〜ず、 after an action: it says how the next one is done (予約せず、来館)', () => {
    expect(cut(WITHOUT, false)).toBe('予約せず、来館');
  });

  it('ends an adjective predicate (がなく → がない／がありません, が低く → が低いです), not an adverb', () => {
    expect(cut(NONE, false)).toBe('仕組みがない。発注');
    expect(cut(NONE, true)).toBe('仕組みがありません。発注');
    expect(cut(LOW, true)).toBe('実施率が低いです。理由');
    expect(cut(WIDELY, false)).toBe('広く、市民');
  });

  it('ends a plan stated after a verb (移管する方向で、 → 移管する方向です。), not a で of place', () => {
    expect(cut(PLAN_DE, true)).toBe('移管する方向です。現在');
    expect(cut(PLAN_DE, false)).toBe('移管する方向である。現在');
    expect(cut(PLACE_DE, true)).toBe('同じ方向で、現在');
  });
});
